#include "compute/balance/ReplicaAssigner.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <queue>

namespace kcat::balance {

ReplicaAssigner::ReplicaAssigner(std::vector<const StrategyProfile*> replicaProfiles)
    : m_replicas(std::move(replicaProfiles)) {
    std::vector<const StrategyProfile*> seen;
    for (size_t r = 0; r < m_replicas.size(); ++r) {
        const auto it = std::find(seen.begin(), seen.end(), m_replicas[r]);
        if (it == seen.end()) {
            seen.push_back(m_replicas[r]);
            m_groups.push_back({int(r)});
        } else {
            m_groups[size_t(it - seen.begin())].push_back(int(r));
        }
    }
}

double ReplicaAssigner::estimate(const StrategyProfile& p, const std::vector<int>& lengths) {
    double sum = 0, worst = 0;
    for (int s : lengths) {
        const double w = p.sequenceCost(s);
        sum += w;
        worst = std::max(worst, w);
    }
    return sum + (p.pp() - 1) * worst;
}

ReplicaAssignment ReplicaAssigner::greedy(const std::vector<int>& lengths,
                                          const std::vector<int>& order) const {
    ReplicaAssignment out;
    out.replicaOf.assign(lengths.size(), -1);
    std::vector<double> acc(m_replicas.size(), 0.0), worst(m_replicas.size(), 0.0);
    out.load.assign(m_replicas.size(), 0.0);
    // Within a group (same strategy) the replica with the smallest current estimate is the best choice for a
    // sequence no longer than those it already holds, so one min-heap per group suffices.
    using Entry = std::pair<double, int>;
    std::vector<std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>>> heaps(m_groups.size());
    for (size_t g = 0; g < m_groups.size(); ++g)
        for (int r : m_groups[g])
            heaps[g].push({0.0, r});
    for (int i : order) {
        const int s = lengths[size_t(i)];
        int bestGroup = -1;
        double bestLoad = std::numeric_limits<double>::infinity();
        for (size_t g = 0; g < m_groups.size(); ++g) {
            const StrategyProfile& p = *m_replicas[size_t(m_groups[g].front())];
            if (s > p.maxSequenceLength || heaps[g].empty())
                continue;
            const int r = heaps[g].top().second;
            const double w = p.sequenceCost(s);
            const double load = acc[size_t(r)] + w + (p.pp() - 1) * std::max(worst[size_t(r)], w);
            if (load < bestLoad) {
                bestLoad = load;
                bestGroup = int(g);
            }
        }
        if (bestGroup < 0) {
            out.feasible = false;
            continue;
        }
        auto& heap = heaps[size_t(bestGroup)];
        const int r = heap.top().second;
        heap.pop();
        const double w = m_replicas[size_t(r)]->sequenceCost(s);
        acc[size_t(r)] += w;
        worst[size_t(r)] = std::max(worst[size_t(r)], w);
        out.load[size_t(r)] = bestLoad;
        out.replicaOf[size_t(i)] = r;
        heap.push({bestLoad, r});
    }
    out.makespan = out.load.empty() ? 0.0 : *std::max_element(out.load.begin(), out.load.end());
    if (!out.feasible)
        out.makespan = std::numeric_limits<double>::infinity();
    return out;
}

ReplicaAssignment ReplicaAssigner::assign(const std::vector<int>& lengths, int rounds, std::mt19937_64& rng,
                                          double jitter) const {
    std::vector<int> order(lengths.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int x, int y) { return lengths[size_t(x)] > lengths[size_t(y)]; });
    ReplicaAssignment best = greedy(lengths, order);
    std::uniform_real_distribution<double> noise(1.0 - jitter, 1.0 + jitter);
    std::vector<double> key(lengths.size());
    for (int round = 1; round < rounds; ++round) {
        for (size_t i = 0; i < lengths.size(); ++i)
            key[i] = lengths[i] * noise(rng);
        std::sort(order.begin(), order.end(), [&](int x, int y) { return key[size_t(x)] > key[size_t(y)]; });
        ReplicaAssignment candidate = greedy(lengths, order);
        if (candidate.makespan < best.makespan)
            best = std::move(candidate);
    }
    return best;
}

} // namespace kcat::balance
