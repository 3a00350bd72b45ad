#pragma once

#include "compute/balance/Schedule.h"

#include <QString>

#include <vector>

namespace kcat::balance {

// The policies two-stage assignment is compared with. Each runs one homogeneous strategy on
// floor(gpus / strategy GPUs) replicas and fills micro-batches up to the strategy's token capacity.
enum class Baseline {
    Padding,            // every sequence padded to a fixed length; micro-batches of capacity/length sequences
    UnbalancedPacking,  // equal sequence counts per replica in sampling order, packed in order
    GreedyPacking,      // longest first to the replica with fewest tokens, then longest-first fill
    FirstFitDecreasing, // FFD into micro-batches globally, micro-batches to the replica with fewest tokens
};

QString baselineKey(Baseline b); // "padding", "unbalanced_packing", "greedy_packing", "ffd"
std::vector<Baseline> allBaselines();

// padLength: the fixed length of Baseline::Padding (sequences longer are cut to it); ignored otherwise.
Schedule baselineSchedule(Baseline baseline, const std::vector<int>& lengths, const StrategyProfile& profile,
                          int gpus, int padLength);

} // namespace kcat::balance
