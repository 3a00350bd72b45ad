#pragma once

#include <Eigen/Dense>

#include <QHash>
#include <QString>
#include <QVector>

namespace kcat::topics {

class Lemmatizer;

// A word of a document's text and the topic it is coloured with.
struct TopicSpan {
    int start = 0;
    int length = 0;
    int topic = -1;
    int feature = -1;
};

// Which topic each word of a text most likely came from: argmax_t theta_t * phi_t(w) over the model's
// features (words that are not features, such as stop words, get none).
class TopicColouring {
public:
    static QVector<TopicSpan> colour(const QString& text, const QHash<QString, int>& featureIndex,
                                     const Eigen::MatrixXd& topicWord, const Eigen::VectorXd& theta,
                                     const Lemmatizer* lemmatizer = nullptr);
    // A document's topic mixture estimated from its coloured words with the topics held fixed (EM on theta,
    // started from prior): for documents the model was not trained on.
    static Eigen::VectorXd inferMixture(const QVector<TopicSpan>& spans, const Eigen::MatrixXd& topicWord,
                                        const Eigen::VectorXd& prior, int iterations = 50);
    // p(t | w) proportional to prevalence_t * phi_t(w): where a searched term lives on the map.
    static Eigen::VectorXd topicsOfTerm(const Eigen::MatrixXd& topicWord, const Eigen::VectorXd& prevalence,
                                        int feature);
};

} // namespace kcat::topics
