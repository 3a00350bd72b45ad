#include "annotation/documents/ImportError.h"

#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/TypePaths.h"

#include <algorithm>

namespace kcat::annotation {

QString ImportError::message() const {
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(what);
    return QStringLiteral("%1: %2").arg(file, what);
}

namespace {

// Length of the valid UTF-8 sequence starting at i, or 0 when it is invalid.
int sequenceLength(const unsigned char* p, qsizetype i, qsizetype n) {
    const unsigned char c = p[i];
    if (c < 0x80)
        return 1;
    int len = 0;
    unsigned int cp = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + len > n)
        return 0;
    for (int k = 1; k < len; ++k) {
        if ((p[i + k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    static const unsigned int minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < minimum[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

} // namespace

bool ImportChecks::decodeUtf8(const QByteArray& bytes, const QString& file, QString* text,
                              ImportError* error) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    int line = 1;
    for (qsizetype i = 0; i < n;) {
        const int len = sequenceLength(p, i, n);
        if (len == 0) {
            *error = {file, line,
                      tr("invalid UTF-8 byte 0x%1 at byte %2 (expected text encoded as UTF-8)")
                          .arg(int(p[i]), 2, 16, QLatin1Char('0'))
                          .arg(i)};
            return false;
        }
        if (p[i] == '\n')
            ++line;
        i += len;
    }
    *text = QString::fromUtf8(bytes);
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    return true;
}

QString ImportChecks::checkType(const QString& type, const QSet<QString>& knownTypes) {
    if (!TypePaths::isValidPath(type))
        return tr("malformed type \"%1\" (expected a path like /person/artist)").arg(type);
    if (!knownTypes.isEmpty() && !knownTypes.contains(type))
        return tr("unknown type \"%1\" (expected a type of the project's type set)").arg(type);
    return QString();
}

QString ImportChecks::addChecked(DocumentData& doc, const Mention& mention) {
    const QString problem = DocumentStore::checkSpan(doc.text, doc.mentions, mention.start, mention.end);
    if (!problem.isEmpty())
        return problem;
    doc.mentions.push_back(mention);
    return QString();
}

void ImportChecks::sortMentions(QVector<Mention>& mentions) {
    std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
}

} // namespace kcat::annotation
