#include "compute/balance/CostModel.h"

#include "compute/balance/BalanceError.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace kcat::balance {

QString Strategy::label() const {
    return QStringLiteral("tp%1-pp%2-cp%3").arg(tp).arg(pp).arg(cp);
}

nlohmann::json StrategyProfile::toJson() const {
    return {{"strategy", strategy.label().toStdString()},
            {"tp", strategy.tp},
            {"pp", strategy.pp},
            {"cp", strategy.cp},
            {"gpus", strategy.gpus()},
            {"a", cost.a},
            {"b", cost.b},
            {"c", cost.c},
            {"max_sequence_length", maxSequenceLength}};
}

namespace {

CostCoefficients analyticBase(const CostPreset& p) {
    // Narayanan et al. (SC'21): forward+backward of one layer costs 72·s·h² + 12·s²·h FLOPs per sequence.
    const double flops = p.peakFlops * p.efficiency;
    return {p.layers * 12.0 * p.hidden / flops, p.layers * 72.0 * p.hidden * double(p.hidden) / flops,
            p.layers * p.launchSecondsPerLayer};
}

} // namespace

CostModel::CostModel(const CostPreset& preset)
    : CostModel(preset, analyticBase(preset)) {}

CostModel::CostModel(const CostPreset& preset, const CostCoefficients& base)
    : m_preset(preset)
    , m_base(base) {}

QStringList CostModel::presetNames() {
    return {QStringLiteral("llama7b-a100"), QStringLiteral("llama13b-a100"),
            QStringLiteral("bert-large-v100")};
}

CostPreset CostModel::preset(const QString& name) {
    CostPreset p;
    p.name = name;
    if (name == QLatin1String("llama7b-a100")) {
        p.source =
            QStringLiteral("LLaMA-7B shape (Touvron et al. 2023: 32 layers, hidden 4096, 6.7e9 parameters) "
                           "on A100-80GB (312 TFLOPS bf16 peak, NVLink); analytic, 50% MFU assumed");
        return p;
    }
    if (name == QLatin1String("llama13b-a100")) {
        p.source = QStringLiteral("LLaMA-13B shape (40 layers, hidden 5120, 1.3e10 parameters) on A100-80GB; "
                                  "analytic, 50% MFU assumed");
        p.layers = 40;
        p.hidden = 5120;
        p.parameters = 13.0e9;
        return p;
    }
    if (name == QLatin1String("bert-large-v100")) {
        p.source =
            QStringLiteral("BERT-large shape (Devlin et al. 2019: 24 layers, hidden 1024, 3.4e8 "
                           "parameters) on V100-32GB (125 TFLOPS fp16 peak); analytic, 40% MFU assumed");
        p.layers = 24;
        p.hidden = 1024;
        p.parameters = 0.34e9;
        p.peakFlops = 125e12;
        p.efficiency = 0.4;
        p.memoryBytes = 32e9;
        p.intraNodeBandwidth = 130e9;
        p.interNodeBandwidth = 12.5e9;
        return p;
    }
    throw BalanceError(tr("unknown cost preset '%1' (expected one of: %2)")
                           .arg(name, presetNames().join(QStringLiteral(", "))));
}

StrategyProfile CostModel::profile(const Strategy& s) const {
    const CostPreset& p = m_preset;
    StrategyProfile out;
    out.strategy = s;
    const double split = double(s.tp) * s.pp * s.cp;
    const double slowdown = 1.0 + p.efficiencyLossPerDegree * ((s.tp - 1) + (s.cp - 1));
    const double stageLayers = double(p.layers) / s.pp;
    const double tpBandwidth = s.tp <= p.gpusPerNode ? p.intraNodeBandwidth : p.interNodeBandwidth;
    const double cpBandwidth = s.tp * s.cp <= p.gpusPerNode ? p.intraNodeBandwidth : p.interNodeBandwidth;
    const double ppBandwidth = s.gpus() <= p.gpusPerNode ? p.intraNodeBandwidth : p.interNodeBandwidth;
    // Megatron TP: 4 all-reduces of 2h bytes per token per layer (forward + backward), ring factor 2(t-1)/t.
    const double tpSeconds = stageLayers * 4.0 * 2.0 * p.hidden * 2.0 * (s.tp - 1) / s.tp / tpBandwidth;
    // Ring attention: K and V (4h/tp bytes per token) pass cp-1 hops forward, twice that backward.
    const double cpSeconds = stageLayers * 3.0 * 4.0 * p.hidden / s.tp * (s.cp - 1) / s.cp / cpBandwidth;
    // Pipeline: one activation (2h bytes per token) forward and one gradient backward per stage boundary.
    const double ppSeconds = s.pp > 1 ? 4.0 * p.hidden / (s.tp * s.cp) / ppBandwidth : 0.0;
    out.cost.a = m_base.a / split * slowdown;
    out.cost.b = m_base.b / split * slowdown + tpSeconds + cpSeconds + ppSeconds;
    out.cost.c = m_base.c / s.pp + (s.pp > 1 ? 2e-5 : 0.0);
    out.modelStateBytes = p.stateBytesPerParam * p.parameters / (double(s.tp) * s.pp);
    // 1F1B: the first stage keeps pp micro-batches of layers/pp layers in flight, i.e. all layers' worth.
    out.activationBytesPerToken =
        double(p.layers) * p.activationBytesPerTokenLayer * p.hidden / (s.tp * s.cp);
    const double free = p.memoryBytes * p.usableMemoryFraction - out.modelStateBytes;
    out.maxSequenceLength =
        free <= 0 ? 0 : int(std::min(1e9, std::floor(free / out.activationBytesPerToken)));
    return out;
}

std::vector<StrategyProfile> CostModel::feasibleProfiles(int maxGpus) const {
    std::vector<StrategyProfile> out;
    for (int tp : {1, 2, 4, 8})
        for (int pp : {1, 2, 4, 8})
            for (int cp : {1, 2, 4, 8}) {
                const Strategy s{tp, pp, cp};
                if (tp * cp > m_preset.gpusPerNode || s.gpus() > maxGpus)
                    continue;
                StrategyProfile prof = profile(s);
                if (prof.maxSequenceLength > 0)
                    out.push_back(prof);
            }
    std::stable_sort(out.begin(), out.end(), [](const StrategyProfile& x, const StrategyProfile& y) {
        return x.strategy.gpus() < y.strategy.gpus();
    });
    return out;
}

CoefficientFit fitCoefficients(const std::vector<TimingSample>& samples) {
    const int n = int(samples.size());
    if (n < 3)
        throw BalanceError(CostModel::tr("fitting a, b, c needs at least 3 timings, got %1").arg(n));
    Eigen::MatrixXd x(n, 3);
    Eigen::VectorXd y(n);
    for (int i = 0; i < n; ++i) {
        double s1 = 0, s2 = 0;
        for (int len : samples[size_t(i)].lengths) {
            s1 += len;
            s2 += double(len) * len;
        }
        x(i, 0) = s2;
        x(i, 1) = s1;
        x(i, 2) = 1.0;
        y(i) = samples[size_t(i)].seconds;
    }
    // Columns differ by orders of magnitude (s² vs 1): scale them to unit norm before solving.
    Eigen::Vector3d scale;
    for (int j = 0; j < 3; ++j) {
        scale(j) = x.col(j).norm();
        if (scale(j) <= 0)
            throw BalanceError(
                CostModel::tr("the timings cannot determine a, b and c (all lengths are zero)"));
        x.col(j) /= scale(j);
    }
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(x);
    qr.setThreshold(1e-10);
    if (qr.rank() < 3)
        throw BalanceError(
            CostModel::tr("the timings cannot determine a, b and c: use at least three different "
                          "sequence lengths"));
    const Eigen::Vector3d beta = qr.solve(y).cwiseQuotient(scale);
    CoefficientFit fit;
    fit.coefficients = {beta(0), beta(1), beta(2)};
    fit.samples = n;
    double ssRes = 0, ssTot = 0;
    const double mean = y.mean();
    for (int i = 0; i < n; ++i) {
        const double pred = x.row(i).dot(beta.cwiseProduct(scale));
        ssRes += (y(i) - pred) * (y(i) - pred);
        ssTot += (y(i) - mean) * (y(i) - mean);
    }
    fit.rmsResidualSeconds = std::sqrt(ssRes / n);
    fit.rSquared = ssTot > 0 ? 1.0 - ssRes / ssTot : 1.0;
    return fit;
}

} // namespace kcat::balance
