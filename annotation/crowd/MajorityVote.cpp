#include "annotation/crowd/Aggregation.h"

#include <algorithm>
#include <cmath>

namespace kcat::crowd {

namespace detail {

double softmaxInPlace(double* row, int k) {
    // Scores more than 40 below the top weigh < 4e-18 against it: below double precision of the sum, so they
    // are set to 0 without calling exp (most classes of a confident item; exp dominated EM's time).
    constexpr double kNegligible = -40.0;
    const double top = *std::max_element(row, row + k);
    double sum = 0;
    for (int c = 0; c < k; ++c) {
        const double x = row[c] - top;
        row[c] = x > kNegligible ? std::exp(x) : 0.0;
        sum += row[c];
    }
    for (int c = 0; c < k; ++c)
        row[c] /= sum;
    return top + std::log(sum);
}

void pickLabels(const CrowdLabels& data, AggregationResult& result) {
    result.labels.assign(size_t(data.items), -1);
    for (int i = 0; i < data.items; ++i) {
        if (data.offsets[size_t(i) + 1] == data.offsets[size_t(i)])
            continue;
        const double* row = result.posteriors.data() + size_t(i) * size_t(data.classes);
        result.labels[size_t(i)] = int(std::max_element(row, row + data.classes) - row);
    }
}

void empiricalConfusion(const CrowdLabels& data, AggregationResult& result, double smoothing) {
    const size_t k = size_t(data.classes);
    std::vector<double> counts(size_t(data.annotators) * k * k, 0.0);
    for (int i = 0; i < data.items; ++i) {
        const int truth = result.labels[size_t(i)];
        if (truth < 0)
            continue;
        for (qsizetype n = data.offsets[size_t(i)]; n < data.offsets[size_t(i) + 1]; ++n)
            counts[(size_t(data.annotator[size_t(n)]) * k + size_t(truth)) * k +
                   size_t(data.label[size_t(n)])] += 1.0;
    }
    for (size_t row = 0; row < size_t(data.annotators) * k; ++row) {
        double sum = 0;
        for (size_t g = 0; g < k; ++g)
            sum += counts[row * k + g] + smoothing;
        for (size_t g = 0; g < k; ++g) // a class the annotator never saw: no evidence, uniform row
            counts[row * k + g] = sum > 0 ? (counts[row * k + g] + smoothing) / sum : 1.0 / double(k);
    }
    result.confusion = std::move(counts);
}

} // namespace detail

// Majority vote. Tie rule: among the labels with the most votes, the one given most often in the whole table
// wins; if that ties too, the label whose name sorts first. Posteriors are the vote shares.
AggregationResult majorityVote(const CrowdLabels& data) {
    AggregationResult result;
    result.classes = data.classes;
    const size_t k = size_t(data.classes);
    result.posteriors.assign(size_t(data.items) * k, 0.0);
    result.labels.assign(size_t(data.items), -1);
    for (int i = 0; i < data.items; ++i) {
        const qsizetype b = data.offsets[size_t(i)], e = data.offsets[size_t(i) + 1];
        if (b == e) {
            std::fill_n(result.posteriors.begin() + ptrdiff_t(size_t(i) * k), k, 1.0 / double(k));
            continue;
        }
        double* row = result.posteriors.data() + size_t(i) * k;
        for (qsizetype n = b; n < e; ++n)
            row[data.label[size_t(n)]] += 1.0;
        int best = 0;
        for (int c = 1; c < data.classes; ++c)
            if (row[c] > row[best] ||
                (row[c] == row[best] && data.tieRank[size_t(c)] < data.tieRank[size_t(best)]))
                best = c;
        result.labels[size_t(i)] = best;
        for (size_t c = 0; c < k; ++c)
            row[c] /= double(e - b);
    }
    detail::empiricalConfusion(data, result, 0.0);
    result.skillName = "accuracy";
    result.skill.assign(size_t(data.annotators), 0.0);
    std::vector<double> given(size_t(data.annotators), 0.0);
    for (int i = 0; i < data.items; ++i)
        for (qsizetype n = data.offsets[size_t(i)]; n < data.offsets[size_t(i) + 1]; ++n) {
            given[size_t(data.annotator[size_t(n)])] += 1;
            result.skill[size_t(data.annotator[size_t(n)])] +=
                data.label[size_t(n)] == result.labels[size_t(i)];
        }
    for (int a = 0; a < data.annotators; ++a)
        result.skill[size_t(a)] = given[size_t(a)] > 0 ? result.skill[size_t(a)] / given[size_t(a)] : 0.0;
    return result;
}

AggregationResult aggregate(AggregationMethod method, const CrowdLabels& data,
                            const AggregationOptions& options) {
    switch (method) {
    case AggregationMethod::MajorityVote:
        return majorityVote(data);
    case AggregationMethod::DawidSkene:
        return dawidSkene(data, options);
    case AggregationMethod::OneCoin:
        return oneCoinDawidSkene(data, options);
    case AggregationMethod::Glad:
        return glad(data, options);
    case AggregationMethod::Mace:
        break;
    }
    return mace(data, options);
}

} // namespace kcat::crowd
