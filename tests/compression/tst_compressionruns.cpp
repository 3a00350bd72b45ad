// Short compression runs on a Fashion-MNIST subset through the run kinds themselves: ADMM pruning
// reaches its sparsity exactly after hard pruning and keeps accuracy well above chance; progressive
// quantization leaves only the allowed levels; the magnitude baseline and P-RM finish with their reports.
#include "RecordingContext.h"

#include "compute/compression/Compression.h"
#include "compute/engine/IdxReader.h"
#include "compute/engine/ImageDataset.h"
#include "compute/engine/Network.h"
#include "compute/runs/RunKind.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <set>

using namespace kcat;

class TestCompressionRuns : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // The kind's defaults overridden by a small, fast set-up: 3,000 training and 1,000 test images,
    // LeNet-5 trained dense for 2 epochs first.
    nlohmann::json params(const QString& kind, const nlohmann::json& overrides) {
        const runs::RunKind* k = runs::RunKindRegistry::instance().find(kind);
        if (!k)
            return {};
        nlohmann::json p = k->schema().defaults();
        p.update(nlohmann::json{{"train_subset", 3000},
                                {"test_subset", 1000},
                                {"pretrain_epochs", 2},
                                {"batch_size", 32},
                                {"lr", 0.02},
                                {"threads", 1},
                                {"latency_batch", 4},
                                {"latency_repeats", 2}});
        p.update(overrides);
        return p;
    }

    std::unique_ptr<RecordingContext> run(const QString& kind, const nlohmann::json& overrides) {
        auto ctx = std::make_unique<RecordingContext>(params(kind, overrides),
                                                      m_dir.filePath(kind + QStringLiteral("-run")));
        runs::RunKind* k = const_cast<runs::RunKind*>(runs::RunKindRegistry::instance().find(kind));
        k->execute(*ctx);
        return ctx;
    }

private Q_SLOTS:
    void initTestCase() {
        compression::registerCompression();
        if (!QFileInfo::exists(engine::ImageDatasetLoader::splitFile(
                engine::ImageDatasetLoader::fashionMnistDir(), true, true)))
            QSKIP("Fashion-MNIST is not installed");
        QVERIFY(m_dir.isValid());
    }

    void admmReachesSparsityExactly() {
        const auto ctx = run(QStringLiteral("compression.admm"),
                             {{"sparsity", 0.9}, {"admm_epochs", 2}, {"retrain_epochs", 1}, {"rho", 0.01}});
        // Every layer keeps exactly round(0.1 x its weights).
        std::int64_t nonzero = 0;
        std::int64_t weights = 0;
        for (const auto& [layer, row] : ctx->tables.at(QStringLiteral("layers"))) {
            const std::int64_t n = row.at("weights").get<std::int64_t>();
            QCOMPARE(row.at("nonzero").get<std::int64_t>(), std::int64_t(std::llround(0.1 * double(n))));
            nonzero += row.at("nonzero").get<std::int64_t>();
            weights += n;
        }
        QCOMPARE(ctx->tables.at(QStringLiteral("layers")).size(), std::size_t(5));
        QCOMPARE(ctx->last(QStringLiteral("nonzero_weights")), double(nonzero));
        QVERIFY(std::fabs(ctx->last(QStringLiteral("compression_rate")) - double(weights) / double(nonzero)) <
                1e-9);
        // Ten classes: chance is 0.1.
        const double accuracy = ctx->last(QStringLiteral("test_accuracy"));
        qInfo("dense %.4f, after ADMM pruning to 10%% %.4f", ctx->last(QStringLiteral("dense_test_accuracy")),
              accuracy);
        QVERIFY2(accuracy > 0.5, qPrintable(QString::number(accuracy)));
        // The views' data: rho rises, residuals and histograms are recorded.
        const auto& rho = ctx->metrics.at(QStringLiteral("rho"));
        QVERIFY(rho.size() >= 3 && rho.back().second > rho.front().second);
        QVERIFY(ctx->metrics.count(QStringLiteral("residual/fc1")));
        const nlohmann::json& h =
            ctx->tables.at(QStringLiteral("weight_histogram")).at(QStringLiteral("fc1/after"));
        QCOMPARE(h.at("edges").size(), std::size_t(65));
        QCOMPARE(h.at("counts").size(), std::size_t(64));
        std::int64_t counted = 0;
        for (const auto& c : h.at("counts"))
            counted += c.get<std::int64_t>();
        QCOMPARE(counted, std::int64_t(120 * 400));
        QVERIFY(ctx->tables.count(QStringLiteral("accounting")));
        QCOMPARE(ctx->artifacts.at(QStringLiteral("model")).size(), qsizetype(1));
        QCOMPARE(ctx->artifacts.at(QStringLiteral("report")).size(), qsizetype(2));
    }

    void progressiveQuantizationLeavesOnlyLevels() {
        const auto ctx =
            run(QStringLiteral("compression.quantize"),
                {{"scheme", "binary"}, {"progressive_steps", 2}, {"step_epochs", 1}, {"retrain_epochs", 1}});
        // Load the saved compressed model and check every layer's weights are +-alpha.
        engine::Network net = engine::Network::create(QStringLiteral("lenet5"), {}, 1);
        net.load(ctx->artifacts.at(QStringLiteral("model")).front());
        for (const engine::LayerInfo& layer : net.layers()) {
            std::set<float> magnitudes;
            for (float v : net.parameter(layer.name + ".weight"))
                magnitudes.insert(std::fabs(v));
            QVERIFY2(magnitudes.size() == 1 && *magnitudes.begin() > 0, layer.name.c_str());
        }
        QVERIFY(std::fabs(ctx->last(QStringLiteral("compression_rate")) - 32.0) < 0.1);
        QVERIFY(ctx->last(QStringLiteral("test_accuracy")) > 0.3);
        // Ternary on two layers: {-alpha, 0, alpha} there, the others untouched.
        const auto t = run(QStringLiteral("compression.quantize"), {{"scheme", "ternary"},
                                                                    {"layers", "conv2,fc1"},
                                                                    {"progressive_steps", 1},
                                                                    {"step_epochs", 1},
                                                                    {"retrain_epochs", 0}});
        engine::Network tn = engine::Network::create(QStringLiteral("lenet5"), {}, 1);
        tn.load(t->artifacts.at(QStringLiteral("model")).front());
        for (const char* name : {"conv2.weight", "fc1.weight"}) {
            std::set<float> values;
            for (float v : tn.parameter(name))
                values.insert(v);
            QVERIFY2(values.size() <= 3 && values.count(0.0f), name);
            QCOMPARE(*values.begin(), -*values.rbegin());
        }
        QCOMPARE(t->tables.at(QStringLiteral("layers")).at(QStringLiteral("fc1")).at("bits").get<double>(),
                 2.0);
        QCOMPARE(t->tables.at(QStringLiteral("layers")).at(QStringLiteral("fc2")).at("bits").get<double>(),
                 32.0);
    }

    void gradualMagnitudeReachesTarget() {
        const auto ctx = run(QStringLiteral("compression.magnitude"),
                             {{"method", "gradual"}, {"sparsity", 0.8}, {"epochs", 2}, {"prune_every", 20}});
        for (const auto& [layer, row] : ctx->tables.at(QStringLiteral("layers")))
            QCOMPARE(row.at("nonzero").get<std::int64_t>(),
                     std::int64_t(std::llround(0.2 * double(row.at("weights").get<std::int64_t>()))));
        QVERIFY(ctx->last(QStringLiteral("test_accuracy")) > 0.5);
    }

    void prmCompactsTheNetwork() {
        const auto ctx =
            run(QStringLiteral("compression.prm"), {{"layer_filter_sparsity", "conv2=0.5,fc1=0.5,fc2=0.5"},
                                                    {"column_sparsity", 0.0},
                                                    {"admm_epochs", 1},
                                                    {"retrain_epochs", 1},
                                                    {"purify_epochs", 0}});
        // conv2 8 of 16 filters, fc1 60 of 120, fc2 42 of 84 (at most: purification may remove more).
        QVERIFY(ctx->last(QStringLiteral("compacted_parameters")) > 0);
        QVERIFY(ctx->last(QStringLiteral("compacted_parameters")) <=
                156 + 8 * 151 + 60 * 201 + 42 * 61 + 430);
        QVERIFY(ctx->last(QStringLiteral("test_accuracy")) > 0.5);
    }
};

QTEST_GUILESS_MAIN(TestCompressionRuns)
#include "tst_compressionruns.moc"
