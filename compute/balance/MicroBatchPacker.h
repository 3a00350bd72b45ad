#pragma once

#include <vector>

namespace kcat::balance {

// Items of one replica to pack: token length and stage cost of each.
struct PackItem {
    int tokens = 0;
    double cost = 0;
};

// How one packing for a fixed micro-batch count v was obtained.
enum class PackMethod {
    GreedyProvenOptimal, // the greedy packing reaches the lower bound max(largest item, Σcost / v)
    GreedyWithinGap,     // the greedy packing is within PackerOptions::relativeGap of that bound
    Milp,                // CBC proved its packing optimal
    MilpTimeLimit,       // CBC stopped at the time limit; its best packing is used (not proven optimal)
    GreedyFallback,      // CBC found nothing better in time (or was switched off): the greedy packing
};

struct Packing {
    std::vector<std::vector<int>> bins; // item indices per micro-batch
    double maxCost = 0;
    PackMethod method = PackMethod::GreedyFallback;
    bool feasible = false;
};

struct PackerOptions {
    double milpTimeLimitSeconds = 0.02; // per MILP
    bool useMilp = true;
    // Optimality tolerance: a packing within this fraction of the lower bound (greedy) or of CBC's best
    // bound is accepted. 0 asks for exact optima.
    double relativeGap = 0.005;
};

struct PackerStats {
    int milpSolved = 0;    // proven optimal by CBC
    int milpTimeouts = 0;  // stopped at the time limit
    int greedyOptimal = 0; // greedy met the lower bound, no MILP needed
    int greedyWithinGap = 0;
    int fallbacks = 0;
    double milpSeconds = 0; // wall time spent in CBC
};

// Stage 2 of the two-stage assignment: one replica's sequences into micro-batches. For each micro-batch count
// v, minimise the largest micro-batch cost under the token capacity (a MILP solved by COIN-OR CBC within a
// time limit, greedy fallback); choose the v minimising (max cost + c)·(pp − 1 + v).
class MicroBatchPacker {
public:
    explicit MicroBatchPacker(PackerOptions options = {});

    // The best packing over all feasible v; bins empty when the items are empty.
    // allowMilp false: greedy only (the caller's MILP time budget is spent).
    Packing pack(const std::vector<PackItem>& items, int capacity, int pp, double c,
                 PackerStats* stats = nullptr, bool allowMilp = true) const;

    // For a fixed v: greedy largest-cost-first onto the cheapest bin with room (may be infeasible).
    static Packing greedy(const std::vector<PackItem>& items, int capacity, int v);
    // For a fixed v: the MILP min z s.t. each item in one bin, Σ tokens <= capacity, Σ cost <= z per bin.
    // warmStart may be infeasible (then ignored). Returns feasible == false when CBC finds no packing.
    static Packing milp(const std::vector<PackItem>& items, int capacity, int v, double timeLimitSeconds,
                        const Packing* warmStart = nullptr, double relativeGap = 1e-7);
    // max(largest item cost, Σ cost / v): no packing into v micro-batches beats it.
    static double lowerBound(const std::vector<PackItem>& items, int v);

private:
    PackerOptions m_options;
};

} // namespace kcat::balance
