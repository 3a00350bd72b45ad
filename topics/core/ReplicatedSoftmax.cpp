#include "topics/core/ReplicatedSoftmax.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <numeric>

namespace kcat::topics {

namespace {

Eigen::MatrixXd logistic(const Eigen::MatrixXd& x) {
    return (1.0 + (-x.array()).exp()).inverse().matrix();
}

double softplus(double x) {
    return x > 30 ? x : std::log1p(std::exp(x));
}

} // namespace

ReplicatedSoftmax::ReplicatedSoftmax(RsmOptions options)
    : m_options(options) {}

void ReplicatedSoftmax::initialise(const FeatureMatrix& data) {
    const int v = data.features();
    Random rng(m_options.seed);
    m_w.resize(m_options.hidden, v);
    for (int j = 0; j < m_w.rows(); ++j)
        for (int k = 0; k < v; ++k) {
            // Box-Muller: small Gaussian weights.
            const double u1 = std::max(1e-12, rng.uniform()), u2 = rng.uniform();
            m_w(j, k) = 0.01 * std::sqrt(-2 * std::log(u1)) * std::cos(6.283185307179586 * u2);
        }
    m_a = Eigen::VectorXd::Zero(m_options.hidden);
    // Visible bias from the corpus' word frequencies: the model starts as the unigram distribution.
    Eigen::VectorXd freq = Eigen::VectorXd::Constant(v, 1.0);
    for (const auto& row : data.rows)
        for (const auto& [f, c] : row)
            freq[f] += c;
    m_b = (freq / freq.sum()).array().log().matrix();
}

Eigen::SparseMatrix<double> ReplicatedSoftmax::sparse(const FeatureMatrix& data,
                                                      const std::vector<int>& docs) const {
    std::vector<Eigen::Triplet<double>> entries;
    for (size_t i = 0; i < docs.size(); ++i)
        for (const auto& [f, c] : data.rows[docs[i]])
            entries.emplace_back(f, int(i), c);
    Eigen::SparseMatrix<double> v(m_w.cols(), Eigen::Index(docs.size()));
    v.setFromTriplets(entries.begin(), entries.end());
    return v;
}

void ReplicatedSoftmax::fit(const FeatureMatrix& data, const Progress& progress) {
    initialise(data);
    const int n = data.documents();
    const int vocab = data.features();
    Random rng(m_options.seed + 1);
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    Eigen::MatrixXd dW = Eigen::MatrixXd::Zero(m_w.rows(), m_w.cols());
    Eigen::VectorXd da = Eigen::VectorXd::Zero(m_a.size()), db = Eigen::VectorXd::Zero(m_b.size());
    std::vector<double> cdf(vocab);
    m_tokenPasses = 0;
    for (int epoch = 0; epoch < m_options.epochs; ++epoch) {
        for (int i = n - 1; i > 0; --i)
            std::swap(order[i], order[rng.below(i + 1)]);
        for (int start = 0; start < n; start += m_options.batchSize) {
            if (progress.isCancelled())
                throw Cancelled{};
            const std::vector<int> batch(order.begin() + start,
                                         order.begin() + std::min(n, start + m_options.batchSize));
            const int b = int(batch.size());
            const Eigen::SparseMatrix<double> v0 = sparse(data, batch);
            Eigen::RowVectorXd length(b);
            for (int c = 0; c < b; ++c)
                length[c] = double(data.rowTotal(batch[c]));
            const Eigen::MatrixXd scaledA = m_a * length; // hidden x batch: D a_j
            const Eigen::MatrixXd h0 = logistic(m_w * v0 + scaledA);
            Eigen::MatrixXd hk = h0;
            Eigen::SparseMatrix<double> vk = v0;
            for (int step = 0; step < m_options.cdSteps; ++step) {
                Eigen::MatrixXd hs(hk.rows(), b);
                for (int c = 0; c < b; ++c)
                    for (int j = 0; j < hk.rows(); ++j)
                        hs(j, c) = rng.uniform() < hk(j, c) ? 1.0 : 0.0;
                const Eigen::MatrixXd logits = (m_w.transpose() * hs).colwise() + m_b;
                std::vector<Eigen::Triplet<double>> drawn;
                for (int c = 0; c < b; ++c) {
                    // D draws from the softmax over the vocabulary.
                    const double top = logits.col(c).maxCoeff();
                    double total = 0;
                    for (int k = 0; k < vocab; ++k) {
                        total += std::exp(logits(k, c) - top);
                        cdf[k] = total;
                    }
                    const int draws = int(length[c]);
                    for (int d = 0; d < draws; ++d) {
                        const double u = rng.uniform() * total;
                        const int k = int(std::upper_bound(cdf.begin(), cdf.end(), u) - cdf.begin());
                        drawn.emplace_back(std::min(k, vocab - 1), c, 1.0); // duplicates are summed
                    }
                }
                vk.setFromTriplets(drawn.begin(), drawn.end());
                hk = logistic(m_w * vk + scaledA);
            }
            const double rate = m_options.learningRate / b;
            Eigen::MatrixXd gradient = h0 * v0.transpose();
            gradient -= hk * vk.transpose();
            gradient -= m_options.weightDecay * b * m_w;
            dW = m_options.momentum * dW + rate * gradient;
            da = m_options.momentum * da + rate * ((h0 - hk) * length.transpose());
            const Eigen::SparseMatrix<double> diff = v0 - vk;
            db = m_options.momentum * db + rate * (diff * Eigen::VectorXd::Ones(b));
            m_w += dW;
            m_a += da;
            m_b += db;
            m_tokenPasses += qint64(length.sum());
        }
        progress.tick(epoch + 1, m_options.epochs);
    }
}

double ReplicatedSoftmax::meanFreeEnergy(const FeatureMatrix& data) const {
    double total = 0;
    for (int d = 0; d < data.documents(); ++d) {
        const Eigen::SparseMatrix<double> v = sparse(data, {d});
        const double length = double(data.rowTotal(d));
        const Eigen::VectorXd x = m_w * v + length * m_a;
        double f = 0;
        for (const auto& [w, c] : data.rows[d])
            f -= m_b[w] * c;
        for (int j = 0; j < x.size(); ++j)
            f -= softplus(x[j]);
        total += f;
    }
    return data.documents() > 0 ? total / data.documents() : 0.0;
}

double ReplicatedSoftmax::logUnnormalised(const QVector<QPair<int, int>>& row) const {
    double length = 0, f = 0;
    Eigen::VectorXd x = Eigen::VectorXd::Zero(m_w.rows());
    for (const auto& [w, c] : row) {
        length += c;
        f += m_b[w] * c;
        x += m_w.col(w) * double(c);
    }
    x += length * m_a;
    for (int j = 0; j < x.size(); ++j)
        f += softplus(x[j]);
    return f;
}

namespace {

double logSumExp(const Eigen::VectorXd& v) {
    const double top = v.maxCoeff();
    return top + std::log((v.array() - top).exp().sum());
}

} // namespace

double ReplicatedSoftmax::logPartitionAis(int length, int runs, int steps, quint64 seed) const {
    const int hidden = int(m_w.rows()), vocab = int(m_w.cols());
    if (length <= 0 || vocab == 0)
        return 0.0;
    Random rng(seed);
    const double logBase = length * logSumExp(m_b) + hidden * std::log(2.0);
    std::vector<double> cdf(vocab);
    // D draws from softmax(logits) into counts x -> hidden input D a + W v.
    auto drawDocument = [&](const Eigen::VectorXd& logits, Eigen::VectorXd* input, double* visible) {
        const double top = logits.maxCoeff();
        double total = 0;
        for (int k = 0; k < vocab; ++k) {
            total += std::exp(logits[k] - top);
            cdf[k] = total;
        }
        *input = length * m_a;
        *visible = 0;
        for (int d = 0; d < length; ++d) {
            const int k =
                std::min(vocab - 1,
                         int(std::upper_bound(cdf.begin(), cdf.end(), rng.uniform() * total) - cdf.begin()));
            *input += m_w.col(k);
            *visible += m_b[k];
        }
    };
    auto logStar = [&](const Eigen::VectorXd& input, double visible, double beta) {
        double f = visible;
        for (int j = 0; j < hidden; ++j)
            f += softplus(beta * input[j]);
        return f;
    };
    Eigen::VectorXd logWeights(runs);
    Eigen::VectorXd input, h(hidden);
    for (int r = 0; r < runs; ++r) {
        double visible = 0, logW = 0;
        drawDocument(m_b, &input, &visible); // exact sample of the base model
        for (int s = 1; s <= steps; ++s) {
            const double beta = double(s) / steps, previous = double(s - 1) / steps;
            logW += logStar(input, visible, beta) - logStar(input, visible, previous);
            if (s == steps)
                break;
            for (int j = 0; j < hidden; ++j)
                h[j] = rng.uniform() < 1.0 / (1.0 + std::exp(-beta * input[j])) ? 1.0 : 0.0;
            drawDocument(m_b + beta * (m_w.transpose() * h), &input, &visible);
        }
        logWeights[r] = logW;
    }
    return logBase + logSumExp(logWeights) - std::log(double(runs));
}

double ReplicatedSoftmax::logPartitionExact(int length) const {
    const int vocab = int(m_w.cols());
    std::vector<double> terms;
    QVector<QPair<int, int>> counts;
    // Every composition of length into vocab parts, weighted by its multinomial coefficient.
    std::function<void(int, int, double)> visit = [&](int word, int left, double logCoefficient) {
        if (word == vocab - 1) {
            QVector<QPair<int, int>> row = counts;
            if (left > 0)
                row.append({word, left});
            terms.push_back(logCoefficient - std::lgamma(left + 1.0) + logUnnormalised(row));
            return;
        }
        for (int c = 0; c <= left; ++c) {
            if (c > 0)
                counts.append({word, c});
            visit(word + 1, left - c, logCoefficient - std::lgamma(c + 1.0));
            if (c > 0)
                counts.removeLast();
        }
    };
    visit(0, length, std::lgamma(length + 1.0));
    return logSumExp(Eigen::Map<Eigen::VectorXd>(terms.data(), Eigen::Index(terms.size())));
}

double ReplicatedSoftmax::perplexity(const FeatureMatrix& data, int runs, int steps, quint64 seed,
                                     const Progress& progress) const {
    std::map<int, double> logZ;
    for (int d = 0; d < data.documents(); ++d)
        logZ[int(data.rowTotal(d))] = 0.0;
    int done = 0;
    for (auto& [length, z] : logZ) {
        if (progress.isCancelled())
            throw Cancelled{};
        z = logPartitionAis(length, runs, steps, seed + quint64(length));
        progress.tick(++done, qint64(logZ.size()));
    }
    double logLikelihood = 0, tokens = 0;
    for (int d = 0; d < data.documents(); ++d) {
        const int length = int(data.rowTotal(d));
        if (length == 0)
            continue;
        logLikelihood += logUnnormalised(data.rows[d]) - logZ[length];
        tokens += length;
    }
    return tokens > 0 ? std::exp(-logLikelihood / tokens) : std::numeric_limits<double>::quiet_NaN();
}

Eigen::MatrixXd ReplicatedSoftmax::hiddenProbabilities(const FeatureMatrix& data) const {
    Eigen::MatrixXd out(data.documents(), m_w.rows());
    for (int start = 0; start < data.documents(); start += 256) {
        std::vector<int> docs;
        for (int d = start; d < std::min(data.documents(), start + 256); ++d)
            docs.push_back(d);
        const Eigen::SparseMatrix<double> v = sparse(data, docs);
        Eigen::RowVectorXd length(Eigen::Index(docs.size()));
        for (size_t i = 0; i < docs.size(); ++i)
            length[Eigen::Index(i)] = double(data.rowTotal(docs[i]));
        const Eigen::MatrixXd h = logistic(m_w * v + m_a * length);
        out.middleRows(start, Eigen::Index(docs.size())) = h.transpose();
    }
    return out;
}

} // namespace kcat::topics
