// The LibTorch transformer of balance.calibrate/measure: packed micro-batches attend within each sequence
// only (equal to evaluating the sequences one by one), attention is causal, gradients survive a round trip,
// SGD lowers the loss, and a tiny calibration sweep produces a consistent fit and coefficients file.

#include "compute/balance/BalanceError.h"
#include "compute/balance/Calibration.h"
#include "compute/balance/CalibrationFile.h"
#include "compute/balance/SimulationSetup.h"
#include "compute/balance/TransformerBench.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace kcat::balance;

namespace {

TransformerShape tiny() {
    TransformerShape s;
    s.hidden = 16;
    s.heads = 2;
    s.layers = 2;
    s.vocabulary = 11;
    return s;
}

double maxAbsDiff(const std::vector<float>& x, const std::vector<float>& y) {
    double d = 0;
    for (size_t i = 0; i < x.size() && i < y.size(); ++i)
        d = std::max(d, double(std::abs(x[i] - y[i])));
    return x.size() == y.size() ? d : 1e9;
}

} // namespace

class TestBalanceTransformer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TransformerBench::setThreads(1); }

    void packedEqualsOneByOne() {
        TransformerBench bench(tiny(), 3);
        const std::vector<int> tokens = {1, 4, 2, 7, 7, 0, 3, 9, 10, 5, 6, 8};
        const std::vector<int> lengths = {5, 3, 4};
        const std::vector<float> packed = bench.hiddenStates(tokens, lengths);
        QCOMPARE(packed.size(), tokens.size() * 16);
        std::vector<float> separate;
        size_t offset = 0;
        for (int s : lengths) {
            const std::vector<int> part(tokens.begin() + long(offset), tokens.begin() + long(offset) + s);
            const std::vector<float> h = bench.hiddenStates(part, {s});
            separate.insert(separate.end(), h.begin(), h.end());
            offset += size_t(s);
        }
        QVERIFY2(maxAbsDiff(packed, separate) < 1e-5, "packing must not mix sequences");
        // As one 12-token sequence the states differ (cross-contamination would look like this).
        QVERIFY(maxAbsDiff(packed, bench.hiddenStates(tokens, {12})) > 1e-3);
    }

    void attentionIsCausal() {
        TransformerBench bench(tiny(), 5);
        const std::vector<float> a = bench.hiddenStates({1, 2, 3, 4, 5, 6}, {6});
        const std::vector<float> b = bench.hiddenStates({1, 2, 3, 9, 9, 9}, {6});
        // The first three positions see only tokens 1, 2, 3 in both.
        const std::vector<float> a3(a.begin(), a.begin() + 3 * 16), b3(b.begin(), b.begin() + 3 * 16);
        QVERIFY(maxAbsDiff(a3, b3) < 1e-6);
        QVERIFY(maxAbsDiff(a, b) > 1e-3);
    }

    void gradientsRoundTripAndSgdLearns() {
        TransformerBench bench(tiny(), 7);
        std::mt19937_64 rng(11);
        bench.zeroGradients();
        const double first = bench.trainMicroBatch({40, 30, 20}, rng);
        QVERIFY(std::isfinite(first) && first > 0);
        std::vector<double> g = bench.gradients();
        QCOMPARE(qint64(g.size()), bench.parameterCount());
        double norm = 0;
        for (double x : g)
            norm += x * x;
        QVERIFY(norm > 0);
        for (double& x : g)
            x *= 2;
        bench.setGradients(g);
        const std::vector<double> g2 = bench.gradients();
        for (size_t i = 0; i < g.size(); i += 97)
            QVERIFY(std::abs(g2[i] - g[i]) <= 1e-6 * (1 + std::abs(g[i])));
        // The tokens follow t' = 5t + 3 (+0/1) mod V: next-token loss must fall well below ln V with SGD.
        double late = 0;
        for (int step = 0; step < 120; ++step) {
            bench.zeroGradients();
            const double loss = bench.trainMicroBatch({64, 64}, rng);
            bench.sgdStep(0.3);
            if (step >= 110)
                late += loss / 10;
        }
        qInfo("loss %.3f -> %.3f (ln V = %.3f)", first, late, std::log(11.0));
        QVERIFY2(late < 0.8 * first, "SGD did not lower the loss");
    }

    void calibrationSweepFitsAndWrites() {
        CalibrationOptions o;
        o.shape = tiny();
        o.lengths = {32, 64, 128, 192};
        o.sequencesPerPacked = 4;
        o.repeats = 3;
        o.warmup = 1;
        const auto shapes = calibrationShapes(o);
        QCOMPARE(int(shapes.size()), 8);
        QCOMPARE(shapes[1], std::vector<int>(4, 8));
        const CalibrationResult r = calibrate(o);
        QCOMPARE(int(r.points.size()), 8);
        const CostCoefficients& c = r.fit.coefficients;
        for (const CalibrationPoint& p : r.points) {
            QVERIFY(p.minSeconds > 0 && p.minSeconds <= p.medianSeconds && p.medianSeconds <= p.maxSeconds);
            double expected = c.c;
            for (int s : p.lengths)
                expected += c.a * s * s + c.b * s;
            QVERIFY(std::abs(p.predictedSeconds - expected) <= 1e-12 + 1e-9 * std::abs(expected));
        }
        QCOMPARE(r.coefficients.layers, 2);
        QCOMPARE(r.coefficients.perLayer.b, c.b / 2);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("coefficients.json"));
        r.coefficients.writeFile(file);
        const CalibratedCoefficients back = CalibratedCoefficients::readFile(file);
        QCOMPARE(back.model.a, c.a);
        QCOMPARE(back.perLayer.c, c.c / 2);
        QVERIFY(back.shape == o.shape.toJson());
    }

    void simulateUsesCalibratedCoefficients() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("c.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"per_layer": {"a": 1e-9, "b": 2e-6, "c": 3e-4}, "layers": 1})");
        f.close();
        SimulationSetup setup;
        setup.calibrationFile = file;
        const CostModel m = setup.costModel(); // llama7b-a100: 32 layers
        QCOMPARE(m.base().a, 32e-9);
        QCOMPARE(m.base().b, 64e-6);
        QCOMPARE(m.base().c, 96e-4);
        // A missing key names the file and the key.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"per_layer": {"a": 1e-9, "c": 3e-4}})");
        f.close();
        try {
            setup.costModel();
            QFAIL("expected an error");
        } catch (const BalanceError& e) {
            QVERIFY2(e.message().contains(file) && e.message().contains(QStringLiteral("per_layer.b")),
                     qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestBalanceTransformer)
#include "tst_balance_transformer.moc"
