#include "topics/core/TopicListModel.h"

#include "topics/core/TopicExplorerModels.h"

#include <algorithm>
#include <numeric>

namespace kcat::topics {

TopicListModel::TopicListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QVector<int> TopicListModel::rankByRelevance(const Eigen::MatrixXd& topicWord,
                                             const Eigen::VectorXd& marginal, int topic, double lambda,
                                             int count) {
    if (topic < 0 || topic >= topicWord.rows())
        return {};
    QVector<int> ids(int(topicWord.cols()));
    std::iota(ids.begin(), ids.end(), 0);
    const int n = std::min(count, int(ids.size()));
    auto score = [&](int w) { return TopicTermModel::relevance(topicWord(topic, w), marginal[w], lambda); };
    std::partial_sort(ids.begin(), ids.begin() + n, ids.end(), [&](int a, int b) {
        const double sa = score(a), sb = score(b);
        return sa > sb || (sa == sb && a < b);
    });
    return ids.mid(0, n);
}

void TopicListModel::setModel(const Eigen::MatrixXd& topicWord, const Eigen::VectorXd& marginal,
                              const QStringList& terms, const Eigen::VectorXd& prevalence) {
    beginResetModel();
    m_topicWord = topicWord;
    m_marginal = marginal;
    m_terms = terms;
    m_prevalence = prevalence;
    rerank();
    endResetModel();
}

void TopicListModel::clear() {
    setModel(Eigen::MatrixXd(), Eigen::VectorXd(), {}, Eigen::VectorXd());
}

void TopicListModel::setLambda(double lambda) {
    lambda = std::clamp(lambda, 0.0, 1.0);
    if (lambda == m_lambda)
        return;
    m_lambda = lambda;
    rerank();
    if (!m_summary.isEmpty())
        Q_EMIT dataChanged(index(0, Terms), index(rowCount() - 1, Terms));
}

void TopicListModel::setTermCount(int count) {
    m_termCount = std::max(1, count);
    rerank();
    if (!m_summary.isEmpty())
        Q_EMIT dataChanged(index(0, Terms), index(rowCount() - 1, Terms));
}

QVector<int> TopicListModel::topTerms(int topic, int count) const {
    return rankByRelevance(m_topicWord, m_marginal, topic, m_lambda, count);
}

void TopicListModel::rerank() {
    m_summary.clear();
    for (int t = 0; t < m_topicWord.rows(); ++t) {
        QStringList words;
        for (int w : topTerms(t, m_termCount))
            words << m_terms.value(w);
        m_summary << words.join(QStringLiteral(", "));
    }
}

int TopicListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_summary.size());
}

int TopicListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_summary.size())
        return {};
    const int t = index.row();
    if (role == Qt::TextAlignmentRole && index.column() != Terms)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case Topic:
        return t;
    case Prevalence:
        return role == Qt::UserRole
                   ? QVariant(m_prevalence[t])
                   : QVariant(QString::number(100.0 * m_prevalence[t], 'f', 1) + QLatin1Char('%'));
    case Terms:
        return m_summary[t];
    default:
        return {};
    }
}

QVariant TopicListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Topic:
        return tr("Topic");
    case Prevalence:
        return tr("Share");
    case Terms:
        return tr("Most relevant terms");
    default:
        return {};
    }
}

} // namespace kcat::topics
