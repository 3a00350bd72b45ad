#pragma once

// Exhaustive optima for tiny instances, the reference the balance tests compare the algorithms with.

#include <algorithm>
#include <functional>
#include <limits>
#include <vector>

namespace balance_test {

// Smallest possible largest bin cost over every assignment of items to v bins with Σ tokens <= capacity;
// infinity when none fits.
inline double bruteForceMinMax(const std::vector<int>& tokens, const std::vector<double>& costs, int capacity,
                               int v) {
    const size_t n = tokens.size();
    std::vector<int> binOf(n, 0);
    double best = std::numeric_limits<double>::infinity();
    std::vector<double> binCost(static_cast<size_t>(v));
    std::vector<long long> binTokens(static_cast<size_t>(v));
    std::function<void(size_t, double)> go = [&](size_t i, double worst) {
        if (worst >= best)
            return;
        if (i == n) {
            best = worst;
            return;
        }
        for (int b = 0; b < v; ++b) {
            if (binTokens[size_t(b)] + tokens[i] > capacity)
                continue;
            binTokens[size_t(b)] += tokens[i];
            binCost[size_t(b)] += costs[i];
            go(i + 1, std::max(worst, binCost[size_t(b)]));
            binTokens[size_t(b)] -= tokens[i];
            binCost[size_t(b)] -= costs[i];
        }
    };
    go(0, 0.0);
    return best;
}

// Optimal makespan of identical machines (P||Cmax) by enumeration.
inline double bruteForceMakespan(const std::vector<double>& jobs, int machines) {
    std::vector<double> load(size_t(machines), 0.0);
    double best = std::numeric_limits<double>::infinity();
    std::function<void(size_t)> go = [&](size_t i) {
        const double worst = *std::max_element(load.begin(), load.end());
        if (worst >= best)
            return;
        if (i == jobs.size()) {
            best = worst;
            return;
        }
        for (int m = 0; m < machines; ++m) {
            load[size_t(m)] += jobs[i];
            go(i + 1);
            load[size_t(m)] -= jobs[i];
        }
    };
    go(0);
    return best;
}

} // namespace balance_test
