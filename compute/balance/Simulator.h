#pragma once

#include "compute/balance/CostModel.h"
#include "compute/balance/LengthDistribution.h"
#include "compute/balance/Schedule.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <vector>

namespace kcat::balance {

struct SimulationOptions {
    int gpus = 64;
    qint64 tokensPerBatch = 1 << 20;
    int iterations = 20;
    quint64 seed = 1;
    int shuffles = 16;
    double milpTimeLimitSeconds = 0.02;
    double milpBudgetSeconds = 0.05; // CBC time per iteration
    double relativeGap = 0.005;      // stage-2 optimality tolerance
    bool useMilp = true;
    int maxReplicaGpus = 64; // largest replica the strategy space considers
    int planningBatches = 8; // batches the planner estimates the workload from
};

// One simulated iteration.
struct IterationRecord {
    int sequences = 0;
    qint64 tokens = 0;
    int longest = 0;
    QString strategySet;
    ScheduleMetrics twoStage;
    double plannerMs = 0;
    double lowerBoundSeconds = 0; // no plan of this batch on these GPUs can be faster (see Simulator.cpp)
    int milpSolved = 0, milpTimeouts = 0, greedyOptimal = 0, greedyWithinGap = 0, fallbacks = 0;
    double milpMs = 0;
    std::vector<double> baselineSeconds; // per Baseline, on that baseline's best homogeneous strategy
    std::vector<int> lengths;            // the batch
    Schedule schedule;                   // the two-stage plan (replicas × micro-batches)
};

struct SimulationResult {
    std::vector<IterationRecord> iterations;
    nlohmann::json summary; // final metrics, planner candidates, best homogeneous strategies
};

// Samples batches from a length distribution and plans each with two-stage assignment on heterogeneous
// strategy sets and with every baseline on every homogeneous strategy that holds the longest possible
// sequence; a baseline is then charged its best homogeneous strategy over the whole run.
class Simulator {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::Simulator)

public:
    Simulator(const LengthDistribution& lengths, const CostModel& cost, SimulationOptions options);

    // progress(iteration done, iterations); return false from it to stop early (the result holds what ran).
    SimulationResult run(const std::function<bool(int, int)>& progress = {}) const;

    static nlohmann::json iterationJson(const IterationRecord& r);

private:
    const LengthDistribution& m_lengths;
    const CostModel& m_cost;
    SimulationOptions m_options;
};

} // namespace kcat::balance
