// `compression.quantize` (progressive ADMM quantization with learned scales) and `compression.unify`
// (micro-structured weight unification).
#include "compute/compression/KindSupport.h"
#include "compute/compression/Quantization.h"

#include "compute/core/Json.h"
#include "compute/runs/RunContext.h"

namespace kcat::compression {

namespace {

using runs::MetricSpec;
using runs::ParameterSchema;
using runs::ParamSpec;
using runs::RunContext;
using runs::RunKind;

class QuantizeKind : public RunKind {
    Q_DECLARE_TR_FUNCTIONS(kcat::compression::QuantizeKind)

public:
    QString name() const override { return QStringLiteral("compression.quantize"); }
    QString title() const override { return tr("ADMM quantization"); }
    QString description() const override {
        return tr("Progressive ADMM quantization: binary, ternary, n-bit or power-of-two levels times a "
                  "learned per-layer scale, one group of layers after another.");
    }
    ParameterSchema schema() const override {
        std::vector<ParamSpec> extra{
            ParamSpec::choice(QStringLiteral("scheme"),
                              {QStringLiteral("binary"), QStringLiteral("ternary"), QStringLiteral("uniform"),
                               QStringLiteral("pow2")},
                              QStringLiteral("binary"), tr("Levels")),
            ParamSpec::integer(QStringLiteral("bits"), 4, 2, 8, tr("Bits of uniform / power-of-two levels")),
            ParamSpec::string(QStringLiteral("layers"), QStringLiteral("all"),
                              tr("Layers to quantize: all, or a list such as conv2,fc1")),
            ParamSpec::integer(QStringLiteral("progressive_steps"), 3, 1, 100,
                               tr("Steps; each quantizes the next group of layers, largest first")),
            ParamSpec::integer(QStringLiteral("step_epochs"), 2, 0, 1000, tr("ADMM epochs per step")),
            ParamSpec::integer(QStringLiteral("retrain_epochs"), 2, 0, 1000,
                               tr("Epochs after the last step (scales and biases train)")),
        };
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
        QuantizationPlan plan;
        plan.layers = session.selectLayers(QStringLiteral("layers"));
        plan.spec = quantSpec(core::toQString(p.at("scheme")), p.at("bits").get<int>());
        plan.steps = p.at("progressive_steps").get<int>();
        plan.epochsPerStep = p.at("step_epochs").get<int>();
        plan.retrainEpochs = p.at("retrain_epochs").get<int>();
        plan.lr = p.at("lr").get<double>();
        plan.admm = admmSettings(p);
        const QuantizationOutcome q = progressiveQuantize(session, plan, {});
        if (!q.completed)
            return;
        nlohmann::json extra{{"kind", "compression.quantize"}, {"alpha", q.alpha}};
        // Unquantized layers keep 32-bit weights; quantized ones store bits per weight (zeros included:
        // ternary and n-bit levels encode zero, no index is needed).
        std::map<std::string, double> storage;
        const WeightMap w = session.weights();
        for (const auto& [name, b] : q.bits)
            storage[name] = b * double(w.at(name).size()) + 32.0;
        extra["scale_bits"] = 32 * double(q.bits.size());
        session.finish(q.bits, storage, extra);
    }
};

class UnifyKind : public RunKind {
    Q_DECLARE_TR_FUNCTIONS(kcat::compression::UnifyKind)

public:
    QString name() const override { return QStringLiteral("compression.unify"); }
    QString title() const override { return tr("Weight unification"); }
    QString description() const override {
        return tr("Micro-structured weight unification: blocks share one magnitude with their signs kept "
                  "(zero blocks as the special case); ADMM picks the blocks of least unification loss.");
    }
    ParameterSchema schema() const override {
        std::vector<ParamSpec> extra{
            ParamSpec::integer(QStringLiteral("block_rows"), 1, 1, 4096,
                               tr("Block height (output channels)")),
            ParamSpec::integer(QStringLiteral("block_cols"), 4, 1, 4096, tr("Block width (inputs)")),
            ParamSpec::real(QStringLiteral("unify_fraction"), 0.8, 0, 1, tr("Share of blocks unified")),
            ParamSpec::real(QStringLiteral("zero_fraction"), 0.0, 0, 1,
                            tr("Share of blocks set to zero (counted within the unified share)")),
            ParamSpec::string(QStringLiteral("layers"), QStringLiteral("all"),
                              tr("Layers to unify: all, or a list such as conv2,fc1")),
            ParamSpec::integer(QStringLiteral("admm_epochs"), 4, 0, 1000, tr("ADMM training epochs")),
            ParamSpec::integer(QStringLiteral("retrain_epochs"), 2, 0, 1000,
                               tr("Retraining epochs of the free weights")),
        };
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
        const int br = p.at("block_rows").get<int>();
        const int bc = p.at("block_cols").get<int>();
        const double unify = p.at("unify_fraction").get<double>();
        const double zero = std::min(unify, p.at("zero_fraction").get<double>());
        const std::vector<std::string> chosen = session.selectLayers(QStringLiteral("layers"));
        std::vector<LayerShape> layers;
        for (const LayerShape& l : session.layers())
            if (std::find(chosen.begin(), chosen.end(), l.name) != chosen.end())
                layers.push_back(l);
        const auto unifyAll = [&](const WeightMap& w) {
            std::map<std::string, Unification> out;
            for (const LayerShape& l : layers) {
                const std::int64_t blocks = ((l.rows + br - 1) / br) * ((l.cols + bc - 1) / bc);
                const auto zeroBlocks = std::int64_t(std::llround(zero * double(blocks)));
                const auto unifyBlocksCount = std::int64_t(std::llround(unify * double(blocks))) - zeroBlocks;
                out[l.name] = unifyBlocks(w.at(l.name), l.rows, l.cols, br, bc, zeroBlocks, unifyBlocksCount);
            }
            return out;
        };
        const Projection projection = [&](const WeightMap& w) {
            WeightMap z;
            for (auto& [name, u] : unifyAll(w))
                z[name] = std::move(u.values);
            return z;
        };
        const AdmmSettings settings = admmSettings(p);
        if (!session.train(tr("ADMM"), p.at("admm_epochs").get<int>(), p.at("lr").get<double>(), projection,
                           settings, {}))
            return;
        const std::map<std::string, Unification> hard = unifyAll(session.weights());
        // Unified and zero blocks are held; the free weights retrain.
        ConstraintMap constraints;
        WeightMap w = session.weights();
        for (const LayerShape& l : layers) {
            const Unification& u = hard.at(l.name);
            w[l.name] = u.values;
            LayerConstraint c;
            c.free.assign(std::size_t(l.size()), 1);
            c.fixed = u.values;
            for (std::int64_t r = 0; r < l.rows; ++r)
                for (std::int64_t col = 0; col < l.cols; ++col)
                    if (u.blocks[std::size_t((r / br) * u.blockGridCols + col / bc)] != BlockState::Free)
                        c.free[std::size_t(r * l.cols + col)] = 0;
            constraints[l.name] = std::move(c);
        }
        session.setWeights(w);
        const double afterProjection = session.evaluate();
        if (!session.train(tr("retraining"), p.at("retrain_epochs").get<int>(),
                           p.at("lr").get<double>() * 0.5, {}, settings, constraints))
            return;
        std::map<std::string, double> storage;
        std::map<std::string, double> bits;
        nlohmann::json blockCounts = nlohmann::json::object();
        for (const LayerShape& l : layers) {
            const Unification& u = hard.at(l.name);
            storage[l.name] = double(unificationBits(u, l.rows, l.cols, br, bc));
            const auto unified = std::count(u.blocks.begin(), u.blocks.end(), BlockState::Unified);
            const auto zeroed = std::count(u.blocks.begin(), u.blocks.end(), BlockState::Zero);
            bits[l.name] = storage[l.name] / double(l.size());
            blockCounts[l.name] = {{"blocks", u.blocks.size()}, {"unified", unified}, {"zero", zeroed}};
        }
        session.finish(bits, storage,
                       nlohmann::json{{"kind", "compression.unify"},
                                      {"projected_accuracy", afterProjection},
                                      {"blocks", blockCounts}});
    }
};

} // namespace

void registerQuantizeKinds() {
    runs::RunKindRegistry::instance().add(std::make_unique<QuantizeKind>());
    runs::RunKindRegistry::instance().add(std::make_unique<UnifyKind>());
}

} // namespace kcat::compression
