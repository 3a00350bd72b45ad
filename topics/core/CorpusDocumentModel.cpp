#include "topics/core/CorpusDocumentModel.h"

namespace kcat::topics {

CorpusDocumentModel::CorpusDocumentModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CorpusDocumentModel::setCorpus(const Corpus& corpus) {
    beginResetModel();
    m_corpus = corpus;
    m_rows.clear();
    for (int r = 0; r < m_corpus.documents.size(); ++r)
        m_rows.insert(m_corpus.documents[r].id, r);
    endResetModel();
}

int CorpusDocumentModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_corpus.documents.size());
}

int CorpusDocumentModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorpusDocumentModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_corpus.documents.size())
        return {};
    const topics::Document& d = m_corpus.documents[index.row()];
    if (role == RowRole)
        return index.row();
    if (role == SearchRole)
        return index.column() == Text ? d.text : index.column() == Label ? d.label : d.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return d.id;
    case Label:
        return d.label;
    case Text:
        if (role == Qt::ToolTipRole || d.text.size() <= 120)
            return d.text.simplified();
        return d.text.left(120).simplified() + QStringLiteral("…");
    default:
        return {};
    }
}

QVariant CorpusDocumentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Document");
    case Label:
        return tr("Label");
    case Text:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace kcat::topics
