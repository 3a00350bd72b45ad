// `train.baseline`: the run platform's view of the Trainer. Parameters come validated from the
// ParameterSchema below; metrics, tables, logs, checkpoints and cancel go through the RunContext.
#include "compute/engine/TorchRuntime.h"

#include "compute/core/Json.h"
#include "compute/engine/IdxReader.h"
#include "compute/engine/Network.h"
#include "compute/engine/RunContextObserver.h"
#include "compute/engine/Trainer.h"
#include "compute/runs/RunContext.h"
#include "compute/runs/RunKind.h"

#include <QCoreApplication>
#include <QDir>

namespace kcat::engine {

namespace {

// Unqualified names: lupdate takes a "runs::" return type for the context of the tr() calls that follow.
using runs::MetricGoal;
using runs::MetricSpec;
using runs::ParameterSchema;
using runs::ParamSpec;
using runs::RunContext;
using runs::RunKind;

class BaselineRunKind : public RunKind {
    Q_DECLARE_TR_FUNCTIONS(kcat::engine::BaselineRunKind)

public:
    QString name() const override { return QStringLiteral("train.baseline"); }
    QString title() const override { return tr("Baseline training"); }
    QString description() const override {
        return tr("Trains LeNet-5, LeNet-300-100 or a small VGG-style CNN on Fashion-MNIST or another IDX "
                  "image set with SGD or Adam.");
    }
    bool supportsResume() const override { return true; }

    ParameterSchema schema() const override {
        const TrainingConfig d;
        return ParameterSchema{
            ParamSpec::choice(QStringLiteral("model"), Network::modelNames(), d.model,
                              tr("Network to train")),
            ParamSpec::string(QStringLiteral("dataset"), QString(),
                              tr("Folder with train/t10k IDX files (empty: Fashion-MNIST)")),
            ParamSpec::integer(QStringLiteral("epochs"), d.epochs, 1, 10000,
                               tr("Passes over the training set")),
            ParamSpec::integer(QStringLiteral("batch_size"), d.batchSize, 1, 65536,
                               tr("Images per step (over all data-parallel ranks)")),
            ParamSpec::real(QStringLiteral("lr"), d.lr, 1e-8, 10, tr("Learning rate")),
            ParamSpec::integer(QStringLiteral("seed"), qint64(d.seed), 0, 2147483647,
                               tr("Seed of the weights and the shuffling")),
            ParamSpec::choice(QStringLiteral("optimizer"), {QStringLiteral("sgd"), QStringLiteral("adam")},
                              d.optimizer, tr("Optimizer")),
            ParamSpec::real(QStringLiteral("momentum"), d.momentum, 0, 0.999, tr("SGD momentum")),
            ParamSpec::real(QStringLiteral("weight_decay"), d.weightDecay, 0, 1, tr("L2 weight decay")),
            ParamSpec::choice(QStringLiteral("schedule"),
                              {QStringLiteral("none"), QStringLiteral("step"), QStringLiteral("cosine")},
                              d.schedule, tr("Learning-rate schedule")),
            ParamSpec::integer(QStringLiteral("step_epochs"), d.stepEpochs, 1, 10000,
                               tr("Step schedule: epochs between decays")),
            ParamSpec::real(QStringLiteral("gamma"), d.gamma, 1e-6, 1, tr("Step schedule: decay factor")),
            ParamSpec::integer(QStringLiteral("max_steps"), 0, 0, 1e12,
                               tr("Stop after this many steps (0: no limit)")),
            ParamSpec::integer(QStringLiteral("train_subset"), 0, 0, 1e10,
                               tr("Train on the first n images only (0: all)")),
            ParamSpec::integer(QStringLiteral("test_subset"), 0, 0, 1e10,
                               tr("Test on the first n images only (0: all)")),
            ParamSpec::integer(QStringLiteral("threads"), 0, 0, 1024, tr("LibTorch threads (0: all cores)")),
            ParamSpec::integer(QStringLiteral("log_every"), d.logEvery, 1, 1e9,
                               tr("Steps between loss points")),
        };
    }

    QVector<MetricSpec> metrics() const override {
        return {{QStringLiteral("loss"), tr("Loss"), MetricGoal::Minimize},
                {QStringLiteral("train_loss"), tr("Training loss"), MetricGoal::Minimize},
                {QStringLiteral("train_accuracy"), tr("Training accuracy"), MetricGoal::Maximize},
                {QStringLiteral("test_accuracy"), tr("Test accuracy"), MetricGoal::Maximize},
                {QStringLiteral("images_per_second"), tr("Images per second"), MetricGoal::Maximize},
                {QStringLiteral("epoch_seconds"), tr("Epoch seconds"), MetricGoal::Minimize}};
    }

    void execute(RunContext& ctx) override {
        TrainingConfig config;
        try {
            nlohmann::json params = ctx.parameters();
            params["seed"] = ctx.seed();
            config = TrainingConfig::fromJson(params);
        } catch (const std::invalid_argument& e) {
            throw runs::RunFailure{QString::fromUtf8(e.what())};
        }
        const runs::DistributedOptions dist = ctx.distributed();
        config.parallel.rank = dist.rank;
        config.parallel.worldSize = dist.worldSize;
        if (dist.isDistributed()) {
            config.parallel.masterHost = dist.masterHost;
            config.parallel.masterPort = dist.masterPort;
        }
        config.outputDir = ctx.artifactFolder();
        if (const auto resume = ctx.resumePoint())
            config.resumeFrom = resume->path;
        engine::RunContextObserver observer(ctx);
        try {
            config.validate();
            Trainer trainer(config, &observer);
            const TrainingResult result = trainer.run();
            nlohmann::json confusion = result.confusion;
            ctx.setSummary(QStringLiteral("confusion_matrix"), confusion);
            nlohmann::json final = nlohmann::json::object();
            for (const auto& [key, value] : result.finalMetrics)
                final[key] = value;
            ctx.setSummary(QStringLiteral("final_metrics"), final);
        } catch (const DatasetError& e) {
            throw runs::RunFailure{e.message()};
        } catch (const std::invalid_argument& e) {
            throw runs::RunFailure{QString::fromUtf8(e.what())};
        } catch (const std::runtime_error& e) {
            throw runs::RunFailure{QString::fromUtf8(e.what())};
        }
    }
};

} // namespace

void registerEngineRunKinds() {
    runs::RunKindRegistry::instance().add(std::make_unique<BaselineRunKind>());
}

} // namespace kcat::engine
