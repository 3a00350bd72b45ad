#include "annotation/crowd/Aggregation.h"
#include "annotation/crowd/EStep.h"

#include <algorithm>
#include <cmath>

namespace kcat::crowd {

namespace {

double sigmoid(double x) {
    return x >= 0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x));
}

// log σ(x) and log(1 - σ(x)) without overflow.
double logSigmoid(double x) {
    return x >= 0 ? -std::log1p(std::exp(-x)) : x - std::log1p(std::exp(x));
}

constexpr double kAlphaPriorMean = 1.0; // GLAD's Gaussian priors: α_j ~ N(1, 1), log β_i ~ N(0, 1)
constexpr double kNewtonStepCap = 2.0;
constexpr int kNewtonSweeps = 5;

} // namespace

// GLAD (Whitehill et al. 2009), multi-class with uniform errors: P(annotator j is right on item i) =
// σ(α_j β_i), α_j the annotator's expertise (negative = adversarial), β_i = exp(s_i) > 0 the item's easiness.
// EM; the M-step runs a few alternating one-dimensional Newton sweeps over α and s on the expected
// log-likelihood plus the Gaussian priors (MAP).
AggregationResult glad(const CrowdLabels& data, const AggregationOptions& options) {
    if (data.classes < 2)
        return majorityVote(data);
    const size_t k = size_t(data.classes), annotators = size_t(data.annotators);
    const double logOthers = std::log(double(k - 1));
    AggregationResult result = majorityVote(data);
    result.skillName = "expertise_alpha";
    std::vector<double>& t = result.posteriors;
    std::vector<double> alpha(annotators, kAlphaPriorMean), s(size_t(data.items), 0.0);
    std::vector<double> logPrior(k), row(k), q(size_t(data.size()));
    std::vector<double> gradA(annotators), hessA(annotators);
    result.converged = false;
    result.iterations = 0;
    for (int it = 0; it < options.maxIterations; ++it) {
        // M-step: priors, then MAP α and s given q = P(label n is the truth).
        std::fill(logPrior.begin(), logPrior.end(), options.smoothing);
        double labelled = double(k) * options.smoothing;
        for (int i = 0; i < data.items; ++i) {
            const qsizetype b = data.offsets[size_t(i)], e = data.offsets[size_t(i) + 1];
            if (b == e)
                continue;
            labelled += 1;
            for (size_t c = 0; c < k; ++c)
                logPrior[c] += t[size_t(i) * k + c];
            for (qsizetype n = b; n < e; ++n)
                q[size_t(n)] = t[size_t(i) * k + size_t(data.label[size_t(n)])];
        }
        for (double& p : logPrior)
            p = std::log(p / labelled);
        for (int sweep = 0; sweep < kNewtonSweeps; ++sweep) {
            std::fill(gradA.begin(), gradA.end(), 0.0);
            std::fill(hessA.begin(), hessA.end(), 0.0);
            for (int i = 0; i < data.items; ++i) {
                const double beta = std::exp(s[size_t(i)]);
                double gradS = -s[size_t(i)], hessS = 1.0;
                for (qsizetype n = data.offsets[size_t(i)]; n < data.offsets[size_t(i) + 1]; ++n) {
                    const size_t j = size_t(data.annotator[size_t(n)]);
                    const double x = alpha[j] * beta, sg = sigmoid(x), g = q[size_t(n)] - sg;
                    gradA[j] += g * beta;
                    hessA[j] += sg * (1 - sg) * beta * beta;
                    gradS += g * x;
                    hessS += sg * (1 - sg) * x * x;
                }
                s[size_t(i)] += std::clamp(gradS / hessS, -kNewtonStepCap, kNewtonStepCap);
            }
            for (size_t j = 0; j < annotators; ++j) {
                gradA[j] -= alpha[j] - kAlphaPriorMean;
                alpha[j] += std::clamp(gradA[j] / (hessA[j] + 1.0), -kNewtonStepCap, kNewtonStepCap);
            }
        }
        // E-step: right with σ(α_j β_i), each wrong class with (1 − σ(α_j β_i)) / (k − 1).
        double ll = 0;
        const double change = detail::uniformErrorEStep(
            data, logPrior.data(), t, row, &ll,
            [&](int i, qsizetype n) {
                const double x = alpha[size_t(data.annotator[size_t(n)])] * std::exp(s[size_t(i)]);
                return detail::LogRightWrong{logSigmoid(x), logSigmoid(-x) - logOthers};
            },
            [](int, const double*) {});
        if (detail::endIteration(result, it, ll, change, options.tolerance))
            break;
    }
    detail::finishPosteriors(data, result, logPrior);
    // Confusion: the annotator's mean chance of being right over their items on the diagonal.
    std::vector<double> right(annotators, 0.0), given(annotators, 0.0);
    for (int i = 0; i < data.items; ++i)
        for (qsizetype n = data.offsets[size_t(i)]; n < data.offsets[size_t(i) + 1]; ++n) {
            const size_t j = size_t(data.annotator[size_t(n)]);
            right[j] += sigmoid(alpha[j] * std::exp(s[size_t(i)]));
            given[j] += 1;
        }
    result.confusion.assign(annotators * k * k, 0.0);
    for (size_t j = 0; j < annotators; ++j) {
        const double a = given[j] > 0 ? right[j] / given[j] : 1.0 / double(k);
        for (size_t truth = 0; truth < k; ++truth)
            for (size_t g = 0; g < k; ++g)
                result.confusion[(j * k + truth) * k + g] = g == truth ? a : (1 - a) / double(k - 1);
    }
    result.skill = alpha;
    return result;
}

} // namespace kcat::crowd
