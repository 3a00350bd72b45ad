#pragma once

// Progressive ADMM quantization over a set of layers, shared by compression.quantize and the joint
// pruning + quantization of compression.admm (ADMM-NN-S).

#include "compute/compression/CompressionSession.h"

namespace kcat::compression {

// "binary" | "ternary" | "uniform" | "pow2" with bits; throws RunFailure for another name.
QuantSpec quantSpec(const QString& scheme, int bits);

struct QuantizationPlan {
    std::vector<std::string> layers; // the layers to quantize
    QuantSpec spec;
    int steps = 1;         // progressive steps: each quantizes the next group of layers (largest first)
    int epochsPerStep = 2; // ADMM epochs of a step
    int retrainEpochs = 1; // after the last step: scales (alpha) and the unquantized parameters train
    double lr = 0.01;
    AdmmSettings admm;
    MaskMap pruneMasks; // joint pruning: these weights stay zero and do not count for alpha
};

struct QuantizationOutcome {
    std::map<std::string, double> alpha;
    std::map<std::string, double> bits; // bits per kept weight of each layer
    bool completed = false;
};

// Step s ADMM-trains with Z = quantize(W + U) on the layers of groups <= s (earlier groups are already
// held at alpha x levels with alpha learned), then hard-quantizes group s; each step starts from the
// model the step before ended with. Finally retrains with every quantized layer held at alpha x levels.
QuantizationOutcome progressiveQuantize(CompressionSession& session, const QuantizationPlan& plan,
                                        ConstraintMap constraints);

} // namespace kcat::compression
