// compute/accounting: storage formulas on hand examples, the CSR kernel, unused path removal (the compacted
// model's logits equal the masked network's), accounting numbers of a tiny hand-built model, the run table.
#include "compute/accounting/Accounting.h"
#include "compute/accounting/CsrMatrix.h"
#include "compute/engine/Network.h"
#include "compute/runs/RunContext.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <random>

using namespace kcat;
using accounting::LayerCompression;

namespace {

// Records what a run kind writes (only the calls the accounting makes).
class RecordingContext : public runs::RunContext {
public:
    qint64 runId() const override { return 1; }
    const nlohmann::json& parameters() const override { return m_params; }
    quint64 seed() const override { return 1; }
    runs::DistributedOptions distributed() const override { return {}; }
    void metric(const QString&, qint64, double) override {}
    void tableRow(const QString& table, qint64 step, const QString& row,
                  const nlohmann::json& values) override {
        rows[table + QLatin1Char('/') + row] = values;
        lastStep = step;
    }
    void setSummary(const QString&, const nlohmann::json&) override {}
    void log(const QString&, LogLevel) override {}
    void progress(double, const QString&) override {}
    QString artifactFolder() const override { return QString(); }
    void addArtifact(const QString&, const QString&, const QString&) override {}
    QString checkpointPath(const QString&) const override { return QString(); }
    void checkpointSaved(const QString&, qint64, const nlohmann::json&) override {}
    std::optional<runs::ResumePoint> resumePoint() const override { return std::nullopt; }
    bool isCancelled() const override { return false; }

    std::map<QString, nlohmann::json> rows;
    qint64 lastStep = -1;

private:
    nlohmann::json m_params = nlohmann::json::object();
};

std::vector<float> randomImages(const engine::InputShape& in, int batch, unsigned seed) {
    std::mt19937 gen(seed);
    std::normal_distribution<float> dist;
    std::vector<float> v(size_t(batch) * in.channels * in.rows * in.cols);
    for (float& x : v)
        x = dist(gen);
    return v;
}

// The mask of a layer with the given rows (outputs) zeroed.
std::vector<std::uint8_t> maskRows(const engine::Network& net, const std::string& layer,
                                   const std::vector<int>& rows) {
    const auto shape = net.parameterShape(layer + ".weight");
    const std::int64_t per = std::int64_t(net.parameter(layer + ".weight").size()) / shape[0];
    std::vector<std::uint8_t> mask(size_t(shape[0] * per), 1);
    for (int r : rows)
        std::fill(mask.begin() + r * per, mask.begin() + (r + 1) * per, 0);
    return mask;
}

// Applies masks to the network's weights in place (what "the masked network" is).
void applyMasks(engine::Network& net, const std::vector<LayerCompression>& masks) {
    for (const auto& m : masks) {
        std::vector<float> w = net.parameter(m.layer + ".weight");
        for (size_t i = 0; i < w.size(); ++i)
            if (!m.mask[i])
                w[i] = 0.0f;
        net.setParameter(m.layer + ".weight", w);
    }
}

double maxAbsDiff(const std::vector<float>& a, const std::vector<float>& b) {
    double d = 0;
    for (size_t i = 0; i < a.size(); ++i)
        d = std::max(d, double(std::abs(a[i] - b[i])));
    return a.size() == b.size() ? d : 1e30;
}

} // namespace

class TestAccounting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storageHandExample() {
        // 2 x 4 matrix with non-zeros at stream positions 1 and 7.
        const std::vector<float> w{0, 1, 0, 0, 0, 0, 0, 2};
        accounting::StorageOptions o;
        o.weightBits = 8;
        o.indexBits = 2; // at most 3 skipped zeros per entry
        o.pointerBits = 4;
        const auto s = accounting::matrixStorage(w, 2, 4, o);
        QCOMPARE(s.nonzero, 2);
        // Position 1 skips 1 zero; position 7 is 5 zeros after position 1: one padding entry at 5, then 1.
        QCOMPARE(s.paddingEntries, 1);
        QCOMPARE(s.csrIndexBits, 2);
        QCOMPARE(s.denseBits, 64);                             // 8 x 8
        QCOMPARE(s.csrBits, 2 * 8 + 2 * 2 + 3 * 4);            // values + columns + 3 row pointers = 32
        QCOMPARE(s.relativeBits, 2 * 8 + 2 * 2 + 1 * (8 + 2)); // = 30
        // Unified: both non-zeros in one block: one magnitude + 2 sign bits.
        o.unifiedBlocks = 1;
        o.unifiedWeights = 2;
        const auto u = accounting::matrixStorage(w, 2, 4, o);
        QCOMPARE(u.denseBits, (1 * 8 + 2) + 6 * 8);
        QCOMPARE(u.csrBits, (1 * 8 + 2) + 2 * 2 + 3 * 4);
        // A 1-bit request cannot address 4 columns: CSR widens to 2 bits, the relative index pads.
        o = {};
        o.weightBits = 8;
        o.indexBits = 1;
        const auto narrow = accounting::matrixStorage(w, 2, 4, o);
        QCOMPARE(narrow.csrIndexBits, 2);
        QCOMPARE(narrow.paddingEntries, 2); // positions 1 (skip 1), pad at 3, pad at 5, then 7
        QCOMPARE(accounting::bitsFor(1), 1);
        QCOMPARE(accounting::bitsFor(256), 8);
        QCOMPARE(accounting::bitsFor(257), 9);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, accounting::matrixStorage(w, 3, 4, o));
    }

    void csrKernelMatchesDense() {
        std::mt19937 gen(7);
        std::uniform_real_distribution<float> u(-1, 1);
        const std::int64_t rows = 37, cols = 53, n = 19;
        std::vector<float> a(size_t(rows * cols)), x(size_t(cols * n)), xt(size_t(n * cols));
        for (float& v : a)
            v = u(gen) < -0.5f ? u(gen) : 0.0f; // ~25 % dense
        for (float& v : x)
            v = u(gen);
        for (std::int64_t i = 0; i < n; ++i)
            for (std::int64_t c = 0; c < cols; ++c)
                xt[size_t(i * cols + c)] = x[size_t(c * n + i)];
        const auto csr = accounting::CsrMatrix::fromDense(a.data(), rows, cols);
        QCOMPARE(csr.toDense(), a);
        for (int threads : {1, 2}) {
            std::vector<float> y(size_t(rows * n)), yt(size_t(n * rows));
            csr.multiply(x.data(), n, y.data(), threads);
            csr.multiplyTransposed(xt.data(), n, yt.data(), threads);
            for (std::int64_t r = 0; r < rows; ++r) {
                for (std::int64_t i = 0; i < n; ++i) {
                    double expected = 0;
                    for (std::int64_t c = 0; c < cols; ++c)
                        expected += double(a[size_t(r * cols + c)]) * x[size_t(c * n + i)];
                    QVERIFY(std::abs(y[size_t(r * n + i)] - expected) < 1e-4);
                    QVERIFY(std::abs(yt[size_t(i * rows + r)] - expected) < 1e-4);
                }
            }
        }
    }

    // LeNet-300-100 on 2 x 2 inputs with 2 classes: every number below follows from the shapes by hand.
    void tinyFullyConnectedModel() {
        const engine::InputShape in{1, 2, 2, 2};
        auto net = engine::Network::create(QStringLiteral("lenet300"), in, 3);
        std::vector<int> dead;
        for (int r = 10; r < 300; ++r)
            dead.push_back(r);
        // fc1 keeps rows 0..9; fc3 reads only fc2 outputs 0..49.
        std::vector<std::uint8_t> fc3Mask(200, 1);
        for (int o = 0; o < 2; ++o)
            for (int c = 50; c < 100; ++c)
                fc3Mask[size_t(o * 100 + c)] = 0;
        const std::vector<LayerCompression> masks{{"fc1", maskRows(net, "fc1", dead)}, {"fc3", fc3Mask}};

        accounting::AccountingOptions options;
        options.latencyRepeats = 3;
        options.latencyWarmup = 1;
        const auto report = accounting::Accounting::account(net, masks, options);
        // Dense: 4*300 + 300*100 + 100*2 = 31,400 weights and 402 biases at 32 bits.
        QCOMPARE(report.dense.parameters, 31400 + 402);
        QCOMPARE(report.dense.storageBytes, (31400.0 + 402.0) * 4);
        QCOMPARE(report.dense.macs, 31400);
        // Non-zeros: fc1 4*10, fc2 30,000 (random init has no zeros), fc3 2*50.
        const std::int64_t nnz = 40 + 30000 + 100;
        QCOMPARE(report.csr.macs, nnz);
        QCOMPARE(report.csr.parameters, nnz + 402);
        // CSR: 32-bit values, column indices max(8, bits for the columns) = 8, 9, 8 bits; 32-bit pointers.
        const double csrBits = nnz * 32.0 + 40 * 8 + 30000 * 9 + 100 * 8 + (301 + 101 + 3) * 32 + 402 * 32;
        QCOMPARE(report.csr.storageBytes, csrBits / 8);
        QCOMPARE(report.csr.indexBits, 9);
        // Relative index, 8 bits: fc1 and fc2 have no gap over 255 zeros, fc3's row-major stream
        // (50 kept, 50 zero, 50 kept, 50 zero) neither: no padding.
        QCOMPARE(report.relativeIndex.parameters, nnz + 402);
        QCOMPARE(report.relativeIndex.storageBytes, (nnz * 40.0 + 402 * 32) / 8);
        // Compacted: fc1 10 x 4 (+10), fc2 50 x 10 (+50), fc3 2 x 50 (+2).
        QCOMPARE(report.compacted.parameters, 50 + 550 + 102);
        QCOMPARE(report.compacted.macs, 40 + 500 + 100);
        QCOMPARE(report.compacted.storageBytes, (50.0 + 550 + 102) * 4);
        QCOMPARE(report.compactedLayers[1].shape, (std::vector<std::int64_t>{50, 10}));
        QVERIFY(report.dense.latencyMs > 0 && report.csr.latencyMs > 0 && report.compacted.latencyMs > 0);

        // The compacted model computes the masked network's logits.
        const auto compact = accounting::CompactModel::compact(net, masks);
        const auto images = randomImages(in, 16, 1);
        auto masked = engine::Network::create(QStringLiteral("lenet300"), in, 3);
        applyMasks(masked, masks);
        const auto expected = masked.forward(images, 16);
        QVERIFY(maxAbsDiff(compact.forward(images, 16), expected) < 1e-4);
        QVERIFY(maxAbsDiff(accounting::Accounting::csrForward(net, masks, images, 16), expected) < 1e-4);

        RecordingContext ctx;
        accounting::Accounting::writeTables(ctx, report, 42);
        QCOMPARE(ctx.lastStep, 42);
        QCOMPARE(ctx.rows.at(QStringLiteral("accounting/compacted"))["parameters"].get<std::int64_t>(), 702);
        QCOMPARE(ctx.rows.at(QStringLiteral("accounting/dense"))["macs"].get<std::int64_t>(), 31400);
        QVERIFY(ctx.rows.at(QStringLiteral("accounting/csr")).contains("latency_ms"));
        QCOMPARE(ctx.rows.at(QStringLiteral("accounting_layers/fc3"))["nonzero"].get<std::int64_t>(), 100);
    }

    // LeNet-5: a zero conv1 filter (constant folded into conv2, which has no padding), a zero conv2 filter
    // (folded through the flatten into fc1), and an fc1 input block that nobody reads (removes a conv2
    // filter).
    void lenet5UnusedPathRemoval() {
        const engine::InputShape in{1, 28, 28, 10};
        auto net = engine::Network::create(QStringLiteral("lenet5"), in, 5);
        std::vector<float> b1 = net.parameter("conv1.bias");
        b1[2] = 0.3f; // positive: its ReLU'd constant must be folded, not dropped
        net.setParameter("conv1.bias", b1);
        std::vector<std::uint8_t> fc1Mask(size_t(120 * 400), 1);
        for (int o = 0; o < 120; ++o)
            for (int c = 7 * 25; c < 8 * 25; ++c)
                fc1Mask[size_t(o * 400 + c)] = 0;
        const std::vector<LayerCompression> masks{
            {"conv1", maskRows(net, "conv1", {2})}, {"conv2", maskRows(net, "conv2", {5})}, {"fc1", fc1Mask}};
        const auto compact = accounting::CompactModel::compact(net, masks);
        const auto& layers = compact.layers();
        QCOMPARE(layers[0].shape, (std::vector<std::int64_t>{5, 1, 5, 5}));
        QCOMPARE(layers[1].shape, (std::vector<std::int64_t>{14, 5, 5, 5}));
        QCOMPARE(layers[2].shape, (std::vector<std::int64_t>{120, 14 * 25}));
        QCOMPARE(layers[0].foldedChannels, 1);
        // conv2's filter 5 is folded into fc1 only when its ReLU'd bias is not already zero.
        QCOMPARE(layers[1].foldedChannels, net.parameter("conv2.bias")[5] > 0 ? 1 : 0);
        QCOMPARE(compact.macs(), 5 * 25 * 784 + 14 * 125 * 100 + 120 * 350 + 120 * 84 + 84 * 10);
        QCOMPARE(compact.parameterCount(), (125 + 5) + (14 * 125 + 14) + (120 * 350 + 120) + 10164 + 850);

        auto masked = engine::Network::create(QStringLiteral("lenet5"), in, 5);
        masked.setParameter("conv1.bias", b1);
        applyMasks(masked, masks);
        const auto images = randomImages(in, 8, 2);
        const auto expected = masked.forward(images, 8);
        QVERIFY(maxAbsDiff(compact.forward(images, 8), expected) < 1e-4);
        QVERIFY(maxAbsDiff(accounting::Accounting::csrForward(net, masks, images, 8, 2), expected) < 1e-4);

        QTemporaryDir dir;
        compact.save(dir.filePath(QStringLiteral("compact.pt")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("compact.pt.json"))));
    }

    // vgg_small: conv2 pads, so a zero conv1 filter with a positive bias must stay; one with a negative
    // bias outputs 0 after the ReLU and goes.
    void paddedLayerKeepsConstantChannels() {
        const engine::InputShape in{1, 8, 8, 3};
        auto net = engine::Network::create(QStringLiteral("vgg_small"), in, 9);
        std::vector<float> b1 = net.parameter("conv1.bias");
        b1[3] = 0.5f;
        b1[4] = -0.5f;
        net.setParameter("conv1.bias", b1);
        const std::vector<LayerCompression> masks{{"conv1", maskRows(net, "conv1", {3, 4})}};
        const auto compact = accounting::CompactModel::compact(net, masks);
        QCOMPARE(compact.layers()[0].shape[0], 31);
        QCOMPARE(compact.layers()[0].keptOutputs[3], 3);
        QCOMPARE(compact.layers()[0].keptOutputs[4], 5);
        QCOMPARE(compact.layers()[1].shape[1], 31);
        auto masked = engine::Network::create(QStringLiteral("vgg_small"), in, 9);
        masked.setParameter("conv1.bias", b1);
        applyMasks(masked, masks);
        const auto images = randomImages(in, 4, 3);
        QVERIFY(maxAbsDiff(compact.forward(images, 4), masked.forward(images, 4)) < 1e-4);
    }

    void badMasksAreRefused() {
        auto net = engine::Network::create(QStringLiteral("lenet300"), {1, 2, 2, 2}, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, accounting::CompactModel::compact(
                                                            net, {{"fc9", std::vector<std::uint8_t>(4, 1)}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, accounting::CompactModel::compact(
                                                            net, {{"fc1", std::vector<std::uint8_t>(3, 1)}}));
    }
};

QTEST_GUILESS_MAIN(TestAccounting)
#include "tst_accounting.moc"
