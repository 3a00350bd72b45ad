#include "topics/core/SemanticLocality.h"

#include "topics/core/KMeans.h"

#include <cmath>

namespace kcat::topics {

SemanticLocality::SemanticLocality(SemanticLocalityOptions options)
    : m_options(std::move(options)) {}

QVector<QHash<quint64, int>> SemanticLocality::wordPairs(const TokenizedCorpus& corpus) const {
    QVector<QHash<quint64, int>> out(corpus.size());
    for (int d = 0; d < corpus.size(); ++d)
        for (const auto& s : corpus.documents[d])
            for (int i = 0; i < s.size(); ++i)
                for (int j = i + 1; j < s.size() && j <= i + m_options.window; ++j)
                    if (s[i] != s[j])
                        ++out[d][pairKey(s[i], s[j])];
    return out;
}

QVector<QHash<int, double>> SemanticLocality::wordTfidf(const TokenizedCorpus& corpus) {
    const int n = corpus.size();
    QVector<int> df(corpus.vocabulary.size(), 0);
    QVector<QHash<int, int>> tf(n);
    for (int d = 0; d < n; ++d) {
        for (const auto& s : corpus.documents[d])
            for (int w : s)
                ++tf[d][w];
        for (auto it = tf[d].cbegin(); it != tf[d].cend(); ++it)
            ++df[it.key()];
    }
    QVector<QHash<int, double>> out(n);
    for (int d = 0; d < n; ++d) {
        int length = 0;
        for (auto it = tf[d].cbegin(); it != tf[d].cend(); ++it)
            length += it.value();
        for (auto it = tf[d].cbegin(); it != tf[d].cend(); ++it)
            out[d].insert(it.key(), double(it.value()) / length * std::log(double(n) / df[it.key()]));
    }
    return out;
}

QVector<QHash<quint64, int>> SemanticLocality::filterPairs(const TokenizedCorpus& corpus,
                                                           const QVector<QHash<quint64, int>>& pairs) const {
    const QVector<QHash<int, double>> wordScores = wordTfidf(corpus);
    const int n = corpus.size();
    QVector<QHash<quint64, int>> passed(n);
    QHash<quint64, int> df;
    for (int d = 0; d < n; ++d) {
        for (auto it = pairs[d].cbegin(); it != pairs[d].cend(); ++it) {
            const int a = int(it.key() >> 32), b = int(it.key() & 0xffffffffULL);
            if (wordScores[d].value(a) > m_options.wordThreshold &&
                wordScores[d].value(b) > m_options.wordThreshold)
                passed[d].insert(it.key(), it.value());
        }
        for (auto it = passed[d].cbegin(); it != passed[d].cend(); ++it)
            ++df[it.key()];
    }
    QVector<QHash<quint64, int>> out(n);
    for (int d = 0; d < n; ++d) {
        int length = 0;
        for (auto it = passed[d].cbegin(); it != passed[d].cend(); ++it)
            length += it.value();
        for (auto it = passed[d].cbegin(); it != passed[d].cend(); ++it) {
            const double score = double(it.value()) / length * std::log(double(n) / df.value(it.key()));
            if (score > m_options.pairThreshold)
                out[d].insert(it.key(), it.value());
        }
    }
    return out;
}

FeatureMatrix SemanticLocality::clusterPairs(const QVector<QHash<quint64, int>>& pairs,
                                             const Eigen::VectorXi& wordCluster, int clusters) const {
    QVector<QHash<int, int>> counts(pairs.size());
    for (int d = 0; d < pairs.size(); ++d)
        for (auto it = pairs[d].cbegin(); it != pairs[d].cend(); ++it) {
            int a = wordCluster[int(it.key() >> 32)], b = wordCluster[int(it.key() & 0xffffffffULL)];
            if (a < 0 || b < 0)
                continue;
            if (a > b)
                std::swap(a, b);
            counts[d][a * clusters + b] += it.value();
        }
    // Only cluster pairs that occur become features, numbered in key order.
    QMap<int, int> used;
    for (const auto& c : counts)
        for (auto it = c.cbegin(); it != c.cend(); ++it)
            used.insert(it.key(), 0);
    QStringList names;
    int next = 0;
    for (auto it = used.begin(); it != used.end(); ++it) {
        it.value() = next++;
        names << QStringLiteral("c%1+c%2").arg(it.key() / clusters).arg(it.key() % clusters);
    }
    QVector<QHash<int, int>> renumbered(counts.size());
    for (int d = 0; d < counts.size(); ++d)
        for (auto it = counts[d].cbegin(); it != counts[d].cend(); ++it)
            renumbered[d].insert(used.value(it.key()), it.value());
    return FeatureMatrix::fromCounts(names, renumbered);
}

FeatureMatrix SemanticLocality::features(const TokenizedCorpus& corpus, const Progress& progress) const {
    progress.tick(0, 4);
    const auto pairs = filterPairs(corpus, wordPairs(corpus));
    if (progress.isCancelled())
        throw Cancelled{};
    progress.tick(1, 4);
    const WordEmbeddings embeddings =
        m_options.vectorsPath.isEmpty()
            ? WordEmbeddings::fromPpmiSvd(corpus, m_options.window, m_options.embeddingDim, m_options.seed)
            : WordEmbeddings::load(m_options.vectorsPath, corpus.vocabulary);
    if (progress.isCancelled())
        throw Cancelled{};
    progress.tick(2, 4);
    // Cluster only words that have a vector; the others get cluster -1.
    QVector<int> rows;
    for (int w = 0; w < embeddings.present.size(); ++w)
        if (embeddings.present[w])
            rows << w;
    Eigen::MatrixXd data(rows.size(), embeddings.vectors.cols());
    for (int i = 0; i < rows.size(); ++i)
        data.row(i) = embeddings.vectors.row(rows[i]);
    m_wordClusters = Eigen::VectorXi::Constant(corpus.vocabulary.size(), -1);
    int clusters = 0;
    if (!rows.isEmpty()) {
        const KMeansResult km = KMeans(m_options.clusters, m_options.restarts, 100, m_options.seed).fit(data);
        clusters = int(km.centroids.rows());
        for (int i = 0; i < rows.size(); ++i)
            m_wordClusters[rows[i]] = km.assignment[i];
    }
    progress.tick(3, 4);
    FeatureMatrix out = clusterPairs(pairs, m_wordClusters, std::max(1, clusters));
    if (m_options.concatenateWords)
        out = FeatureMatrix::concatenate(out, FeatureMatrix::bagOfWords(corpus));
    progress.tick(4, 4);
    return out;
}

} // namespace kcat::topics
