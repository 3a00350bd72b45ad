#include "topics/core/IntertopicMap.h"

#include <Eigen/Eigenvalues>

#include <cmath>

namespace kcat::topics {

double IntertopicMap::jensenShannon(const Eigen::VectorXd& p, const Eigen::VectorXd& q) {
    double sum = 0;
    for (Eigen::Index i = 0; i < p.size(); ++i) {
        const double m = 0.5 * (p[i] + q[i]);
        if (p[i] > 0)
            sum += 0.5 * p[i] * std::log2(p[i] / m);
        if (q[i] > 0)
            sum += 0.5 * q[i] * std::log2(q[i] / m);
    }
    return std::max(0.0, sum);
}

Eigen::MatrixXd IntertopicMap::distances(const Eigen::MatrixXd& topicWord) {
    const Eigen::Index k = topicWord.rows();
    Eigen::MatrixXd d = Eigen::MatrixXd::Zero(k, k);
    for (Eigen::Index i = 0; i < k; ++i)
        for (Eigen::Index j = i + 1; j < k; ++j)
            d(i, j) = d(j, i) =
                std::sqrt(jensenShannon(topicWord.row(i).transpose(), topicWord.row(j).transpose()));
    return d;
}

Eigen::MatrixXd IntertopicMap::classicalMds(const Eigen::MatrixXd& distances, int dims) {
    const Eigen::Index n = distances.rows();
    const Eigen::MatrixXd centring =
        Eigen::MatrixXd::Identity(n, n) - Eigen::MatrixXd::Constant(n, n, 1.0 / double(n));
    const Eigen::MatrixXd b = -0.5 * centring * distances.array().square().matrix() * centring;
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(b);
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(n, dims);
    // Eigenvalues come in increasing order; take the largest, negative ones contribute nothing.
    for (int c = 0; c < dims && c < n; ++c) {
        const Eigen::Index idx = n - 1 - c;
        const double value = eig.eigenvalues()[idx];
        if (value <= 0)
            continue;
        Eigen::VectorXd v = eig.eigenvectors().col(idx);
        // Fix the sign so that layouts are reproducible: the largest-magnitude entry is positive.
        Eigen::Index arg;
        v.cwiseAbs().maxCoeff(&arg);
        if (v[arg] < 0)
            v = -v;
        out.col(c) = v * std::sqrt(value);
    }
    return out;
}

} // namespace kcat::topics
