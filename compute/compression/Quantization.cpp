#include "compute/compression/Quantization.h"

#include "compute/runs/RunContext.h"
#include "compute/runs/RunKind.h"

#include <QCoreApplication>

#include <algorithm>

namespace kcat::compression {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(kcat::compression::Quantization)
};

std::vector<float> unitOf(const Quantized& q) {
    std::vector<float> levels(q.values.size(), 0.0f);
    if (q.alpha > 0)
        for (std::size_t i = 0; i < levels.size(); ++i)
            levels[i] = float(double(q.values[i]) / q.alpha);
    return levels;
}

} // namespace

QuantSpec quantSpec(const QString& scheme, int bits) {
    if (scheme == QLatin1String("binary"))
        return {QuantScheme::Binary, 1};
    if (scheme == QLatin1String("ternary"))
        return {QuantScheme::Ternary, 2};
    if (scheme == QLatin1String("uniform"))
        return {QuantScheme::Uniform, bits};
    if (scheme == QLatin1String("pow2"))
        return {QuantScheme::PowerOfTwo, bits};
    throw runs::RunFailure{
        Text::tr("Parameter 'scheme': '%1' is not binary, ternary, uniform or pow2.").arg(scheme)};
}

QuantizationOutcome progressiveQuantize(CompressionSession& session, const QuantizationPlan& plan,
                                        ConstraintMap constraints) {
    QuantizationOutcome outcome;
    // Largest layers first, spread over the steps.
    std::vector<LayerShape> chosen;
    for (const LayerShape& l : session.layers())
        if (std::find(plan.layers.begin(), plan.layers.end(), l.name) != plan.layers.end())
            chosen.push_back(l);
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const LayerShape& a, const LayerShape& b) { return a.size() > b.size(); });
    const int steps = std::clamp(plan.steps, 1, std::max(1, int(chosen.size())));
    std::vector<std::vector<std::string>> groups(static_cast<std::size_t>(steps));
    for (std::size_t i = 0; i < chosen.size(); ++i)
        groups[i * std::size_t(steps) / chosen.size()].push_back(chosen[i].name);

    const auto quantizeLayer = [&](const std::string& name, const std::vector<float>& w) {
        const auto m = plan.pruneMasks.find(name);
        return quantize(w, plan.spec, m == plan.pruneMasks.end() ? nullptr : &m->second);
    };
    for (int s = 0; s < steps; ++s) {
        const std::vector<std::string>& group = groups[std::size_t(s)];
        const Projection projection = [&](const WeightMap& w) {
            WeightMap z;
            for (const std::string& name : group)
                z[name] = quantizeLayer(name, w.at(name)).values;
            return z;
        };
        if (!session.train(Text::tr("quantization step %1 of %2").arg(s + 1).arg(steps), plan.epochsPerStep,
                           plan.lr, projection, plan.admm, constraints))
            return outcome;
        WeightMap w = session.weights();
        for (const std::string& name : group) {
            const Quantized q = quantizeLayer(name, w.at(name));
            w[name] = q.values;
            constraints[name] = LayerConstraint{{}, {}, unitOf(q)};
        }
        session.setWeights(w);
        session.context().log(Text::tr("Step %1: %2 layer(s) quantized, test accuracy %3.")
                                  .arg(s + 1)
                                  .arg(group.size())
                                  .arg(session.evaluate(), 0, 'f', 4));
    }
    if (!session.train(Text::tr("scale retraining"), plan.retrainEpochs, plan.lr, {}, plan.admm, constraints))
        return outcome;
    const WeightMap w = session.weights();
    for (const std::string& name : plan.layers) {
        const std::vector<float>& levels = constraints.at(name).levels;
        outcome.alpha[name] = leastSquaresScale(w.at(name), levels);
        outcome.bits[name] = bitsPerWeight(plan.spec);
    }
    outcome.completed = true;
    return outcome;
}

} // namespace kcat::compression
