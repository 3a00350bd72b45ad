// The simulator end to end on a small cluster: reproducible, metrics within their ranges, and every
// baseline charged at least its lower bound.

#include "compute/balance/Simulator.h"

#include <QTest>

using namespace kcat::balance;

class TestBalanceSimulator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void smallRunIsReproducibleAndSane() {
        const LengthDistribution d = LengthDistribution::builtin(QStringLiteral("webtext"));
        const CostModel cost(CostModel::preset(QStringLiteral("llama7b-a100")));
        SimulationOptions o;
        o.gpus = 16;
        o.tokensPerBatch = 1 << 18;
        o.iterations = 3;
        o.shuffles = 4;
        o.planningBatches = 3;
        const SimulationResult a = Simulator(d, cost, o).run();
        const SimulationResult b = Simulator(d, cost, o).run();
        QCOMPARE(a.iterations.size(), size_t(3));
        for (size_t i = 0; i < a.iterations.size(); ++i) {
            const IterationRecord& r = a.iterations[i];
            QCOMPARE(r.twoStage.iterationSeconds, b.iterations[i].twoStage.iterationSeconds);
            QVERIFY(r.tokens > (1 << 18) - 16 && r.tokens <= (1 << 18));
            QVERIFY(r.twoStage.imbalanceReplicas >= 1.0);
            QVERIFY(r.twoStage.packingEfficiency > 0 && r.twoStage.packingEfficiency <= 1.0);
            QVERIFY(r.twoStage.gpus <= 16);
            QCOMPARE(r.baselineSeconds.size(), size_t(4));
            for (double s : r.baselineSeconds)
                QVERIFY(s > 0);
        }
        const auto& s = a.summary;
        for (const char* key : {"iteration_seconds", "speedup_vs_greedy_packing", "imbalance_max_over_mean",
                                "packing_efficiency", "planner_ms_per_iteration", "speedup_vs_padding"})
            QVERIFY2(s.contains(key), key);
        QVERIFY(s.at("speedup_vs_greedy_packing").get<double>() > 0);
        // Padding a web-text batch to 32K tokens wastes most of the work: two-stage must beat it by far.
        QVERIFY(s.at("speedup_vs_padding").get<double>() > 3.0);
    }

    void progressCanStop() {
        const LengthDistribution d = LengthDistribution::builtin(QStringLiteral("bert512"));
        const CostModel cost(CostModel::preset(QStringLiteral("bert-large-v100")));
        SimulationOptions o;
        o.gpus = 8;
        o.tokensPerBatch = 65536;
        o.iterations = 10;
        o.shuffles = 2;
        const SimulationResult r = Simulator(d, cost, o).run([](int done, int) { return done < 2; });
        QCOMPARE(r.iterations.size(), size_t(2));
        QCOMPARE(r.summary.at("iterations").get<int>(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBalanceSimulator)
#include "tst_balance_simulator.moc"
