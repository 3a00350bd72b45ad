#pragma once

// EM steps the aggregation models share. The E-step of the one-coin models (one-coin Dawid–Skene, GLAD,
// MACE): each label is the truth with
// log-probability `right` and names every other class with log-probability `wrong`, so an item's scores are
// its class log-priors + Σ wrong over its labels, with right − wrong added at each label's class. Internal
// to annotation/crowd.

#include "annotation/crowd/Aggregation.h"

#include <algorithm>
#include <cmath>

namespace kcat::crowd::detail {

struct LogRightWrong {
    double right = 0, wrong = 0;
};

// Copies the normalised row into the item's posteriors; returns the largest absolute change.
inline double storePosteriors(const double* row, double* posteriors, size_t k) {
    double change = 0;
    for (size_t c = 0; c < k; ++c) {
        change = std::max(change, std::abs(row[c] - posteriors[c]));
        posteriors[c] = row[c];
    }
    return change;
}

// Posteriors (items × classes) of every labelled item from logPrior (k classes) and logRW(i, n), the
// LogRightWrong of label n of item i; after(i, posteriorsOfI) runs once the item is stored. Adds the
// log-likelihood to *ll; returns the largest change of a posterior. `row` is scratch of k doubles.
template <class LogRW, class After>
double uniformErrorEStep(const CrowdLabels& data, const double* logPrior, std::vector<double>& posteriors,
                         std::vector<double>& row, double* ll, LogRW&& logRW, After&& after) {
    const size_t k = size_t(data.classes);
    double change = 0;
    for (int i = 0; i < data.items; ++i) {
        const qsizetype b = data.offsets[size_t(i)], e = data.offsets[size_t(i) + 1];
        if (b == e)
            continue;
        std::copy(logPrior, logPrior + k, row.begin());
        double wrong = 0;
        for (qsizetype n = b; n < e; ++n) {
            const LogRightWrong p = logRW(i, n);
            wrong += p.wrong;
            row[size_t(data.label[size_t(n)])] += p.right - p.wrong;
        }
        for (size_t c = 0; c < k; ++c)
            row[c] += wrong;
        *ll += softmaxInPlace(row.data(), int(k));
        double* ti = posteriors.data() + size_t(i) * k;
        change = std::max(change, storePosteriors(row.data(), ti, k));
        after(i, ti);
    }
    return change;
}

// Records EM iteration `it`; true when it converged (no posterior moved more than the tolerance).
inline bool endIteration(AggregationResult& result, int it, double logLikelihood, double change,
                         double tolerance) {
    result.iterations = it + 1;
    result.logLikelihood = logLikelihood;
    result.converged = change <= tolerance;
    return result.converged;
}

// After EM: items without labels get the class priors as posteriors; labels = argmax.
inline void finishPosteriors(const CrowdLabels& data, AggregationResult& result,
                             const std::vector<double>& logPrior) {
    const size_t k = size_t(data.classes);
    for (int i = 0; i < data.items; ++i)
        if (data.offsets[size_t(i) + 1] == data.offsets[size_t(i)])
            for (size_t c = 0; c < k; ++c)
                result.posteriors[size_t(i) * k + c] = std::exp(logPrior[c]);
    pickLabels(data, result);
}

} // namespace kcat::crowd::detail
