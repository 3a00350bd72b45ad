#pragma once

#include "compute/balance/CostModel.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace kcat::balance {

// A set of replicas for the whole job: how many replicas of which strategy. Homogeneous when one entry.
struct StrategySet {
    struct Entry {
        int profile = 0; // index into the planner's profiles
        int replicas = 0;
    };
    std::vector<Entry> entries;
    int maxSequenceLength = 0;   // the longest sequence some replica can hold
    double estimatedSeconds = 0; // the dynamic programme's estimate
    double sampleMakespan = 0;   // mean stage-1 makespan on the planner's sample batches

    int gpus(const std::vector<StrategyProfile>& profiles) const;
    QString label(const std::vector<StrategyProfile>& profiles) const; // "8×tp1-pp2-cp1 + 2×tp4-pp1-cp1"
};

// Proposes candidate heterogeneous strategy sets for a GPU count. Sequence lengths are cut into ranges at
// cap/2^k; a dynamic programme over (length ranges covered so far) × (GPUs used) gives each group of adjacent
// ranges one strategy whose memory holds the group's longest length and a replica count, minimising the
// largest estimated group time. For each "longest range present" the programme's best options are ranked
// by their stage-1 makespan on sample batches and the best few kept, so an iteration without very long
// sequences can use a set without the big replicas they need.
class StrategyPlanner {
public:
    // sampleBatches: batches drawn from the length distribution, for the workload per range.
    StrategyPlanner(std::vector<StrategyProfile> profiles, int gpus, int cap,
                    const std::vector<std::vector<int>>& sampleBatches);

    const std::vector<StrategyProfile>& profiles() const { return m_profiles; }
    // Sorted by maxSequenceLength ascending.
    const std::vector<StrategySet>& candidates() const { return m_candidates; }
    // The homogeneous set of each profile (as many replicas as fit in the GPUs).
    StrategySet homogeneous(int profile) const;
    double planningMilliseconds() const { return m_planningMs; }

    nlohmann::json toJson() const;

private:
    void plan(const std::vector<std::vector<int>>& sampleBatches);
    // Mean stage-1 makespan (one greedy round) over the sample batches the set can hold.
    double sampleMakespan(const StrategySet& set, const std::vector<std::vector<int>>& batches) const;
    // Local search from set: moves GPUs between strategies while the set still holds `need` tokens.
    StrategySet refine(StrategySet set, const std::vector<std::vector<int>>& batches, int need) const;

    std::vector<StrategyProfile> m_profiles;
    int m_gpus = 0;
    int m_cap = 0;
    std::vector<int> m_edges; // upper edges of the length ranges
    std::vector<StrategySet> m_candidates;
    double m_planningMs = 0;
};

} // namespace kcat::balance
