#pragma once

#include "annotation/documents/Annotation.h"

#include <QAbstractTableModel>

namespace kcat::annotation {

class DocumentStore;

// The documents of a project with their progress (typed mentions / all mentions); follows the store.
class DocumentListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, ProgressColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, TypedRole, TotalRole, FractionRole };

    explicit DocumentListModel(QObject* parent = nullptr);

    void setStore(DocumentStore* store, qint64 projectId);
    qint64 projectId() const { return m_project; }
    qint64 documentId(int row) const;
    int rowOf(qint64 documentId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void refreshDocument(qint64 documentId);

    DocumentStore* m_store = nullptr;
    qint64 m_project = 0;
    QVector<DocumentSummary> m_rows;
};

} // namespace kcat::annotation
