#pragma once

#include "compute/balance/CostModel.h"

#include <random>
#include <vector>

namespace kcat::balance {

// Stage 1 of the two-stage assignment: sequences to replicas. Each replica's time is estimated as its
// accumulated sequence cost + (pp − 1) × its largest sequence cost (the pipeline warm-up at the slowest
// item). Longest-first greedy puts each sequence on the replica where that estimate grows least; later rounds
// perturb the order randomly and the best round (smallest makespan) wins.
struct ReplicaAssignment {
    std::vector<int> replicaOf; // per sequence: replica index
    std::vector<double> load;   // per replica: estimated seconds
    double makespan = 0;
    bool feasible = true; // false when some sequence fits no replica's memory
};

class ReplicaAssigner {
public:
    // replicaProfiles: the strategy of each replica (pointers into a caller-owned vector).
    explicit ReplicaAssigner(std::vector<const StrategyProfile*> replicaProfiles);

    // rounds >= 1; round 0 is plain longest-first (the LPT rule), the others jitter lengths by ±jitter.
    ReplicaAssignment assign(const std::vector<int>& lengths, int rounds, std::mt19937_64& rng,
                             double jitter = 0.15) const;

    // Replica time estimate as stage 1 sees it, for a given set of sequence lengths.
    static double estimate(const StrategyProfile& profile, const std::vector<int>& lengths);

private:
    ReplicaAssignment greedy(const std::vector<int>& lengths, const std::vector<int>& order) const;

    std::vector<const StrategyProfile*> m_replicas;
    std::vector<std::vector<int>> m_groups; // replicas sharing one profile
};

} // namespace kcat::balance
