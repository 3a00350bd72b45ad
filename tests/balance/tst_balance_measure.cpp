// balance.measure's pieces: the plan places every sequence of every batch exactly once per policy within the
// micro-batch capacity and predicts what the cost model says; the comparison on hand-made timings; the
// length histogram; and a real 2-rank Gloo micro-run whose workers are this test program started again
// with `balance measure-worker ...` (as the run kind starts `kcat balance measure-worker ...`).

#include "compute/balance/BalanceError.h"
#include "compute/balance/LengthDistribution.h"
#include "compute/balance/Measurement.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace kcat::balance;

namespace {

MeasureOptions tinyOptions() {
    MeasureOptions o;
    o.ranks = 2;
    o.steps = 3;
    o.tokensPerBatch = 600;
    o.capacity = 256;
    o.shape.hidden = 16;
    o.shape.heads = 2;
    o.shape.layers = 1;
    o.shape.vocabulary = 11;
    o.seed = 4;
    return o;
}

const CostCoefficients kCoefficients{2e-7, 1e-4, 3e-3};

} // namespace

class TestBalanceMeasure : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void planPlacesEverySequenceOnce() {
        const LengthDistribution lengths = LengthDistribution::lognormal(60, 0.9, 256);
        const MeasurePlan plan = planMeasurement(lengths, tinyOptions(), kCoefficients);
        QCOMPARE(int(plan.iterations.size()), 6);
        // Policies alternate their order: step 1 two-stage first, step 2 greedy first.
        QCOMPARE(plan.iterations[0].policy, QStringLiteral("two_stage"));
        QCOMPARE(plan.iterations[2].policy, QStringLiteral("greedy_packing"));
        qint64 sampled = 0;
        for (int s : plan.lengths)
            sampled += s;
        QCOMPARE(sampled, qint64(3 * 600));
        for (const PlannedIteration& it : plan.iterations) {
            std::vector<int> placed;
            double predictedTotal = 0;
            for (size_t r = 0; r < it.ranks.size(); ++r) {
                double rank = 0;
                for (size_t j = 0; j < it.ranks[r].size(); ++j) {
                    const auto& mb = it.ranks[r][j];
                    int tokens = 0;
                    double expected = kCoefficients.c;
                    for (int s : mb) {
                        tokens += s;
                        expected += kCoefficients.a * s * s + kCoefficients.b * s;
                        placed.push_back(s);
                    }
                    QVERIFY(tokens <= 256);
                    QVERIFY(std::abs(it.predictedMicroBatch[r][j] - expected) < 1e-12);
                    rank += expected;
                }
                QVERIFY(std::abs(it.predictedRank[r] - rank) < 1e-12);
                predictedTotal += rank;
            }
            QVERIFY(predictedTotal > 0);
            // The batch of this step, as sampled: the same multiset of lengths.
            size_t begin = 0;
            for (int k = 1; k < it.step; ++k) {
                qint64 t = 0;
                while (t < 600)
                    t += plan.lengths[begin++];
            }
            std::vector<int> batch;
            for (qint64 t = 0; t < 600;) {
                batch.push_back(plan.lengths[begin++]);
                t += batch.back();
            }
            std::sort(batch.begin(), batch.end());
            std::sort(placed.begin(), placed.end());
            QCOMPARE(placed, batch);
        }
        // The plan survives its JSON round trip (what the workers read).
        const MeasurePlan back = MeasurePlan::fromJson(plan.toJson(), QStringLiteral("plan"));
        QCOMPARE(back.iterations.size(), plan.iterations.size());
        QCOMPARE(back.iterations[3].ranks, plan.iterations[3].ranks);
        QVERIFY(back.options.shape.toJson() == plan.options.shape.toJson());
    }

    void twoStageBalancesCostNotTokens() {
        // Lengths 200, 100, 100, 50, 50 on 2 ranks, cost 1e-5·s² + 1e-4·s (c = 0), capacity 256.
        // Greedy packing balances tokens: {200, 50} (0.42 + 0.03 = 0.45 s) and {100, 100, 50} (0.25 s).
        // The best split by cost is {200} (0.42 s) and {100, 100, 50, 50} (0.28 s).
        MeasureOptions o = tinyOptions();
        const CostCoefficients c{1e-5, 1e-4, 0};
        const auto [two, greedy] = planBatch({200, 100, 100, 50, 50}, 1, o, c);
        const auto makespan = [](const PlannedIteration& it) {
            return *std::max_element(it.predictedRank.begin(), it.predictedRank.end());
        };
        QVERIFY2(std::abs(makespan(greedy) - 0.45) < 1e-9, qPrintable(QString::number(makespan(greedy))));
        QVERIFY2(std::abs(makespan(two) - 0.42) < 1e-9, qPrintable(QString::number(makespan(two))));
    }

    void compareOnHandMadeTimings() {
        MeasurePlan plan;
        plan.options.ranks = 2;
        PlannedIteration a;
        a.step = 1;
        a.policy = QStringLiteral("two_stage");
        a.ranks = {{{10}}, {{10}}};
        a.predictedMicroBatch = {{1.0}, {1.0}};
        a.predictedRank = {1.0, 1.0};
        PlannedIteration b = a;
        b.policy = QStringLiteral("greedy_packing");
        b.predictedRank = {2.0, 1.0};
        PlannedIteration c = a, d = b;
        c.step = d.step = 2;
        plan.iterations = {a, b, c, d};
        const auto timing = [](double compute, double step) {
            RankTiming t;
            t.microBatchSeconds = {compute};
            t.computeSeconds = compute;
            t.stepSeconds = step;
            return t;
        };
        const std::vector<std::vector<RankTiming>> timings = {{timing(1.0, 1.2), timing(0.9, 1.2)},
                                                              {timing(2.0, 2.2), timing(1.0, 2.2)},
                                                              {timing(1.1, 1.3), timing(0.9, 1.3)},
                                                              {timing(2.4, 2.6), timing(0.8, 2.6)}};
        const MeasureReport r = compareMeasurement(plan, timings, 1);
        QCOMPARE(int(r.iterations.size()), 4);
        // Step 1 is warm-up: only step 2 enters the means.
        const auto& s = r.summary;
        QCOMPARE(s.at("measured_steps").get<int>(), 1);
        QCOMPARE(s.at("measured_imbalance_two_stage").get<double>(), 1.1); // 1.1 / 1.0
        QCOMPARE(s.at("predicted_imbalance_two_stage").get<double>(), 1.0);
        QCOMPARE(s.at("measured_imbalance_greedy_packing").get<double>(), 1.5); // 2.4 / 1.6
        QCOMPARE(s.at("predicted_imbalance_greedy_packing").get<double>(), 2.0 / 1.5);
        QCOMPARE(s.at("imbalance_relative_error_greedy_packing").get<double>(), (1.5 - 4.0 / 3) / (4.0 / 3));
        QCOMPARE(s.at("measured_speedup").get<double>(), 2.6 / 1.3);
        QCOMPARE(s.at("predicted_speedup").get<double>(), 2.0);
        QCOMPARE(s.at("seconds_relative_error_greedy_packing").get<double>(), 0.2);
    }

    void histogramBins() {
        const auto bins = lengthHistogram({1, 31, 32, 100, 64, 63, 129});
        QCOMPARE(int(bins.size()), 4); // [1,32) [32,64) [64,128) [128,256)
        QCOMPARE(bins[0].sequences, qint64(2));
        QCOMPARE(bins[1].sequences, qint64(2));
        QCOMPARE(bins[1].tokens, qint64(95));
        QCOMPARE(bins[2].sequences, qint64(2));
        QCOMPARE(bins[3].lo, 128);
        QCOMPARE(bins[3].tokens, qint64(129));
    }

    void capacityMustHoldTheLongestSequence() {
        MeasureOptions o = tinyOptions();
        o.capacity = 100;
        try {
            planMeasurement(LengthDistribution::lognormal(60, 0.9, 256), o, kCoefficients);
            QFAIL("expected an error");
        } catch (const BalanceError& e) {
            QVERIFY(e.message().contains(QStringLiteral("256")));
        }
    }

    void twoRankGlooMicroRun() {
        const LengthDistribution lengths = LengthDistribution::lognormal(60, 0.9, 256);
        const MeasurePlan plan = planMeasurement(lengths, tinyOptions(), kCoefficients);
        QTemporaryDir dir;
        int lastDone = -1;
        const auto timings = runMeasurementProcesses(plan, QCoreApplication::applicationFilePath(),
                                                     dir.path(), [&](int done, int) {
                                                         lastDone = done;
                                                         return true;
                                                     });
        QCOMPARE(lastDone, 6);
        QCOMPARE(int(timings.size()), 6);
        for (size_t i = 0; i < timings.size(); ++i) {
            QCOMPARE(int(timings[i].size()), 2);
            for (size_t r = 0; r < 2; ++r) {
                const RankTiming& t = timings[i][r];
                QCOMPARE(t.microBatchSeconds.size(), plan.iterations[i].ranks[r].size());
                double sum = 0;
                for (double x : t.microBatchSeconds) {
                    QVERIFY(x > 0);
                    sum += x;
                }
                QVERIFY(std::abs(sum - t.computeSeconds) < 1e-9);
                QVERIFY(t.stepSeconds >= t.computeSeconds);
                QVERIFY(std::isfinite(t.loss) && t.loss > 0);
            }
            // Both ranks leave the all-reduce together: their step ends differ by much less than a step.
        }
        const MeasureReport report = compareMeasurement(plan, timings, 1);
        QVERIFY(report.summary.at("measured_speedup").get<double>() > 0);
        qInfo("2-rank tiny run: measured speed-up %.3f, predicted %.3f",
              report.summary.at("measured_speedup").get<double>(),
              report.summary.at("predicted_speedup").get<double>());
    }

    void workerFailureIsReported() {
        MeasurePlan plan =
            planMeasurement(LengthDistribution::lognormal(60, 0.9, 256), tinyOptions(), kCoefficients);
        plan.options.shape.heads = 3; // 16 is not a multiple of 3: the workers refuse the plan
        QTemporaryDir dir;
        try {
            runMeasurementProcesses(plan, QCoreApplication::applicationFilePath(), dir.path(), {});
            QFAIL("expected an error");
        } catch (const BalanceError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("rank")) &&
                         e.message().contains(QStringLiteral("head count")),
                     qPrintable(e.message()));
        }
    }
};

// The workers are this program: `tst_balance_measure balance measure-worker --plan F --rank R ...`.
int main(int argc, char** argv) {
    if (argc > 2 && std::strcmp(argv[1], "balance") == 0 && std::strcmp(argv[2], "measure-worker") == 0) {
        QCoreApplication app(argc, argv);
        QString plan, master, output;
        int rank = -1, world = 0;
        const QStringList args = app.arguments();
        for (int i = 3; i + 1 < args.size(); i += 2) {
            if (args[i] == QLatin1String("--plan"))
                plan = args[i + 1];
            else if (args[i] == QLatin1String("--rank"))
                rank = args[i + 1].toInt();
            else if (args[i] == QLatin1String("--world-size"))
                world = args[i + 1].toInt();
            else if (args[i] == QLatin1String("--master"))
                master = args[i + 1];
            else if (args[i] == QLatin1String("--output"))
                output = args[i + 1];
        }
        return runMeasureWorker(plan, rank, world, master, output);
    }
    QCoreApplication app(argc, argv);
    TestBalanceMeasure test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_balance_measure.moc"
