#include "annotation/crowd/Aggregation.h"
#include "annotation/crowd/EStep.h"

#include <algorithm>
#include <cmath>

namespace kcat::crowd {

namespace {

bool hasLabels(const CrowdLabels& data, int i) {
    return data.offsets[size_t(i) + 1] > data.offsets[size_t(i)];
}

// Class priors from the posteriors of labelled items, smoothed; returns their logs.
std::vector<double> logPriors(const CrowdLabels& data, const std::vector<double>& t, double smoothing) {
    const size_t k = size_t(data.classes);
    std::vector<double> prior(k, smoothing);
    double total = double(k) * smoothing;
    for (int i = 0; i < data.items; ++i) {
        if (!hasLabels(data, i))
            continue;
        for (size_t c = 0; c < k; ++c)
            prior[c] += t[size_t(i) * k + c];
        total += 1.0;
    }
    for (double& p : prior)
        p = std::log(p / total);
    return prior;
}

} // namespace

// Dawid & Skene (1979): every annotator has a full confusion matrix π_j[true][given]; EM starting from the
// majority-vote shares. The E-step adds, per label, one contiguous row log π_j[given][·] to the item's
// scores.
AggregationResult dawidSkene(const CrowdLabels& data, const AggregationOptions& options) {
    if (data.classes < 2)
        return majorityVote(data);
    const size_t k = size_t(data.classes), annotators = size_t(data.annotators);
    AggregationResult result = majorityVote(data);
    result.skillName = "accuracy";
    std::vector<double>& t = result.posteriors;
    std::vector<double> counts(annotators * k * k, 0.0), logPi(annotators * k * k), row(k), logPrior;
    std::vector<double> classTotals(k, 0.0);
    // counts[j][given][true] += T_i[true] and the class totals, for the M-step; one pass over the labels.
    auto accumulate = [&](int i, const double* ti) {
        for (qsizetype n = data.offsets[size_t(i)]; n < data.offsets[size_t(i) + 1]; ++n) {
            double* slot =
                counts.data() + (size_t(data.annotator[size_t(n)]) * k + size_t(data.label[size_t(n)])) * k;
            for (size_t c = 0; c < k; ++c)
                slot[c] += ti[c];
        }
        for (size_t c = 0; c < k; ++c)
            classTotals[c] += ti[c];
    };
    double labelled = 0;
    for (int i = 0; i < data.items; ++i)
        if (data.offsets[size_t(i) + 1] > data.offsets[size_t(i)]) {
            accumulate(i, t.data() + size_t(i) * k);
            labelled += 1;
        }
    result.converged = false;
    result.iterations = 0;
    for (int it = 0; it < options.maxIterations; ++it) {
        // M-step from the accumulated counts.
        for (size_t j = 0; j < annotators; ++j) {
            double* cj = counts.data() + j * k * k;
            for (size_t truth = 0; truth < k; ++truth) {
                double sum = 0;
                for (size_t given = 0; given < k; ++given)
                    sum += cj[given * k + truth] + options.smoothing;
                for (size_t given = 0; given < k; ++given)
                    logPi[j * k * k + given * k + truth] =
                        std::log((cj[given * k + truth] + options.smoothing) / sum);
            }
        }
        logPrior.assign(k, 0.0);
        for (size_t c = 0; c < k; ++c)
            logPrior[c] =
                std::log((classTotals[c] + options.smoothing) / (labelled + double(k) * options.smoothing));
        std::fill(counts.begin(), counts.end(), 0.0);
        std::fill(classTotals.begin(), classTotals.end(), 0.0);
        // E-step, accumulating the next M-step's counts on the way.
        double change = 0, ll = 0;
        for (int i = 0; i < data.items; ++i) {
            const qsizetype b = data.offsets[size_t(i)], e = data.offsets[size_t(i) + 1];
            if (b == e)
                continue;
            std::copy(logPrior.begin(), logPrior.end(), row.begin());
            for (qsizetype n = b; n < e; ++n) {
                const double* lp =
                    logPi.data() +
                    (size_t(data.annotator[size_t(n)]) * k + size_t(data.label[size_t(n)])) * k;
                for (size_t c = 0; c < k; ++c)
                    row[c] += lp[c];
            }
            ll += detail::softmaxInPlace(row.data(), int(k));
            double* ti = t.data() + size_t(i) * k;
            change = std::max(change, detail::storePosteriors(row.data(), ti, k));
            accumulate(i, ti);
        }
        if (detail::endIteration(result, it, ll, change, options.tolerance))
            break;
    }
    detail::finishPosteriors(data, result, logPrior);
    result.confusion.assign(annotators * k * k, 0.0);
    result.skill.assign(annotators, 0.0);
    for (size_t j = 0; j < annotators; ++j)
        for (size_t truth = 0; truth < k; ++truth)
            for (size_t given = 0; given < k; ++given) {
                const double p = std::exp(logPi[j * k * k + given * k + truth]);
                result.confusion[(j * k + truth) * k + given] = p;
                if (given == truth)
                    result.skill[j] += std::exp(logPrior[truth]) * p;
            }
    return result;
}

// One-coin Dawid–Skene: annotator j is right with probability a_j, and errs uniformly over the other classes.
AggregationResult oneCoinDawidSkene(const CrowdLabels& data, const AggregationOptions& options) {
    if (data.classes < 2)
        return majorityVote(data);
    const size_t k = size_t(data.classes), annotators = size_t(data.annotators);
    AggregationResult result = majorityVote(data);
    result.skillName = "accuracy";
    std::vector<double>& t = result.posteriors;
    std::vector<double> right(annotators), given(annotators), logRight(annotators), logWrong(annotators),
        row(k), logPrior;
    result.converged = false;
    result.iterations = 0;
    for (int it = 0; it < options.maxIterations; ++it) {
        std::fill(right.begin(), right.end(), 0.0);
        std::fill(given.begin(), given.end(), 0.0);
        for (int i = 0; i < data.items; ++i)
            for (qsizetype n = data.offsets[size_t(i)]; n < data.offsets[size_t(i) + 1]; ++n) {
                const size_t j = size_t(data.annotator[size_t(n)]);
                right[j] += t[size_t(i) * k + size_t(data.label[size_t(n)])];
                given[j] += 1.0;
            }
        for (size_t j = 0; j < annotators; ++j) {
            const double a = (right[j] + options.smoothing) / (given[j] + 2 * options.smoothing);
            logRight[j] = std::log(a);
            logWrong[j] = std::log((1 - a) / double(k - 1));
        }
        logPrior = logPriors(data, t, options.smoothing);
        double ll = 0;
        const double change = detail::uniformErrorEStep(
            data, logPrior.data(), t, row, &ll,
            [&](int, qsizetype n) {
                const size_t j = size_t(data.annotator[size_t(n)]);
                return detail::LogRightWrong{logRight[j], logWrong[j]};
            },
            [](int, const double*) {});
        if (detail::endIteration(result, it, ll, change, options.tolerance))
            break;
    }
    detail::finishPosteriors(data, result, logPrior);
    result.confusion.assign(annotators * k * k, 0.0);
    result.skill.assign(annotators, 0.0);
    for (size_t j = 0; j < annotators; ++j) {
        const double a = std::exp(logRight[j]), w = std::exp(logWrong[j]);
        result.skill[j] = a;
        for (size_t truth = 0; truth < k; ++truth)
            for (size_t g = 0; g < k; ++g)
                result.confusion[(j * k + truth) * k + g] = g == truth ? a : w;
    }
    return result;
}

} // namespace kcat::crowd
