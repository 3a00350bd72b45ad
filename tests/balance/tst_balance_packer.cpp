// Stage 2: the CBC MILP against brute force on small instances, and the micro-batch count choice.

#include "BruteForce.h"

#include "compute/balance/MicroBatchPacker.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace kcat::balance;

namespace {

std::vector<PackItem> randomItems(std::mt19937_64& rng, int n) {
    std::uniform_int_distribution<int> len(10, 100);
    std::vector<PackItem> items;
    for (int i = 0; i < n; ++i) {
        const int s = len(rng);
        items.push_back({s, 1e-4 * s * s + 0.02 * s}); // a·s² + b·s
    }
    return items;
}

void split(const std::vector<PackItem>& items, std::vector<int>* tokens, std::vector<double>* costs) {
    for (const PackItem& it : items) {
        tokens->push_back(it.tokens);
        costs->push_back(it.cost);
    }
}

} // namespace

class TestBalancePacker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void milpMatchesBruteForce() {
        std::mt19937_64 rng(2024);
        int compared = 0;
        for (int trial = 0; trial < 24; ++trial) {
            const int n = 4 + trial % 4; // 4..7 items
            const int v = 2 + trial % 2; // 2..3 micro-batches
            const std::vector<PackItem> items = randomItems(rng, n);
            std::vector<int> tokens;
            std::vector<double> costs;
            split(items, &tokens, &costs);
            const int capacity = 150 + 10 * (trial % 5);
            const double truth = balance_test::bruteForceMinMax(tokens, costs, capacity, v);
            const Packing p = MicroBatchPacker::milp(items, capacity, v, 10.0);
            if (std::isinf(truth)) {
                QVERIFY(!p.feasible);
                continue;
            }
            QVERIFY(p.feasible);
            QCOMPARE(p.method, PackMethod::Milp);
            QVERIFY2(std::abs(p.maxCost - truth) <= 1e-6 * truth,
                     qPrintable(QStringLiteral("trial %1: milp %2, brute force %3")
                                    .arg(trial)
                                    .arg(p.maxCost)
                                    .arg(truth)));
            // The packing is real: each item once, capacity kept.
            std::vector<int> seen(size_t(n), 0);
            for (const auto& bin : p.bins) {
                int t = 0;
                for (int i : bin) {
                    ++seen[size_t(i)];
                    t += items[size_t(i)].tokens;
                }
                QVERIFY(t <= capacity);
            }
            QCOMPARE(seen, std::vector<int>(size_t(n), 1));
            ++compared;
        }
        QVERIFY(compared >= 16);
    }

    void packChoosesBestMicroBatchCount() {
        // pack() must reach min over v of (brute-force max cost + c)·(pp − 1 + v).
        std::mt19937_64 rng(99);
        const MicroBatchPacker packer(PackerOptions{10.0, true, 0.0}); // exact
        for (int trial = 0; trial < 10; ++trial) {
            const int n = 3 + trial % 4;
            const std::vector<PackItem> items = randomItems(rng, n);
            std::vector<int> tokens;
            std::vector<double> costs;
            split(items, &tokens, &costs);
            const int capacity = 160, pp = 1 + trial % 4;
            const double c = 0.05 * (trial % 3);
            double truth = std::numeric_limits<double>::infinity();
            for (int v = 1; v <= n; ++v) {
                const double m = balance_test::bruteForceMinMax(tokens, costs, capacity, v);
                truth = std::min(truth, (m + c) * (pp - 1 + v));
            }
            const Packing p = packer.pack(items, capacity, pp, c);
            QVERIFY(p.feasible);
            const double got = (p.maxCost + c) * (pp - 1 + int(p.bins.size()));
            QVERIFY2(got <= truth * (1 + 1e-6),
                     qPrintable(QStringLiteral("trial %1: %2 vs %3").arg(trial).arg(got).arg(truth)));
        }
    }

    void greedyHandExample() {
        // Costs 5, 4, 3, 3 (tokens = cost) into 2 micro-batches of capacity 8: greedy gives {5,3}, {4,3} → 8,
        // which is the lower bound max(5, 15/2)=7.5 rounded up by integrality; MILP agrees on 8.
        const std::vector<PackItem> items{{5, 5.0}, {4, 4.0}, {3, 3.0}, {3, 3.0}};
        const Packing g = MicroBatchPacker::greedy(items, 8, 2);
        QVERIFY(g.feasible);
        QCOMPARE(g.maxCost, 8.0);
        QCOMPARE(MicroBatchPacker::lowerBound(items, 2), 7.5);
        QCOMPARE(MicroBatchPacker::milp(items, 8, 2, 5.0).maxCost, 8.0);
        // Capacity 6 with 2 micro-batches cannot hold 15 tokens.
        QVERIFY(!MicroBatchPacker::greedy(items, 6, 2).feasible);
        QVERIFY(!MicroBatchPacker::milp(items, 6, 2, 5.0).feasible);
    }
};

QTEST_GUILESS_MAIN(TestBalancePacker)
#include "tst_balance_packer.moc"
