#pragma once

#include "annotation/documents/Annotation.h"

#include <QAbstractTableModel>

#include <functional>

namespace kcat::annotation {

class DocumentStore;

// The mentions of one document in text order, with their entity, types and state; follows the store.
class MentionListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SurfaceColumn, EntityColumn, TypesColumn, StateColumn, ColumnCount };
    enum Role { MentionIdRole = Qt::UserRole + 1, StartRole, EndRole, StateRole, TypesRole };

    explicit MentionListModel(QObject* parent = nullptr);

    void setStore(DocumentStore* store);
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_document; }
    QString text() const { return m_text; }
    // How entity ids are shown (e.g. the knowledge base's names); the id itself by default.
    void setEntityNamer(std::function<QString(const QString&)> namer);

    const QVector<Mention>& mentions() const { return m_rows; }
    int rowOf(qint64 mentionId) const;
    Mention mentionAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void mentionChanged(qint64 documentId, qint64 mentionId);

    DocumentStore* m_store = nullptr;
    qint64 m_document = 0;
    QString m_text;
    QVector<Mention> m_rows;
    std::function<QString(const QString&)> m_namer;
};

} // namespace kcat::annotation
