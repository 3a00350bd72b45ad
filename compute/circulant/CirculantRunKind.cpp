// `compression.circulant`: LeNet-5 with block-circulant fully connected layers, trained on an IDX image set.
#include "compute/circulant/Circulant.h"

#include "compute/circulant/CirculantNetwork.h"
#include "compute/circulant/CirculantTraining.h"
#include "compute/core/Json.h"
#include "compute/engine/IdxReader.h"
#include "compute/runs/RunContext.h"
#include "compute/runs/RunKind.h"

#include <QCoreApplication>

namespace kcat::circulant {

namespace {

using runs::MetricGoal;
using runs::MetricSpec;
using runs::ParameterSchema;
using runs::ParamSpec;
using runs::RunContext;
using runs::RunKind;

class CirculantRunKind : public RunKind {
    Q_DECLARE_TR_FUNCTIONS(kcat::circulant::CirculantRunKind)

public:
    QString name() const override { return QStringLiteral("compression.circulant"); }
    QString title() const override { return tr("Block-circulant layers"); }
    QString description() const override {
        return tr("Trains LeNet-5 whose fully connected layers are k x k block-circulant matrices computed "
                  "with FFTs (k times fewer weights), and measures inference time against dense layers.");
    }

    ParameterSchema schema() const override {
        const CirculantTrainingConfig d;
        return ParameterSchema{
            ParamSpec::integer(QStringLiteral("block"), d.block, 1, 256,
                               tr("Circulant block size k (1: dense layers)")),
            ParamSpec::string(QStringLiteral("layers"), QStringLiteral("fc1,fc2,fc3"),
                              tr("Comma-separated fully connected layers made block-circulant")),
            ParamSpec::string(QStringLiteral("dataset"), QString(),
                              tr("Folder with train/t10k IDX files (empty: Fashion-MNIST)")),
            ParamSpec::integer(QStringLiteral("epochs"), d.epochs, 1, 10000,
                               tr("Passes over the training set")),
            ParamSpec::integer(QStringLiteral("batch_size"), d.batchSize, 1, 65536, tr("Images per step")),
            ParamSpec::real(QStringLiteral("lr"), d.lr, 1e-8, 10, tr("Learning rate")),
            ParamSpec::real(QStringLiteral("momentum"), d.momentum, 0, 0.999, tr("SGD momentum")),
            ParamSpec::real(QStringLiteral("weight_decay"), d.weightDecay, 0, 1, tr("L2 weight decay")),
            ParamSpec::choice(QStringLiteral("schedule"), {QStringLiteral("none"), QStringLiteral("cosine")},
                              d.schedule, tr("Learning-rate schedule")),
            ParamSpec::integer(QStringLiteral("seed"), qint64(d.seed), 0, 2147483647,
                               tr("Seed of the weights and the shuffling")),
            ParamSpec::integer(QStringLiteral("train_subset"), 0, 0, 1e10,
                               tr("Train on the first n images only (0: all)")),
            ParamSpec::integer(QStringLiteral("test_subset"), 0, 0, 1e10,
                               tr("Test on the first n images only (0: all)")),
            ParamSpec::integer(QStringLiteral("threads"), 0, 0, 1024, tr("LibTorch threads (0: all cores)")),
            ParamSpec::integer(QStringLiteral("log_every"), d.logEvery, 1, 1e9,
                               tr("Steps between loss points")),
            ParamSpec::string(QStringLiteral("init_from"), QString(),
                              tr("LeNet-5 checkpoint whose weights are projected onto the circulant layers")),
            ParamSpec::integer(QStringLiteral("timing_repeats"), d.timingRepeats, 1, 100000,
                               tr("Timed inference passes (the median is reported)")),
        };
    }

    QVector<MetricSpec> metrics() const override {
        return {
            {QStringLiteral("loss"), tr("Loss"), MetricGoal::Minimize},
            {QStringLiteral("test_accuracy"), tr("Test accuracy"), MetricGoal::Maximize},
            {QStringLiteral("compression_rate"), tr("Compression rate"), MetricGoal::Maximize},
            {QStringLiteral("nonzero_weights"), tr("Stored weights"), MetricGoal::Minimize},
            {QStringLiteral("circulant_inference_ms"), tr("Circulant inference (ms)"), MetricGoal::Minimize},
            {QStringLiteral("dense_inference_ms"), tr("Dense inference (ms)"), MetricGoal::Minimize}};
    }

    void execute(RunContext& ctx) override {
        const nlohmann::json& p = ctx.parameters();
        CirculantTrainingConfig config;
        config.block = p.at("block").get<int>();
        config.circulantLayers.clear();
        const QString layers = QString::fromStdString(p.at("layers").get<std::string>());
        for (const QString& part : layers.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = part.trimmed();
            if (!CirculantNetwork::fcLayerNames().contains(name))
                throw runs::RunFailure{
                    tr("Parameter layers: unknown layer \"%1\" (expected fc1, fc2 or fc3).").arg(name)};
            config.circulantLayers.push_back(name.toStdString());
        }
        config.dataset = QString::fromStdString(p.at("dataset").get<std::string>());
        config.epochs = p.at("epochs").get<int>();
        config.batchSize = p.at("batch_size").get<int>();
        config.lr = p.at("lr").get<double>();
        config.momentum = p.at("momentum").get<double>();
        config.weightDecay = p.at("weight_decay").get<double>();
        config.schedule = QString::fromStdString(p.at("schedule").get<std::string>());
        config.seed = ctx.seed();
        config.trainSubset = p.at("train_subset").get<std::int64_t>();
        config.testSubset = p.at("test_subset").get<std::int64_t>();
        config.threads = p.at("threads").get<int>();
        config.logEvery = p.at("log_every").get<int>();
        config.initFrom = QString::fromStdString(p.at("init_from").get<std::string>());
        config.timingRepeats = p.at("timing_repeats").get<int>();
        config.outputDir = ctx.artifactFolder();

        TrainingCallbacks cb;
        cb.metric = [&](const QString& key, std::int64_t step, double value) {
            ctx.metric(key, step, value);
        };
        cb.tableRow = [&](const QString& table, std::int64_t step, const QString& row,
                          const nlohmann::json& v) { ctx.tableRow(table, step, row, v); };
        cb.log = [&](const QString& line) { ctx.log(line); };
        cb.progress = [&](double f, const QString& d) { ctx.progress(f, d); };
        cb.cancelled = [&] { return ctx.isCancelled(); };
        cb.artifact = [&](const QString& kind, const QString& path) { ctx.addArtifact(kind, path); };
        try {
            const CirculantTrainingResult result = CirculantTraining::run(config, cb);
            if (result.cancelled)
                return;
            nlohmann::json final = nlohmann::json::object();
            for (const auto& [key, value] : result.finalMetrics)
                final[key] = value;
            ctx.setSummary(QStringLiteral("final_metrics"), final);
        } catch (const engine::DatasetError& e) {
            throw runs::RunFailure{e.message()};
        } catch (const std::invalid_argument& e) {
            throw runs::RunFailure{QString::fromUtf8(e.what())};
        } catch (const std::runtime_error& e) {
            throw runs::RunFailure{QString::fromUtf8(e.what())};
        }
    }
};

} // namespace

void registerCirculant() {
    runs::RunKindRegistry::instance().add(std::make_unique<CirculantRunKind>());
}

} // namespace kcat::circulant
