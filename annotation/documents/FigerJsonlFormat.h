#pragma once

#include "annotation/documents/ImportError.h"

namespace kcat::annotation {

// FIGER / NFGEC-style JSON lines, one sentence (document) a line:
// {"tokens": [...], "mentions": [{"start": 0, "end": 2, "labels": ["/person", "/person/artist"]}], "fileid":
// ...} start and end are TOKEN offsets, end exclusive; labels are closed under ancestors. Our extension: a
// mention's "entity" is an entity id or null for NIL (absent while unlinked), "flagged" is true when flagged.
// A document's text is its tokens joined by single spaces; writing a document splits its text at
// whitespace and at mention boundaries, so a document imported from this format round-trips exactly.
class FigerJsonlFormat {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::FigerJsonlFormat)

public:
    static bool read(const QByteArray& bytes, const QString& fileName, const QSet<QString>& knownTypes,
                     QVector<DocumentData>* documents, ImportError* error);
    static QByteArray write(const QVector<DocumentData>& documents);
    static QByteArray writeLine(const DocumentData& document);
};

} // namespace kcat::annotation
