#pragma once

#include "topics/core/TokenizedCorpus.h"

#include "topics/core/Random.h"

#include <Eigen/Dense>

#include <vector>

namespace kcat::topics {

struct LdaOptions {
    int topics = 20;
    int iterations = 200;
    double alpha = 0.1; // per topic; the prior's total is alpha * topics
    bool asymmetricAlpha = false;
    double beta = 0.01;
    quint64 seed = 1;
};

// Latent Dirichlet allocation by collapsed Gibbs sampling with the SparseLDA sampler (Yao, Mimno &
// McCallum 2009): the conditional splits into a smoothing bucket, a document bucket and a topic-word
// bucket, so a draw costs O(topics of the doc + topics of the word) instead of O(K).
class Lda {
public:
    explicit Lda(LdaOptions options);

    // Fits on the documents' feature counts; throws Cancelled when progress says so.
    void fit(const FeatureMatrix& data, const Progress& progress = {});

    // Topic-word distributions (K x V) and training document-topic distributions (D x K).
    Eigen::MatrixXd topicWord() const;
    Eigen::MatrixXd documentTopic() const;
    const Eigen::VectorXd& alpha() const { return m_alpha; }
    qint64 tokenPasses() const { return m_tokenPasses; }
    int topics() const { return m_options.topics; }

    // Document-topic distributions of new documents by Gibbs sampling with the topics held fixed.
    Eigen::MatrixXd foldIn(const FeatureMatrix& data, int iterations, quint64 seed) const;
    // Held-out perplexity by document completion: topics of each document estimated from its even-numbered
    // tokens, likelihood of its odd-numbered ones.
    double perplexity(const FeatureMatrix& data, int iterations, quint64 seed) const;

    // Restores a fitted model (for the explorer) from its topic-word counts.
    static Lda fromCounts(LdaOptions options, const Eigen::MatrixXi& topicWordCounts);

private:
    void sweep(Random& rng);

    LdaOptions m_options;
    Eigen::VectorXd m_alpha;
    int m_vocabulary = 0;
    std::vector<int> m_words;      // token -> word
    std::vector<int> m_assign;     // token -> topic
    std::vector<int> m_docStart;   // document -> first token, plus one past the end
    std::vector<int> m_nDocTopic;  // D x K, row-major
    std::vector<int> m_nWordTopic; // V x K, row-major
    std::vector<int> m_nTopic;
    std::vector<std::vector<int>> m_wordTopics; // per word, topics with a non-zero count
    qint64 m_tokenPasses = 0;
};

} // namespace kcat::topics
