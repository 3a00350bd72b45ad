#include "annotation/crowd/Aggregation.h"
#include "annotation/crowd/EStep.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace kcat::crowd {

namespace {

struct MaceFit {
    std::vector<double> theta, xi, posteriors; // θ_j competence; ξ_j spam distribution (annotators × K)
    double logLikelihood = -INFINITY;
    int iterations = 0;
    bool converged = false;
};

// One EM run of MACE from the given starting parameters.
MaceFit fit(const CrowdLabels& data, const AggregationOptions& options, MaceFit start) {
    const size_t k = size_t(data.classes), annotators = size_t(data.annotators);
    MaceFit f = std::move(start);
    std::vector<double> row(k), nonSpam(annotators), given(annotators), spam(annotators * k);
    const std::vector<double> uniform(k, -std::log(double(k))); // the uniform prior on the truth
    f.posteriors.assign(size_t(data.items) * k, 1.0 / double(k));
    for (int it = 0; it < options.maxIterations; ++it) {
        // E-step: P(T_i = c) ∝ Π_j (θ_j [l = c] + (1 - θ_j) ξ_j(l)), uniform prior on the truth.
        std::fill(nonSpam.begin(), nonSpam.end(), 0.0);
        std::fill(given.begin(), given.end(), 0.0);
        std::fill(spam.begin(), spam.end(), 0.0);
        double ll = 0;
        const double change = detail::uniformErrorEStep(
            data, uniform.data(), f.posteriors, row, &ll,
            [&](int, qsizetype n) {
                const size_t j = size_t(data.annotator[size_t(n)]), l = size_t(data.label[size_t(n)]);
                const double spamP = (1 - f.theta[j]) * f.xi[j * k + l];
                return detail::LogRightWrong{std::log(f.theta[j] + spamP), std::log(spamP)};
            },
            [&](int i, const double* ti) {
                // Expected counts: the label was not spam only if it is the truth.
                for (qsizetype n = data.offsets[size_t(i)]; n < data.offsets[size_t(i) + 1]; ++n) {
                    const size_t j = size_t(data.annotator[size_t(n)]), l = size_t(data.label[size_t(n)]);
                    const double spamP = (1 - f.theta[j]) * f.xi[j * k + l];
                    const double notSpam = ti[l] * f.theta[j] / (f.theta[j] + spamP);
                    nonSpam[j] += notSpam;
                    spam[j * k + l] += 1 - notSpam;
                    given[j] += 1;
                }
            });
        f.logLikelihood = ll;
        f.iterations = it + 1;
        if (it > 0 && change <= options.tolerance) {
            f.converged = true;
            break;
        }
        // M-step.
        for (size_t j = 0; j < annotators; ++j) {
            f.theta[j] = (nonSpam[j] + options.smoothing) / (given[j] + 2 * options.smoothing);
            double total = 0;
            for (size_t l = 0; l < k; ++l)
                total += spam[j * k + l] + options.smoothing;
            for (size_t l = 0; l < k; ++l)
                f.xi[j * k + l] = (spam[j * k + l] + options.smoothing) / total;
        }
    }
    return f;
}

} // namespace

// MACE (Hovy et al. 2013): annotator j copies the truth with probability θ_j and otherwise "spams" a label
// drawn from ξ_j. EM from `restarts` random starts (seeded); the run with the highest likelihood is kept.
AggregationResult mace(const CrowdLabels& data, const AggregationOptions& options) {
    if (data.classes < 2)
        return majorityVote(data);
    const size_t k = size_t(data.classes), annotators = size_t(data.annotators);
    std::mt19937_64 rng(options.seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    MaceFit best;
    for (int r = 0; r < std::max(1, options.restarts); ++r) {
        MaceFit start;
        start.theta.resize(annotators);
        start.xi.resize(annotators * k);
        for (size_t j = 0; j < annotators; ++j) {
            start.theta[j] = 0.5 + 0.45 * uniform(rng);
            double total = 0;
            for (size_t l = 0; l < k; ++l)
                total += start.xi[j * k + l] = 0.5 + uniform(rng);
            for (size_t l = 0; l < k; ++l)
                start.xi[j * k + l] /= total;
        }
        MaceFit f = fit(data, options, std::move(start));
        if (r == 0 || f.logLikelihood > best.logLikelihood)
            best = std::move(f);
    }
    AggregationResult result;
    result.classes = data.classes;
    result.posteriors = std::move(best.posteriors);
    result.iterations = best.iterations;
    result.converged = best.converged;
    result.logLikelihood = best.logLikelihood;
    detail::pickLabels(data, result);
    result.skillName = "competence_theta";
    result.skill = best.theta;
    result.confusion.assign(annotators * k * k, 0.0);
    for (size_t j = 0; j < annotators; ++j)
        for (size_t truth = 0; truth < k; ++truth)
            for (size_t g = 0; g < k; ++g)
                result.confusion[(j * k + truth) * k + g] =
                    (g == truth ? best.theta[j] : 0.0) + (1 - best.theta[j]) * best.xi[j * k + g];
    return result;
}

} // namespace kcat::crowd
