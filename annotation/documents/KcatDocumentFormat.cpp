#include "annotation/documents/KcatDocumentFormat.h"

#include "annotation/documents/TypePaths.h"

#include <QFileInfo>
#include <QHash>

namespace kcat::annotation {

bool KcatDocumentFormat::read(const QByteArray& bytes, const QString& fileName,
                              const QSet<QString>& knownTypes, DocumentData* document, ImportError* error) {
    QString all;
    if (!ImportChecks::decodeUtf8(bytes, fileName, &all, error))
        return false;
    const QString marker = QLatin1String(Marker);
    const QStringList allLines = all.split(QLatin1Char('\n'));
    int markerLine = -1;
    for (int i = 0; i < allLines.size() && markerLine < 0; ++i)
        if (allLines[i] == marker || allLines[i] == marker + QLatin1Char('\r'))
            markerLine = i;
    if (markerLine < 0) {
        *error = {fileName, int(allLines.size()), tr("expected a line %1 after the text").arg(marker)};
        return false;
    }
    DocumentData doc;
    doc.name = QFileInfo(fileName).completeBaseName();
    doc.text = allLines.mid(0, markerLine).join(QLatin1Char('\n'));
    const int firstLine = markerLine + 2;
    const QStringList lines = allLines.mid(markerLine + 1);
    QHash<QPair<int, int>, int> bySpan; // span -> index in doc.mentions
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = firstLine + i;
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        bool okStart = false;
        bool okEnd = false;
        const int start = f.value(0).toInt(&okStart);
        const int endInclusive = f.value(1).toInt(&okEnd);
        if (f.size() < 3 || f.size() > 5 || !okStart || !okEnd) {
            *error = {fileName, lineNo,
                      tr("expected start<TAB>end<TAB>entity[<TAB>type][<TAB>flagged] with integer offsets, "
                         "found \"%1\"")
                          .arg(line.left(80))};
            return false;
        }
        if (f.size() == 5 && f[4] != QLatin1String(FlagWord)) {
            *error = {fileName, lineNo,
                      tr("expected \"%1\" or nothing in the fifth field, found \"%2\"")
                          .arg(QLatin1String(FlagWord), f[4].left(40))};
            return false;
        }
        Mention m;
        m.start = start;
        m.end = endInclusive + 1;
        const QString entity = f[2];
        if (entity == QLatin1String("NIL")) {
            m.link = LinkState::Nil;
        } else if (!entity.isEmpty()) {
            m.link = LinkState::Linked;
            m.entity = entity;
        }
        m.flagged = f.size() == 5;
        if (f.size() >= 4 && !f[3].isEmpty()) {
            const QString problem = ImportChecks::checkType(f[3], knownTypes);
            if (!problem.isEmpty()) {
                *error = {fileName, lineNo, problem};
                return false;
            }
            m.types = TypePaths::closeUnderAncestors({f[3]});
        }
        const auto key = qMakePair(m.start, m.end);
        if (bySpan.contains(key)) {
            Mention& prior = doc.mentions[bySpan.value(key)];
            if (prior.link != m.link || prior.entity != m.entity) {
                *error = {fileName, lineNo,
                          tr("span %1-%2 repeats an earlier line with a different entity (expected the same "
                             "entity on every line of one mention)")
                              .arg(start)
                              .arg(endInclusive)};
                return false;
            }
            prior.types = TypePaths::closeUnderAncestors(prior.types + m.types);
            prior.flagged = prior.flagged || m.flagged;
            continue;
        }
        const QString problem = ImportChecks::addChecked(doc, m);
        if (!problem.isEmpty()) {
            *error = {fileName, lineNo, problem};
            return false;
        }
        bySpan.insert(key, doc.mentions.size() - 1);
    }
    ImportChecks::sortMentions(doc.mentions);
    *document = doc;
    return true;
}

QByteArray KcatDocumentFormat::write(const DocumentData& document) {
    QString out = document.text;
    out += QLatin1Char('\n');
    out += QLatin1String(Marker);
    out += QLatin1Char('\n');
    QVector<Mention> mentions = document.mentions;
    ImportChecks::sortMentions(mentions);
    for (const Mention& m : mentions) {
        const QString entity = m.link == LinkState::Nil ? QStringLiteral("NIL") : m.entity;
        const QString head = QStringLiteral("%1\t%2\t%3").arg(m.start).arg(m.end - 1).arg(entity);
        const QString flag = m.flagged ? QLatin1Char('\t') + QLatin1String(FlagWord) : QString();
        const QStringList leaves = TypePaths::leaves(m.types);
        if (leaves.isEmpty())
            out += head + (m.flagged ? QLatin1Char('\t') + flag : QString()) + QLatin1Char('\n');
        for (const QString& t : leaves)
            out += head + QLatin1Char('\t') + t + flag + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace kcat::annotation
