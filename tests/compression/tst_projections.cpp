// The compression projections against hand-computed examples.
#include "compute/compression/CompressionSession.h"
#include "compute/compression/Projections.h"
#include "compute/compression/Pruning.h"

#include <QTest>

#include <cmath>

using namespace kcat::compression;

class TestProjections : public QObject {
    Q_OBJECT

    static void compare(const std::vector<float>& got, const std::vector<float>& want, double tol = 1e-6) {
        QCOMPARE(got.size(), want.size());
        for (std::size_t i = 0; i < got.size(); ++i)
            QVERIFY2(std::fabs(got[i] - want[i]) <= tol,
                     qPrintable(QStringLiteral("index %1: %2 != %3").arg(i).arg(got[i]).arg(want[i])));
    }

private Q_SLOTS:
    void topK() {
        // |w| = .5 2 1 .1 3 1: the three largest are 3 (4), 2 (1) and the tie 1 at index 2 before index 5.
        const std::vector<float> w{0.5f, -2.0f, 1.0f, -0.1f, 3.0f, 1.0f};
        QCOMPARE(topKMask(w, 3), (Mask{0, 1, 1, 0, 1, 0}));
        QCOMPARE(topKMask(w, 0), (Mask{0, 0, 0, 0, 0, 0}));
        QCOMPARE(topKMask(w, 9), (Mask{1, 1, 1, 1, 1, 1}));
        compare(applyMask(w, topKMask(w, 2)), {0, -2, 0, 0, 3, 0});
    }

    void filterAndColumnNorms() {
        // [[3 4 0] [1 1 1]]: rows 5, sqrt 3; columns sqrt 10, sqrt 17, 1.
        const std::vector<float> w{3, 4, 0, 1, 1, 1};
        const std::vector<double> rows = rowNorms(w, 2, 3);
        QCOMPARE(rows.size(), std::size_t(2));
        QVERIFY(std::fabs(rows[0] - 5.0) < 1e-12 && std::fabs(rows[1] - std::sqrt(3.0)) < 1e-12);
        const std::vector<double> cols = columnNorms(w, 2, 3);
        QVERIFY(std::fabs(cols[0] - std::sqrt(10.0)) < 1e-12 &&
                std::fabs(cols[1] - std::sqrt(17.0)) < 1e-12 && std::fabs(cols[2] - 1.0) < 1e-12);
        QCOMPARE(rowMask(w, 2, 3, 1), (Mask{1, 1, 1, 0, 0, 0}));
        QCOMPARE(columnMask(w, 2, 3, 2), (Mask{1, 1, 0, 1, 1, 0}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rowNorms(w, 4, 2));
    }

    void binaryScale() {
        // alpha = mean |w| = (0.5 + 1.5 + 1 + 1) / 4 = 1.
        const Quantized q = quantize({0.5f, -1.5f, 1.0f, -1.0f}, {QuantScheme::Binary, 1});
        QVERIFY(std::fabs(q.alpha - 1.0) < 1e-9);
        compare(q.values, {1, -1, 1, -1});
        // With a mask: the masked weight stays zero and is not counted: alpha = (2 + 4 + 0) / 3 = 2.
        const Mask mask{1, 0, 1, 1};
        const Quantized m = quantize({2.0f, 5.0f, -4.0f, 0.0f}, {QuantScheme::Binary, 1}, &mask);
        QVERIFY(std::fabs(m.alpha - 2.0) < 1e-9);
        compare(m.values, {2, 0, -2, 2});
    }

    void ternaryScale() {
        // Sorted |w| 1.1 .9 .1 .05: S_k^2 / k = 1.21, 2.0, 1.47, 1.16 -> k = 2, alpha = (1.1 + .9) / 2 = 1.
        const Quantized q = quantize({0.1f, -0.9f, 1.1f, 0.05f}, {QuantScheme::Ternary, 2});
        QVERIFY(std::fabs(q.alpha - 1.0) < 1e-6);
        compare(q.values, {0, -1, 1, 0});
    }

    void nBitLevels() {
        QCOMPARE(unitLevels({QuantScheme::Uniform, 3}), (std::vector<double>{-3, -2, -1, 0, 1, 2, 3}));
        QCOMPARE(unitLevels({QuantScheme::PowerOfTwo, 3}),
                 (std::vector<double>{-1, -0.5, -0.25, 0, 0.25, 0.5, 1}));
        QCOMPARE(bitsPerWeight({QuantScheme::Ternary, 2}), 2);
        // Exactly representable with alpha = 0.5: the projection returns the weights themselves.
        const Quantized u = quantize({0.0f, 0.5f, 1.0f, 1.5f, -1.5f}, {QuantScheme::Uniform, 3});
        QVERIFY(std::fabs(u.alpha - 0.5) < 1e-9);
        compare(u.values, {0, 0.5, 1, 1.5, -1.5});
        // Powers of two with alpha = 4: {0, 1, 2, 4}.
        const Quantized p = quantize({4.0f, -2.0f, 1.0f, 0.0f}, {QuantScheme::PowerOfTwo, 3});
        QVERIFY(std::fabs(p.alpha - 4.0) < 1e-9);
        compare(p.values, {4, -2, 1, 0});
        QCOMPARE(leastSquaresScale({2, -4}, {1, -1}), 3.0);
    }

    void blockUnification() {
        // 2 x 4 in 1 x 2 blocks: (1 -1) unify loss 0, zero loss 2; (3 1) 2, 10; (.1 .2) .005, .05;
        // (-2 2) 0, 8. One zero block: the third; two unified: the first and the fourth (loss 0).
        const std::vector<float> w{1, -1, 3, 1, 0.1f, 0.2f, -2, 2};
        const Unification u = unifyBlocks(w, 2, 4, 1, 2, 1, 2);
        QCOMPARE(u.blockGridRows, std::int64_t(2));
        QCOMPARE(u.blockGridCols, std::int64_t(2));
        QCOMPARE(u.blocks, (std::vector<BlockState>{BlockState::Unified, BlockState::Free, BlockState::Zero,
                                                    BlockState::Unified}));
        compare(u.values, {1, -1, 3, 1, 0, 0, -2, 2});
        // 4 blocks x 2 state bits + unified (32 + 2) x 2 + free 2 x 32.
        QCOMPARE(unificationBits(u, 2, 4, 1, 2), std::int64_t(8 + 34 + 64 + 34));
        // A unified block takes the mean magnitude with its signs: (1, -3) -> (2, -2).
        compare(unifyBlocks({1, -3}, 1, 2, 1, 2, 0, 1).values, {2, -2});
    }

    void networkMasks() {
        const std::vector<LayerShape> layers{{"a", "linear", {2, 2}, 2, 2}, {"b", "linear", {1, 2}, 1, 2}};
        const WeightMap w{{"a", {1, 2, 3, 4}}, {"b", {-5, 0.5f}}};
        PruneTarget uniform;
        uniform.sparsity = {{"a", 0.5}, {"b", 0.5}};
        const MaskMap per = pruneMasks(w, layers, uniform);
        QCOMPARE(per.at("a"), (Mask{0, 0, 1, 1}));
        QCOMPARE(per.at("b"), (Mask{1, 0}));
        // Global: keep round(0.5 x 6) = 3 of all: -5, 4, 3.
        PruneTarget global;
        global.global = true;
        global.globalSparsity = 0.5;
        const MaskMap all = pruneMasks(w, layers, global);
        QCOMPARE(all.at("a"), (Mask{0, 0, 1, 1}));
        QCOMPARE(all.at("b"), (Mask{1, 0}));
    }

    void purification() {
        const std::vector<LayerShape> layers{{"l", "linear", {2, 1}, 2, 1}, {"n", "linear", {1, 2}, 1, 2}};
        // Emptiness: ||filter 1|| = 0.01 <= 0.05 x 1 -> filter 1 and its input column in n go.
        Purification p = purify({{"l", {1, 0.01f}}, {"n", {1, 1}}}, layers, 0.05, 0.0);
        QCOMPARE(p.masks.at("l"), (Mask{1, 0}));
        QCOMPARE(p.masks.at("n"), (Mask{1, 0}));
        QCOMPARE(p.filtersAfter.at("l"), std::int64_t(1));
        // Importance: I = (1 x 1, 0.5 x 0.02) = (1, 0.01); mean 0.505; 0.01 <= 0.05 x 0.505 -> filter 1 goes.
        p = purify({{"l", {1, 0.5f}}, {"n", {1, 0.02f}}}, layers, 0.01, 0.05);
        QCOMPARE(p.masks.at("l"), (Mask{1, 0}));
        QCOMPARE(p.masks.at("n"), (Mask{1, 0}));
        // Nothing below either threshold: nothing removed.
        p = purify({{"l", {1, 0.5f}}, {"n", {1, 0.5f}}}, layers, 0.01, 0.05);
        QCOMPARE(p.masks.at("l"), (Mask{1, 1}));
        QCOMPARE(p.filtersBefore.at("l"), std::int64_t(2));
        // An already all-zero filter: its channel in n is left to unused path removal (its constant output
        // act(bias) is still read), so n keeps both columns.
        p = purify({{"l", {1, 0}}, {"n", {1, 1}}}, layers, 0.05, 0.05);
        QCOMPARE(p.masks.at("l"), (Mask{1, 0}));
        QCOMPARE(p.masks.at("n"), (Mask{1, 1}));
        QCOMPARE(p.filtersAfter.at("l"), std::int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestProjections)
#include "tst_projections.moc"
