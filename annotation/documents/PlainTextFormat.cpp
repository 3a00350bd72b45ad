#include "annotation/documents/PlainTextFormat.h"

#include <QFileInfo>

namespace kcat::annotation {

bool PlainTextFormat::read(const QByteArray& bytes, const QString& fileName, DocumentData* document,
                           ImportError* error) {
    DocumentData doc;
    if (!ImportChecks::decodeUtf8(bytes, fileName, &doc.text, error))
        return false;
    doc.name = QFileInfo(fileName).completeBaseName();
    *document = doc;
    return true;
}

QByteArray PlainTextFormat::write(const DocumentData& document) {
    return document.text.toUtf8();
}

} // namespace kcat::annotation
