#pragma once

#include "annotation/documents/ImportError.h"

namespace kcat::annotation {

// Plain UTF-8 text: the whole file is the document's text, with no mentions (the mention detector or the
// annotator adds them). Writing gives the text back byte for byte.
class PlainTextFormat {
public:
    static bool read(const QByteArray& bytes, const QString& fileName, DocumentData* document,
                     ImportError* error);
    static QByteArray write(const DocumentData& document);
};

} // namespace kcat::annotation
