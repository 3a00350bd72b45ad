// `compression.prm`: filter + column ADMM pruning, network purification, then unused path removal into a
// physically smaller dense model (compute/accounting's CompactModel), with its parameter count, MACs and
// measured CPU latency.
#include "compute/accounting/Compaction.h"
#include "compute/compression/KindSupport.h"

#include "compute/core/Json.h"
#include "compute/runs/RunContext.h"

#include <QDir>

namespace kcat::compression {

namespace {

using runs::MetricSpec;
using runs::ParameterSchema;
using runs::ParamSpec;
using runs::RunContext;
using runs::RunKind;

class PrmKind : public RunKind {
    Q_DECLARE_TR_FUNCTIONS(kcat::compression::PrmKind)

public:
    QString name() const override { return QStringLiteral("compression.prm"); }
    QString title() const override { return tr("P-RM structured pruning"); }
    QString description() const override {
        return tr(
            "Filter and column ADMM pruning, network purification (nearly empty or unimportant filters) "
            "and unused path removal into a smaller dense model.");
    }
    ParameterSchema schema() const override {
        std::vector<ParamSpec> extra{
            ParamSpec::real(QStringLiteral("filter_sparsity"), 0.5, 0, 0.99,
                            tr("Pruned share of filters (rows)")),
            ParamSpec::string(
                QStringLiteral("layer_filter_sparsity"), QStringLiteral("uniform"),
                tr("'uniform' or per layer, e.g. conv2=0.5,fc1=0.7 (the output layer keeps its rows)")),
            ParamSpec::real(QStringLiteral("column_sparsity"), 0.3, 0, 0.99, tr("Pruned share of columns")),
            ParamSpec::string(QStringLiteral("layer_column_sparsity"), QStringLiteral("uniform"),
                              tr("'uniform' or per layer, e.g. fc1=0.5")),
            ParamSpec::integer(QStringLiteral("admm_epochs"), 6, 0, 1000, tr("ADMM training epochs")),
            ParamSpec::integer(QStringLiteral("retrain_epochs"), 4, 0, 1000, tr("Masked retraining epochs")),
            ParamSpec::real(QStringLiteral("retrain_lr"), 0.005, 1e-8, 10,
                            tr("Masked retraining learning rate")),
            ParamSpec::real(
                QStringLiteral("empty_threshold"), 0.05, 0, 1,
                tr("Purification: a filter or channel is empty below this share of the largest norm")),
            ParamSpec::real(
                QStringLiteral("importance_threshold"), 0.05, 0, 10,
                tr("Purification: a filter is unimportant below this share of the mean importance")),
            ParamSpec::integer(QStringLiteral("purify_epochs"), 1, 0, 1000,
                               tr("Masked retraining epochs after purification")),
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
        const std::vector<LayerShape>& layers = session.layers();
        const PruneTarget filters =
            pruneTarget(session, PruneStructure::Filter, QStringLiteral("filter_sparsity"),
                        QStringLiteral("layer_filter_sparsity"), false);
        const PruneTarget columns =
            pruneTarget(session, PruneStructure::Column, QStringLiteral("column_sparsity"),
                        QStringLiteral("layer_column_sparsity"), false);
        // Both constraint sets at once: the filter projection and the column projection of the same
        // weights, intersected (the exact joint projection is combinatorial; this keeps both structures).
        const auto masksOf = [&](const WeightMap& w) {
            return intersect(pruneMasks(w, layers, filters), pruneMasks(w, layers, columns));
        };
        const Projection projection = [&](const WeightMap& w) { return applyMasks(w, masksOf(w)); };
        const AdmmSettings settings = admmSettings(p);
        if (!session.train(tr("ADMM"), p.at("admm_epochs").get<int>(), p.at("lr").get<double>(), projection,
                           settings, {}))
            return;
        const WeightMap w = session.weights();
        const MaskMap masks = masksOf(w);
        session.setWeights(applyMasks(w, masks));
        const double hard = session.evaluate();
        ctx.metric(QStringLiteral("hard_pruned_accuracy"), session.step(), hard);
        const double retrainLr = p.at("retrain_lr").get<double>();
        if (!session.train(tr("masked retraining"), p.at("retrain_epochs").get<int>(), retrainLr, {},
                           settings, maskConstraints(masks)))
            return;

        const Purification purified = purify(session.weights(), layers, p.at("empty_threshold").get<double>(),
                                             p.at("importance_threshold").get<double>());
        nlohmann::json filterCounts = nlohmann::json::object();
        for (const LayerShape& l : layers) {
            filterCounts[l.name] = {{"filters", l.rows},
                                    {"before_purification", purified.filtersBefore.at(l.name)},
                                    {"after_purification", purified.filtersAfter.at(l.name)}};
            ctx.log(tr("%1: %2 of %3 filters alive before purification, %4 after.")
                        .arg(QString::fromStdString(l.name))
                        .arg(purified.filtersBefore.at(l.name))
                        .arg(l.rows)
                        .arg(purified.filtersAfter.at(l.name)));
        }
        session.setWeights(applyMasks(session.weights(), purified.masks));
        const double purifiedAccuracy = session.evaluate();
        ctx.metric(QStringLiteral("purified_accuracy"), session.step(), purifiedAccuracy);
        if (!session.train(tr("retraining after purification"), p.at("purify_epochs").get<int>(), retrainLr,
                           {}, settings, maskConstraints(purified.masks)))
            return;

        // Unused path removal: the physically smaller dense model.
        std::vector<accounting::LayerCompression> compression;
        for (const auto& [name, m] : purified.masks)
            compression.push_back(accounting::LayerCompression{name, m, 32, 0, 0, 0});
        const accounting::CompactModel compact =
            accounting::CompactModel::compact(session.network(), compression);
        const QString compactPath = QDir(ctx.artifactFolder()).filePath(QStringLiteral("compacted.pt"));
        QDir().mkpath(ctx.artifactFolder());
        compact.save(compactPath);
        ctx.addArtifact(QStringLiteral("model"), compactPath,
                        tr("Compacted dense model after unused path removal"));
        nlohmann::json compactLayers = nlohmann::json::object();
        for (const accounting::CompactLayerInfo& info : compact.layers())
            compactLayers[info.name] = {{"original_shape", info.originalShape},
                                        {"shape", info.shape},
                                        {"folded_channels", info.foldedChannels}};
        session.finish({}, {},
                       nlohmann::json{{"kind", "compression.prm"},
                                      {"hard_pruned_accuracy", hard},
                                      {"purified_accuracy", purifiedAccuracy},
                                      {"filters", filterCounts},
                                      {"compacted_layers", compactLayers}},
                       compression);
    }
};

} // namespace

void registerPrmKind() {
    runs::RunKindRegistry::instance().add(std::make_unique<PrmKind>());
}

} // namespace kcat::compression
