#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace kcat::balance {

// A parallel strategy of one model replica: tensor, pipeline and context parallel degrees.
struct Strategy {
    int tp = 1;
    int pp = 1;
    int cp = 1;

    int gpus() const { return tp * pp * cp; }
    QString label() const; // "tp2-pp1-cp1"
    bool operator==(const Strategy& o) const { return tp == o.tp && pp == o.pp && cp == o.cp; }
};

// Time of one pipeline stage: a·s² + b·s seconds per sequence of s tokens, plus c per micro-batch.
struct CostCoefficients {
    double a = 0;
    double b = 0;
    double c = 0;

    double sequence(double s) const { return a * s * s + b * s; }
};

// A strategy with its cost coefficients and its memory bound.
struct StrategyProfile {
    Strategy strategy;
    CostCoefficients cost;
    int maxSequenceLength = 0; // tokens one micro-batch may hold on this strategy (activation memory bound)
    double modelStateBytes = 0;
    double activationBytesPerToken = 0;

    double sequenceCost(int s) const { return cost.sequence(s); }
    int pp() const { return strategy.pp; }
    nlohmann::json toJson() const;
};

// The model and cluster a preset describes; the cost model derives every strategy's coefficients from it.
struct CostPreset {
    QString name;
    QString source; // where the numbers come from
    int layers = 32;
    int hidden = 4096;
    double parameters = 6.7e9;
    double peakFlops = 312e12; // per GPU
    double efficiency = 0.5;   // model FLOPs utilisation of one GPU
    double memoryBytes = 80e9; // per GPU
    double usableMemoryFraction = 0.9;
    double stateBytesPerParam = 16;           // mixed-precision Adam: fp16 weights+grads, fp32 master+moments
    double activationBytesPerTokenLayer = 34; // × hidden: Korthikanti et al. with sequence parallelism
    double intraNodeBandwidth = 240e9;        // bytes/s all-reduce bus bandwidth (NVLink)
    double interNodeBandwidth = 25e9;         // bytes/s per GPU (200 Gb/s InfiniBand)
    int gpusPerNode = 8;
    double launchSecondsPerLayer = 1.5e-4; // per micro-batch, per layer: kernel launches, small ops
    double efficiencyLossPerDegree = 0.03; // GEMMs shrink as TP/CP split them
};

// Per-strategy time and memory for one model on one cluster. Either derived analytically from a preset, or
// from single-GPU coefficients measured by calibration (then only the scaling to other strategies is
// modelled).
class CostModel {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::CostModel)

public:
    explicit CostModel(const CostPreset& preset);
    // base: measured a, b, c of the whole model on one GPU (as balance.calibrate fits them).
    CostModel(const CostPreset& preset, const CostCoefficients& base);

    static QStringList presetNames();
    static CostPreset preset(const QString& name); // throws BalanceError for an unknown name

    const CostPreset& preset() const { return m_preset; }
    const CostCoefficients& base() const { return m_base; }
    // maxSequenceLength <= 0 when the model states alone do not fit.
    StrategyProfile profile(const Strategy& strategy) const;

    // Every strategy with TP, CP and PP in {1, 2, 4, 8}, TP·CP within a node, at most maxGpus GPUs, whose
    // model states fit in memory; ordered by GPU count then TP, PP, CP.
    std::vector<StrategyProfile> feasibleProfiles(int maxGpus) const;

private:
    CostPreset m_preset;
    CostCoefficients m_base;
};

// One measured micro-batch: the sequence lengths it held and its forward+backward seconds.
struct TimingSample {
    std::vector<int> lengths;
    double seconds = 0;
};

struct CoefficientFit {
    CostCoefficients coefficients;
    double rmsResidualSeconds = 0;
    double rSquared = 0;
    int samples = 0;
};

// Least squares of t = a·Σs² + b·Σs + c over the samples (what balance.calibrate uses). Throws BalanceError
// when the samples cannot determine three coefficients (fewer than 3, or all with the same shape).
CoefficientFit fitCoefficients(const std::vector<TimingSample>& samples);

} // namespace kcat::balance
