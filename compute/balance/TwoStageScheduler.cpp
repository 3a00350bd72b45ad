#include "compute/balance/TwoStageScheduler.h"

#include "compute/balance/ReplicaAssigner.h"

#include <algorithm>
#include <limits>

namespace kcat::balance {

namespace {

std::vector<const StrategyProfile*> replicaProfiles(const StrategySet& set,
                                                    const std::vector<StrategyProfile>& profiles) {
    std::vector<const StrategyProfile*> out;
    for (const auto& e : set.entries)
        for (int r = 0; r < e.replicas; ++r)
            out.push_back(&profiles[size_t(e.profile)]);
    return out;
}

} // namespace

TwoStageScheduler::TwoStageScheduler(const StrategyPlanner& planner, TwoStageOptions options)
    : m_planner(planner)
    , m_options(options) {}

TwoStageResult TwoStageScheduler::scheduleOn(const StrategySet& set, const std::vector<int>& lengths,
                                             std::mt19937_64& rng, int shuffles) const {
    const std::vector<StrategyProfile>& profiles = m_planner.profiles();
    TwoStageResult out;
    const auto replicas = replicaProfiles(set, profiles);
    const ReplicaAssignment assignment = ReplicaAssigner(replicas).assign(lengths, shuffles, rng);
    out.stage1Makespan = assignment.makespan;
    if (!assignment.feasible)
        return out;
    // Schedule profiles: the set's entries in order; replicas follow the same order.
    std::vector<int> profileIndex;
    for (const auto& e : set.entries) {
        out.schedule.profiles.push_back(profiles[size_t(e.profile)]);
        for (int r = 0; r < e.replicas; ++r)
            profileIndex.push_back(int(out.schedule.profiles.size()) - 1);
    }
    std::vector<std::vector<int>> members(replicas.size());
    for (size_t i = 0; i < lengths.size(); ++i)
        members[size_t(assignment.replicaOf[i])].push_back(int(i));
    const MicroBatchPacker packer(m_options.packer);
    out.schedule.replicas.resize(replicas.size());
    std::vector<size_t> byLoad(replicas.size());
    for (size_t r = 0; r < replicas.size(); ++r)
        byLoad[r] = r;
    std::stable_sort(byLoad.begin(), byLoad.end(),
                     [&](size_t x, size_t y) { return assignment.load[x] > assignment.load[y]; });
    for (size_t r : byLoad) {
        const StrategyProfile& p = *replicas[r];
        ReplicaPlan& plan = out.schedule.replicas[r];
        plan.profile = profileIndex[r];
        std::vector<PackItem> items;
        for (int i : members[r])
            items.push_back({lengths[size_t(i)], p.sequenceCost(lengths[size_t(i)])});
        const bool allowMilp = out.packerStats.milpSeconds < m_options.milpBudgetSeconds;
        const Packing packing =
            packer.pack(items, p.maxSequenceLength, p.pp(), p.cost.c, &out.packerStats, allowMilp);
        if (!packing.feasible)
            return out;
        for (const auto& bin : packing.bins) {
            MicroBatch mb;
            mb.slotTokens = p.maxSequenceLength;
            for (int k : bin) {
                mb.items.push_back(members[r][size_t(k)]);
                mb.cost += items[size_t(k)].cost;
            }
            plan.microBatches.push_back(std::move(mb));
        }
    }
    out.feasible = true;
    return out;
}

TwoStageResult TwoStageScheduler::schedule(const std::vector<int>& lengths, std::mt19937_64& rng) const {
    const int longest = lengths.empty() ? 0 : *std::max_element(lengths.begin(), lengths.end());
    const auto& candidates = m_planner.candidates();
    int chosen = -1;
    double bestMakespan = std::numeric_limits<double>::infinity();
    for (int c = 0; c < int(candidates.size()); ++c) {
        if (candidates[size_t(c)].maxSequenceLength < longest)
            continue;
        const auto replicas = replicaProfiles(candidates[size_t(c)], m_planner.profiles());
        const double makespan =
            ReplicaAssigner(replicas).assign(lengths, m_options.selectionShuffles, rng).makespan;
        if (makespan < bestMakespan) {
            bestMakespan = makespan;
            chosen = c;
        }
    }
    if (chosen < 0)
        return {};
    TwoStageResult out = scheduleOn(candidates[size_t(chosen)], lengths, rng, m_options.shuffles);
    out.candidate = chosen;
    return out;
}

} // namespace kcat::balance
