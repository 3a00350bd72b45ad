#include "compute/balance/MicroBatchPacker.h"

#include <QElapsedTimer>

#include <CbcModel.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace kcat::balance {

namespace {

std::vector<int> byCostDescending(const std::vector<PackItem>& items) {
    std::vector<int> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return items[size_t(x)].cost > items[size_t(y)].cost ||
               (items[size_t(x)].cost == items[size_t(y)].cost &&
                items[size_t(x)].tokens > items[size_t(y)].tokens);
    });
    return order;
}

double maxBinCost(const std::vector<PackItem>& items, const std::vector<std::vector<int>>& bins) {
    double worst = 0;
    for (const auto& bin : bins) {
        double sum = 0;
        for (int i : bin)
            sum += items[size_t(i)].cost;
        worst = std::max(worst, sum);
    }
    return worst;
}

} // namespace

MicroBatchPacker::MicroBatchPacker(PackerOptions options)
    : m_options(options) {}

double MicroBatchPacker::lowerBound(const std::vector<PackItem>& items, int v) {
    double sum = 0, worst = 0;
    for (const PackItem& it : items) {
        sum += it.cost;
        worst = std::max(worst, it.cost);
    }
    return std::max(worst, sum / v);
}

Packing MicroBatchPacker::greedy(const std::vector<PackItem>& items, int capacity, int v) {
    Packing out;
    out.bins.assign(size_t(v), {});
    std::vector<double> cost(size_t(v), 0.0);
    std::vector<long long> tokens(size_t(v), 0);
    for (int i : byCostDescending(items)) {
        int best = -1;
        for (int b = 0; b < v; ++b)
            if (tokens[size_t(b)] + items[size_t(i)].tokens <= capacity &&
                (best < 0 || cost[size_t(b)] < cost[size_t(best)]))
                best = b;
        if (best < 0)
            return out; // infeasible
        out.bins[size_t(best)].push_back(i);
        cost[size_t(best)] += items[size_t(i)].cost;
        tokens[size_t(best)] += items[size_t(i)].tokens;
    }
    out.feasible = true;
    out.maxCost = *std::max_element(cost.begin(), cost.end());
    out.method = PackMethod::GreedyFallback;
    return out;
}

Packing MicroBatchPacker::milp(const std::vector<PackItem>& items, int capacity, int v,
                               double timeLimitSeconds, const Packing* warmStart, double relativeGap) {
    const int n = int(items.size());
    Packing out;
    if (n == 0 || v < 1)
        return out;
    // Items sorted by cost; item k (in that order) may only use micro-batches 0..k, which removes the
    // symmetry of identical micro-batches without cutting off any packing up to relabelling.
    const std::vector<int> order = byCostDescending(items);
    double scale = 0;
    for (const PackItem& it : items)
        scale = std::max(scale, it.cost);
    if (scale <= 0)
        scale = 1;
    auto col = [v](int k, int b) { return k * v + b; };
    const int zCol = n * v;
    const int cols = n * v + 1;
    std::vector<double> colLo(size_t(cols), 0.0), colHi(size_t(cols), 1.0), obj(size_t(cols), 0.0);
    for (int k = 0; k < n; ++k)
        for (int b = k + 1; b < v; ++b)
            colHi[size_t(col(k, b))] = 0.0;
    colLo[size_t(zCol)] = lowerBound(items, v) / scale;
    colHi[size_t(zCol)] = std::numeric_limits<double>::max();
    obj[size_t(zCol)] = 1.0;

    CoinPackedMatrix matrix(false, 0, 0);
    matrix.setDimensions(0, cols);
    std::vector<double> rowLo, rowHi;
    for (int k = 0; k < n; ++k) { // each item in exactly one micro-batch
        std::vector<int> idx;
        for (int b = 0; b < v; ++b)
            idx.push_back(col(k, b));
        std::vector<double> val(idx.size(), 1.0);
        matrix.appendRow(int(idx.size()), idx.data(), val.data());
        rowLo.push_back(1.0);
        rowHi.push_back(1.0);
    }
    for (int b = 0; b < v; ++b) { // token capacity, then cost <= z
        std::vector<int> idx;
        std::vector<double> tok, cst;
        for (int k = 0; k < n; ++k) {
            idx.push_back(col(k, b));
            tok.push_back(items[size_t(order[size_t(k)])].tokens);
            cst.push_back(items[size_t(order[size_t(k)])].cost / scale);
        }
        matrix.appendRow(int(idx.size()), idx.data(), tok.data());
        rowLo.push_back(-std::numeric_limits<double>::max());
        rowHi.push_back(capacity);
        idx.push_back(zCol);
        cst.push_back(-1.0);
        matrix.appendRow(int(idx.size()), idx.data(), cst.data());
        rowLo.push_back(-std::numeric_limits<double>::max());
        rowHi.push_back(0.0);
    }
    OsiClpSolverInterface solver;
    solver.messageHandler()->setLogLevel(0);
    solver.loadProblem(matrix, colLo.data(), colHi.data(), obj.data(), rowLo.data(), rowHi.data());
    for (int i = 0; i < zCol; ++i)
        solver.setInteger(i);

    CbcModel model(solver);
    model.setLogLevel(0);
    model.messageHandler()->setLogLevel(0);
    model.setUseElapsedTime(true);
    model.setMaximumSeconds(timeLimitSeconds);
    model.setAllowableGap(1e-9);
    model.setAllowableFractionGap(std::max(1e-7, relativeGap));
    if (warmStart && warmStart->feasible && int(warmStart->bins.size()) == v) {
        // Relabel the warm start's micro-batches so that it respects the symmetry-breaking bounds: order them
        // by their first item in cost order.
        std::vector<int> rank(static_cast<size_t>(n));
        for (int k = 0; k < n; ++k)
            rank[size_t(order[size_t(k)])] = k;
        std::vector<std::vector<int>> bins = warmStart->bins;
        for (auto& bin : bins)
            std::sort(bin.begin(), bin.end(),
                      [&](int x, int y) { return rank[size_t(x)] < rank[size_t(y)]; });
        std::stable_sort(bins.begin(), bins.end(), [&](const auto& x, const auto& y) {
            if (x.empty() || y.empty())
                return !x.empty();
            return rank[size_t(x.front())] < rank[size_t(y.front())];
        });
        std::vector<double> start(size_t(cols), 0.0);
        bool ok = true;
        for (int b = 0; b < v; ++b)
            for (int i : bins[size_t(b)]) {
                if (b > rank[size_t(i)])
                    ok = false;
                start[size_t(col(rank[size_t(i)], b))] = 1.0;
            }
        start[size_t(zCol)] = std::max(warmStart->maxCost / scale, colLo[size_t(zCol)]);
        if (ok)
            model.setBestSolution(start.data(), cols, start[size_t(zCol)], true);
    }
    model.branchAndBound();
    const double* x = model.bestSolution();
    if (!x)
        return out;
    out.bins.assign(size_t(v), {});
    for (int k = 0; k < n; ++k)
        for (int b = 0; b < v; ++b)
            if (x[col(k, b)] > 0.5) {
                out.bins[size_t(b)].push_back(order[size_t(k)]);
                break;
            }
    size_t placed = 0;
    for (const auto& bin : out.bins)
        placed += bin.size();
    if (placed != size_t(n))
        return Packing{};
    out.feasible = true;
    out.maxCost = maxBinCost(items, out.bins);
    out.method = model.isProvenOptimal() ? PackMethod::Milp : PackMethod::MilpTimeLimit;
    return out;
}

Packing MicroBatchPacker::pack(const std::vector<PackItem>& items, int capacity, int pp, double c,
                               PackerStats* stats, bool allowMilp) const {
    Packing best;
    if (items.empty()) {
        best.feasible = true;
        best.method = PackMethod::GreedyProvenOptimal;
        return best;
    }
    long long totalTokens = 0;
    double worstItem = 0;
    for (const PackItem& it : items) {
        if (it.tokens > capacity)
            return best; // infeasible: a sequence larger than a micro-batch
        totalTokens += it.tokens;
        worstItem = std::max(worstItem, it.cost);
    }
    const int n = int(items.size());
    const int vMin = int(std::max<long long>(1, (totalTokens + capacity - 1) / capacity));
    double bestObjective = std::numeric_limits<double>::infinity();
    auto objective = [&](double maxCost, int v) { return (maxCost + c) * (pp - 1 + v); };
    for (int v = vMin; v <= n; ++v) {
        // (largest item + c)(pp − 1 + v) grows with v and bounds every later v from below.
        if (objective(worstItem, v) >= bestObjective)
            break;
        const double bound = lowerBound(items, v);
        if (objective(bound, v) >= bestObjective)
            continue;
        Packing candidate = greedy(items, capacity, v);
        if (candidate.feasible && candidate.maxCost <= bound * (1 + 1e-12)) {
            candidate.method = PackMethod::GreedyProvenOptimal;
            if (stats)
                ++stats->greedyOptimal;
        } else if (candidate.feasible && candidate.maxCost <= bound * (1 + m_options.relativeGap)) {
            candidate.method = PackMethod::GreedyWithinGap;
            if (stats)
                ++stats->greedyWithinGap;
        } else if (m_options.useMilp && allowMilp) {
            QElapsedTimer timer;
            timer.start();
            Packing exact =
                milp(items, capacity, v, m_options.milpTimeLimitSeconds, &candidate, m_options.relativeGap);
            if (stats)
                stats->milpSeconds += timer.nsecsElapsed() / 1e9;
            if (exact.feasible && (!candidate.feasible || exact.maxCost <= candidate.maxCost)) {
                candidate = std::move(exact);
                if (stats)
                    ++(candidate.method == PackMethod::Milp ? stats->milpSolved : stats->milpTimeouts);
            } else if (candidate.feasible && stats) {
                ++stats->fallbacks;
            }
        } else if (candidate.feasible && stats) {
            ++stats->fallbacks;
        }
        if (!candidate.feasible)
            continue;
        const double value = objective(candidate.maxCost, v);
        if (value < bestObjective) {
            bestObjective = value;
            best = std::move(candidate);
        }
    }
    // Drop micro-batches left empty (possible when v exceeds what the items need).
    best.bins.erase(
        std::remove_if(best.bins.begin(), best.bins.end(), [](const auto& b) { return b.empty(); }),
        best.bins.end());
    return best;
}

} // namespace kcat::balance
