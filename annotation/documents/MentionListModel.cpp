#include "annotation/documents/MentionListModel.h"

#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/TypePaths.h"

namespace kcat::annotation {

MentionListModel::MentionListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void MentionListModel::setStore(DocumentStore* store) {
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_document = 0;
    if (m_store) {
        auto whole = [this](qint64 documentId, qint64) {
            if (documentId == m_document)
                reload();
        };
        connect(m_store, &DocumentStore::mentionAdded, this, whole);
        connect(m_store, &DocumentStore::mentionRemoved, this, whole);
        connect(m_store, &DocumentStore::mentionChanged, this, &MentionListModel::mentionChanged);
        connect(m_store, &QObject::destroyed, this, [this] {
            m_store = nullptr;
            m_document = 0;
            reload();
        });
    }
    reload();
}

void MentionListModel::setDocument(qint64 documentId) {
    m_document = documentId;
    reload();
}

void MentionListModel::setEntityNamer(std::function<QString(const QString&)> namer) {
    m_namer = std::move(namer);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, EntityColumn), index(int(m_rows.size()) - 1, EntityColumn));
}

void MentionListModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_text.clear();
    if (m_store && m_document != 0) {
        m_text = m_store->document(m_document).text;
        m_rows = m_store->mentions(m_document);
    }
    endResetModel();
}

void MentionListModel::mentionChanged(qint64 documentId, qint64 mentionId) {
    if (documentId != m_document)
        return;
    const int row = rowOf(mentionId);
    const Mention fresh = m_store->mention(mentionId);
    if (row < 0 || fresh.start != m_rows[row].start || fresh.end != m_rows[row].end) {
        reload(); // the span moved: the order may change
        return;
    }
    m_rows[row] = fresh;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int MentionListModel::rowOf(qint64 mentionId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == mentionId)
            return i;
    return -1;
}

int MentionListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MentionListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MentionListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mention& m = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SurfaceColumn:
            return m_text.mid(m.start, m.length());
        case EntityColumn:
            if (m.link == LinkState::Nil)
                return tr("NIL");
            if (m.link == LinkState::Unlinked)
                return QString();
            return m_namer ? m_namer(m.entity) : m.entity;
        case TypesColumn:
            return TypePaths::leaves(m.types).join(QStringLiteral(", "));
        case StateColumn:
            switch (m.state()) {
            case MentionState::Untyped:
                return tr("untyped");
            case MentionState::Typed:
                return tr("typed");
            case MentionState::Flagged:
                return tr("flagged");
            }
        }
        return {};
    case MentionIdRole:
        return m.id;
    case StartRole:
        return m.start;
    case EndRole:
        return m.end;
    case StateRole:
        return int(m.state());
    case TypesRole:
        return m.types;
    default:
        return {};
    }
}

QVariant MentionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SurfaceColumn:
        return tr("Mention");
    case EntityColumn:
        return tr("Entity");
    case TypesColumn:
        return tr("Types");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace kcat::annotation
