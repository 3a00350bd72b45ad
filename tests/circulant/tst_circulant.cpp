// compute/circulant: block-circulant projection on hand examples, the FFT layer against the explicit dense
// block-circulant matrix forward and backward (plus finite differences, double precision), the circulant
// LeNet-5's sizes, and a short training run well above chance.
#include "compute/circulant/BlockCirculant.h"
#include "compute/circulant/CirculantNetwork.h"
#include "compute/circulant/CirculantTraining.h"
#include "compute/circulant/FftCheck.h"
#include "compute/engine/ImageDataset.h"
#include "compute/engine/Network.h"

#include <QDir>
#include <QtTest>

#include <random>

using namespace kcat;
using circulant::BlockShape;

namespace {

std::vector<double> randomVector(size_t n, unsigned seed) {
    std::mt19937 gen(seed);
    std::uniform_real_distribution<double> u(-1, 1);
    std::vector<double> v(n);
    for (double& x : v)
        x = u(gen);
    return v;
}

double maxAbsDiff(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size())
        return 1e30;
    double d = 0;
    for (size_t i = 0; i < a.size(); ++i)
        d = std::max(d, std::abs(a[i] - b[i]));
    return d;
}

} // namespace

class TestCirculant : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void projectionHandExample() {
        // [[1, 2], [5, 4]], k = 2: c0 = mean(1, 4) = 2.5, c1 = mean(B[0][1], B[1][0]) = mean(2, 5) = 3.5.
        const auto c = circulant::projectBlockCirculant({1, 2, 5, 4}, {2, 2, 2});
        QCOMPARE(c, (std::vector<double>{2.5, 3.5}));
        QCOMPARE(circulant::expandBlockCirculant(c, {2, 2, 2}), (std::vector<double>{2.5, 3.5, 3.5, 2.5}));
        // 3 x 2 with k = 2: the second block row is [[5, 6], [0, 0]] after padding.
        const auto p = circulant::projectBlockCirculant({1, 2, 3, 4, 5, 6}, {3, 2, 2});
        QCOMPARE(p, (std::vector<double>{2.5, 2.5, 2.5, 3.0}));
        // A block-circulant matrix is its own projection.
        const BlockShape shape{12, 8, 4};
        const auto blocks = randomVector(size_t(shape.storedValues()), 3);
        QVERIFY(maxAbsDiff(
                    circulant::projectBlockCirculant(circulant::expandBlockCirculant(blocks, shape), shape),
                    blocks) < 1e-12);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 circulant::expandBlockCirculant({1, 2, 3}, {2, 2, 2}));
    }

    void fftLayerEqualsDenseProduct_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<int>("k");
        QTest::newRow("exact blocks") << 20 << 12 << 4;
        QTest::newRow("padded") << 10 << 13 << 4;
        QTest::newRow("k = 8, odd sizes") << 19 << 30 << 8;
        QTest::newRow("k = 1 is dense") << 5 << 7 << 1;
    }

    void fftLayerEqualsDenseProduct() {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(int, k);
        const BlockShape shape{rows, cols, k};
        const std::int64_t n = 3;
        const auto blocks = randomVector(size_t(shape.storedValues()), 11);
        const auto x = randomVector(size_t(n * cols), 12);
        const auto gy = randomVector(size_t(n * rows), 13);
        const auto pass = circulant::fftLinearPass(x, n, blocks, shape, gy);
        const auto dense = circulant::expandBlockCirculant(blocks, shape);

        // y = x D^T and dx = dy D.
        std::vector<double> y(size_t(n * rows), 0.0), gx(size_t(n * cols), 0.0);
        for (std::int64_t i = 0; i < n; ++i)
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < cols; ++c) {
                    y[size_t(i * rows + r)] += dense[size_t(r * cols + c)] * x[size_t(i * cols + c)];
                    gx[size_t(i * cols + c)] += dense[size_t(r * cols + c)] * gy[size_t(i * rows + r)];
                }
        QVERIFY2(maxAbsDiff(pass.output, y) < 1e-10, "forward");
        QVERIFY2(maxAbsDiff(pass.gradInput, gx) < 1e-10, "input gradient");
        // dL/dc_ij[m] = sum over the block's entries on wrapped diagonal m of dy[r] x[s].
        std::vector<double> gw(size_t(shape.storedValues()), 0.0);
        for (std::int64_t i = 0; i < n; ++i)
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < cols; ++c) {
                    const std::int64_t m = ((r % k) - (c % k) + k) % k;
                    gw[size_t(((r / k) * shape.q() + c / k) * k + m)] +=
                        gy[size_t(i * rows + r)] * x[size_t(i * cols + c)];
                }
        QVERIFY2(maxAbsDiff(pass.gradWeights, gw) < 1e-10, "weight gradient");

        // Finite differences of L = sum(dy * y) with respect to every stored value and a few inputs.
        const double eps = 1e-6;
        auto loss = [&](const std::vector<double>& b, const std::vector<double>& xx) {
            const auto out = circulant::fftLinearPass(xx, n, b, shape, gy).output;
            double l = 0;
            for (size_t i = 0; i < out.size(); ++i)
                l += out[i] * gy[i];
            return l;
        };
        for (size_t i = 0; i < blocks.size(); ++i) {
            auto plus = blocks, minus = blocks;
            plus[i] += eps;
            minus[i] -= eps;
            const double numeric = (loss(plus, x) - loss(minus, x)) / (2 * eps);
            QVERIFY2(std::abs(numeric - pass.gradWeights[i]) < 1e-6, qPrintable(QString::number(i)));
        }
        for (size_t i = 0; i < x.size(); i += 5) {
            auto plus = x, minus = x;
            plus[i] += eps;
            minus[i] -= eps;
            const double numeric = (loss(blocks, plus) - loss(blocks, minus)) / (2 * eps);
            QVERIFY(std::abs(numeric - pass.gradInput[i]) < 1e-6);
        }
    }

    void conv1x1EqualsDenseChannelMix() {
        const BlockShape shape{12, 8, 4};
        const std::int64_t n = 2, h = 3, w = 2;
        const auto blocks = randomVector(size_t(shape.storedValues()), 21);
        const auto x = randomVector(size_t(n * 8 * h * w), 22);
        const auto dense = circulant::expandBlockCirculant(blocks, shape);
        const auto y = circulant::fftConv1x1Forward(x, n, h, w, blocks, shape);
        std::vector<double> expected(size_t(n * 12 * h * w), 0.0);
        for (std::int64_t i = 0; i < n; ++i)
            for (int o = 0; o < 12; ++o)
                for (int c = 0; c < 8; ++c)
                    for (std::int64_t p = 0; p < h * w; ++p)
                        expected[size_t((i * 12 + o) * h * w + p)] +=
                            dense[size_t(o * 8 + c)] * x[size_t((i * 8 + c) * h * w + p)];
        QVERIFY(maxAbsDiff(y, expected) < 1e-10);
    }

    void lenet5Sizes() {
        const engine::InputShape in{1, 28, 28, 10};
        auto net = circulant::CirculantNetwork::create(in, 8, {"fc1", "fc2", "fc3"}, 1);
        // fc1 400 -> 120: 15 x 50 blocks; fc2 120 -> 84: 11 x 15; fc3 84 -> 10: 2 x 11; k = 8 values each.
        const auto layers = net.layers();
        QCOMPARE(layers[2].storedWeights, 15 * 50 * 8);
        QCOMPARE(layers[3].storedWeights, 11 * 15 * 8);
        QCOMPARE(layers[4].storedWeights, 2 * 11 * 8);
        QCOMPARE(net.storedWeights(), 150 + 2400 + 6000 + 1320 + 176);
        QCOMPARE(net.denseWeights(), 150 + 2400 + 48000 + 10080 + 840);
        // The FFT path and the expanded dense matrices give the same logits.
        std::vector<float> images(size_t(4 * 784));
        std::mt19937 gen(4);
        std::normal_distribution<float> dist;
        for (float& v : images)
            v = dist(gen);
        const auto a = net.forward(images, 4);
        const auto b = net.forwardDenseEquivalent(images, 4);
        for (size_t i = 0; i < a.size(); ++i)
            QVERIFY(std::abs(a[i] - b[i]) < 1e-4);
        // k = 1 initialised from an engine LeNet-5 reproduces its logits.
        auto dense = engine::Network::create(QStringLiteral("lenet5"), in, 7);
        auto same = circulant::CirculantNetwork::create(in, 1, {"fc1", "fc2", "fc3"}, 1);
        same.initialiseFrom(dense);
        const auto c = same.forward(images, 4);
        const auto d = dense.forward(images, 4);
        for (size_t i = 0; i < c.size(); ++i)
            QVERIFY(std::abs(c[i] - d[i]) < 1e-4);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 circulant::CirculantNetwork::create(in, 8, {"fc4"}, 1));
    }

    void shortTrainingIsAboveChance() {
        const QString dir = engine::ImageDatasetLoader::fashionMnistDir();
        if (!QFileInfo::exists(engine::ImageDatasetLoader::splitFile(dir, true, true)))
            QSKIP("Fashion-MNIST is not installed (Debian package dataset-fashion-mnist)");
        circulant::CirculantTrainingConfig config;
        config.block = 8;
        config.epochs = 1;
        config.trainSubset = 4096;
        config.testSubset = 1000;
        config.lr = 0.05;
        config.threads = 1;
        config.timingRepeats = 3;
        std::map<QString, double> last;
        QStringList tables;
        circulant::TrainingCallbacks cb;
        cb.metric = [&](const QString& key, std::int64_t, double v) { last[key] = v; };
        cb.tableRow = [&](const QString& t, std::int64_t, const QString& row, const nlohmann::json&) {
            tables << t + QLatin1Char('/') + row;
        };
        cb.log = [](const QString&) {};
        cb.progress = [](double, const QString&) {};
        cb.cancelled = [] { return false; };
        const auto result = circulant::CirculantTraining::run(config, cb);
        qInfo() << "test accuracy after 64 steps:" << result.finalMetrics.at("test_accuracy");
        QVERIFY(result.finalMetrics.at("test_accuracy") > 0.4); // chance is 0.1; 0.468 measured here
        QCOMPARE(result.finalMetrics.at("nonzero_weights"), 10046.0);
        QCOMPARE(result.finalMetrics.at("compression_rate"), 61470.0 / 10046.0);
        QVERIFY(tables.contains(QStringLiteral("layers/fc1")));
        QVERIFY(tables.contains(QStringLiteral("weight_histogram/fc1/after")));
        QVERIFY(tables.contains(QStringLiteral("inference/network/batch64")));
        QVERIFY(last.at(QStringLiteral("circulant_inference_ms")) > 0);
    }
};

QTEST_GUILESS_MAIN(TestCirculant)
#include "tst_circulant.moc"
