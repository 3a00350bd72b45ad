#include "ui/annotate/AssignedDocumentsFilter.h"

#include "annotation/documents/DocumentListModel.h"

namespace kcat::ui {

using annotation::DocumentListModel;

AssignedDocumentsFilter::AssignedDocumentsFilter(QObject* parent)
    : QSortFilterProxyModel(parent) {}

void AssignedDocumentsFilter::setAssigned(const QSet<qint64>& documents, bool active) {
    if (documents == m_assigned && active == m_active)
        return;
    m_assigned = documents;
    m_active = active;
    invalidateFilter();
}

qint64 AssignedDocumentsFilter::documentId(int row) const {
    return index(row, 0).data(DocumentListModel::DocumentIdRole).toLongLong();
}

int AssignedDocumentsFilter::rowOf(qint64 documentId) const {
    for (int row = 0; row < rowCount(); ++row)
        if (this->documentId(row) == documentId)
            return row;
    return -1;
}

bool AssignedDocumentsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_active)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_assigned.contains(index.data(DocumentListModel::DocumentIdRole).toLongLong());
}

} // namespace kcat::ui
