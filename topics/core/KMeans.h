#pragma once

#include <Eigen/Dense>

#include <QtGlobal>

namespace kcat::topics {

struct KMeansResult {
    Eigen::MatrixXd centroids;  // k x dim
    Eigen::VectorXi assignment; // one cluster per row of the data
    double inertia = 0.0;       // sum of squared distances to the assigned centroid
    int iterations = 0;
};

// Lloyd's k-means with k-means++ seeding; the best of several restarts (lowest inertia). Deterministic for
// a seed.
class KMeans {
public:
    KMeans(int k, int restarts = 3, int maxIterations = 100, quint64 seed = 1);
    KMeansResult fit(const Eigen::MatrixXd& data) const;

private:
    KMeansResult fitOnce(const Eigen::MatrixXd& data, quint64 seed) const;

    int m_k;
    int m_restarts;
    int m_maxIterations;
    quint64 m_seed;
};

} // namespace kcat::topics
