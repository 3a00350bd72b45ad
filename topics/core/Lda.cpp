#include "topics/core/Lda.h"

#include <algorithm>
#include <cmath>

namespace kcat::topics {

namespace {

void removeTopic(std::vector<int>& list, int topic) {
    const auto it = std::find(list.begin(), list.end(), topic);
    *it = list.back();
    list.pop_back();
}

} // namespace

Lda::Lda(LdaOptions options)
    : m_options(options) {
    const int k = m_options.topics;
    m_alpha = Eigen::VectorXd::Constant(k, m_options.alpha);
    if (m_options.asymmetricAlpha) {
        // alpha_k proportional to 1 / (k + sqrt(K)) with the same total (the "asymmetric" prior of gensim).
        for (int t = 0; t < k; ++t)
            m_alpha[t] = 1.0 / (t + std::sqrt(double(k)));
        m_alpha *= m_options.alpha * k / m_alpha.sum();
    }
}

void Lda::fit(const FeatureMatrix& data, const Progress& progress) {
    const int k = m_options.topics;
    const int d = data.documents();
    m_vocabulary = data.features();
    m_words.clear();
    m_docStart.assign(1, 0);
    for (int doc = 0; doc < d; ++doc) {
        for (const auto& [f, c] : data.rows[doc])
            for (int i = 0; i < c; ++i)
                m_words.push_back(f);
        m_docStart.push_back(int(m_words.size()));
    }
    m_assign.assign(m_words.size(), 0);
    m_nDocTopic.assign(size_t(d) * k, 0);
    m_nWordTopic.assign(size_t(m_vocabulary) * k, 0);
    m_nTopic.assign(k, 0);
    m_wordTopics.assign(m_vocabulary, {});
    Random rng(m_options.seed);
    for (int doc = 0; doc < d; ++doc)
        for (int i = m_docStart[doc]; i < m_docStart[doc + 1]; ++i) {
            const int t = rng.below(k);
            const int w = m_words[i];
            m_assign[i] = t;
            ++m_nDocTopic[size_t(doc) * k + t];
            if (m_nWordTopic[size_t(w) * k + t]++ == 0)
                m_wordTopics[w].push_back(t);
            ++m_nTopic[t];
        }
    m_tokenPasses = 0;
    for (int it = 0; it < m_options.iterations; ++it) {
        if (progress.isCancelled())
            throw Cancelled{};
        sweep(rng);
        progress.tick(it + 1, m_options.iterations);
    }
}

void Lda::sweep(Random& rng) {
    const int k = m_options.topics;
    const double beta = m_options.beta;
    const double betaV = beta * m_vocabulary;
    const int docs = int(m_docStart.size()) - 1;
    std::vector<double> coef(k), qWeights(k);
    std::vector<int> docTopics;
    docTopics.reserve(k);
    double sSum = 0;
    for (int t = 0; t < k; ++t) {
        sSum += m_alpha[t] * beta / (betaV + m_nTopic[t]);
        coef[t] = m_alpha[t] / (betaV + m_nTopic[t]);
    }
    for (int doc = 0; doc < docs; ++doc) {
        int* nd = &m_nDocTopic[size_t(doc) * k];
        docTopics.clear();
        double rSum = 0;
        for (int t = 0; t < k; ++t)
            if (nd[t] > 0) {
                docTopics.push_back(t);
                rSum += nd[t] * beta / (betaV + m_nTopic[t]);
                coef[t] = (m_alpha[t] + nd[t]) / (betaV + m_nTopic[t]);
            }
        for (int i = m_docStart[doc]; i < m_docStart[doc + 1]; ++i) {
            const int w = m_words[i];
            int* nw = &m_nWordTopic[size_t(w) * k];
            int t = m_assign[i];
            // Take the token out of the counts and the bucket sums.
            double denom = betaV + m_nTopic[t];
            sSum -= m_alpha[t] * beta / denom;
            rSum -= nd[t] * beta / denom;
            --nd[t];
            --m_nTopic[t];
            if (--nw[t] == 0)
                removeTopic(m_wordTopics[w], t);
            if (nd[t] == 0)
                removeTopic(docTopics, t);
            denom = betaV + m_nTopic[t];
            sSum += m_alpha[t] * beta / denom;
            rSum += nd[t] * beta / denom;
            coef[t] = (m_alpha[t] + nd[t]) / denom;

            const std::vector<int>& wordTopics = m_wordTopics[w];
            double qSum = 0;
            for (size_t j = 0; j < wordTopics.size(); ++j) {
                const int u = wordTopics[j];
                qWeights[j] = coef[u] * nw[u];
                qSum += qWeights[j];
            }
            double u = rng.uniform() * (sSum + rSum + qSum);
            if (u < qSum) {
                size_t j = 0;
                while (j + 1 < wordTopics.size() && (u -= qWeights[j]) > 0)
                    ++j;
                t = wordTopics[j];
            } else if ((u -= qSum) < rSum) {
                size_t j = 0;
                for (; j + 1 < docTopics.size(); ++j) {
                    u -= nd[docTopics[j]] * beta / (betaV + m_nTopic[docTopics[j]]);
                    if (u <= 0)
                        break;
                }
                t = docTopics[j];
            } else {
                u -= rSum;
                t = 0;
                for (; t + 1 < k; ++t) {
                    u -= m_alpha[t] * beta / (betaV + m_nTopic[t]);
                    if (u <= 0)
                        break;
                }
            }
            // Put it back under the new topic.
            denom = betaV + m_nTopic[t];
            sSum -= m_alpha[t] * beta / denom;
            rSum -= nd[t] * beta / denom;
            if (nd[t]++ == 0)
                docTopics.push_back(t);
            ++m_nTopic[t];
            if (nw[t]++ == 0)
                m_wordTopics[w].push_back(t);
            denom = betaV + m_nTopic[t];
            sSum += m_alpha[t] * beta / denom;
            rSum += nd[t] * beta / denom;
            coef[t] = (m_alpha[t] + nd[t]) / denom;
            m_assign[i] = t;
        }
        for (int t : docTopics)
            coef[t] = m_alpha[t] / (betaV + m_nTopic[t]);
    }
    m_tokenPasses += qint64(m_words.size());
}

Eigen::MatrixXd Lda::topicWord() const {
    const int k = m_options.topics;
    Eigen::MatrixXd phi(k, m_vocabulary);
    for (int t = 0; t < k; ++t) {
        const double denom = m_nTopic[t] + m_options.beta * m_vocabulary;
        for (int w = 0; w < m_vocabulary; ++w)
            phi(t, w) = (m_nWordTopic[size_t(w) * k + t] + m_options.beta) / denom;
    }
    return phi;
}

Eigen::MatrixXd Lda::documentTopic() const {
    const int k = m_options.topics;
    const int docs = int(m_docStart.size()) - 1;
    Eigen::MatrixXd theta(docs, k);
    const double alphaSum = m_alpha.sum();
    for (int d = 0; d < docs; ++d) {
        const double length = m_docStart[d + 1] - m_docStart[d];
        for (int t = 0; t < k; ++t)
            theta(d, t) = (m_nDocTopic[size_t(d) * k + t] + m_alpha[t]) / (length + alphaSum);
    }
    return theta;
}

Lda Lda::fromCounts(LdaOptions options, const Eigen::MatrixXi& topicWordCounts) {
    Lda lda(options);
    const int k = options.topics;
    lda.m_vocabulary = int(topicWordCounts.cols());
    lda.m_nWordTopic.assign(size_t(lda.m_vocabulary) * k, 0);
    lda.m_nTopic.assign(k, 0);
    for (int t = 0; t < k; ++t)
        for (int w = 0; w < lda.m_vocabulary; ++w) {
            lda.m_nWordTopic[size_t(w) * k + t] = topicWordCounts(t, w);
            lda.m_nTopic[t] += topicWordCounts(t, w);
        }
    lda.m_docStart.assign(1, 0);
    return lda;
}

namespace {

// Gibbs sampling of one document's topics against fixed topic-word probabilities.
Eigen::VectorXd sampleTheta(const std::vector<int>& tokens, const Eigen::MatrixXd& phi,
                            const Eigen::VectorXd& alpha, int iterations, Random& rng) {
    const int k = int(phi.rows());
    std::vector<int> assign(tokens.size());
    Eigen::VectorXd counts = Eigen::VectorXd::Zero(k);
    for (size_t i = 0; i < tokens.size(); ++i) {
        assign[i] = rng.below(k);
        counts[assign[i]] += 1;
    }
    Eigen::VectorXd accumulated = Eigen::VectorXd::Zero(k);
    std::vector<double> p(k);
    const int burnIn = iterations / 2;
    for (int it = 0; it < iterations; ++it) {
        for (size_t i = 0; i < tokens.size(); ++i) {
            counts[assign[i]] -= 1;
            double total = 0;
            for (int t = 0; t < k; ++t) {
                total += (counts[t] + alpha[t]) * phi(t, tokens[i]);
                p[t] = total;
            }
            const double u = rng.uniform() * total;
            const int t = int(std::upper_bound(p.begin(), p.end(), u) - p.begin());
            assign[i] = std::min(t, k - 1);
            counts[assign[i]] += 1;
        }
        if (it >= burnIn)
            accumulated += counts;
    }
    const double samples = std::max(1, iterations - burnIn);
    Eigen::VectorXd theta = accumulated / samples + alpha;
    return theta / theta.sum();
}

std::vector<int> expand(const QVector<QPair<int, int>>& row, int vocabulary) {
    std::vector<int> tokens;
    for (const auto& [f, c] : row)
        if (f < vocabulary)
            for (int i = 0; i < c; ++i)
                tokens.push_back(f);
    return tokens;
}

} // namespace

Eigen::MatrixXd Lda::foldIn(const FeatureMatrix& data, int iterations, quint64 seed) const {
    const Eigen::MatrixXd phi = topicWord();
    Random rng(seed);
    Eigen::MatrixXd theta(data.documents(), m_options.topics);
    for (int d = 0; d < data.documents(); ++d)
        theta.row(d) =
            sampleTheta(expand(data.rows[d], m_vocabulary), phi, m_alpha, iterations, rng).transpose();
    return theta;
}

double Lda::perplexity(const FeatureMatrix& data, int iterations, quint64 seed) const {
    const Eigen::MatrixXd phi = topicWord();
    Random rng(seed);
    double logLikelihood = 0;
    qint64 count = 0;
    for (int d = 0; d < data.documents(); ++d) {
        const std::vector<int> tokens = expand(data.rows[d], m_vocabulary);
        std::vector<int> observed, heldOut;
        for (size_t i = 0; i < tokens.size(); ++i)
            (i % 2 == 0 ? observed : heldOut).push_back(tokens[i]);
        if (heldOut.empty())
            continue;
        const Eigen::VectorXd theta = sampleTheta(observed, phi, m_alpha, iterations, rng);
        for (int w : heldOut)
            logLikelihood += std::log(phi.col(w).dot(theta));
        count += qint64(heldOut.size());
    }
    return count > 0 ? std::exp(-logLikelihood / count) : std::nan("");
}

} // namespace kcat::topics
