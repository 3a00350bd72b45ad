#pragma once

// Network-level pruning masks (what the ADMM projections and the magnitude baselines use) and P-RM's
// network purification.

#include "compute/compression/CompressionSession.h"

namespace kcat::compression {

enum class PruneStructure { Irregular, Filter, Column };

// Pruned fractions per layer (sparsity of weights, of rows or of columns). global: one magnitude threshold
// over all layers keeps round((1 - globalSparsity) x all weights) (irregular only).
struct PruneTarget {
    PruneStructure structure = PruneStructure::Irregular;
    std::map<std::string, double> sparsity;
    bool global = false;
    double globalSparsity = 0.0;
};

// Keeps round((1 - s) x n) weights / rows / columns of every layer (at least one row or column).
MaskMap pruneMasks(const WeightMap& w, const std::vector<LayerShape>& layers, const PruneTarget& target);
// Element-wise product of two mask sets (a layer missing from one keeps the other's mask).
MaskMap intersect(const MaskMap& a, const MaskMap& b);
WeightMap applyMasks(const WeightMap& w, const MaskMap& masks);
// Constraints that hold the masked-out weights at zero.
ConstraintMap maskConstraints(const MaskMap& masks);

// P-RM network purification on a filter/column-pruned network. For consecutive layers l, l+1 (input
// channel k of l+1 is the group of cols(l+1) / rows(l) consecutive columns fed by filter k of l):
// - emptiness: filter k is nearly empty when ||W_l[k]|| <= emptyThreshold x max_j ||W_l[j]||, and input
//   channel k is nearly empty when its columns' norm in W_{l+1} <= emptyThreshold x the largest channel's;
// - importance: I_k = ||W_l[k]|| x ||W_{l+1}[:, channel k]||; filter k is unimportant when
//   I_k <= importanceThreshold x the mean I over the filters still alive.
// A filter that is empty, whose channel is empty, or that is unimportant is removed together with its
// channel (the path): both get zero masks. A filter that is already all zero is left alone (its constant
// act(bias) is still read; unused path removal folds it exactly). The output layer's rows are never removed.
struct Purification {
    MaskMap masks;
    std::map<std::string, std::int64_t> filtersBefore; // nonzero rows
    std::map<std::string, std::int64_t> filtersAfter;
};
Purification purify(const WeightMap& w, const std::vector<LayerShape>& layers, double emptyThreshold,
                    double importanceThreshold);

} // namespace kcat::compression
