// `balance.measure`: the real micro-run. N worker processes (Gloo on 127.0.0.1) train a small transformer on
// the same variable-length batches under two-stage assignment and under greedy packing; measured compute per
// rank is set against the simulator's prediction from calibrated coefficients.

#include "compute/balance/BalanceError.h"
#include "compute/balance/Calibration.h"
#include "compute/balance/CalibrationRunKinds.h"
#include "compute/balance/Measurement.h"
#include "compute/balance/RunKindSupport.h"
#include "compute/balance/SimulationSetup.h"

#include "compute/core/Json.h"
#include "compute/runs/RunContext.h"
#include "compute/runs/RunKind.h"

#include <QCoreApplication>
#include <QDir>

namespace kcat::balance {

namespace {

using runs::ParamSpec;

class MeasureRunKind : public runs::RunKind {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::MeasureRunKind)

public:
    QString name() const override { return QStringLiteral("balance.measure"); }
    QString title() const override { return tr("Training-balance micro-run"); }
    QString description() const override {
        return tr("Trains a small transformer data-parallel in N processes (Gloo on 127.0.0.1) on the same "
                  "variable-length batches with two-stage assignment and with greedy packing, and compares "
                  "measured times and imbalance with the simulator's prediction.");
    }

    runs::ParameterSchema schema() const override {
        const MeasureOptions d;
        runs::ParameterSchema schema;
        schema.add(ParamSpec::integer(QStringLiteral("ranks"), d.ranks, 1, 64, tr("Processes (replicas)")));
        schema.add(ParamSpec::integer(QStringLiteral("steps"), d.steps, 1, 100000,
                                      tr("Global batches (each trained once per policy)")));
        schema.add(ParamSpec::integer(QStringLiteral("tokens"), d.tokensPerBatch, 16, 1 << 30,
                                      tr("Tokens per global batch")));
        schema.add(ParamSpec::integer(QStringLiteral("capacity"), d.capacity, 16, 1 << 24,
                                      tr("Tokens per micro-batch (memory bound)")));
        schema.add(ParamSpec::string(QStringLiteral("lognormal"), QStringLiteral("160,1.1,2048"),
                                     tr("Lognormal lengths MEDIAN,SIGMA,CAP (empty: use distribution)")));
        schema.add(ParamSpec::choice(QStringLiteral("distribution"), LengthDistribution::builtinNames(),
                                     QStringLiteral("bert512"),
                                     tr("Built-in lengths when lognormal and lengths_file are empty")));
        schema.add(ParamSpec::string(QStringLiteral("lengths_file"), QString(),
                                     tr("File of lengths instead: one per line or length<TAB>count")));
        for (const ParamSpec& s : modelShapeParams())
            schema.add(s);
        schema.add(ParamSpec::integer(QStringLiteral("threads"), d.threads, 1, 256,
                                      tr("LibTorch intra-op threads per process")));
        schema.add(ParamSpec::real(QStringLiteral("lr"), d.learningRate, 0, 10, tr("SGD learning rate")));
        schema.add(ParamSpec::string(QStringLiteral("calibration"), QString(),
                                     tr("balance.calibrate run id or coefficients.json of the same model "
                                        "(empty: calibrate first in this run)")));
        schema.add(ParamSpec::integer(QStringLiteral("calibration_repeats"), 3, 1, 1000,
                                      tr("Timed repeats per point when calibrating first")));
        schema.add(ParamSpec::integer(QStringLiteral("warmup_steps"), 1, 0, 100000,
                                      tr("Global batches left out of the means")));
        schema.add(ParamSpec::integer(QStringLiteral("seed"), 1, 0, 2147483647, tr("Random seed")));
        return schema;
    }

    QVector<runs::MetricSpec> metrics() const override {
        using runs::MetricGoal;
        return {{QStringLiteral("measured_speedup"), tr("Measured speed-up over greedy packing"),
                 MetricGoal::Maximize},
                {QStringLiteral("predicted_speedup"), tr("Predicted speed-up over greedy packing"),
                 MetricGoal::Maximize},
                {QStringLiteral("imbalance_relative_error_two_stage"),
                 tr("Imbalance: |measured − predicted| / predicted"), MetricGoal::Minimize}};
    }

    void execute(runs::RunContext& ctx) override {
        const nlohmann::json& p = ctx.parameters();
        try {
            MeasureOptions o;
            o.ranks = p.at("ranks").get<int>();
            o.steps = p.at("steps").get<int>();
            o.tokensPerBatch = p.at("tokens").get<qint64>();
            o.capacity = p.at("capacity").get<int>();
            o.threads = p.at("threads").get<int>();
            o.learningRate = p.at("lr").get<double>();
            o.seed = ctx.seed();
            o.shape = modelShapeFrom(p);
            SimulationSetup setup;
            setup.lognormal = core::toQString(p.at("lognormal"));
            setup.distribution = core::toQString(p.at("distribution"));
            setup.lengthsFile = core::toQString(p.at("lengths_file"));
            const LengthDistribution lengths = setup.lengths();
            ctx.log(tr("lengths: %1").arg(lengths.description()));
            const CostCoefficients coefficients = calibrationFor(ctx, o, p);
            const MeasurePlan plan = planMeasurement(lengths, o, coefficients);
            ctx.log(tr("%1 ranks, %2 global batches × 2 policies, model of %3 layers (hidden %4)")
                        .arg(o.ranks)
                        .arg(o.steps)
                        .arg(o.shape.layers)
                        .arg(o.shape.hidden));
            const auto timings =
                runMeasurementProcesses(plan, QCoreApplication::applicationFilePath(), ctx.artifactFolder(),
                                        [&](int done, int total) {
                                            ctx.progress(0.2 + 0.8 * done / std::max(1, total),
                                                         tr("iteration %1 of %2").arg(done).arg(total));
                                            return !ctx.isCancelled();
                                        });
            record(ctx, plan, timings, p.at("warmup_steps").get<int>());
        } catch (const BalanceError& e) {
            if (ctx.isCancelled())
                return;
            throw runs::RunFailure{e.message()};
        }
    }

private:
    static CostCoefficients calibrationFor(runs::RunContext& ctx, const MeasureOptions& o,
                                           const nlohmann::json& p) {
        const QString file = RunKindSupport::calibrationFile(ctx, core::toQString(p.at("calibration")));
        if (!file.isEmpty()) {
            const CalibratedCoefficients cc = CalibratedCoefficients::readFile(file);
            if (cc.shape != o.shape.toJson())
                throw BalanceError(tr("%1 was calibrated on model %2, this run trains %3: calibrate the same "
                                      "model")
                                       .arg(file, QString::fromStdString(cc.shape.dump()),
                                            QString::fromStdString(o.shape.toJson().dump())));
            ctx.log(tr("coefficients from %1").arg(file));
            return cc.model;
        }
        CalibrationOptions co;
        co.shape = o.shape;
        co.threads = o.threads;
        co.seed = o.seed;
        co.repeats = p.at("calibration_repeats").get<int>();
        co.warmup = 1;
        co.lengths = sweepLengths(std::max(co.sequencesPerPacked, o.capacity / 16), o.capacity, 6,
                                  co.sequencesPerPacked);
        ctx.log(tr("calibrating the model first (one process, %1 shapes)").arg(calibrationShapes(co).size()));
        const CalibrationResult result = calibrate(co, [&](int done, int total) {
            ctx.progress(0.2 * done / total, tr("calibration point %1 of %2").arg(done).arg(total));
            return !ctx.isCancelled();
        });
        RunKindSupport::recordCalibration(ctx, result);
        const QString out = QDir(ctx.artifactFolder()).filePath(QStringLiteral("coefficients.json"));
        result.coefficients.writeFile(out);
        ctx.addArtifact(QStringLiteral("coefficients"), out, tr("coefficients the prediction used"));
        ctx.metric(QStringLiteral("r_squared"), 1, result.fit.rSquared);
        return result.coefficients.model;
    }

    static void record(runs::RunContext& ctx, const MeasurePlan& plan,
                       const std::vector<std::vector<RankTiming>>& timings, int warmupSteps) {
        const MeasureReport report = compareMeasurement(plan, timings, warmupSteps);
        for (size_t i = 0; i < report.iterations.size(); ++i) {
            const IterationComparison& c = report.iterations[i];
            const PlannedIteration& pi = plan.iterations[i];
            const QString k = c.policy;
            ctx.metric(QStringLiteral("iter_predicted_seconds_%1").arg(k), c.step, c.predictedSeconds);
            ctx.metric(QStringLiteral("iter_measured_seconds_%1").arg(k), c.step, c.measuredSeconds);
            ctx.metric(QStringLiteral("iter_wall_seconds_%1").arg(k), c.step, c.measuredWallSeconds);
            ctx.metric(QStringLiteral("iter_predicted_imbalance_%1").arg(k), c.step, c.predictedImbalance);
            ctx.metric(QStringLiteral("iter_measured_imbalance_%1").arg(k), c.step, c.measuredImbalance);
            ctx.metric(QStringLiteral("loss"), qint64(i) + 1, c.loss);
            ctx.tableRow(QStringLiteral("predicted_vs_measured"), 1,
                         QStringLiteral("i%1").arg(i + 1, 4, 10, QLatin1Char('0')),
                         {{"iteration", int(i) + 1},
                          {"step", c.step},
                          {"policy", k.toStdString()},
                          {"predicted_seconds", c.predictedSeconds},
                          {"measured_seconds", c.measuredSeconds},
                          {"measured_wall_seconds", c.measuredWallSeconds},
                          {"predicted_imbalance", c.predictedImbalance},
                          {"measured_imbalance", c.measuredImbalance},
                          {"warmup", c.step <= warmupSteps}});
            for (size_t r = 0; r < pi.ranks.size(); ++r) {
                const RankTiming& t = timings[i][r];
                qint64 tokens = 0;
                for (const auto& mb : pi.ranks[r])
                    for (int s : mb)
                        tokens += s;
                ctx.tableRow(QStringLiteral("measured_schedule"), qint64(i) + 1,
                             QStringLiteral("r%1").arg(r, 4, 10, QLatin1Char('0')),
                             {{"replica", int(r)},
                              {"policy", k.toStdString()},
                              {"step", c.step},
                              {"micro_batch_seconds", t.microBatchSeconds},
                              {"predicted_micro_batch_seconds", pi.predictedMicroBatch[r]},
                              {"seconds", t.computeSeconds},
                              {"predicted_seconds", pi.predictedRank[r]},
                              {"allreduce_seconds", t.allreduceSeconds},
                              {"tokens", tokens}});
            }
        }
        RunKindSupport::recordHistogram(ctx, 1, plan.lengths);
        const qint64 last = plan.options.steps;
        for (auto it = report.summary.begin(); it != report.summary.end(); ++it)
            if (it.value().is_number())
                ctx.metric(QString::fromStdString(it.key()), last, it.value().get<double>());
        ctx.setSummary(QStringLiteral("measurement"), report.summary);
        ctx.setSummary(QStringLiteral("coefficients"),
                       {{"a", plan.coefficients.a}, {"b", plan.coefficients.b}, {"c", plan.coefficients.c}});
        ctx.log(tr("measured speed-up %1× (predicted %2×); imbalance two-stage measured %3 vs predicted %4, "
                   "greedy packing measured %5 vs predicted %6")
                    .arg(report.summary.value("measured_speedup", 0.0), 0, 'f', 3)
                    .arg(report.summary.value("predicted_speedup", 0.0), 0, 'f', 3)
                    .arg(report.summary.value("measured_imbalance_two_stage", 0.0), 0, 'f', 3)
                    .arg(report.summary.value("predicted_imbalance_two_stage", 0.0), 0, 'f', 3)
                    .arg(report.summary.value("measured_imbalance_greedy_packing", 0.0), 0, 'f', 3)
                    .arg(report.summary.value("predicted_imbalance_greedy_packing", 0.0), 0, 'f', 3));
    }
};

} // namespace

void registerMeasureRunKind() {
    runs::RunKindRegistry::instance().add(std::make_unique<MeasureRunKind>());
}

} // namespace kcat::balance
