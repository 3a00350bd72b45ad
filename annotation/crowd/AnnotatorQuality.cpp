#include "annotation/crowd/AnnotatorQuality.h"

namespace kcat::crowd {

double spammerScore(const double* confusion, int classes) {
    if (classes < 2)
        return 0.0;
    const size_t k = size_t(classes);
    double sum = 0;
    for (size_t c = 0; c < k; ++c)
        for (size_t d = c + 1; d < k; ++d)
            for (size_t g = 0; g < k; ++g) {
                const double diff = confusion[c * k + g] - confusion[d * k + g];
                sum += diff * diff;
            }
    return sum / (double(k) * double(k - 1));
}

std::vector<AnnotatorQuality> annotatorQuality(const CrowdLabels& data, const AggregationResult& result,
                                               const std::vector<int>& gold) {
    std::vector<AnnotatorQuality> q(size_t(data.annotators));
    std::vector<qint64> goldRight(size_t(data.annotators), 0), consensusRight(size_t(data.annotators), 0);
    for (int i = 0; i < data.items; ++i) {
        const int g = gold.empty() ? -1 : gold[size_t(i)];
        for (qsizetype n = data.offsets[size_t(i)]; n < data.offsets[size_t(i) + 1]; ++n) {
            const size_t j = size_t(data.annotator[size_t(n)]);
            ++q[j].labels;
            consensusRight[j] += data.label[size_t(n)] == result.labels[size_t(i)];
            if (g != -1) {
                ++q[j].goldItems;
                goldRight[j] += data.label[size_t(n)] == g;
            }
        }
    }
    const size_t kk = size_t(data.classes) * size_t(data.classes);
    for (size_t j = 0; j < q.size(); ++j) {
        if (q[j].labels > 0)
            q[j].consensusAccuracy = double(consensusRight[j]) / double(q[j].labels);
        if (q[j].goldItems > 0)
            q[j].goldAccuracy = double(goldRight[j]) / double(q[j].goldItems);
        q[j].spammerScore = spammerScore(result.confusion.data() + j * kk, data.classes);
        q[j].skill = j < result.skill.size() ? result.skill[j] : 0.0;
    }
    return q;
}

} // namespace kcat::crowd
