#pragma once

#include <Eigen/Dense>

namespace kcat::topics {

// The intertopic distance map of LDAvis: Jensen-Shannon distances between topic-word distributions,
// laid out in two dimensions by classical (Torgerson) multidimensional scaling.
class IntertopicMap {
public:
    // Jensen-Shannon divergence with base-2 logarithms, in [0, 1].
    static double jensenShannon(const Eigen::VectorXd& p, const Eigen::VectorXd& q);
    // Square roots of the divergences: a metric.
    static Eigen::MatrixXd distances(const Eigen::MatrixXd& topicWord);
    // Classical MDS: double-centred squared distances, the top-`dims` eigenvectors scaled by
    // sqrt(eigenvalue).
    static Eigen::MatrixXd classicalMds(const Eigen::MatrixXd& distances, int dims = 2);
};

} // namespace kcat::topics
