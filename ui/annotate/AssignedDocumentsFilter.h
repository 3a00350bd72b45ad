#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace kcat::ui {

// The Annotate page's document list limited to an annotator's assigned documents ("My assignments"):
// a proxy over annotation::DocumentListModel that keeps the rows whose DocumentIdRole is in the set, or
// every row while the filter is off.
class AssignedDocumentsFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit AssignedDocumentsFilter(QObject* parent = nullptr);

    // active = false shows every document.
    void setAssigned(const QSet<qint64>& documents, bool active);
    bool isActive() const { return m_active; }
    const QSet<qint64>& assigned() const { return m_assigned; }

    qint64 documentId(int row) const;
    int rowOf(qint64 documentId) const; // -1 when filtered out or missing

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QSet<qint64> m_assigned;
    bool m_active = false;
};

} // namespace kcat::ui
