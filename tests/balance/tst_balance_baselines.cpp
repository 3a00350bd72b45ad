// Baselines on a hand-made batch, worked out on paper: lengths 6, 5, 4, 3, 2 on two 1-GPU replicas whose
// micro-batches hold 10 tokens, cost = s seconds (a = 0, b = 1, c = 0, pp = 1).

#include "compute/balance/Baselines.h"
#include "compute/balance/Schedule.h"

#include <QTest>

using namespace kcat::balance;

namespace {

StrategyProfile unitProfile() {
    StrategyProfile p;
    p.strategy = {1, 1, 1};
    p.cost = {0.0, 1.0, 0.0};
    p.maxSequenceLength = 10;
    return p;
}

const std::vector<int> kLengths{6, 5, 4, 3, 2};

std::vector<std::vector<int>> tokensOf(const Schedule& s, int replica) {
    std::vector<std::vector<int>> out;
    for (const MicroBatch& mb : s.replicas[size_t(replica)].microBatches) {
        std::vector<int> t;
        for (int i : mb.items)
            t.push_back(kLengths[size_t(i)]);
        out.push_back(t);
    }
    return out;
}

using Bins = std::vector<std::vector<int>>;

} // namespace

class TestBalanceBaselines : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unbalancedPacking() {
        // 3 then 2 sequences in order; replica 0 packs [6] [5,4], replica 1 [3,2]: times 15 and 5.
        const Schedule s = baselineSchedule(Baseline::UnbalancedPacking, kLengths, unitProfile(), 2, 10);
        QCOMPARE(tokensOf(s, 0), (Bins{{6}, {5, 4}}));
        QCOMPARE(tokensOf(s, 1), (Bins{{3, 2}}));
        const ScheduleMetrics m = evaluate(s, 20);
        QCOMPARE(m.iterationSeconds, 15.0);
        QCOMPARE(m.imbalanceReplicas, 1.5); // 15 / 10
        QCOMPARE(m.packingEfficiency, 20.0 / 30.0);
        QCOMPARE(m.idleGpuSeconds, 10.0); // replica 1 waits 15 − 5
        QVERIFY(validateSchedule(s, kLengths).isEmpty());
    }

    void greedyPacking() {
        // Fewest tokens first: r0 {6,3,2}, r1 {5,4}; fill: r0 [6,3] [2], r1 [5,4]; times 11 and 9.
        const Schedule s = baselineSchedule(Baseline::GreedyPacking, kLengths, unitProfile(), 2, 10);
        QCOMPARE(tokensOf(s, 0), (Bins{{6, 3}, {2}}));
        QCOMPARE(tokensOf(s, 1), (Bins{{5, 4}}));
        QCOMPARE(evaluate(s, 20).iterationSeconds, 11.0);
        QVERIFY(validateSchedule(s, kLengths).isEmpty());
    }

    void firstFitDecreasing() {
        // FFD bins [6,4] [5,3,2], one per replica: times 10 and 10.
        const Schedule s = baselineSchedule(Baseline::FirstFitDecreasing, kLengths, unitProfile(), 2, 10);
        QCOMPARE(tokensOf(s, 0), (Bins{{6, 4}}));
        QCOMPARE(tokensOf(s, 1), (Bins{{5, 3, 2}}));
        const ScheduleMetrics m = evaluate(s, 20);
        QCOMPARE(m.iterationSeconds, 10.0);
        QCOMPARE(m.imbalanceReplicas, 1.0);
        QCOMPARE(m.packingEfficiency, 1.0);
        QVERIFY(validateSchedule(s, kLengths).isEmpty());
    }

    void padding() {
        // Pad to 8: one sequence per micro-batch (10 / 8), 3 and 2 per replica, 8 s each: times 24 and 16.
        const Schedule s = baselineSchedule(Baseline::Padding, kLengths, unitProfile(), 2, 8);
        QCOMPARE(s.replicas[0].microBatches.size(), size_t(3));
        QCOMPARE(s.replicas[1].microBatches.size(), size_t(2));
        const ScheduleMetrics m = evaluate(s, 20);
        QCOMPARE(m.iterationSeconds, 24.0);
        QCOMPARE(m.packingEfficiency, 0.5); // 20 real tokens in 5 × 8
        QVERIFY(validateSchedule(s, kLengths).isEmpty());
    }

    void pipelineReplicaTime() {
        // pp = 2, c = 1, micro-batches of cost 9 and 2: (9+1) + (2+1) + (2 − 1)·(9 + 1) = 23.
        StrategyProfile p = unitProfile();
        p.strategy.pp = 2;
        p.cost.c = 1.0;
        ReplicaPlan r;
        r.microBatches = {MicroBatch{{0}, 10, 9.0}, MicroBatch{{1}, 10, 2.0}};
        QCOMPARE(replicaSeconds(r, p), 23.0);
    }

    void validationCatchesMistakes() {
        Schedule s = baselineSchedule(Baseline::FirstFitDecreasing, kLengths, unitProfile(), 2, 10);
        s.replicas[1].microBatches[0].items.push_back(0); // sequence 0 twice, and 12 tokens
        QVERIFY(!validateSchedule(s, kLengths).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBalanceBaselines)
#include "tst_balance_baselines.moc"
