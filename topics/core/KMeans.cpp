#include "topics/core/KMeans.h"

#include <algorithm>
#include <limits>
#include <random>

namespace kcat::topics {

KMeans::KMeans(int k, int restarts, int maxIterations, quint64 seed)
    : m_k(k)
    , m_restarts(std::max(1, restarts))
    , m_maxIterations(maxIterations)
    , m_seed(seed) {}

KMeansResult KMeans::fit(const Eigen::MatrixXd& data) const {
    KMeansResult best;
    best.inertia = std::numeric_limits<double>::infinity();
    for (int r = 0; r < m_restarts; ++r) {
        KMeansResult result = fitOnce(data, m_seed * 1000003ULL + quint64(r));
        if (result.inertia < best.inertia)
            best = std::move(result);
    }
    return best;
}

KMeansResult KMeans::fitOnce(const Eigen::MatrixXd& data, quint64 seed) const {
    const int n = int(data.rows());
    const int k = std::min(m_k, n);
    std::mt19937_64 rng(seed);
    KMeansResult result;
    result.centroids.resize(k, data.cols());
    // k-means++: each next centre drawn with probability proportional to squared distance to the nearest.
    Eigen::VectorXd nearest = Eigen::VectorXd::Constant(n, std::numeric_limits<double>::infinity());
    std::uniform_int_distribution<int> first(0, n - 1);
    result.centroids.row(0) = data.row(first(rng));
    for (int c = 1; c <= k; ++c) {
        nearest = nearest.cwiseMin((data.rowwise() - result.centroids.row(c - 1)).rowwise().squaredNorm());
        if (c == k)
            break;
        const double total = nearest.sum();
        int pick = 0;
        if (total > 0) {
            double u = std::uniform_real_distribution<double>(0.0, total)(rng);
            for (pick = 0; pick < n - 1; ++pick) {
                u -= nearest[pick];
                if (u < 0)
                    break;
            }
        } else {
            pick = first(rng);
        }
        result.centroids.row(c) = data.row(pick);
    }
    result.assignment = Eigen::VectorXi::Constant(n, -1);
    const Eigen::VectorXd dataNorms = data.rowwise().squaredNorm();
    for (int it = 0; it < m_maxIterations; ++it) {
        result.iterations = it + 1;
        // Squared distances through one matrix product: |x|^2 - 2 x.c + |c|^2.
        const Eigen::MatrixXd cross = data * result.centroids.transpose();
        const Eigen::VectorXd centreNorms = result.centroids.rowwise().squaredNorm();
        bool changed = false;
        result.inertia = 0;
        for (int i = 0; i < n; ++i) {
            int arg = 0;
            double bestD = std::numeric_limits<double>::infinity();
            for (int c = 0; c < k; ++c) {
                const double dist = dataNorms[i] - 2 * cross(i, c) + centreNorms[c];
                if (dist < bestD) {
                    bestD = dist;
                    arg = c;
                }
            }
            if (result.assignment[i] != arg) {
                result.assignment[i] = arg;
                changed = true;
            }
            result.inertia += std::max(0.0, bestD);
        }
        if (!changed)
            break;
        Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(k, data.cols());
        Eigen::VectorXi counts = Eigen::VectorXi::Zero(k);
        for (int i = 0; i < n; ++i) {
            sums.row(result.assignment[i]) += data.row(i);
            ++counts[result.assignment[i]];
        }
        for (int c = 0; c < k; ++c)
            if (counts[c] > 0)
                result.centroids.row(c) = sums.row(c) / counts[c];
        // An empty cluster keeps its centre; it may win points back on the next pass.
    }
    return result;
}

} // namespace kcat::topics
