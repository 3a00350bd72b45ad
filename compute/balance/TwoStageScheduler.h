#pragma once

#include "compute/balance/MicroBatchPacker.h"
#include "compute/balance/Schedule.h"
#include "compute/balance/StrategyPlanner.h"

#include <random>
#include <vector>

namespace kcat::balance {

struct TwoStageOptions {
    int shuffles = 16;         // stage-1 rounds on the chosen set
    int selectionShuffles = 2; // stage-1 rounds when comparing candidate sets
    PackerOptions packer;
    // CBC time per iteration over all replicas; replicas with the largest stage-1 load are packed first,
    // the rest greedily once it is spent.
    double milpBudgetSeconds = 0.05;
};

struct TwoStageResult {
    Schedule schedule;
    int candidate = -1; // index into the planner's candidates
    double stage1Makespan = 0;
    PackerStats packerStats;
    bool feasible = false;
};

// Plans one iteration: picks the candidate strategy set with the smallest stage-1 makespan among those that
// hold the batch's longest sequence, assigns sequences to its replicas (stage 1), packs each replica's
// sequences into micro-batches (stage 2).
class TwoStageScheduler {
public:
    TwoStageScheduler(const StrategyPlanner& planner, TwoStageOptions options);

    TwoStageResult schedule(const std::vector<int>& lengths, std::mt19937_64& rng) const;
    // Stage 1 + 2 on a given set (e.g. a homogeneous one).
    TwoStageResult scheduleOn(const StrategySet& set, const std::vector<int>& lengths, std::mt19937_64& rng,
                              int shuffles) const;

private:
    const StrategyPlanner& m_planner;
    TwoStageOptions m_options;
};

} // namespace kcat::balance
