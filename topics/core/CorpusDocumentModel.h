#pragma once

#include "topics/core/Corpus.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kcat::topics {

// The documents of a corpus for the explorer's document list: id, label and the start of the text. The
// Text column's SearchRole holds the whole text, for filtering with a QSortFilterProxyModel.
class CorpusDocumentModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Id, Label, Text, ColumnCount };
    enum Role { SearchRole = Qt::UserRole + 1, RowRole };

    explicit CorpusDocumentModel(QObject* parent = nullptr);

    void setCorpus(const Corpus& corpus);
    const Corpus& corpus() const { return m_corpus; }
    // The row of a document id, or -1.
    int rowOf(const QString& id) const { return m_rows.value(id, -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Corpus m_corpus;
    QHash<QString, int> m_rows;
};

} // namespace kcat::topics
