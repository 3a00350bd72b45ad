#pragma once

#include <Eigen/Dense>

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace kcat::topics {

// Every topic of a model, in the model's own order (no reordering): its prevalence and its top terms by
// LDAvis relevance at the current lambda.
class TopicListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Topic, Prevalence, Terms, ColumnCount };

    explicit TopicListModel(QObject* parent = nullptr);

    void setModel(const Eigen::MatrixXd& topicWord, const Eigen::VectorXd& marginal, const QStringList& terms,
                  const Eigen::VectorXd& prevalence);
    void clear();
    void setLambda(double lambda);
    void setTermCount(int count);
    double lambda() const { return m_lambda; }
    // The term ids of a topic ranked by relevance (ties: smaller id first).
    QVector<int> topTerms(int topic, int count) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The ranking shared with TopicTermModel and the exports.
    static QVector<int> rankByRelevance(const Eigen::MatrixXd& topicWord, const Eigen::VectorXd& marginal,
                                        int topic, double lambda, int count);

private:
    void rerank();

    Eigen::MatrixXd m_topicWord;
    Eigen::VectorXd m_marginal, m_prevalence;
    QStringList m_terms;
    QVector<QString> m_summary;
    double m_lambda = 0.6;
    int m_termCount = 6;
};

} // namespace kcat::topics
