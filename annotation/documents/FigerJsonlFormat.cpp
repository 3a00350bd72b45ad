#include "annotation/documents/FigerJsonlFormat.h"

#include "annotation/documents/TypePaths.h"
#include "compute/core/Json.h"

#include <QFileInfo>

#include <algorithm>
#include <set>

namespace kcat::annotation {

namespace {

struct Token {
    int start;
    int end;
};

// Whitespace-separated tokens, further split at every mention boundary.
QVector<Token> tokenize(const DocumentData& doc) {
    std::set<int> cuts;
    for (const Mention& m : doc.mentions) {
        cuts.insert(m.start);
        cuts.insert(m.end);
    }
    QVector<Token> tokens;
    int start = -1;
    const int n = int(doc.text.size());
    for (int i = 0; i <= n; ++i) {
        const bool space = i == n || doc.text.at(i).isSpace();
        if (start >= 0 && (space || cuts.count(i))) {
            tokens.push_back({start, i});
            start = -1;
        }
        if (!space && start < 0)
            start = i;
    }
    return tokens;
}

} // namespace

bool FigerJsonlFormat::read(const QByteArray& bytes, const QString& fileName, const QSet<QString>& knownTypes,
                            QVector<DocumentData>* documents, ImportError* error) {
    QString all;
    if (!ImportChecks::decodeUtf8(bytes, fileName, &all, error))
        return false;
    const QStringList lines = all.split(QLatin1Char('\n'));
    const QString base = QFileInfo(fileName).completeBaseName();
    QVector<DocumentData> out;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        auto fail = [&](const QString& what) {
            *error = {fileName, lineNo, what};
            return false;
        };
        nlohmann::json j = nlohmann::json::parse(line.toStdString(), nullptr, false);
        if (j.is_discarded() || !j.is_object())
            return fail(tr("expected a JSON object with \"tokens\" and \"mentions\""));
        if (!j.contains("tokens") || !j["tokens"].is_array())
            return fail(tr("expected \"tokens\": an array of strings"));
        DocumentData doc;
        QVector<int> tokenStart;
        QVector<int> tokenEnd;
        for (const auto& t : j["tokens"]) {
            if (!t.is_string())
                return fail(tr("expected \"tokens\": an array of strings"));
            const QString token = core::toQString(t);
            if (token.isEmpty() ||
                std::any_of(token.begin(), token.end(), [](QChar c) { return c.isSpace(); }))
                return fail(tr("token \"%1\" is empty or holds whitespace (expected one word)").arg(token));
            if (!doc.text.isEmpty())
                doc.text += QLatin1Char(' ');
            tokenStart << int(doc.text.size());
            doc.text += token;
            tokenEnd << int(doc.text.size());
        }
        if (j.contains("fileid") && j["fileid"].is_string())
            doc.name = core::toQString(j["fileid"]);
        else
            doc.name = QStringLiteral("%1-%2").arg(base).arg(lineNo);
        if (!j.contains("mentions") || !j["mentions"].is_array())
            return fail(tr("expected \"mentions\": an array of objects"));
        for (const auto& jm : j["mentions"]) {
            if (!jm.is_object() || !jm.contains("start") || !jm.contains("end") ||
                !jm["start"].is_number_integer() || !jm["end"].is_number_integer())
                return fail(tr("expected each mention to have integer \"start\" and \"end\" token offsets"));
            const int s = jm["start"].get<int>();
            const int e = jm["end"].get<int>();
            if (s < 0 || e > tokenStart.size() || s >= e)
                return fail(tr("mention tokens %1-%2 are out of range (expected 0 <= start < end <= %3)")
                                .arg(s)
                                .arg(e)
                                .arg(tokenStart.size()));
            Mention m;
            m.start = tokenStart[s];
            m.end = tokenEnd[e - 1];
            if (jm.contains("labels")) {
                if (!jm["labels"].is_array())
                    return fail(tr("expected \"labels\": an array of type paths"));
                for (const auto& l : jm["labels"]) {
                    const QString type = l.is_string() ? core::toQString(l) : QString();
                    const QString problem = ImportChecks::checkType(type, knownTypes);
                    if (!problem.isEmpty())
                        return fail(problem);
                    m.types << type;
                }
                m.types = TypePaths::closeUnderAncestors(m.types);
            }
            if (jm.contains("entity")) {
                if (jm["entity"].is_null()) {
                    m.link = LinkState::Nil;
                } else if (jm["entity"].is_string()) {
                    m.link = LinkState::Linked;
                    m.entity = core::toQString(jm["entity"]);
                } else {
                    return fail(tr("expected \"entity\": a string, or null for NIL"));
                }
            }
            m.flagged = jm.contains("flagged") && jm["flagged"].is_boolean() && jm["flagged"].get<bool>();
            const QString problem = ImportChecks::addChecked(doc, m);
            if (!problem.isEmpty())
                return fail(problem);
        }
        ImportChecks::sortMentions(doc.mentions);
        out.push_back(doc);
    }
    *documents = out;
    return true;
}

QByteArray FigerJsonlFormat::writeLine(const DocumentData& doc) {
    const QVector<Token> tokens = tokenize(doc);
    nlohmann::json j;
    j["tokens"] = nlohmann::json::array();
    for (const Token& t : tokens)
        j["tokens"].push_back(doc.text.mid(t.start, t.end - t.start));
    j["mentions"] = nlohmann::json::array();
    QVector<Mention> mentions = doc.mentions;
    ImportChecks::sortMentions(mentions);
    for (const Mention& m : mentions) {
        const auto first =
            std::find_if(tokens.begin(), tokens.end(), [&](const Token& t) { return t.start == m.start; });
        const auto last =
            std::find_if(tokens.begin(), tokens.end(), [&](const Token& t) { return t.end == m.end; });
        if (first == tokens.end() || last == tokens.end())
            continue; // a mention of nothing but whitespace has no tokens
        nlohmann::json jm;
        jm["start"] = int(first - tokens.begin());
        jm["end"] = int(last - tokens.begin()) + 1;
        jm["labels"] = TypePaths::closeUnderAncestors(m.types);
        if (m.link == LinkState::Linked)
            jm["entity"] = m.entity;
        else if (m.link == LinkState::Nil)
            jm["entity"] = nullptr;
        if (m.flagged)
            jm["flagged"] = true;
        j["mentions"].push_back(jm);
    }
    j["fileid"] = doc.name;
    return QByteArray::fromStdString(j.dump()) + '\n';
}

QByteArray FigerJsonlFormat::write(const QVector<DocumentData>& documents) {
    QByteArray out;
    for (const DocumentData& d : documents)
        out += writeLine(d);
    return out;
}

} // namespace kcat::annotation
