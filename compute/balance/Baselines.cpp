#include "compute/balance/Baselines.h"

#include <algorithm>
#include <numeric>

namespace kcat::balance {

QString baselineKey(Baseline b) {
    switch (b) {
    case Baseline::Padding:
        return QStringLiteral("padding");
    case Baseline::UnbalancedPacking:
        return QStringLiteral("unbalanced_packing");
    case Baseline::GreedyPacking:
        return QStringLiteral("greedy_packing");
    case Baseline::FirstFitDecreasing:
        return QStringLiteral("ffd");
    }
    return {};
}

std::vector<Baseline> allBaselines() {
    return {Baseline::Padding, Baseline::UnbalancedPacking, Baseline::GreedyPacking,
            Baseline::FirstFitDecreasing};
}

namespace {

MicroBatch makeBatch(std::vector<int> items, const std::vector<int>& lengths, const StrategyProfile& p) {
    MicroBatch mb;
    mb.items = std::move(items);
    mb.slotTokens = p.maxSequenceLength;
    for (int i : mb.items)
        mb.cost += p.sequenceCost(lengths[size_t(i)]);
    return mb;
}

std::vector<int> longestFirst(const std::vector<int>& lengths, const std::vector<int>& subset) {
    std::vector<int> order = subset;
    std::stable_sort(order.begin(), order.end(),
                     [&](int x, int y) { return lengths[size_t(x)] > lengths[size_t(y)]; });
    return order;
}

// Open a micro-batch with the longest remaining sequence, add the longest remaining ones that still fit.
std::vector<MicroBatch> fillLongestFirst(const std::vector<int>& lengths, const std::vector<int>& subset,
                                         const StrategyProfile& p) {
    std::vector<int> remaining = longestFirst(lengths, subset);
    std::vector<MicroBatch> out;
    while (!remaining.empty()) {
        std::vector<int> items, rest;
        qint64 tokens = 0;
        for (int i : remaining) {
            if (tokens + lengths[size_t(i)] <= p.maxSequenceLength) {
                items.push_back(i);
                tokens += lengths[size_t(i)];
            } else {
                rest.push_back(i);
            }
        }
        out.push_back(makeBatch(std::move(items), lengths, p));
        remaining = std::move(rest);
    }
    return out;
}

int leastTokens(const std::vector<qint64>& tokens) {
    return int(std::min_element(tokens.begin(), tokens.end()) - tokens.begin());
}

} // namespace

Schedule baselineSchedule(Baseline baseline, const std::vector<int>& lengths, const StrategyProfile& p,
                          int gpus, int padLength) {
    Schedule schedule;
    schedule.profiles = {p};
    const int replicas = std::max(1, gpus / p.strategy.gpus());
    schedule.replicas.assign(size_t(replicas), ReplicaPlan{});
    const int n = int(lengths.size());
    switch (baseline) {
    case Baseline::Padding: {
        const int pad = std::min(padLength, p.maxSequenceLength);
        const int perBatch = std::max(1, p.maxSequenceLength / pad);
        const int perReplica = (n + replicas - 1) / replicas;
        for (int r = 0; r < replicas; ++r) {
            const int begin = std::min(n, r * perReplica), end = std::min(n, begin + perReplica);
            for (int i = begin; i < end; i += perBatch) {
                MicroBatch mb;
                for (int k = i; k < std::min(end, i + perBatch); ++k)
                    mb.items.push_back(k);
                mb.slotTokens = qint64(pad) * qint64(mb.items.size());
                mb.cost = double(mb.items.size()) * p.sequenceCost(pad);
                schedule.replicas[size_t(r)].microBatches.push_back(std::move(mb));
            }
        }
        break;
    }
    case Baseline::UnbalancedPacking: {
        const int base = n / replicas, extra = n % replicas;
        int next = 0;
        for (int r = 0; r < replicas; ++r) {
            const int count = base + (r < extra ? 1 : 0);
            std::vector<int> items;
            qint64 tokens = 0;
            for (int i = next; i < next + count; ++i) {
                if (!items.empty() && tokens + lengths[size_t(i)] > p.maxSequenceLength) {
                    schedule.replicas[size_t(r)].microBatches.push_back(
                        makeBatch(std::move(items), lengths, p));
                    items.clear();
                    tokens = 0;
                }
                items.push_back(i);
                tokens += lengths[size_t(i)];
            }
            if (!items.empty())
                schedule.replicas[size_t(r)].microBatches.push_back(makeBatch(std::move(items), lengths, p));
            next += count;
        }
        break;
    }
    case Baseline::GreedyPacking: {
        std::vector<int> all(static_cast<size_t>(n));
        std::iota(all.begin(), all.end(), 0);
        std::vector<std::vector<int>> perReplica(static_cast<size_t>(replicas));
        std::vector<qint64> tokens(static_cast<size_t>(replicas), 0);
        for (int i : longestFirst(lengths, all)) {
            const int r = leastTokens(tokens);
            perReplica[size_t(r)].push_back(i);
            tokens[size_t(r)] += lengths[size_t(i)];
        }
        for (int r = 0; r < replicas; ++r)
            schedule.replicas[size_t(r)].microBatches = fillLongestFirst(lengths, perReplica[size_t(r)], p);
        break;
    }
    case Baseline::FirstFitDecreasing: {
        std::vector<int> all(static_cast<size_t>(n));
        std::iota(all.begin(), all.end(), 0);
        std::vector<std::vector<int>> bins;
        std::vector<qint64> binTokens;
        for (int i : longestFirst(lengths, all)) {
            size_t b = 0;
            while (b < bins.size() && binTokens[b] + lengths[size_t(i)] > p.maxSequenceLength)
                ++b;
            if (b == bins.size()) {
                bins.emplace_back();
                binTokens.push_back(0);
            }
            bins[b].push_back(i);
            binTokens[b] += lengths[size_t(i)];
        }
        std::vector<qint64> tokens(static_cast<size_t>(replicas), 0);
        for (size_t b = 0; b < bins.size(); ++b) {
            const int r = leastTokens(tokens);
            tokens[size_t(r)] += binTokens[b];
            schedule.replicas[size_t(r)].microBatches.push_back(makeBatch(std::move(bins[b]), lengths, p));
        }
        break;
    }
    }
    return schedule;
}

} // namespace kcat::balance
