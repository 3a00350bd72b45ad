// `balance.simulate`: the training-balance simulator as a run kind of the run platform. Per-iteration series
// go out as iter_* metrics; the final metrics (means over the run) are written once at the last step.

#include "compute/balance/SimulateRunKind.h"
#include "compute/balance/BalanceError.h"
#include "compute/balance/Baselines.h"
#include "compute/balance/CalibrationRunKinds.h"
#include "compute/balance/RunKindSupport.h"
#include "compute/balance/SimulationSetup.h"
#include "compute/balance/Simulator.h"

#include "compute/core/Json.h"
#include "compute/runs/RunContext.h"
#include "compute/runs/RunKind.h"

namespace kcat::balance {

namespace {

using runs::ParamSpec;

class SimulateRunKind : public runs::RunKind {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::SimulateRunKind)

public:
    QString name() const override { return QStringLiteral("balance.simulate"); }
    QString title() const override { return tr("Training-balance simulation"); }
    QString description() const override {
        return tr(
            "Samples variable-length batches and plans them with two-stage assignment on heterogeneous "
            "parallel strategies, against padding, unbalanced, greedy and first-fit-decreasing packing.");
    }

    runs::ParameterSchema schema() const override {
        const SimulationSetup d;
        return runs::ParameterSchema{
            ParamSpec::integer(QStringLiteral("gpus"), d.options.gpus, 1, 65536, tr("Simulated GPUs")),
            ParamSpec::integer(QStringLiteral("tokens"), d.options.tokensPerBatch, 1, 1 << 30,
                               tr("Tokens per global batch")),
            ParamSpec::integer(QStringLiteral("iterations"), d.options.iterations, 1, 100000,
                               tr("Iterations to simulate")),
            ParamSpec::integer(QStringLiteral("seed"), qint64(d.options.seed), 0, 2147483647,
                               tr("Random seed")),
            ParamSpec::choice(QStringLiteral("distribution"), LengthDistribution::builtinNames(),
                              d.distribution, tr("Built-in sequence-length distribution")),
            ParamSpec::string(QStringLiteral("lognormal"), QString(),
                              tr("Lognormal lengths instead: MEDIAN,SIGMA,CAP (empty: not used)")),
            ParamSpec::string(
                QStringLiteral("lengths_file"), QString(),
                tr("File of lengths instead: one per line or length<TAB>count (empty: not used)")),
            ParamSpec::choice(QStringLiteral("preset"), CostModel::presetNames(), d.preset,
                              tr("Model and GPU cost preset")),
            ParamSpec::string(
                QStringLiteral("calibration"), QString(),
                tr("Measured coefficients instead of the preset's: a balance.calibrate run id or "
                   "a coefficients.json file (empty: not used)")),
            ParamSpec::integer(
                QStringLiteral("gantt_iterations"), 20, 0, 100000,
                tr("Iterations whose replica × micro-batch plan is recorded (table schedule)")),
            ParamSpec::integer(QStringLiteral("shuffles"), d.options.shuffles, 1, 10000,
                               tr("Stage-1 greedy rounds per iteration")),
            ParamSpec::real(QStringLiteral("milp_ms"), d.options.milpTimeLimitSeconds * 1000, 0.1, 600000,
                            tr("Time limit of one micro-batch MILP, milliseconds")),
            ParamSpec::boolean(QStringLiteral("use_milp"), d.options.useMilp,
                               tr("Pack micro-batches with the CBC MILP (else greedily)")),
        };
    }

    QVector<runs::MetricSpec> metrics() const override {
        using runs::MetricGoal;
        return {{QStringLiteral("iteration_seconds"), tr("Iteration time (s)"), MetricGoal::Minimize},
                {QStringLiteral("speedup_vs_greedy_packing"), tr("Speed-up over greedy packing"),
                 MetricGoal::Maximize},
                {QStringLiteral("imbalance_max_over_mean"), tr("Imbalance (max/mean)"), MetricGoal::Minimize},
                {QStringLiteral("packing_efficiency"), tr("Packing efficiency"), MetricGoal::Maximize},
                {QStringLiteral("planner_ms_per_iteration"), tr("Planner time per iteration (ms)"),
                 MetricGoal::Minimize},
                {QStringLiteral("iter_seconds"), tr("Iteration time (s)"), MetricGoal::Minimize},
                {QStringLiteral("iter_imbalance"), tr("Imbalance (max/mean)"), MetricGoal::Minimize}};
    }

    void execute(runs::RunContext& ctx) override {
        const nlohmann::json& p = ctx.parameters();
        SimulationSetup setup;
        setup.options.gpus = p.at("gpus").get<int>();
        setup.options.tokensPerBatch = p.at("tokens").get<qint64>();
        setup.options.iterations = p.at("iterations").get<int>();
        setup.options.seed = ctx.seed();
        setup.options.shuffles = p.at("shuffles").get<int>();
        setup.options.milpTimeLimitSeconds = p.at("milp_ms").get<double>() / 1000;
        setup.options.useMilp = p.at("use_milp").get<bool>();
        setup.distribution = core::toQString(p.at("distribution"));
        setup.lognormal = core::toQString(p.at("lognormal"));
        setup.lengthsFile = core::toQString(p.at("lengths_file"));
        setup.preset = core::toQString(p.at("preset"));
        const qint64 ganttIterations = p.at("gantt_iterations").get<qint64>();
        try {
            setup.calibrationFile =
                RunKindSupport::calibrationFile(ctx, core::toQString(p.at("calibration")));
            const LengthDistribution lengths = setup.lengths();
            const CostModel cost = setup.costModel();
            ctx.log(tr("lengths: %1").arg(lengths.description()));
            ctx.log(tr("cost preset: %1 (%2)").arg(cost.preset().name, cost.preset().source));
            if (!setup.calibrationFile.isEmpty())
                ctx.log(tr("measured coefficients from %1: a = %2, b = %3, c = %4 (whole model, one GPU)")
                            .arg(setup.calibrationFile)
                            .arg(cost.base().a)
                            .arg(cost.base().b)
                            .arg(cost.base().c));
            const SimulationResult result =
                Simulator(lengths, cost, setup.options).run([&](int done, int total) {
                    ctx.progress(double(done) / total, tr("iteration %1 of %2").arg(done).arg(total));
                    return !ctx.isCancelled();
                });
            const auto baselines = allBaselines();
            for (size_t i = 0; i < result.iterations.size(); ++i) {
                const IterationRecord& r = result.iterations[i];
                const qint64 step = qint64(i) + 1;
                ctx.metric(QStringLiteral("iter_seconds"), step, r.twoStage.iterationSeconds);
                ctx.metric(QStringLiteral("iter_imbalance"), step, r.twoStage.imbalanceReplicas);
                ctx.metric(QStringLiteral("iter_microbatch_imbalance"), step,
                           r.twoStage.imbalanceMicroBatches);
                ctx.metric(QStringLiteral("iter_packing_efficiency"), step, r.twoStage.packingEfficiency);
                ctx.metric(QStringLiteral("iter_idle_gpu_seconds"), step, r.twoStage.idleGpuSeconds);
                ctx.metric(QStringLiteral("iter_planner_ms"), step, r.plannerMs);
                for (size_t b = 0; b < baselines.size() && b < r.baselineSeconds.size(); ++b)
                    ctx.metric(QStringLiteral("iter_seconds_%1").arg(baselineKey(baselines[b])), step,
                               r.baselineSeconds[b]);
                ctx.tableRow(QStringLiteral("iterations"), step, QString::number(step),
                             Simulator::iterationJson(r));
                if (step <= ganttIterations)
                    RunKindSupport::recordSchedule(ctx, step, r.schedule, r.lengths);
            }
            std::vector<int> allLengths;
            for (const IterationRecord& r : result.iterations)
                allLengths.insert(allLengths.end(), r.lengths.begin(), r.lengths.end());
            const qint64 last = qint64(result.iterations.size());
            RunKindSupport::recordHistogram(ctx, last, allLengths);
            for (const char* key : {"iteration_seconds", "speedup_vs_greedy_packing", "speedup_vs_padding",
                                    "speedup_vs_unbalanced_packing", "speedup_vs_ffd",
                                    "imbalance_max_over_mean", "microbatch_imbalance_max_over_mean",
                                    "packing_efficiency", "idle_gpu_fraction", "planner_ms_per_iteration"})
                ctx.metric(QString::fromLatin1(key), last, result.summary.at(key).get<double>());
            for (const char* key : {"baselines", "planner", "strategies", "milp_solved", "milp_time_limit"})
                ctx.setSummary(QString::fromLatin1(key), result.summary.at(key));
            ctx.setSummary(QStringLiteral("distribution"), lengths.toJson());
            ctx.setSummary(QStringLiteral("cost_base"),
                           {{"a", cost.base().a},
                            {"b", cost.base().b},
                            {"c", cost.base().c},
                            {"calibration", setup.calibrationFile.toStdString()}});
            for (const char* key :
                 {"speedup_bound_vs_greedy_packing", "speedup_bound_vs_padding",
                  "speedup_bound_vs_unbalanced_packing", "speedup_bound_vs_ffd", "lower_bound_seconds"})
                ctx.metric(QString::fromLatin1(key), last, result.summary.at(key).get<double>());
        } catch (const BalanceError& e) {
            throw runs::RunFailure{e.message()};
        }
    }
};

} // namespace

void registerBalanceRunKinds() {
    runs::RunKindRegistry::instance().add(std::make_unique<SimulateRunKind>());
    registerCalibrateRunKind();
    registerMeasureRunKind();
}

} // namespace kcat::balance
