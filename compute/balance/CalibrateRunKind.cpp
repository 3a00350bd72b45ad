// `balance.calibrate`: times forward + backward of a real transformer (LibTorch) over a sweep of sequence
// lengths and fits the cost model's a, b, c by least squares; writes coefficients.json for balance.simulate
// and balance.measure.

#include "compute/balance/BalanceError.h"
#include "compute/balance/Calibration.h"
#include "compute/balance/CalibrationRunKinds.h"
#include "compute/balance/RunKindSupport.h"

#include "compute/runs/RunContext.h"
#include "compute/runs/RunKind.h"

#include <QDir>

#include <cmath>

namespace kcat::balance {

std::vector<runs::ParamSpec> modelShapeParams() {
    using runs::ParamSpec;
    const TransformerShape d;
    return {
        ParamSpec::integer(QStringLiteral("hidden"), d.hidden, 4, 4096, RunKindSupport::tr("Hidden size")),
        ParamSpec::integer(QStringLiteral("heads"), d.heads, 1, 256, RunKindSupport::tr("Attention heads")),
        ParamSpec::integer(QStringLiteral("layers"), d.layers, 1, 64,
                           RunKindSupport::tr("Transformer layers")),
        ParamSpec::integer(QStringLiteral("vocabulary"), d.vocabulary, 2, 65536,
                           RunKindSupport::tr("Vocabulary size"))};
}

TransformerShape modelShapeFrom(const nlohmann::json& p) {
    TransformerShape s;
    s.hidden = p.at("hidden").get<int>();
    s.heads = p.at("heads").get<int>();
    s.layers = p.at("layers").get<int>();
    s.vocabulary = p.at("vocabulary").get<int>();
    s.validate();
    return s;
}

std::vector<int> sweepLengths(int minLength, int maxLength, int points, int multipleOf) {
    std::vector<int> out;
    const int m = std::max(1, multipleOf);
    for (int i = 0; i < points; ++i) {
        const double t = points > 1 ? double(i) / (points - 1) : 1.0;
        int s = int(std::lround(minLength * std::pow(double(maxLength) / minLength, t) / m)) * m;
        s = std::max(m, s);
        if (out.empty() || s > out.back())
            out.push_back(s);
    }
    return out;
}

namespace {

using runs::ParamSpec;

class CalibrateRunKind : public runs::RunKind {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::CalibrateRunKind)

public:
    QString name() const override { return QStringLiteral("balance.calibrate"); }
    QString title() const override { return tr("Training-balance calibration"); }
    QString description() const override {
        return tr("Times forward + backward of a small transformer in LibTorch over a sweep of sequence "
                  "lengths and fits the cost model a·Σs² + b·Σs + c by least squares.");
    }

    runs::ParameterSchema schema() const override {
        const CalibrationOptions d;
        std::vector<ParamSpec> specs = modelShapeParams();
        specs.push_back(ParamSpec::integer(QStringLiteral("min_length"), 64, 4, 1 << 20,
                                           tr("Shortest swept micro-batch, tokens")));
        specs.push_back(ParamSpec::integer(QStringLiteral("max_length"), 1024, 4, 1 << 20,
                                           tr("Longest swept micro-batch, tokens")));
        specs.push_back(ParamSpec::integer(QStringLiteral("points"), 7, 3, 200, tr("Swept lengths")));
        specs.push_back(ParamSpec::integer(QStringLiteral("packed"), d.sequencesPerPacked, 1, 64,
                                           tr("Each length also timed as this many equal sequences")));
        specs.push_back(ParamSpec::integer(QStringLiteral("repeats"), d.repeats, 1, 1000,
                                           tr("Timed repeats per point (median kept)")));
        specs.push_back(ParamSpec::integer(QStringLiteral("warmup"), d.warmup, 0, 1000,
                                           tr("Untimed runs per point first")));
        specs.push_back(ParamSpec::integer(QStringLiteral("threads"), d.threads, 1, 256,
                                           tr("LibTorch intra-op threads")));
        specs.push_back(ParamSpec::integer(QStringLiteral("seed"), 1, 0, 2147483647, tr("Random seed")));
        runs::ParameterSchema schema;
        for (const ParamSpec& s : specs)
            schema.add(s);
        return schema;
    }

    QVector<runs::MetricSpec> metrics() const override {
        using runs::MetricGoal;
        return {{QStringLiteral("r_squared"), tr("Fit R²"), MetricGoal::Maximize},
                {QStringLiteral("calibration_seconds"), tr("Measured micro-batch time (s)"),
                 MetricGoal::Minimize},
                {QStringLiteral("calibration_predicted_seconds"), tr("Fitted micro-batch time (s)"),
                 MetricGoal::Minimize}};
    }

    void execute(runs::RunContext& ctx) override {
        const nlohmann::json& p = ctx.parameters();
        try {
            CalibrationOptions o;
            o.shape = modelShapeFrom(p);
            o.sequencesPerPacked = p.at("packed").get<int>();
            const int minLength = p.at("min_length").get<int>();
            const int maxLength = p.at("max_length").get<int>();
            if (maxLength <= minLength)
                throw BalanceError(
                    tr("max_length (%1) must be larger than min_length (%2)").arg(maxLength).arg(minLength));
            o.lengths = sweepLengths(minLength, maxLength, p.at("points").get<int>(), o.sequencesPerPacked);
            o.repeats = p.at("repeats").get<int>();
            o.warmup = p.at("warmup").get<int>();
            o.threads = p.at("threads").get<int>();
            o.seed = ctx.seed();
            ctx.log(tr("timing %1 micro-batch shapes of a %2-layer transformer (hidden %3, %4 heads), %5 "
                       "thread(s)")
                        .arg(calibrationShapes(o).size())
                        .arg(o.shape.layers)
                        .arg(o.shape.hidden)
                        .arg(o.shape.heads)
                        .arg(o.threads));
            const CalibrationResult result = calibrate(o, [&](int done, int total) {
                ctx.progress(double(done) / total, tr("point %1 of %2").arg(done).arg(total));
                return !ctx.isCancelled();
            });
            RunKindSupport::recordCalibration(ctx, result);
            const qint64 last = qint64(result.points.size());
            const CostCoefficients& c = result.coefficients.model;
            ctx.metric(QStringLiteral("a"), last, c.a);
            ctx.metric(QStringLiteral("b"), last, c.b);
            ctx.metric(QStringLiteral("c"), last, c.c);
            ctx.metric(QStringLiteral("r_squared"), last, result.fit.rSquared);
            ctx.metric(QStringLiteral("rms_residual_seconds"), last, result.fit.rmsResidualSeconds);
            const QString file = QDir(ctx.artifactFolder()).filePath(QStringLiteral("coefficients.json"));
            result.coefficients.writeFile(file);
            ctx.addArtifact(QStringLiteral("coefficients"), file,
                            tr("fitted a, b, c (whole model and per layer) for balance.simulate/measure"));
            ctx.log(tr("a = %1 s/token², b = %2 s/token, c = %3 s per micro-batch, R² = %4")
                        .arg(c.a)
                        .arg(c.b)
                        .arg(c.c)
                        .arg(result.fit.rSquared, 0, 'f', 4));
        } catch (const BalanceError& e) {
            if (ctx.isCancelled())
                return;
            throw runs::RunFailure{e.message()};
        }
    }
};

} // namespace

void registerCalibrateRunKind() {
    runs::RunKindRegistry::instance().add(std::make_unique<CalibrateRunKind>());
}

} // namespace kcat::balance
