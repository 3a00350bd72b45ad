#include "topics/core/Evaluation.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kcat::topics {

double Evaluation::averagePrecision(const std::vector<bool>& ranking, int relevantTotal) {
    if (relevantTotal <= 0)
        return 0.0;
    double sum = 0;
    int hits = 0;
    for (size_t i = 0; i < ranking.size(); ++i)
        if (ranking[i]) {
            ++hits;
            sum += double(hits) / double(i + 1);
        }
    return sum / relevantTotal;
}

RetrievalResult Evaluation::retrieval(const Eigen::MatrixXd& queries, const QStringList& queryLabels,
                                      const Eigen::MatrixXd& database, const QStringList& databaseLabels) {
    auto normalised = [](Eigen::MatrixXd m) {
        for (int r = 0; r < m.rows(); ++r) {
            const double norm = m.row(r).norm();
            if (norm > 0)
                m.row(r) /= norm;
        }
        return m;
    };
    const Eigen::MatrixXd q = normalised(queries);
    const Eigen::MatrixXd db = normalised(database);
    QHash<QString, int> labelCount;
    for (const QString& l : databaseLabels)
        ++labelCount[l];
    RetrievalResult result;
    result.precisionAtRecall.assign(11, 0.0);
    const int n = int(db.rows());
    std::vector<int> order(n);
    std::vector<bool> ranking(n);
    const int block = 256;
    for (int start = 0; start < q.rows(); start += block) {
        const int rows = std::min<int>(block, int(q.rows()) - start);
        const Eigen::MatrixXd scores = q.middleRows(start, rows) * db.transpose();
        for (int r = 0; r < rows; ++r) {
            const QString& label = queryLabels[start + r];
            const int relevant = label.isEmpty() ? 0 : labelCount.value(label);
            if (relevant == 0)
                continue;
            std::iota(order.begin(), order.end(), 0);
            // Stable order on ties: the database order decides.
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return scores(r, a) > scores(r, b); });
            for (int i = 0; i < n; ++i)
                ranking[i] = databaseLabels[order[i]] == label;
            result.meanAveragePrecision += averagePrecision(ranking, relevant);
            // Interpolated precision: the best precision at any recall >= the level.
            std::vector<double> precision, recall;
            int hits = 0;
            for (int i = 0; i < n; ++i)
                if (ranking[i]) {
                    ++hits;
                    precision.push_back(double(hits) / (i + 1));
                    recall.push_back(double(hits) / relevant);
                }
            for (int level = 0; level <= 10; ++level) {
                double best = 0;
                for (size_t j = 0; j < recall.size(); ++j)
                    if (recall[j] >= level / 10.0 - 1e-12)
                        best = std::max(best, precision[j]);
                result.precisionAtRecall[level] += best;
            }
            ++result.queries;
        }
    }
    if (result.queries > 0) {
        result.meanAveragePrecision /= result.queries;
        for (double& p : result.precisionAtRecall)
            p /= result.queries;
    }
    return result;
}

QVector<QVector<int>> Evaluation::topFeatures(const Eigen::MatrixXd& topicFeature, int n) {
    QVector<QVector<int>> out;
    const int v = int(topicFeature.cols());
    std::vector<int> ids(v);
    for (int t = 0; t < topicFeature.rows(); ++t) {
        std::iota(ids.begin(), ids.end(), 0);
        const int m = std::min(n, v);
        std::partial_sort(ids.begin(), ids.begin() + m, ids.end(), [&](int a, int b) {
            return topicFeature(t, a) > topicFeature(t, b) ||
                   (topicFeature(t, a) == topicFeature(t, b) && a < b);
        });
        out << QVector<int>(ids.begin(), ids.begin() + m);
    }
    return out;
}

namespace {

// Document frequencies of the words involved and of their pairs.
struct CoCounts {
    QHash<int, int> single;
    QHash<quint64, int> pair;
    int documents = 0;

    CoCounts(const QVector<QVector<int>>& topWords, const FeatureMatrix& reference) {
        QSet<int> wanted;
        for (const auto& topic : topWords)
            for (int w : topic)
                wanted.insert(w);
        documents = reference.documents();
        std::vector<int> present;
        for (const auto& row : reference.rows) {
            present.clear();
            for (const auto& [f, c] : row)
                if (wanted.contains(f))
                    present.push_back(f);
            for (size_t i = 0; i < present.size(); ++i) {
                ++single[present[i]];
                for (size_t j = i + 1; j < present.size(); ++j)
                    ++pair[key(present[i], present[j])];
            }
        }
    }
    static quint64 key(int a, int b) {
        return a < b ? (quint64(a) << 32) | quint64(b) : (quint64(b) << 32) | quint64(a);
    }
};

} // namespace

double Evaluation::npmi(const QVector<QVector<int>>& topWords, const FeatureMatrix& reference) {
    const CoCounts counts(topWords, reference);
    const double n = counts.documents;
    double total = 0;
    int topics = 0;
    for (const auto& topic : topWords) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < topic.size(); ++i)
            for (int j = i + 1; j < topic.size(); ++j) {
                const double joint = counts.pair.value(CoCounts::key(topic[i], topic[j])) / n;
                ++pairs;
                if (joint <= 0) {
                    sum += -1.0;
                    continue;
                }
                const double pi = counts.single.value(topic[i]) / n, pj = counts.single.value(topic[j]) / n;
                const double logJoint = std::log(joint);
                sum += logJoint == 0 ? 1.0 : std::log(joint / (pi * pj)) / -logJoint;
            }
        if (pairs > 0) {
            total += sum / pairs;
            ++topics;
        }
    }
    return topics > 0 ? total / topics : std::nan("");
}

double Evaluation::umass(const QVector<QVector<int>>& topWords, const FeatureMatrix& reference) {
    const CoCounts counts(topWords, reference);
    double total = 0;
    int topics = 0;
    for (const auto& topic : topWords) {
        double sum = 0;
        int pairs = 0;
        for (int m = 1; m < topic.size(); ++m)
            for (int l = 0; l < m; ++l) {
                const int dl = counts.single.value(topic[l]);
                if (dl == 0)
                    continue; // a word absent from the reference has no conditional
                sum += std::log((counts.pair.value(CoCounts::key(topic[m], topic[l])) + 1.0) / dl);
                ++pairs;
            }
        if (pairs > 0) {
            total += sum / pairs;
            ++topics;
        }
    }
    return topics > 0 ? total / topics : std::nan("");
}

} // namespace kcat::topics
