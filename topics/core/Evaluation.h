#pragma once

#include "topics/core/TokenizedCorpus.h"

#include <Eigen/Dense>

#include <QStringList>
#include <QVector>

#include <vector>

namespace kcat::topics {

struct RetrievalResult {
    double meanAveragePrecision = 0.0;
    // Interpolated precision at recall 0.0, 0.1, ..., 1.0, averaged over the queries.
    std::vector<double> precisionAtRecall;
    int queries = 0; // queries with at least one relevant document
};

// Retrieval and coherence measures of topic models.
class Evaluation {
public:
    // Each query row ranks every database row by cosine similarity; relevant = same label. Queries whose
    // label no database document shares are skipped (their AP is undefined).
    static RetrievalResult retrieval(const Eigen::MatrixXd& queries, const QStringList& queryLabels,
                                     const Eigen::MatrixXd& database, const QStringList& databaseLabels);
    // Average precision of a ranking given as relevance flags in rank order, with `relevantTotal` relevant
    // items in the whole collection.
    static double averagePrecision(const std::vector<bool>& ranking, int relevantTotal);

    // The `n` largest entries of each row (topic -> feature ids), ties broken by the smaller id.
    static QVector<QVector<int>> topFeatures(const Eigen::MatrixXd& topicFeature, int n);

    // NPMI (Bouma 2009) of every pair of a topic's top words over document co-occurrence in `reference`,
    // averaged over pairs and topics; a pair that never co-occurs scores -1.
    static double npmi(const QVector<QVector<int>>& topWords, const FeatureMatrix& reference);
    // UMass coherence (Mimno et al. 2011): per topic, the mean over ranked pairs (m > l) of
    // log((D(w_m, w_l) + 1) / D(w_l)); averaged over topics.
    static double umass(const QVector<QVector<int>>& topWords, const FeatureMatrix& reference);
};

} // namespace kcat::topics
