// `kcat balance simulate`: the training-balance simulator on the command line, printing JSON.

#include "compute/balance/Balance.h"
#include "compute/balance/BalanceError.h"
#include "compute/balance/Measurement.h"
#include "compute/balance/SimulateRunKind.h"
#include "compute/balance/SimulationSetup.h"
#include "compute/balance/Simulator.h"
#include "compute/balance/TimingFile.h"

#include "compute/core/Cli.h"
#include "compute/core/Json.h"

namespace kcat::balance {

namespace {

class BalanceSimulateCommand : public core::CliCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::BalanceSimulateCommand)

public:
    QStringList words() const override { return {QStringLiteral("balance"), QStringLiteral("simulate")}; }
    QString summary() const override {
        return tr(
            "Simulate variable-length training batches: two-stage assignment on heterogeneous strategies "
            "against the baselines.");
    }
    void declare(QCommandLineParser& parser) const override {
        const SimulationSetup d;
        parser.addOption({QStringLiteral("gpus"), tr("Simulated GPUs."), QStringLiteral("N"),
                          QString::number(d.options.gpus)});
        parser.addOption({QStringLiteral("tokens"), tr("Tokens per global batch."), QStringLiteral("N"),
                          QString::number(d.options.tokensPerBatch)});
        parser.addOption({QStringLiteral("iterations"), tr("Iterations to simulate."), QStringLiteral("N"),
                          QString::number(d.options.iterations)});
        parser.addOption({QStringLiteral("seed"), tr("Random seed."), QStringLiteral("N"),
                          QString::number(d.options.seed)});
        parser.addOption(
            {QStringLiteral("distribution"),
             tr("Built-in lengths: %1.").arg(LengthDistribution::builtinNames().join(QStringLiteral(", "))),
             QStringLiteral("NAME"), d.distribution});
        parser.addOption({QStringLiteral("lognormal"), tr("Lognormal lengths instead: median, sigma, cap."),
                          QStringLiteral("MEDIAN,SIGMA,CAP")});
        parser.addOption({QStringLiteral("lengths"),
                          tr("A file of lengths instead: one per line, or length<TAB>count."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("preset"),
                          tr("Cost preset: %1.").arg(CostModel::presetNames().join(QStringLiteral(", "))),
                          QStringLiteral("NAME"), d.preset});
        parser.addOption({QStringLiteral("calibration"),
                          tr("Per-layer coefficients measured by balance.calibrate (its coefficients.json) "
                             "instead of the preset's analytic ones."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("shuffles"), tr("Stage-1 greedy rounds per iteration."),
                          QStringLiteral("N"), QString::number(d.options.shuffles)});
        parser.addOption({QStringLiteral("milp-ms"), tr("Time limit of one micro-batch MILP, milliseconds."),
                          QStringLiteral("MS"), QString::number(d.options.milpTimeLimitSeconds * 1000)});
        parser.addOption({QStringLiteral("no-milp"), tr("Pack micro-batches greedily only.")});
        parser.addOption({QStringLiteral("per-iteration"), tr("Also print every iteration's metrics.")});
    }
    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        SimulationSetup setup;
        setup.options.gpus = core::intValue(parser, QStringLiteral("gpus"), 1, 65536);
        setup.options.tokensPerBatch = core::intValue(parser, QStringLiteral("tokens"), 1, 1 << 30);
        setup.options.iterations = core::intValue(parser, QStringLiteral("iterations"), 1, 100000);
        setup.options.seed = quint64(core::intValue(parser, QStringLiteral("seed"), 0, 2147483647));
        setup.options.shuffles = core::intValue(parser, QStringLiteral("shuffles"), 1, 10000);
        setup.options.milpTimeLimitSeconds =
            core::doubleValue(parser, QStringLiteral("milp-ms"), 0.1, 600000) / 1000;
        setup.options.useMilp = !parser.isSet(QStringLiteral("no-milp"));
        setup.distribution = parser.value(QStringLiteral("distribution"));
        setup.lognormal = parser.value(QStringLiteral("lognormal"));
        setup.lengthsFile = parser.value(QStringLiteral("lengths"));
        setup.preset = parser.value(QStringLiteral("preset"));
        setup.calibrationFile = parser.value(QStringLiteral("calibration"));
        try {
            const LengthDistribution lengths = setup.lengths();
            const CostModel cost = setup.costModel();
            const SimulationResult result = Simulator(lengths, cost, setup.options).run();
            nlohmann::json out = result.summary;
            out["distribution"] = lengths.toJson();
            out["preset"] = {{"name", cost.preset().name},
                             {"source", cost.preset().source},
                             {"calibration", setup.calibrationFile.toStdString()},
                             {"base", {{"a", cost.base().a}, {"b", cost.base().b}, {"c", cost.base().c}}}};
            out["gpus"] = setup.options.gpus;
            out["tokens_per_batch"] = setup.options.tokensPerBatch;
            out["seed"] = setup.options.seed;
            if (parser.isSet(QStringLiteral("per-iteration"))) {
                nlohmann::json its = nlohmann::json::array();
                for (const IterationRecord& r : result.iterations)
                    its.push_back(Simulator::iterationJson(r));
                out["per_iteration"] = its;
            }
            ctx.print(out);
        } catch (const BalanceError& e) {
            throw core::CliError(e.message());
        }
        return core::ExitOk;
    }
};

class BalanceFitCommand : public core::CliCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::BalanceFitCommand)

public:
    QStringList words() const override { return {QStringLiteral("balance"), QStringLiteral("fit")}; }
    QString summary() const override {
        return tr("Fit the cost coefficients a, b, c to measured micro-batch timings by least squares.");
    }
    void declare(QCommandLineParser& parser) const override {
        parser.addPositionalArgument(QStringLiteral("timings"),
                                     tr("File with one 'len1,len2,...<TAB>seconds' line per micro-batch."),
                                     QStringLiteral("FILE"));
    }
    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1)
            throw core::CliError(tr("expected one timings file, got %1 arguments").arg(args.size()));
        try {
            const CoefficientFit fit = fitCoefficients(readTimingFile(args.first()));
            ctx.print({{"a", fit.coefficients.a},
                       {"b", fit.coefficients.b},
                       {"c", fit.coefficients.c},
                       {"samples", fit.samples},
                       {"rms_residual_seconds", fit.rmsResidualSeconds},
                       {"r_squared", fit.rSquared}});
        } catch (const BalanceError& e) {
            throw core::CliError(e.message());
        }
        return core::ExitOk;
    }
};

// One rank of a balance.measure micro-run; started by the run itself, not meant to be typed.
class BalanceMeasureWorkerCommand : public core::CliCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::BalanceMeasureWorkerCommand)

public:
    QStringList words() const override {
        return {QStringLiteral("balance"), QStringLiteral("measure-worker")};
    }
    QString summary() const override {
        return tr("One rank of a balance.measure micro-run (started by the run itself).");
    }
    void declare(QCommandLineParser& parser) const override {
        parser.addOption({QStringLiteral("plan"), tr("The micro-run plan (JSON)."), QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("rank"), tr("This process's rank."), QStringLiteral("R")});
        parser.addOption({QStringLiteral("world-size"), tr("Number of ranks."), QStringLiteral("N")});
        parser.addOption(
            {QStringLiteral("master"), tr("Rendezvous address of rank 0."), QStringLiteral("HOST:PORT")});
        parser.addOption({QStringLiteral("output"), tr("Where to write this rank's timings (JSON)."),
                          QStringLiteral("FILE")});
    }
    int run(const QCommandLineParser& parser, core::CliContext&) override {
        for (const char* o : {"plan", "rank", "world-size", "master", "output"})
            if (!parser.isSet(QString::fromLatin1(o)))
                throw core::CliError(tr("missing --%1").arg(QString::fromLatin1(o)));
        const int worldSize = core::intValue(parser, QStringLiteral("world-size"), 1, 1024);
        const int rank = core::intValue(parser, QStringLiteral("rank"), 0, worldSize - 1);
        return runMeasureWorker(parser.value(QStringLiteral("plan")), rank, worldSize,
                                parser.value(QStringLiteral("master")),
                                parser.value(QStringLiteral("output")));
    }
};

} // namespace

void registerBalanceModule() {
    core::CliRegistry::instance().add(std::make_unique<BalanceSimulateCommand>());
    core::CliRegistry::instance().add(std::make_unique<BalanceFitCommand>());
    core::CliRegistry::instance().add(std::make_unique<BalanceMeasureWorkerCommand>());
    registerBalanceRunKinds();
}

} // namespace kcat::balance
