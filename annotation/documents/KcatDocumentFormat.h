#pragma once

#include "annotation/documents/ImportError.h"

namespace kcat::annotation {

// The KCAT document format: the text, a line "%%TYPE_ANNOTATIONS%%", then one line per mention and type:
// start<TAB>end<TAB>entity[<TAB>type][<TAB>flagged]. Offsets are character offsets with an INCLUSIVE end
// (unlike the rest of this library). entity is an entity id, "NIL", or empty while unlinked. A mention with
// several types has one line per most specific type (ancestors are implied); lines with the same span are
// one mention and must name the same entity. A flagged mention carries the word "flagged" in a fifth field
// on its lines (an untyped one leaves the type field empty: start<TAB>end<TAB>entity<TAB><TAB>flagged).
class KcatDocumentFormat {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::KcatDocumentFormat)

public:
    static constexpr const char* Marker = "%%TYPE_ANNOTATIONS%%";
    static constexpr const char* FlagWord = "flagged";

    // knownTypes: the type set's paths (empty accepts any well-formed path).
    static bool read(const QByteArray& bytes, const QString& fileName, const QSet<QString>& knownTypes,
                     DocumentData* document, ImportError* error);
    static QByteArray write(const DocumentData& document);
};

} // namespace kcat::annotation
