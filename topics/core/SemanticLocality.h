#pragma once

#include "topics/core/TokenizedCorpus.h"
#include "topics/core/WordEmbeddings.h"

#include <QHash>

namespace kcat::topics {

// Options of the three steps of "Learning Topics using Semantic Locality" (Zhao et al., ICPR 2018).
struct SemanticLocalityOptions {
    // Step 1: the paper takes word pairs from a dependency parse; none is available here, so a pair is two
    // content words of the same sentence at most `window` tokens apart.
    int window = 3;
    // Step 2: word-level TF-IDF (tf = count / length, idf = ln(N / df)) each word must exceed, then
    // pair-level TF-IDF over pair tokens each kept pair must exceed.
    double wordThreshold = 0.05;
    double pairThreshold = 0.05;
    // Step 3: words embedded by PPMI + truncated SVD (or loaded vectors) and clustered by k-means.
    int clusters = 50;
    int restarts = 3;
    int embeddingDim = 50;
    QString vectorsPath; // word2vec / GloVe file; empty: PPMI + SVD over the corpus
    bool concatenateWords = false;
    quint64 seed = 1;
};

// A word pair as one token: the smaller id in the high half.
inline quint64 pairKey(int a, int b) {
    return a < b ? (quint64(a) << 32) | quint64(b) : (quint64(b) << 32) | quint64(a);
}

// Computes the features of each step separately (for tests) and all together.
class SemanticLocality {
public:
    explicit SemanticLocality(SemanticLocalityOptions options);

    // Step 1: per document, count of each pair of distinct words within the window inside a sentence.
    QVector<QHash<quint64, int>> wordPairs(const TokenizedCorpus& corpus) const;
    // Word-level TF-IDF of every word of every document.
    static QVector<QHash<int, double>> wordTfidf(const TokenizedCorpus& corpus);
    // Step 2: keeps pairs whose words both pass wordThreshold and whose pair TF-IDF passes pairThreshold.
    QVector<QHash<quint64, int>> filterPairs(const TokenizedCorpus& corpus,
                                             const QVector<QHash<quint64, int>>& pairs) const;
    // Step 3: replaces each word by its cluster; counts cluster pairs. Words without a vector are dropped.
    FeatureMatrix clusterPairs(const QVector<QHash<quint64, int>>& pairs, const Eigen::VectorXi& wordCluster,
                               int clusters) const;
    // All three steps (plus words, when concatenateWords).
    FeatureMatrix features(const TokenizedCorpus& corpus, const Progress& progress = {}) const;

    const Eigen::VectorXi& lastWordClusters() const { return m_wordClusters; }

private:
    SemanticLocalityOptions m_options;
    mutable Eigen::VectorXi m_wordClusters;
};

} // namespace kcat::topics
