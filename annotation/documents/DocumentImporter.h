#pragma once

#include "annotation/documents/ImportError.h"

#include <QStringList>

namespace kcat::annotation {

class DocumentStore;

// Imports document files into a project, each file in one transaction (a bad file stores nothing), and
// exports a project's documents. The format follows the file name: .kcat (KCAT document format), .jsonl
// (FIGER/NFGEC), .ann or a .txt with a .ann beside it (brat standoff), other .txt (plain text).
class DocumentImporter {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::DocumentImporter)

public:
    enum class Format { Kcat, FigerJsonl, Brat, PlainText };

    DocumentImporter(DocumentStore* store, QSet<QString> knownTypes);

    static Format formatOf(const QString& path);
    // Parses one file without storing it.
    bool parse(const QString& path, QVector<DocumentData>* documents, ImportError* error) const;
    // Parses and stores one file in one transaction; returns the new document ids (empty on error).
    QVector<qint64> importFile(qint64 projectId, const QString& path, ImportError* error);
    // Writes documents of a project into folder in format; returns the files written, or "" in *error.
    QStringList exportProject(qint64 projectId, Format format, const QString& folder, QString* error) const;

private:
    DocumentStore* m_store;
    QSet<QString> m_knownTypes;
};

} // namespace kcat::annotation
