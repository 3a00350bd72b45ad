// Stage 1: the longest-first greedy never exceeds Graham's LPT bound (4/3 − 1/(3m))·OPT on brute-forced
// instances, respects memory on heterogeneous replicas; two-stage schedules place every sequence once.

#include "BruteForce.h"

#include "compute/balance/LengthDistribution.h"
#include "compute/balance/ReplicaAssigner.h"
#include "compute/balance/Schedule.h"
#include "compute/balance/StrategyPlanner.h"
#include "compute/balance/TwoStageScheduler.h"

#include <QTest>

#include <random>

using namespace kcat::balance;

namespace {

StrategyProfile linearProfile(int maxLen, int pp = 1, double a = 0) {
    StrategyProfile p;
    p.strategy = {1, pp, 1};
    p.cost = {a, 1.0, 0.0};
    p.maxSequenceLength = maxLen;
    return p;
}

} // namespace

class TestBalanceAssigner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withinLptBound() {
        std::mt19937_64 rng(17);
        std::uniform_int_distribution<int> len(1, 60);
        const StrategyProfile p = linearProfile(1000); // cost = s, pp = 1: plain P||Cmax
        for (int trial = 0; trial < 60; ++trial) {
            const int m = 2 + trial % 3, n = 5 + trial % 5;
            std::vector<int> lengths;
            std::vector<double> jobs;
            for (int i = 0; i < n; ++i) {
                lengths.push_back(len(rng));
                jobs.push_back(lengths.back());
            }
            const double opt = balance_test::bruteForceMakespan(jobs, m);
            const ReplicaAssigner assigner(std::vector<const StrategyProfile*>(size_t(m), &p));
            std::mt19937_64 r(trial);
            const ReplicaAssignment a = assigner.assign(lengths, 8, r);
            const double bound = (4.0 / 3.0 - 1.0 / (3.0 * m)) * opt;
            QVERIFY2(a.makespan <= bound + 1e-9, qPrintable(QStringLiteral("trial %1: %2 > %3 (opt %4)")
                                                                .arg(trial)
                                                                .arg(a.makespan)
                                                                .arg(bound)
                                                                .arg(opt)));
            QVERIFY(a.makespan >= opt - 1e-9);
        }
    }

    void makespanCountsPipelineWarmup() {
        // pp = 3, one replica, costs 4 and 2: 6 + (3 − 1)·4 = 14.
        const StrategyProfile p = linearProfile(100, 3);
        std::mt19937_64 r(1);
        const ReplicaAssignment a = ReplicaAssigner({&p}).assign({4, 2}, 1, r);
        QCOMPARE(a.makespan, 14.0);
        QCOMPARE(ReplicaAssigner::estimate(p, {4, 2}), 14.0);
    }

    void respectsMemoryOfHeterogeneousReplicas() {
        const StrategyProfile small = linearProfile(100), big = linearProfile(1000);
        std::mt19937_64 rng(4), r(5);
        std::uniform_int_distribution<int> len(1, 900);
        std::vector<int> lengths;
        for (int i = 0; i < 200; ++i)
            lengths.push_back(len(rng));
        const std::vector<const StrategyProfile*> replicas{&small, &small, &big, &small, &big};
        const ReplicaAssignment a = ReplicaAssigner(replicas).assign(lengths, 4, r);
        QVERIFY(a.feasible);
        for (size_t i = 0; i < lengths.size(); ++i)
            QVERIFY(lengths[i] <= replicas[size_t(a.replicaOf[i])]->maxSequenceLength);
        // A sequence no replica holds makes the assignment infeasible.
        const ReplicaAssignment none = ReplicaAssigner({&small}).assign({50, 500}, 1, r);
        QVERIFY(!none.feasible);
    }

    void twoStageSchedulesAreComplete() {
        const CostModel cost(CostModel::preset(QStringLiteral("llama7b-a100")));
        const LengthDistribution d = LengthDistribution::builtin(QStringLiteral("webtext"));
        std::mt19937_64 rng(8);
        std::vector<std::vector<int>> sample;
        for (int b = 0; b < 3; ++b)
            sample.push_back(d.sampleBatch(1 << 19, rng));
        const StrategyPlanner planner(cost.feasibleProfiles(32), 32, d.maxLength(), sample);
        QVERIFY(!planner.candidates().empty());
        for (const StrategySet& s : planner.candidates())
            QVERIFY(s.gpus(planner.profiles()) <= 32);
        TwoStageOptions options;
        options.shuffles = 4;
        const TwoStageScheduler scheduler(planner, options);
        for (int it = 0; it < 3; ++it) {
            const std::vector<int> batch = d.sampleBatch(1 << 19, rng);
            const TwoStageResult result = scheduler.schedule(batch, rng);
            QVERIFY(result.feasible);
            const QString problem = validateSchedule(result.schedule, batch);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestBalanceAssigner)
#include "tst_balance_assigner.moc"
