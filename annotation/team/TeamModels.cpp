#include "annotation/team/TeamModels.h"

namespace kcat::team {

TeamMemberModel::TeamMemberModel(TeamStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    connect(store, &TeamStore::membersChanged, this, &TeamMemberModel::reload);
    m_members = store->members();
}

void TeamMemberModel::reload() {
    beginResetModel();
    m_members = m_store->members();
    endResetModel();
}

void TeamMemberModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

int TeamMemberModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_members.size());
}

int TeamMemberModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 3;
}

QVariant TeamMemberModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Member& m = m_members[index.row()];
    if (role == AnnotatorIdRole)
        return m.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case 0:
        return m.simulated ? tr("%1 (simulated)").arg(m.name) : m.name;
    case 1:
        return m.role == Role::Manager ? tr("manager") : tr("annotator");
    default:
        return m.description;
    }
}

QVariant TeamMemberModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0:
        return tr("Name");
    case 1:
        return tr("Role");
    default:
        return tr("Description");
    }
}

void ChartTableModel::setHeaderLabels(const QStringList& labels) {
    m_headers = labels;
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void ChartTableModel::setTable(const ChartTable& table) {
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ChartTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ChartTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ChartTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariant& v = m_table.rows[index.row()].value(index.column());
    if (role == Qt::UserRole)
        return v;
    if (role == Qt::TextAlignmentRole)
        return v.typeId() == QMetaType::QString ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (v.isNull())
        return QStringLiteral("–");
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'f', 3);
    return v;
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section, m_table.columns.value(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kcat::team
