#include "annotation/documents/DocumentListModel.h"

#include "annotation/documents/DocumentStore.h"

namespace kcat::annotation {

DocumentListModel::DocumentListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DocumentListModel::setStore(DocumentStore* store, qint64 projectId) {
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_project = projectId;
    if (m_store) {
        connect(m_store, &DocumentStore::documentsAdded, this, [this](qint64 project) {
            if (project == m_project)
                reload();
        });
        auto refresh = [this](qint64 documentId, qint64) { refreshDocument(documentId); };
        connect(m_store, &DocumentStore::mentionAdded, this, refresh);
        connect(m_store, &DocumentStore::mentionRemoved, this, refresh);
        connect(m_store, &DocumentStore::mentionChanged, this, refresh);
        connect(m_store, &QObject::destroyed, this, [this] {
            m_store = nullptr;
            reload();
        });
    }
    reload();
}

void DocumentListModel::reload() {
    beginResetModel();
    m_rows = m_store ? m_store->documents(m_project) : QVector<DocumentSummary>();
    endResetModel();
}

void DocumentListModel::refreshDocument(qint64 documentId) {
    const int row = rowOf(documentId);
    if (row < 0)
        return;
    m_rows[row] = m_store->summary(documentId);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

qint64 DocumentListModel::documentId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int DocumentListModel::rowOf(qint64 documentId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == documentId)
            return i;
    return -1;
}

int DocumentListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentSummary& d = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return d.name;
        return QStringLiteral("%1/%2").arg(d.typed).arg(d.mentions);
    case Qt::ToolTipRole:
        return tr("%1 of %2 mentions typed").arg(d.typed).arg(d.mentions);
    case DocumentIdRole:
        return d.id;
    case TypedRole:
        return d.typed;
    case TotalRole:
        return d.mentions;
    case FractionRole:
        return d.mentions == 0 ? 1.0 : double(d.typed) / d.mentions;
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Document") : tr("Typed");
}

} // namespace kcat::annotation
