#include "topics/core/TopicExplorerModels.h"

#include "topics/core/IntertopicMap.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kcat::topics {

TopicTermModel::TopicTermModel(QObject* parent)
    : QAbstractTableModel(parent) {}

double TopicTermModel::relevance(double probability, double marginal, double lambda) {
    return lambda * std::log(probability) + (1 - lambda) * std::log(probability / marginal);
}

void TopicTermModel::setModel(const Eigen::MatrixXd& topicWord, const Eigen::VectorXd& marginal,
                              const QStringList& terms) {
    beginResetModel();
    m_topicWord = topicWord;
    m_marginal = marginal;
    m_terms = terms;
    m_topic = 0;
    rank();
    endResetModel();
}

void TopicTermModel::setTopic(int topic) {
    if (topic < 0 || topic >= m_topicWord.rows() || topic == m_topic)
        return;
    beginResetModel();
    m_topic = topic;
    rank();
    endResetModel();
}

void TopicTermModel::setLambda(double lambda) {
    lambda = std::clamp(lambda, 0.0, 1.0);
    if (lambda == m_lambda)
        return;
    beginResetModel();
    m_lambda = lambda;
    rank();
    endResetModel();
}

void TopicTermModel::setTermCount(int count) {
    beginResetModel();
    m_termCount = std::max(1, count);
    rank();
    endResetModel();
}

void TopicTermModel::rank() {
    m_ranked.clear();
    if (m_topicWord.rows() == 0)
        return;
    QVector<int> ids(int(m_topicWord.cols()));
    std::iota(ids.begin(), ids.end(), 0);
    auto score = [&](int w) { return relevance(m_topicWord(m_topic, w), m_marginal[w], m_lambda); };
    const int n = std::min(m_termCount, int(ids.size()));
    std::partial_sort(ids.begin(), ids.begin() + n, ids.end(), [&](int a, int b) {
        const double sa = score(a), sb = score(b);
        return sa > sb || (sa == sb && a < b);
    });
    m_ranked = ids.mid(0, n);
}

int TopicTermModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ranked.size());
}

int TopicTermModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicTermModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_ranked.size() ||
        (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    const int w = m_ranked[index.row()];
    const double p = m_topicWord(m_topic, w);
    switch (index.column()) {
    case Term:
        return m_terms.value(w);
    case Relevance:
        return relevance(p, m_marginal[w], m_lambda);
    case Probability:
        return p;
    case Lift:
        return p / m_marginal[w];
    default:
        return {};
    }
}

QVariant TopicTermModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Term:
        return tr("Term");
    case Relevance:
        return tr("Relevance");
    case Probability:
        return tr("p(term | topic)");
    case Lift:
        return tr("Lift");
    default:
        return {};
    }
}

IntertopicMapModel::IntertopicMapModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void IntertopicMapModel::setModel(const Eigen::MatrixXd& topicWord, const Eigen::VectorXd& prevalence) {
    beginResetModel();
    // One topic (or none) has no spread to lay out.
    m_xy = topicWord.rows() < 2 ? Eigen::MatrixXd::Zero(topicWord.rows(), 2)
                                : IntertopicMap::classicalMds(IntertopicMap::distances(topicWord), 2);
    m_prevalence = prevalence;
    endResetModel();
}

int IntertopicMapModel::topicAt(double x, double y, double maxRadius) const {
    int best = -1;
    double bestDistance = 0;
    for (int t = 0; t < m_xy.rows(); ++t) {
        const double d = std::hypot(m_xy(t, 0) - x, m_xy(t, 1) - y);
        const double radius = std::sqrt(std::max(0.0, m_prevalence[t])) * maxRadius;
        if (d <= radius && (best < 0 || d < bestDistance)) {
            best = t;
            bestDistance = d;
        }
    }
    return best;
}

int IntertopicMapModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_xy.rows());
}

int IntertopicMapModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntertopicMapModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_xy.rows() || (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    switch (index.column()) {
    case Topic:
        return index.row();
    case X:
        return m_xy(index.row(), 0);
    case Y:
        return m_xy(index.row(), 1);
    case Prevalence:
        return m_prevalence[index.row()];
    default:
        return {};
    }
}

QVariant IntertopicMapModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Topic:
        return tr("Topic");
    case X:
        return tr("PC1");
    case Y:
        return tr("PC2");
    case Prevalence:
        return tr("Prevalence");
    default:
        return {};
    }
}

TopicDocumentModel::TopicDocumentModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TopicDocumentModel::setModel(const Eigen::MatrixXd& documentTopic, const QStringList& ids,
                                  const QStringList& labels) {
    beginResetModel();
    m_documentTopic = documentTopic;
    m_ids = ids;
    m_labels = labels;
    m_topic = -1;
    m_order.clear();
    endResetModel();
    setTopic(0);
}

void TopicDocumentModel::setTopic(int topic) {
    if (topic < 0 || topic >= m_documentTopic.cols() || topic == m_topic)
        return;
    beginResetModel();
    m_topic = topic;
    m_order.resize(int(m_documentTopic.rows()));
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](int a, int b) { return m_documentTopic(a, m_topic) > m_documentTopic(b, m_topic); });
    endResetModel();
}

int TopicDocumentModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_order.size());
}

int TopicDocumentModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicDocumentModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_order.size() ||
        (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    const int d = m_order[index.row()];
    switch (index.column()) {
    case Document:
        return m_ids.value(d);
    case Label:
        return m_labels.value(d);
    case Weight:
        return m_documentTopic(d, m_topic);
    default:
        return {};
    }
}

QVariant TopicDocumentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Document:
        return tr("Document");
    case Label:
        return tr("Label");
    case Weight:
        return tr("Weight");
    default:
        return {};
    }
}

} // namespace kcat::topics
