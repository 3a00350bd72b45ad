// `compression.admm` (ADMM-NN pruning, optionally followed by ADMM quantization of the kept weights:
// ADMM-NN-S) and `compression.magnitude` (the one-shot and gradual magnitude-pruning baselines).
#include "compute/compression/KindSupport.h"
#include "compute/compression/Quantization.h"

#include "compute/core/Json.h"
#include "compute/runs/RunContext.h"

#include <cmath>

namespace kcat::compression {

namespace {

using runs::MetricSpec;
using runs::ParameterSchema;
using runs::ParamSpec;
using runs::RunContext;
using runs::RunKind;

PruneStructure structureOf(const QString& name) {
    if (name == QLatin1String("filter"))
        return PruneStructure::Filter;
    if (name == QLatin1String("column"))
        return PruneStructure::Column;
    return PruneStructure::Irregular;
}

std::vector<ParamSpec> targetParams() {
    return {ParamSpec::real(QStringLiteral("sparsity"), 0.9, 0, 0.9999,
                            QCoreApplication::translate("kcat::compression::AdmmKind",
                                                        "Pruned fraction (of weights, filters or columns)")),
            ParamSpec::string(QStringLiteral("layer_sparsity"), QStringLiteral("uniform"),
                              QCoreApplication::translate(
                                  "kcat::compression::AdmmKind",
                                  "'uniform' or per layer, e.g. conv1=0.5,fc1=0.97 (unnamed layers: 0)")),
            ParamSpec::boolean(QStringLiteral("global"), false,
                               QCoreApplication::translate("kcat::compression::AdmmKind",
                                                           "One magnitude threshold over all layers"))};
}

class AdmmKind : public RunKind {
    Q_DECLARE_TR_FUNCTIONS(kcat::compression::AdmmKind)

public:
    QString name() const override { return QStringLiteral("compression.admm"); }
    QString title() const override { return tr("ADMM pruning"); }
    QString description() const override {
        return tr(
            "ADMM-NN: trains on loss + rho/2 ||W - Z + U||^2 with Z the projection onto the pruned set, "
            "then prunes hard and retrains with masks; optionally quantizes the kept weights "
            "(ADMM-NN-S).");
    }
    ParameterSchema schema() const override {
        std::vector<ParamSpec> extra{
            ParamSpec::choice(
                QStringLiteral("structure"),
                {QStringLiteral("irregular"), QStringLiteral("filter"), QStringLiteral("column")},
                QStringLiteral("irregular"), tr("Projection: weights, filters (rows) or columns")),
            ParamSpec::integer(QStringLiteral("admm_epochs"), 6, 0, 1000, tr("ADMM training epochs")),
            ParamSpec::integer(QStringLiteral("retrain_epochs"), 4, 0, 1000,
                               tr("Masked retraining epochs after hard pruning")),
            ParamSpec::real(QStringLiteral("retrain_lr"), 0.005, 1e-8, 10,
                            tr("Masked retraining learning rate")),
            ParamSpec::choice(QStringLiteral("quantize"),
                              {QStringLiteral("none"), QStringLiteral("binary"), QStringLiteral("ternary"),
                               QStringLiteral("uniform"), QStringLiteral("pow2")},
                              QStringLiteral("none"), tr("Joint pruning + quantization of the kept weights")),
            ParamSpec::integer(QStringLiteral("bits"), 4, 2, 8, tr("Bits of uniform / power-of-two levels")),
            ParamSpec::integer(QStringLiteral("quant_epochs"), 2, 1, 1000, tr("ADMM quantization epochs")),
        };
        for (const ParamSpec& p : targetParams())
            extra.push_back(p);
        for (const ParamSpec& p : admmParams())
            extra.push_back(p);
        return withCommon(extra);
    }
    QVector<MetricSpec> metrics() const override { return compressionMetrics(); }

    void execute(RunContext& ctx) override {
        CompressionSession session(ctx);
        if (session.cancelled())
            return;
        const nlohmann::json& p = ctx.parameters();
        const PruneTarget target =
            pruneTarget(session, structureOf(core::toQString(p.at("structure"))), QStringLiteral("sparsity"),
                        QStringLiteral("layer_sparsity"), p.at("global").get<bool>());
        const std::vector<LayerShape>& layers = session.layers();
        const Projection projection = [&](const WeightMap& w) {
            return applyMasks(w, pruneMasks(w, layers, target));
        };
        const AdmmSettings settings = admmSettings(p);
        if (!session.train(tr("ADMM"), p.at("admm_epochs").get<int>(), p.at("lr").get<double>(), projection,
                           settings, {}))
            return;
        const WeightMap w = session.weights();
        const MaskMap masks = pruneMasks(w, layers, target);
        session.setWeights(applyMasks(w, masks));
        const double hard = session.evaluate();
        ctx.metric(QStringLiteral("hard_pruned_accuracy"), session.step(), hard);
        ctx.log(tr("Hard pruning: test accuracy %1 before retraining.").arg(hard, 0, 'f', 4));
        const double retrainLr = p.at("retrain_lr").get<double>();
        if (!session.train(tr("masked retraining"), p.at("retrain_epochs").get<int>(), retrainLr, {},
                           settings, maskConstraints(masks)))
            return;
        std::map<std::string, double> bits;
        nlohmann::json extra{{"kind", "compression.admm"}, {"hard_pruned_accuracy", hard}};
        const QString scheme = core::toQString(p.at("quantize"));
        if (scheme != QLatin1String("none")) {
            QuantizationPlan plan;
            for (const LayerShape& l : layers)
                plan.layers.push_back(l.name);
            plan.spec = quantSpec(scheme, p.at("bits").get<int>());
            plan.steps = 1;
            plan.epochsPerStep = p.at("quant_epochs").get<int>();
            plan.retrainEpochs = 1;
            plan.lr = retrainLr;
            plan.admm = settings;
            plan.pruneMasks = masks;
            const QuantizationOutcome q = progressiveQuantize(session, plan, maskConstraints(masks));
            if (!q.completed)
                return;
            bits = q.bits;
            extra["alpha"] = q.alpha;
        }
        session.finish(bits, {}, extra);
    }
};

class MagnitudeKind : public RunKind {
    Q_DECLARE_TR_FUNCTIONS(kcat::compression::MagnitudeKind)

public:
    QString name() const override { return QStringLiteral("compression.magnitude"); }
    QString title() const override { return tr("Magnitude pruning"); }
    QString description() const override {
        return tr("Baselines: one-shot magnitude pruning with fine-tuning, or gradual magnitude pruning with "
                  "the cubic schedule of Zhu and Gupta, within the same epoch budget.");
    }
    ParameterSchema schema() const override {
        std::vector<ParamSpec> extra{
            ParamSpec::choice(QStringLiteral("method"),
                              {QStringLiteral("oneshot"), QStringLiteral("gradual")},
                              QStringLiteral("gradual"), tr("One-shot or gradual (cubic) pruning")),
            ParamSpec::integer(QStringLiteral("epochs"), 10, 1, 1000,
                               tr("Training epochs (the whole budget)")),
            ParamSpec::real(QStringLiteral("ramp_fraction"), 0.6, 0.01, 1,
                            tr("Gradual: share of the epochs over which sparsity rises")),
            ParamSpec::integer(QStringLiteral("prune_every"), 50, 1, 1e9,
                               tr("Gradual: steps between pruning")),
        };
        for (const ParamSpec& p : targetParams())
            extra.push_back(p);
        return withCommon(extra);
    }
    QVector<MetricSpec> metrics() const override { return compressionMetrics(); }

    void execute(RunContext& ctx) override {
        CompressionSession session(ctx);
        if (session.cancelled())
            return;
        const nlohmann::json& p = ctx.parameters();
        const PruneTarget target = pruneTarget(session, PruneStructure::Irregular, QStringLiteral("sparsity"),
                                               QStringLiteral("layer_sparsity"), p.at("global").get<bool>());
        const std::vector<LayerShape>& layers = session.layers();
        const int epochs = p.at("epochs").get<int>();
        const double lr = p.at("lr").get<double>();
        MaskMap final;
        if (core::toQString(p.at("method")) == QLatin1String("oneshot")) {
            final = pruneMasks(session.weights(), layers, target);
            session.setWeights(applyMasks(session.weights(), final));
            ctx.metric(QStringLiteral("hard_pruned_accuracy"), session.step(), session.evaluate());
            if (!session.train(tr("fine-tuning"), epochs, lr, {}, {}, maskConstraints(final)))
                return;
        } else {
            const auto ramp = std::int64_t(
                std::llround(p.at("ramp_fraction").get<double>() * epochs * double(session.stepsPerEpoch())));
            const std::int64_t every = p.at("prune_every").get<std::int64_t>();
            const auto onStep = [&](engine::Network& network, std::int64_t step, ConstraintMap& constraints) {
                if (step > ramp || (step % every != 0 && step != ramp))
                    return;
                // s_t = s_f (1 - (1 - t / ramp)^3), from 0 to the target.
                const double f =
                    1.0 - std::pow(1.0 - double(step) / double(std::max<std::int64_t>(1, ramp)), 3);
                PruneTarget now = target;
                now.globalSparsity *= f;
                for (auto& [name, s] : now.sparsity)
                    s *= f;
                constraints = maskConstraints(pruneMasks(readWeights(network, layers), layers, now));
            };
            if (!session.train(tr("gradual pruning"), epochs, lr, {}, {}, {}, onStep))
                return;
            // The last pruning step fixed the masks; the weights outside them are zero.
            final = pruneMasks(session.weights(), layers, target);
        }
        session.finish({}, {},
                       nlohmann::json{{"kind", "compression.magnitude"},
                                      {"target_nonzero", [&] {
                                           std::int64_t n = 0;
                                           for (const auto& [name, m] : final)
                                               n += std::count(m.begin(), m.end(), std::uint8_t(1));
                                           return double(n);
                                       }()}});
    }
};

} // namespace

void registerAdmmKinds() {
    runs::RunKindRegistry::instance().add(std::make_unique<AdmmKind>());
    runs::RunKindRegistry::instance().add(std::make_unique<MagnitudeKind>());
}

} // namespace kcat::compression
