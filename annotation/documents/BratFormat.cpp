#include "annotation/documents/BratFormat.h"

#include "annotation/documents/TypePaths.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace kcat::annotation {

namespace {

// The .ann text field is one line: brat shows line breaks inside a span as spaces.
QString oneLine(QString s) {
    return s.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
}

} // namespace

bool BratFormat::read(const QByteArray& txt, const QByteArray& ann, const QString& txtName,
                      const QString& annName, const QSet<QString>& knownTypes, DocumentData* document,
                      ImportError* error) {
    DocumentData doc;
    if (!ImportChecks::decodeUtf8(txt, txtName, &doc.text, error))
        return false;
    QString annText;
    if (!ImportChecks::decodeUtf8(ann, annName, &annText, error))
        return false;
    doc.name = QFileInfo(txtName).completeBaseName();
    static const QRegularExpression textBound(QStringLiteral("^(T\\d+)\\t(\\S+) (\\d+) (\\d+)\\t(.*)$"));
    static const QRegularExpression normalization(
        QStringLiteral("^N\\d+\\tReference (T\\d+) ([^:\\s]+):(\\S+)(\\t.*)?$"));
    static const QRegularExpression attribute(QStringLiteral("^A\\d+\\tFlagged (T\\d+)$"));
    QHash<QString, int> byId;           // T id -> mention index
    QHash<QPair<int, int>, int> bySpan; // span -> mention index
    const QStringList lines = annText.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        auto fail = [&](const QString& what) {
            *error = {annName, lineNo, what};
            return false;
        };
        if (line.startsWith(QLatin1Char('T'))) {
            const auto match = textBound.match(line);
            if (!match.hasMatch())
                return fail(tr("expected \"T<n><TAB>TYPE START END<TAB>TEXT\" with one continuous span"));
            const QString id = match.captured(1);
            const QString type = match.captured(2);
            const int start = match.captured(3).toInt();
            const int end = match.captured(4).toInt();
            if (byId.contains(id))
                return fail(tr("annotation id %1 is used twice (expected unique ids)").arg(id));
            if (start >= 0 && end <= doc.text.size() && start < end &&
                oneLine(doc.text.mid(start, end - start)) != match.captured(5))
                return fail(tr("the text at %1-%2 is \"%3\" (expected the annotation's text \"%4\")")
                                .arg(start)
                                .arg(end)
                                .arg(doc.text.mid(start, end - start), match.captured(5)));
            QStringList types;
            if (type != QLatin1String(UntypedLabel)) {
                const QString problem = ImportChecks::checkType(type, knownTypes);
                if (!problem.isEmpty())
                    return fail(problem);
                types = TypePaths::closeUnderAncestors({type});
            }
            const auto key = qMakePair(start, end);
            if (bySpan.contains(key)) {
                Mention& prior = doc.mentions[bySpan.value(key)];
                prior.types = TypePaths::closeUnderAncestors(prior.types + types);
                byId.insert(id, bySpan.value(key));
                continue;
            }
            Mention m;
            m.start = start;
            m.end = end;
            m.types = types;
            const QString problem = ImportChecks::addChecked(doc, m);
            if (!problem.isEmpty())
                return fail(problem);
            bySpan.insert(key, doc.mentions.size() - 1);
            byId.insert(id, doc.mentions.size() - 1);
        } else if (line.startsWith(QLatin1Char('N'))) {
            const auto match = normalization.match(line);
            if (!match.hasMatch())
                return fail(tr("expected \"N<n><TAB>Reference T<n> KB:ENTITY<TAB>NAME\""));
            if (!byId.contains(match.captured(1)))
                return fail(tr("%1 is not an earlier text-bound annotation (expected T lines first)")
                                .arg(match.captured(1)));
            Mention& m = doc.mentions[byId.value(match.captured(1))];
            if (match.captured(3) == QLatin1String("NIL")) {
                m.link = LinkState::Nil;
                m.entity.clear();
            } else {
                m.link = LinkState::Linked;
                m.entity = match.captured(3);
            }
        } else if (line.startsWith(QLatin1Char('A'))) {
            const auto match = attribute.match(line);
            if (!match.hasMatch())
                return fail(tr("expected \"A<n><TAB>Flagged T<n>\" (the only attribute KCAT uses)"));
            if (!byId.contains(match.captured(1)))
                return fail(tr("%1 is not an earlier text-bound annotation (expected T lines first)")
                                .arg(match.captured(1)));
            doc.mentions[byId.value(match.captured(1))].flagged = true;
        } else {
            return fail(tr("unsupported annotation \"%1\" (expected T, N, A or # lines)").arg(line.left(40)));
        }
    }
    ImportChecks::sortMentions(doc.mentions);
    *document = doc;
    return true;
}

QByteArray BratFormat::writeText(const DocumentData& document) {
    return document.text.toUtf8();
}

QByteArray BratFormat::writeAnnotations(const DocumentData& document) {
    QString out;
    int t = 0;
    int n = 0;
    int a = 0;
    QVector<Mention> mentions = document.mentions;
    ImportChecks::sortMentions(mentions);
    for (const Mention& m : mentions) {
        const QString surface = oneLine(document.text.mid(m.start, m.end - m.start));
        QStringList labels = TypePaths::leaves(m.types);
        if (labels.isEmpty())
            labels << QLatin1String(UntypedLabel);
        const QString first = QStringLiteral("T%1").arg(t + 1);
        for (const QString& label : labels)
            out += QStringLiteral("T%1\t%2 %3 %4\t%5\n")
                       .arg(++t)
                       .arg(label)
                       .arg(m.start)
                       .arg(m.end)
                       .arg(surface);
        if (m.link == LinkState::Linked)
            out += QStringLiteral("N%1\tReference %2 KB:%3\t%4\n").arg(++n).arg(first, m.entity, surface);
        else if (m.link == LinkState::Nil)
            out += QStringLiteral("N%1\tReference %2 KB:NIL\t%3\n").arg(++n).arg(first, surface);
        if (m.flagged)
            out += QStringLiteral("A%1\tFlagged %2\n").arg(++a).arg(first);
    }
    return out.toUtf8();
}

} // namespace kcat::annotation
