#pragma once

// What every compression run kind shares: the parameters common to all of them, the data (loaded once),
// the dense starting network (a pretrained checkpoint or a short dense training), training phases that run
// the engine's Trainer from the current weights with compression hooks (ADMM, masks, fixed values,
// learned scales), and the final report: metrics, the `layers` and `weight_histogram` tables, the
// compressed model and the JSON/CSV report as run artifacts.

#include "compute/accounting/Compaction.h"
#include "compute/compression/Projections.h"
#include "compute/runs/ParameterSchema.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace kcat::runs {
class RunContext;
}
namespace kcat::engine {
class Network;
}

namespace kcat::compression {

using WeightMap = std::map<std::string, std::vector<float>>; // layer name -> weights (row-major)
using MaskMap = std::map<std::string, Mask>;

// A weight-bearing layer seen as a rows x cols matrix (rows = output channels).
struct LayerShape {
    std::string name;
    std::string type; // conv2d | linear
    std::vector<std::int64_t> shape;
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::int64_t size() const { return rows * cols; }
};

// Network-level projection for ADMM: Z = projection(W + U) over the layers it returns.
using Projection = std::function<WeightMap(const WeightMap&)>;

// How a layer is held during a training phase (after every optimiser step).
struct LayerConstraint {
    Mask free;                 // 1 = trained, 0 = held at fixed[i] (empty: all free)
    std::vector<float> fixed;  // values of the held weights (empty: zero)
    std::vector<float> levels; // non-empty: the layer is alpha x levels with alpha learned (least squares)
};
using ConstraintMap = std::map<std::string, LayerConstraint>;

struct AdmmSettings {
    double rho = 1e-3;       // initial penalty
    double rhoGrowth = 1.5;  // multiplied after every Z/U update
    double rhoMax = 1.0;     // cap
    int updatesPerEpoch = 1; // Z/U updates per epoch
};

WeightMap readWeights(const engine::Network& network, const std::vector<LayerShape>& layers);
void writeWeights(engine::Network& network, const WeightMap& weights);
// sum ||a - b|| / sum ||a|| over the layers of b.
double relativeResidual(const WeightMap& a, const WeightMap& b);

class CompressionSession {
    Q_DECLARE_TR_FUNCTIONS(kcat::compression::CompressionSession)

public:
    // The parameters every compression kind declares (model, dataset, pretrained, training settings).
    static runs::ParameterSchema commonSchema();

    // Reads the common parameters, loads the data and prepares the dense network (throws RunFailure).
    explicit CompressionSession(runs::RunContext& ctx);
    ~CompressionSession();

    runs::RunContext& context() { return m_ctx; }
    const nlohmann::json& parameters() const;
    const std::vector<LayerShape>& layers() const { return m_layers; }
    // The layers named by a parameter value: "all" or a comma-separated list (throws RunFailure).
    std::vector<std::string> selectLayers(const QString& key) const;
    // Per-layer fractions: "uniform" takes `value`, a list "conv1=0.5,fc1=0.97" names each layer (the
    // unnamed keep `fallback`).
    std::map<std::string, double> layerFractions(const QString& listKey, double value, double fallback) const;

    WeightMap weights() const;
    const WeightMap& denseWeights() const { return m_dense; }
    void setWeights(const WeightMap& weights);
    double denseAccuracy() const { return m_denseAccuracy; }
    double evaluate() const;
    std::int64_t step() const { return m_step; }
    std::int64_t stepsPerEpoch() const;
    bool cancelled() const { return m_cancelled; }

    // One training phase of `epochs` from the current weights. admm: projection (may be empty) with its
    // settings; constraints are applied after every step; onStep runs after them (gradual pruning).
    // Records `rho`, `residual` and `residual/<layer>` while ADMM runs. Returns false when cancelled.
    bool train(const QString& phase, int epochs, double lr, const Projection& admm,
               const AdmmSettings& settings, const ConstraintMap& constraints,
               const std::function<void(engine::Network&, std::int64_t step, ConstraintMap&)>& onStep = {});

    // Final report. bitsPerWeight: per layer, the storage bits of one kept weight (32 when not quantized);
    // storageBits (optional): per layer, bits of the compressed weights when not nonzero x bits (unified
    // blocks); extra: further final metrics and report fields.
    // Also fills the `accounting` and `accounting_layers` tables (storage with index overhead, MACs,
    // measured dense/CSR/compacted latency) from compute/accounting; layers: what it needs to know
    // beyond the zeros (weight bits, scales, unified blocks); empty: derived from bitsPerWeight.
    // Returns the final metrics.
    nlohmann::json finish(const std::map<std::string, double>& bitsPerWeight,
                          const std::map<std::string, double>& storageBits, const nlohmann::json& extra,
                          std::vector<accounting::LayerCompression> layers = {});
    const engine::Network& network() const;

private:
    struct Data;
    runs::RunContext& m_ctx;
    std::unique_ptr<Data> m_data;
    std::vector<LayerShape> m_layers;
    WeightMap m_dense;
    double m_denseAccuracy = 0.0;
    std::int64_t m_step = 0;
    int m_phases = 0;
    bool m_cancelled = false;
};

} // namespace kcat::compression
