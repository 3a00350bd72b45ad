#pragma once

#include "topics/core/Random.h"
#include "topics/core/TokenizedCorpus.h"

#include <Eigen/Dense>
#include <Eigen/Sparse>

#include <vector>

namespace kcat::topics {

struct RsmOptions {
    int hidden = 50;
    int epochs = 50;
    int batchSize = 64;
    int cdSteps = 1;
    double learningRate = 0.01;
    double momentum = 0.9;
    double weightDecay = 0.0001;
    quint64 seed = 1;
};

// The Replicated Softmax model (Salakhutdinov & Hinton, NIPS 2009): an RBM whose visible units are a
// document's word counts (a softmax replicated once per token) and whose hidden biases are scaled by the
// document length D. Trained by CD-k on minibatches.
class ReplicatedSoftmax {
public:
    explicit ReplicatedSoftmax(RsmOptions options);

    void fit(const FeatureMatrix& data, const Progress& progress = {});

    // F(v) = -b.v - sum_j log(1 + exp(D a_j + W_j.v)), averaged over the documents.
    double meanFreeEnergy(const FeatureMatrix& data) const;
    // log p*(v) = -F(v) of one document (counts), unnormalised.
    double logUnnormalised(const QVector<QPair<int, int>>& row) const;
    // log Z_D, the partition function of documents of D tokens, by annealed importance sampling
    // (Salakhutdinov & Murray 2008, as Salakhutdinov & Hinton 2009 do for the RSM): `runs` chains anneal
    // from the base model with zero weights and hidden biases (same visible biases, Z known exactly) through
    // `steps` uniformly spaced inverse temperatures, one Gibbs step at each.
    double logPartitionAis(int length, int runs, int steps, quint64 seed) const;
    // log Z_D by enumerating every count vector of D tokens; only for tiny vocabularies (tests).
    double logPartitionExact(int length) const;
    // Held-out perplexity exp(-sum_d log p(v_d) / sum_d D_d), with an AIS estimate of Z_D for each distinct
    // document length.
    double perplexity(const FeatureMatrix& data, int runs, int steps, quint64 seed,
                      const Progress& progress = {}) const;
    // p(h = 1 | v) for each document: its topic vector.
    Eigen::MatrixXd hiddenProbabilities(const FeatureMatrix& data) const;

    const Eigen::MatrixXd& weights() const { return m_w; } // hidden x visible
    const Eigen::VectorXd& visibleBias() const { return m_b; }
    const Eigen::VectorXd& hiddenBias() const { return m_a; }
    qint64 tokenPasses() const { return m_tokenPasses; }

    // Sets the parameters directly (a restored model, or a hand-made one in tests): W is hidden x visible.
    void setParameters(const Eigen::MatrixXd& w, const Eigen::VectorXd& hiddenBias,
                       const Eigen::VectorXd& visibleBias) {
        m_w = w;
        m_a = hiddenBias;
        m_b = visibleBias;
    }
    // Prepares weights for data's vocabulary (fit calls it; tests use it to measure the untrained model).
    void initialise(const FeatureMatrix& data);

private:
    Eigen::SparseMatrix<double> sparse(const FeatureMatrix& data, const std::vector<int>& docs) const;

    RsmOptions m_options;
    Eigen::MatrixXd m_w;
    Eigen::VectorXd m_a; // hidden bias, multiplied by D
    Eigen::VectorXd m_b; // visible bias
    qint64 m_tokenPasses = 0;
};

} // namespace kcat::topics
