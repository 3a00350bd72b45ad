#include "compute/balance/StrategyPlanner.h"

#include "compute/balance/ReplicaAssigner.h"

#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <random>

namespace kcat::balance {

namespace {
constexpr int kProposalsPerRange = 24;  // options of the longest-range group taken from the programme
constexpr int kCandidatesPerRange = 3;  // kept after ranking them on the sample batches
constexpr int kRefineEvaluations = 600; // local-search budget per longest range
} // namespace

int StrategySet::gpus(const std::vector<StrategyProfile>& profiles) const {
    int g = 0;
    for (const Entry& e : entries)
        g += e.replicas * profiles[size_t(e.profile)].strategy.gpus();
    return g;
}

QString StrategySet::label(const std::vector<StrategyProfile>& profiles) const {
    QStringList parts;
    for (const Entry& e : entries)
        parts << QStringLiteral("%1x%2").arg(e.replicas).arg(profiles[size_t(e.profile)].strategy.label());
    return parts.join(QStringLiteral(" + "));
}

StrategyPlanner::StrategyPlanner(std::vector<StrategyProfile> profiles, int gpus, int cap,
                                 const std::vector<std::vector<int>>& sampleBatches)
    : m_profiles(std::move(profiles))
    , m_gpus(gpus)
    , m_cap(cap) {
    QElapsedTimer timer;
    timer.start();
    plan(sampleBatches);
    m_planningMs = timer.nsecsElapsed() / 1e6;
}

StrategySet StrategyPlanner::homogeneous(int profile) const {
    StrategySet set;
    const StrategyProfile& p = m_profiles[size_t(profile)];
    set.entries.push_back({profile, m_gpus / p.strategy.gpus()});
    set.maxSequenceLength = p.maxSequenceLength;
    return set;
}

void StrategyPlanner::plan(const std::vector<std::vector<int>>& batches) {
    // Range edges cap, cap/2, ... down to about 128 tokens, at most 7 ranges.
    for (int e = m_cap, k = 0; k < 7 && (k == 0 || e >= 128); e /= 2, ++k)
        m_edges.insert(m_edges.begin(), e);
    const int K = int(m_edges.size());
    const int nb = std::max<int>(1, int(batches.size()));
    auto bucketOf = [&](int s) {
        return int(std::lower_bound(m_edges.begin(), m_edges.end(), s) - m_edges.begin());
    };
    // Per batch and range: Σs, Σs², longest.
    std::vector<std::vector<double>> s1(size_t(nb), std::vector<double>(size_t(K), 0.0)), s2 = s1, mx = s1;
    std::vector<double> batchTokens(size_t(nb), 0.0);
    for (int b = 0; b < int(batches.size()); ++b)
        for (int s : batches[size_t(b)]) {
            const int k = std::min(K - 1, bucketOf(s));
            s1[size_t(b)][size_t(k)] += s;
            s2[size_t(b)][size_t(k)] += double(s) * s;
            mx[size_t(b)][size_t(k)] = std::max<double>(mx[size_t(b)][size_t(k)], s);
            batchTokens[size_t(b)] += s;
        }
    const int unit = std::max(1, m_gpus / 256); // GPU granularity of the programme
    const int units = m_gpus / unit;
    const double inf = std::numeric_limits<double>::infinity();

    for (int top = 0; top < K; ++top) {
        // Batches whose longest sequence is in range `top` hold the same tokens in ranges 0..top: scale them
        // up.
        double inRange = 0, all = 0;
        for (int b = 0; b < nb; ++b) {
            all += batchTokens[size_t(b)];
            for (int k = 0; k <= top; ++k)
                inRange += s1[size_t(b)][size_t(k)];
        }
        if (inRange <= 0)
            continue;
        const double scale = all / inRange;
        // Workload of ranges j..k: mean Σs, Σs² per batch and mean longest.
        auto groupStats = [&](int j, int k, double* S1, double* S2, double* L) {
            *S1 = *S2 = *L = 0;
            for (int b = 0; b < nb; ++b) {
                double longest = 0;
                for (int r = j; r <= k; ++r) {
                    *S1 += s1[size_t(b)][size_t(r)];
                    *S2 += s2[size_t(b)][size_t(r)];
                    longest = std::max(longest, mx[size_t(b)][size_t(r)]);
                }
                *L += longest;
            }
            *S1 = *S1 / nb * scale;
            *S2 = *S2 / nb * scale;
            *L /= nb;
        };
        // Estimated time of ranges j..k (0-based, inclusive) on n replicas of profile p.
        auto groupTime = [&](double S1, double S2, double L, const StrategyProfile& prof, int n) {
            const double W = prof.cost.a * S2 + prof.cost.b * S1;
            const double wMax = prof.sequenceCost(int(std::ceil(L)));
            const double mbs = std::max(1.0, S1 / n / prof.maxSequenceLength);
            return std::max(W / n + (prof.pp() - 1) * wMax, prof.pp() * wMax) +
                   prof.cost.c * (mbs + prof.pp() - 1);
        };
        struct Choice {
            int j = -1, profile = -1, replicas = 0, usedUnits = 0;
        };
        // best[k][g]: smallest largest group time covering ranges 0..k-1 with exactly g units.
        std::vector<std::vector<double>> best(size_t(top + 1), std::vector<double>(size_t(units + 1), inf));
        std::vector<std::vector<Choice>> choice(size_t(top + 1), std::vector<Choice>(size_t(units + 1)));
        best[0][0] = 0;
        // Calls f(j, p, n, blockUnits·t) for every last group j..k-1 on profile p with n replicas.
        auto forGroups = [&](int k, const std::function<void(int, int, int, int, double)>& f) {
            for (int j = 1; j <= k; ++j) {
                double S1, S2, L;
                groupStats(j - 1, k - 1, &S1, &S2, &L);
                const int need = m_edges[size_t(k - 1)];
                for (int p = 0; p < int(m_profiles.size()); ++p) {
                    const StrategyProfile& prof = m_profiles[size_t(p)];
                    if (prof.maxSequenceLength < need)
                        continue;
                    const int g = prof.strategy.gpus();
                    const int block = std::lcm(g, unit); // GPUs per step of the programme
                    const int blockUnits = block / unit;
                    for (int t = 1; t * blockUnits <= units; ++t) {
                        const int n = t * (block / g);
                        f(j, p, n, t * blockUnits, groupTime(S1, S2, L, prof, n));
                    }
                }
            }
        };
        for (int k = 1; k <= top; ++k)
            forGroups(k, [&](int j, int p, int n, int used, double time) {
                for (int g0 = 0; g0 + used <= units; ++g0) {
                    const double prev = best[size_t(j - 1)][size_t(g0)];
                    if (prev == inf)
                        continue;
                    const double value = std::max(prev, time);
                    if (value < best[size_t(k)][size_t(g0 + used)]) {
                        best[size_t(k)][size_t(g0 + used)] = value;
                        choice[size_t(k)][size_t(g0 + used)] = {j, p, n, used};
                    }
                }
            });
        // The group holding the longest range: every option, each with the best prefix in the GPUs left.
        struct Option {
            double value;
            Choice last;
            int prefixUnits;
        };
        std::vector<Option> options;
        forGroups(top + 1, [&](int j, int p, int n, int used, double time) {
            int g0 = -1;
            for (int g = units - used; g >= 0; --g) // prefer using every GPU
                if (best[size_t(j - 1)][size_t(g)] < inf &&
                    (g0 < 0 || best[size_t(j - 1)][size_t(g)] < best[size_t(j - 1)][size_t(g0)] * 0.999))
                    g0 = g;
            if (g0 >= 0)
                options.push_back({std::max(best[size_t(j - 1)][size_t(g0)], time), {j, p, n, used}, g0});
        });
        std::sort(options.begin(), options.end(),
                  [](const Option& x, const Option& y) { return x.value < y.value; });
        // Diverse proposals: the best option of each (strategy, replica count) of the last group, at most
        // three replica counts per strategy.
        std::vector<StrategySet> proposals;
        std::vector<std::pair<int, int>> taken;
        std::vector<int> perProfile(m_profiles.size(), 0);
        for (const Option& o : options) {
            if (proposals.size() >= size_t(kProposalsPerRange))
                break;
            const std::pair<int, int> key{o.last.profile, o.last.replicas};
            if (std::find(taken.begin(), taken.end(), key) != taken.end() ||
                perProfile[size_t(key.first)] >= 3)
                continue;
            taken.push_back(key);
            ++perProfile[size_t(key.first)];
            StrategySet set;
            set.estimatedSeconds = o.value;
            auto add = [&](const Choice& c) {
                auto it = std::find_if(set.entries.begin(), set.entries.end(),
                                       [&](const StrategySet::Entry& e) { return e.profile == c.profile; });
                if (it == set.entries.end())
                    set.entries.push_back({c.profile, c.replicas});
                else
                    it->replicas += c.replicas;
            };
            add(o.last);
            int g = o.prefixUnits;
            for (int k = o.last.j - 1; k > 0;) {
                const Choice c = choice[size_t(k)][size_t(g)];
                add(c);
                g -= c.usedUnits;
                k = c.j - 1;
            }
            for (const auto& e : set.entries)
                set.maxSequenceLength =
                    std::max(set.maxSequenceLength, m_profiles[size_t(e.profile)].maxSequenceLength);
            std::sort(set.entries.begin(), set.entries.end(),
                      [](const StrategySet::Entry& x, const StrategySet::Entry& y) {
                          return x.profile < y.profile;
                      });
            const QString label = set.label(m_profiles);
            if (std::none_of(proposals.begin(), proposals.end(),
                             [&](const StrategySet& s) { return s.label(m_profiles) == label; }))
                proposals.push_back(set);
        }
        // The programme's estimate treats ranges as disjoint; stage 1 lets big replicas take short sequences
        // too. Rank the proposals by their stage-1 makespan on the sample batches they can hold, and improve
        // the best one by local search on that makespan.
        for (StrategySet& set : proposals)
            set.sampleMakespan = sampleMakespan(set, batches);
        std::stable_sort(proposals.begin(), proposals.end(), [](const StrategySet& x, const StrategySet& y) {
            return x.sampleMakespan < y.sampleMakespan;
        });
        if (!proposals.empty()) {
            StrategySet refined = refine(proposals.front(), batches, m_edges[size_t(top)]);
            if (refined.sampleMakespan < proposals.front().sampleMakespan)
                proposals.insert(proposals.begin(), refined);
        }
        for (size_t i = 0; i < proposals.size() && i < size_t(kCandidatesPerRange); ++i) {
            const QString label = proposals[i].label(m_profiles);
            if (std::none_of(m_candidates.begin(), m_candidates.end(),
                             [&](const StrategySet& s) { return s.label(m_profiles) == label; }))
                m_candidates.push_back(proposals[i]);
        }
    }
    std::stable_sort(
        m_candidates.begin(), m_candidates.end(),
        [](const StrategySet& x, const StrategySet& y) { return x.maxSequenceLength < y.maxSequenceLength; });
}

double StrategyPlanner::sampleMakespan(const StrategySet& set,
                                       const std::vector<std::vector<int>>& batches) const {
    std::vector<const StrategyProfile*> replicas;
    for (const auto& e : set.entries)
        for (int r = 0; r < e.replicas; ++r)
            replicas.push_back(&m_profiles[size_t(e.profile)]);
    const ReplicaAssigner assigner(replicas);
    double sum = 0;
    int counted = 0;
    std::mt19937_64 rng(42);
    for (const auto& batch : batches) {
        if (!batch.empty() && *std::max_element(batch.begin(), batch.end()) > set.maxSequenceLength)
            continue;
        sum += assigner.assign(batch, 1, rng).makespan;
        ++counted;
    }
    return counted ? sum / counted : set.estimatedSeconds;
}

StrategySet StrategyPlanner::refine(StrategySet set, const std::vector<std::vector<int>>& batches,
                                    int need) const {
    // Moves: hand the GPUs of some replicas of one strategy to replicas of another (lcm of their sizes, or
    // a multiple of it on big clusters); first improvement, a bounded number of evaluations.
    const std::vector<int> scales = m_gpus >= 256 ? std::vector<int>{1, m_gpus / 64} : std::vector<int>{1, 2};
    int evaluations = 0;
    bool improved = true;
    while (improved && evaluations < kRefineEvaluations) {
        improved = false;
        for (size_t a = 0; a < set.entries.size() && !improved; ++a) {
            for (int b = 0; b < int(m_profiles.size()) && !improved; ++b) {
                const int from = set.entries[a].profile;
                if (b == from)
                    continue;
                const int ga = m_profiles[size_t(from)].strategy.gpus(),
                          gb = m_profiles[size_t(b)].strategy.gpus();
                for (int scale : scales) {
                    const int moved = std::lcm(ga, gb) * scale;
                    if (moved > set.entries[a].replicas * ga || evaluations >= kRefineEvaluations)
                        continue;
                    StrategySet next = set;
                    next.entries[a].replicas -= moved / ga;
                    auto it = std::find_if(next.entries.begin(), next.entries.end(),
                                           [&](const StrategySet::Entry& e) { return e.profile == b; });
                    if (it == next.entries.end())
                        next.entries.push_back({b, moved / gb});
                    else
                        it->replicas += moved / gb;
                    next.entries.erase(
                        std::remove_if(next.entries.begin(), next.entries.end(),
                                       [](const StrategySet::Entry& e) { return e.replicas <= 0; }),
                        next.entries.end());
                    next.maxSequenceLength = 0;
                    for (const auto& e : next.entries)
                        next.maxSequenceLength =
                            std::max(next.maxSequenceLength, m_profiles[size_t(e.profile)].maxSequenceLength);
                    if (next.maxSequenceLength < need)
                        continue;
                    ++evaluations;
                    next.sampleMakespan = sampleMakespan(next, batches);
                    if (next.sampleMakespan < set.sampleMakespan * (1 - 1e-6)) {
                        set = next;
                        improved = true;
                        break;
                    }
                }
            }
        }
    }
    std::sort(set.entries.begin(), set.entries.end(),
              [](const StrategySet::Entry& x, const StrategySet::Entry& y) { return x.profile < y.profile; });
    return set;
}

nlohmann::json StrategyPlanner::toJson() const {
    nlohmann::json sets = nlohmann::json::array();
    for (const StrategySet& s : m_candidates)
        sets.push_back({{"strategies", s.label(m_profiles).toStdString()},
                        {"gpus", s.gpus(m_profiles)},
                        {"max_sequence_length", s.maxSequenceLength},
                        {"estimated_seconds", s.estimatedSeconds},
                        {"sample_makespan_seconds", s.sampleMakespan}});
    return {{"length_range_edges", m_edges}, {"candidates", sets}, {"planning_ms", m_planningMs}};
}

} // namespace kcat::balance
