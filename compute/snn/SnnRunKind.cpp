// `snn.train`: the run platform's view of the SnnTrainer.
#include "compute/snn/Snn.h"

#include "compute/core/Json.h"
#include "compute/engine/IdxReader.h"
#include "compute/engine/RunContextObserver.h"
#include "compute/runs/RunContext.h"
#include "compute/runs/RunKind.h"
#include "compute/snn/SnnTrainer.h"

#include <QCoreApplication>

namespace kcat::snn {

namespace {

// Unqualified names: lupdate takes a "runs::" return type for the context of the tr() calls that follow.
using runs::MetricGoal;
using runs::MetricSpec;
using runs::ParameterSchema;
using runs::ParamSpec;
using runs::RunContext;
using runs::RunKind;

class SnnRunKind : public RunKind {
    Q_DECLARE_TR_FUNCTIONS(kcat::snn::SnnRunKind)

public:
    QString name() const override { return QStringLiteral("snn.train"); }
    QString title() const override { return tr("Spiking network training"); }
    QString description() const override {
        return tr("Trains a spiking CNN (conv-LIF blocks and a classifier) on Fashion-MNIST with BPTT or the "
                  "reversible node whose backward recomputes the potentials, measuring training memory.");
    }

    ParameterSchema schema() const override {
        const SnnConfig d;
        return ParameterSchema{
            ParamSpec::choice(QStringLiteral("node"), {QStringLiteral("lif"), QStringLiteral("reversible")},
                              d.node, tr("Spiking node: LIF or the reversible two-group node")),
            ParamSpec::choice(
                QStringLiteral("backward"),
                {QStringLiteral("autograd"), QStringLiteral("naive"), QStringLiteral("streamlined")},
                d.backward, tr("Backward pass: autograd (BPTT) or a recomputing one (reversible node)")),
            ParamSpec::integer(QStringLiteral("timesteps"), d.timesteps, 1, 1024, tr("Time steps T")),
            ParamSpec::real(QStringLiteral("threshold"), d.threshold, 1e-6, 1e6, tr("Firing threshold")),
            ParamSpec::real(QStringLiteral("decay"), d.decay, 1e-3, 1, tr("Membrane decay per step (beta)")),
            ParamSpec::choice(QStringLiteral("reset"), {QStringLiteral("hard"), QStringLiteral("soft")},
                              d.reset,
                              tr("Reset after a spike: to zero (hard) or minus the threshold (soft)")),
            ParamSpec::choice(QStringLiteral("surrogate"),
                              {QStringLiteral("fast_sigmoid"), QStringLiteral("arctan")}, d.surrogate,
                              tr("Surrogate gradient of the spike")),
            ParamSpec::choice(QStringLiteral("encoding"),
                              {QStringLiteral("direct"), QStringLiteral("poisson")}, d.encoding,
                              tr("Input encoding: analog pixels every step, or Poisson spikes")),
            ParamSpec::integer(QStringLiteral("width"), d.width, 2, 512,
                               tr("Channels of conv1 (conv2 has twice)")),
            ParamSpec::integer(QStringLiteral("epochs"), d.epochs, 1, 10000,
                               tr("Passes over the training set")),
            ParamSpec::integer(QStringLiteral("batch_size"), d.batchSize, 1, 65536, tr("Images per step")),
            ParamSpec::real(QStringLiteral("lr"), d.lr, 1e-8, 10, tr("Adam learning rate")),
            ParamSpec::integer(QStringLiteral("seed"), qint64(d.seed), 0, 2147483647,
                               tr("Seed of the weights, the shuffling and the Poisson draws")),
            ParamSpec::integer(QStringLiteral("train_subset"), 0, 0, 1e10,
                               tr("Train on the first n images only (0: all)")),
            ParamSpec::integer(QStringLiteral("test_subset"), 0, 0, 1e10,
                               tr("Test on the first n images only (0: all)")),
            ParamSpec::integer(QStringLiteral("max_steps"), 0, 0, 1e12,
                               tr("Stop after this many steps (0: no limit)")),
            ParamSpec::integer(QStringLiteral("threads"), 0, 0, 1024, tr("LibTorch threads (0: all cores)")),
            ParamSpec::integer(QStringLiteral("log_every"), d.logEvery, 1, 1e9,
                               tr("Steps between loss points")),
            ParamSpec::string(QStringLiteral("dataset"), QString(),
                              tr("Folder with train/t10k IDX files (empty: Fashion-MNIST)")),
        };
    }

    QVector<MetricSpec> metrics() const override {
        return {
            {QStringLiteral("loss"), tr("Loss"), MetricGoal::Minimize},
            {QStringLiteral("train_loss"), tr("Training loss"), MetricGoal::Minimize},
            {QStringLiteral("train_accuracy"), tr("Training accuracy"), MetricGoal::Maximize},
            {QStringLiteral("test_accuracy"), tr("Test accuracy"), MetricGoal::Maximize},
            {QStringLiteral("epoch_seconds"), tr("Epoch seconds"), MetricGoal::Minimize},
            {QStringLiteral("backward_seconds"), tr("Backward seconds per step"), MetricGoal::Minimize},
            {QStringLiteral("peak_memory_bytes"), tr("Peak training memory (bytes)"), MetricGoal::Minimize},
            {QStringLiteral("step_memory_bytes"), tr("Memory added by a step (bytes)"), MetricGoal::Minimize},
            {QStringLiteral("peak_rss_bytes"), tr("Process peak RSS (bytes)"), MetricGoal::Minimize},
            {QStringLiteral("backward_flops"), tr("Backward FLOPs per step"), MetricGoal::Minimize},
            {QStringLiteral("reconstruction_error"), tr("Reconstruction error"), MetricGoal::Minimize}};
    }

    void execute(RunContext& ctx) override {
        engine::RunContextObserver observer(ctx);
        try {
            nlohmann::json params = ctx.parameters();
            params["seed"] = ctx.seed();
            SnnTrainer trainer(SnnConfig::fromJson(params), &observer);
            trainer.setOutputDir(ctx.artifactFolder());
            const SnnResult result = trainer.run();
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

void registerSnnModule() {
    runs::RunKindRegistry::instance().add(std::make_unique<SnnRunKind>());
}

} // namespace kcat::snn
