#pragma once

#include "compute/balance/CostModel.h"

#include <vector>

namespace kcat::balance {

// One micro-batch of one replica: the sequences it holds (indices into the global batch), the tokens it
// occupies (its capacity for packed micro-batches, padded lengths for padding) and its stage time.
struct MicroBatch {
    std::vector<int> items;
    qint64 slotTokens = 0;
    double cost = 0; // Σ a·s² + b·s (without c)
};

struct ReplicaPlan {
    int profile = 0; // index into Schedule::profiles
    std::vector<MicroBatch> microBatches;
};

// Where every sequence of one global batch goes: replicas (each with a strategy) × micro-batches.
struct Schedule {
    std::vector<StrategyProfile> profiles;
    std::vector<ReplicaPlan> replicas;
};

// 1F1B pipeline time of one replica: every stage runs each micro-batch once, plus (pp − 1) warm-up/drain
// steps at the slowest micro-batch: Σ_j (W_j + c) + (pp − 1)·(max_j W_j + c). Exact for pp = 1.
double replicaSeconds(const ReplicaPlan& replica, const StrategyProfile& profile);

struct ScheduleMetrics {
    double iterationSeconds = 0;
    double imbalanceReplicas = 1;     // max / mean replica time
    double imbalanceMicroBatches = 1; // mean over replicas of max / mean micro-batch time
    double packingEfficiency = 0;     // real tokens / tokens the micro-batches occupy
    double idleGpuSeconds = 0;        // GPU-seconds waiting for the slowest replica or in pipeline bubbles
    double idleFraction = 0;          // idleGpuSeconds / (GPUs × iteration time)
    int gpus = 0;
    int replicas = 0;
    int microBatches = 0;
};

// realTokens: the batch's tokens (what useful work covers).
ScheduleMetrics evaluate(const Schedule& schedule, qint64 realTokens);

// Checks that every sequence appears exactly once and every micro-batch fits its strategy's token capacity;
// returns an empty string or what is wrong.
QString validateSchedule(const Schedule& schedule, const std::vector<int>& lengths);

} // namespace kcat::balance
