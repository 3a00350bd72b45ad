#include "annotation/team/CurationModel.h"

#include "annotation/documents/TypePaths.h"

namespace kcat::team {

CurationModel::CurationModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QString CurationModel::display(const QStringList& types) {
    return annotation::TypePaths::leaves(types).join(QStringLiteral(", "));
}

void CurationModel::setData(std::shared_ptr<const ProjectSnapshot> snapshot,
                            std::shared_ptr<const Suggestions> suggestions) {
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_suggestions = std::move(suggestions);
    const size_t n = m_snapshot ? m_snapshot->mentions.size() : 0;
    m_final.assign(n, {});
    m_decision.assign(n, {});
    m_setText.clear();
    m_mentionIndex.clear();
    if (m_snapshot) {
        for (size_t m = 0; m < n; ++m) {
            if (m_snapshot->final[m] >= 0)
                m_final[m] = m_snapshot->typesOf(m_snapshot->final[m]);
            m_decision[m] = m_snapshot->decision[m];
            m_mentionIndex.insert(m_snapshot->mentions[m].id, int(m));
        }
        for (const QStringList& set : m_snapshot->typeSets)
            m_setText.push_back(display(set));
    }
    if (m_filters.annotator >= annotatorCount())
        m_filters.annotator = -1;
    m_rows.clear();
    for (size_t m = 0; m < n; ++m)
        if (accepts(int(m)))
            m_rows.push_back(int(m));
    endResetModel();
}

void CurationModel::setFilters(const Filters& filters) {
    if (filters == m_filters)
        return;
    m_filters = filters;
    refilter();
}

void CurationModel::setOnlyDisagreements(bool on) {
    Filters f = m_filters;
    f.onlyDisagreements = on;
    setFilters(f);
}

void CurationModel::setMaxConfidence(double max) {
    Filters f = m_filters;
    f.maxConfidence = max;
    setFilters(f);
}

void CurationModel::setTypeFilter(const QString& type) {
    Filters f = m_filters;
    f.type = type;
    setFilters(f);
}

void CurationModel::setAnnotatorFilter(int annotator) {
    Filters f = m_filters;
    f.annotator = annotator;
    setFilters(f);
}

void CurationModel::setOnlyUndecided(bool on) {
    Filters f = m_filters;
    f.onlyUndecided = on;
    setFilters(f);
}

void CurationModel::refilter() {
    beginResetModel();
    m_rows.clear();
    const size_t n = m_snapshot ? m_snapshot->mentions.size() : 0;
    for (size_t m = 0; m < n; ++m)
        if (accepts(int(m)))
            m_rows.push_back(int(m));
    endResetModel();
}

const ProjectSnapshot::Label* CurationModel::labelOf(int mention, int annotator) const {
    for (qsizetype l = m_snapshot->labelBegin[size_t(mention)];
         l < m_snapshot->labelBegin[size_t(mention) + 1]; ++l)
        if (m_snapshot->labels[size_t(l)].annotator == annotator)
            return &m_snapshot->labels[size_t(l)];
    return nullptr;
}

bool CurationModel::accepts(int m) const {
    const size_t i = size_t(m);
    if (m_filters.onlyDisagreements && !m_suggestions->disagreement[i])
        return false;
    if (m_filters.maxConfidence < 1.0 && !(m_suggestions->confidence[i] < m_filters.maxConfidence))
        return false;
    if (m_filters.onlyUndecided && !m_decision[i].isEmpty())
        return false;
    if (m_filters.annotator >= 0) {
        const auto* label = labelOf(m, m_filters.annotator);
        if (!label || !label->done)
            return false;
    }
    if (!m_filters.type.isEmpty()) {
        bool found = m_suggestions->types[i].contains(m_filters.type);
        for (qsizetype l = m_snapshot->labelBegin[i]; !found && l < m_snapshot->labelBegin[i + 1]; ++l)
            found = m_snapshot->typesOf(m_snapshot->labels[size_t(l)].types).contains(m_filters.type);
        if (!found)
            return false;
    }
    return true;
}

int CurationModel::rowOfMention(int mention) const {
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), mention);
    return it != m_rows.end() && *it == mention ? int(it - m_rows.begin()) : -1;
}

QVector<Decision> CurationModel::acceptDecisions(const QList<int>& rows) const {
    QVector<Decision> out;
    for (int row : rows) {
        const size_t m = size_t(m_rows[size_t(row)]);
        if (m_suggestions->types[m].isEmpty())
            continue;
        out << Decision{m_snapshot->mentions[m].id, m_suggestions->types[m], QStringLiteral("accepted"),
                        methodName(m_suggestions->method), m_suggestions->confidence[m]};
    }
    return out;
}

Decision CurationModel::overrideDecision(int row, const QStringList& types) const {
    const size_t m = size_t(m_rows[size_t(row)]);
    return Decision{m_snapshot->mentions[m].id, annotation::TypePaths::closeUnderAncestors(types),
                    QStringLiteral("overridden"), methodName(m_suggestions->method),
                    m_suggestions->confidence[m]};
}

void CurationModel::applyDecisions(const QVector<Decision>& decisions) {
    if (!m_snapshot)
        return;
    for (const Decision& d : decisions) {
        const int m = m_mentionIndex.value(d.mentionId, -1);
        if (m < 0)
            continue;
        m_final[size_t(m)] = d.decision.isEmpty() ? QStringList() : d.types;
        m_decision[size_t(m)] = d.decision;
        const int row = rowOfMention(m);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, finalColumn()), index(row, finalColumn()));
    }
}

int CurationModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CurationModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_snapshot ? 0 : annotatorCount() + 5;
}

QVariant CurationModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const size_t m = size_t(m_rows[size_t(index.row())]);
    const int c = index.column();
    const auto& mention = m_snapshot->mentions[m];
    switch (role) {
    case MentionIdRole:
        return mention.id;
    case SuggestionRole:
        return m_suggestions->types[m];
    case ConfidenceRole:
        return m_suggestions->confidence[m];
    case DisagreementRole:
        return bool(m_suggestions->disagreement[m]);
    case TypesRole:
        if (c >= 2 && c < suggestionColumn()) {
            const auto* label = labelOf(int(m), c - 2);
            return label && label->done ? m_snapshot->typesOf(label->types) : QStringList();
        }
        if (c == suggestionColumn())
            return m_suggestions->types[m];
        if (c == finalColumn())
            return m_final[m];
        return {};
    case Qt::DisplayRole:
        if (c == 0)
            return m_snapshot->documents[size_t(mention.document)].name;
        if (c == 1)
            return mention.surface;
        if (c < suggestionColumn()) {
            const auto* label = labelOf(int(m), c - 2);
            if (!label)
                return {};
            return label->done ? m_setText[size_t(label->types)] : QStringLiteral("…");
        }
        if (c == suggestionColumn())
            return display(m_suggestions->types[m]);
        if (c == confidenceColumn())
            return QString::number(m_suggestions->confidence[m], 'f', 2);
        if (c == finalColumn())
            return m_decision[m].isEmpty()
                       ? QString()
                       : display(m_final[m]) + (m_decision[m] == QLatin1String("overridden")
                                                    ? QStringLiteral(" ✎")
                                                    : QStringLiteral(" ✓"));
        return {};
    case Qt::ToolTipRole:
        if (c >= 2 && c < suggestionColumn()) {
            const auto* label = labelOf(int(m), c - 2);
            return label && label->done ? m_snapshot->typesOf(label->types).join(QLatin1Char('\n'))
                                        : QVariant();
        }
        return {};
    default:
        return {};
    }
}

void CurationModel::retranslate() {
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QVariant CurationModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || !m_snapshot)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Document");
    if (section == 1)
        return tr("Mention");
    if (section < suggestionColumn()) {
        const Member& m = m_snapshot->annotators[section - 2];
        return m.simulated ? tr("%1 (simulated)").arg(m.name) : m.name;
    }
    if (section == suggestionColumn())
        return tr("Suggestion (%1)").arg(methodName(m_suggestions->method));
    if (section == confidenceColumn())
        return tr("Confidence");
    if (section == finalColumn())
        return tr("Final");
    return {};
}

} // namespace kcat::team
