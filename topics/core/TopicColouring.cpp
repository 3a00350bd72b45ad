#include "topics/core/TopicColouring.h"

#include "topics/core/Lemmatizer.h"

#include <QTextBoundaryFinder>

namespace kcat::topics {

QVector<TopicSpan> TopicColouring::colour(const QString& text, const QHash<QString, int>& featureIndex,
                                          const Eigen::MatrixXd& topicWord, const Eigen::VectorXd& theta,
                                          const Lemmatizer* lemmatizer) {
    QVector<TopicSpan> spans;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) {
            QString token = text.mid(start, end - start).toLower();
            if (token.endsWith(QLatin1String("'s")) || token.endsWith(QStringLiteral("\u2019s")))
                token.chop(2);
            auto it = featureIndex.constFind(token);
            if (it == featureIndex.constEnd() && lemmatizer)
                it = featureIndex.constFind(lemmatizer->lemma(token));
            if (it != featureIndex.constEnd() && *it < topicWord.cols() && theta.size() == topicWord.rows()) {
                Eigen::Index best = 0;
                (theta.array() * topicWord.col(*it).array()).maxCoeff(&best);
                spans << TopicSpan{int(start), int(end - start), int(best), *it};
            }
        }
        start = end;
    }
    return spans;
}

Eigen::VectorXd TopicColouring::inferMixture(const QVector<TopicSpan>& spans,
                                             const Eigen::MatrixXd& topicWord, const Eigen::VectorXd& prior,
                                             int iterations) {
    const Eigen::Index k = topicWord.rows();
    if (k == 0 || prior.size() != k)
        return Eigen::VectorXd();
    Eigen::VectorXd theta = prior / std::max(1e-300, prior.sum());
    if (spans.isEmpty())
        return theta;
    for (int it = 0; it < iterations; ++it) {
        Eigen::VectorXd next = Eigen::VectorXd::Constant(k, 1e-3); // light smoothing keeps every topic alive
        for (const TopicSpan& s : spans) {
            Eigen::VectorXd r = theta.array() * topicWord.col(s.feature).array();
            const double total = r.sum();
            if (total > 0)
                next += r / total;
        }
        theta = next / next.sum();
    }
    return theta;
}

Eigen::VectorXd TopicColouring::topicsOfTerm(const Eigen::MatrixXd& topicWord,
                                             const Eigen::VectorXd& prevalence, int feature) {
    if (feature < 0 || feature >= topicWord.cols() || prevalence.size() != topicWord.rows())
        return Eigen::VectorXd();
    Eigen::VectorXd p = prevalence.array() * topicWord.col(feature).array();
    return p.sum() > 0 ? Eigen::VectorXd(p / p.sum()) : p;
}

} // namespace kcat::topics
