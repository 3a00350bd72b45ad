#pragma once

#include "annotation/documents/Annotation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace kcat::annotation {

// Why a file could not be imported: the file, the 1-based line (0 for the whole file) and what was
// expected there. Importers stop at the first problem and store nothing of the file.
struct ImportError {
    QString file;
    int line = 0;
    QString what;

    bool isError() const { return !what.isEmpty(); }
    QString message() const;
};

// Checks shared by every importer.
class ImportChecks {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::ImportChecks)

public:
    // Decodes UTF-8; on an invalid byte sequence sets *error (file, line of the bad byte) and returns false.
    static bool decodeUtf8(const QByteArray& bytes, const QString& file, QString* text, ImportError* error);
    // Checks a type path against the type set: syntax, and membership when knownTypes is not empty.
    static QString checkType(const QString& type, const QSet<QString>& knownTypes);
    // Adds a mention to doc after checking its span against the text and the mentions so far.
    static QString addChecked(DocumentData& doc, const Mention& mention);
    static void sortMentions(QVector<Mention>& mentions);
};

} // namespace kcat::annotation
