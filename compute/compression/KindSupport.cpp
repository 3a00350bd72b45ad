#include "compute/compression/KindSupport.h"

#include "compute/core/Json.h"
#include "compute/runs/RunContext.h"

namespace kcat::compression {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(kcat::compression::KindSupport)
};

} // namespace

using runs::ParamSpec;

runs::ParameterSchema withCommon(const std::vector<ParamSpec>& extra) {
    runs::ParameterSchema schema = CompressionSession::commonSchema();
    for (const ParamSpec& spec : extra)
        schema.add(spec);
    return schema;
}

std::vector<ParamSpec> admmParams() {
    return {ParamSpec::real(QStringLiteral("rho"), 0.005, 1e-8, 1e4, Text::tr("Initial ADMM penalty rho")),
            ParamSpec::real(QStringLiteral("rho_growth"), 1.5, 1, 100,
                            Text::tr("Factor applied to rho after every Z/U update")),
            ParamSpec::real(QStringLiteral("rho_max"), 1.0, 1e-8, 1e6, Text::tr("Largest rho")),
            ParamSpec::integer(QStringLiteral("updates_per_epoch"), 2, 1, 1000,
                               Text::tr("Z/U updates per epoch"))};
}

AdmmSettings admmSettings(const nlohmann::json& p) {
    AdmmSettings s;
    s.rho = p.at("rho").get<double>();
    s.rhoGrowth = p.at("rho_growth").get<double>();
    s.rhoMax = p.at("rho_max").get<double>();
    s.updatesPerEpoch = p.at("updates_per_epoch").get<int>();
    return s;
}

PruneTarget pruneTarget(const CompressionSession& session, PruneStructure structure,
                        const QString& sparsityKey, const QString& listKey, bool global) {
    PruneTarget t;
    t.structure = structure;
    const double value = session.parameters().at(sparsityKey.toStdString()).get<double>();
    if (global) {
        if (structure != PruneStructure::Irregular)
            throw runs::RunFailure{Text::tr("Parameter 'global': a global target needs irregular pruning.")};
        t.global = true;
        t.globalSparsity = value;
        return t;
    }
    t.sparsity = session.layerFractions(listKey, value, 0.0);
    // The output layer's rows are the classes: filter pruning never removes them.
    if (structure == PruneStructure::Filter && !session.layers().empty())
        t.sparsity[session.layers().back().name] = 0.0;
    return t;
}

QVector<runs::MetricSpec> compressionMetrics() {
    return {{QStringLiteral("test_accuracy"), Text::tr("Test accuracy"), runs::MetricGoal::Maximize},
            {QStringLiteral("compression_rate"), Text::tr("Compression rate"), runs::MetricGoal::Maximize},
            {QStringLiteral("nonzero_weights"), Text::tr("Nonzero weights"), runs::MetricGoal::Minimize},
            {QStringLiteral("residual"), Text::tr("ADMM residual"), runs::MetricGoal::Minimize},
            {QStringLiteral("rho"), Text::tr("ADMM penalty rho"), runs::MetricGoal::Maximize},
            {QStringLiteral("loss"), Text::tr("Loss"), runs::MetricGoal::Minimize}};
}

} // namespace kcat::compression
