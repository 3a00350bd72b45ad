#pragma once

#include <Eigen/Dense>

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace kcat::topics {

// One topic's terms ranked by LDAvis relevance: lambda * log p(w|t) + (1 - lambda) * log(p(w|t) / p(w)).
// lambda = 1 ranks by probability, lambda = 0 by lift. Topic ids are the model's own.
class TopicTermModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Term, Relevance, Probability, Lift, ColumnCount };

    explicit TopicTermModel(QObject* parent = nullptr);

    // topicWord: K x V rows summing to one; marginal: p(w) over the corpus.
    void setModel(const Eigen::MatrixXd& topicWord, const Eigen::VectorXd& marginal,
                  const QStringList& terms);
    void setTopic(int topic);
    void setLambda(double lambda);
    void setTermCount(int count);
    int topic() const { return m_topic; }
    double lambda() const { return m_lambda; }
    static double relevance(double probability, double marginal, double lambda);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rank();

    Eigen::MatrixXd m_topicWord;
    Eigen::VectorXd m_marginal;
    QStringList m_terms;
    int m_topic = 0;
    double m_lambda = 0.6; // the value Sievert & Shirley found best for interpretation
    int m_termCount = 30;
    QVector<int> m_ranked;
};

// Topics on the intertopic distance map: coordinates from classical MDS of Jensen-Shannon distances and
// each topic's prevalence (circle area).
class IntertopicMapModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Topic, X, Y, Prevalence, ColumnCount };

    explicit IntertopicMapModel(QObject* parent = nullptr);
    void setModel(const Eigen::MatrixXd& topicWord, const Eigen::VectorXd& prevalence);
    const Eigen::MatrixXd& coordinates() const { return m_xy; }
    // The topic whose circle (radius proportional to sqrt(prevalence) * maxRadius) contains (x, y), or -1.
    int topicAt(double x, double y, double maxRadius) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Eigen::MatrixXd m_xy;
    Eigen::VectorXd m_prevalence;
};

// Documents of one topic, most strongly associated first.
class TopicDocumentModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Document, Label, Weight, ColumnCount };

    explicit TopicDocumentModel(QObject* parent = nullptr);
    void setModel(const Eigen::MatrixXd& documentTopic, const QStringList& ids, const QStringList& labels);
    void setTopic(int topic);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Eigen::MatrixXd m_documentTopic;
    QStringList m_ids, m_labels;
    int m_topic = 0;
    QVector<int> m_order;
};

} // namespace kcat::topics
