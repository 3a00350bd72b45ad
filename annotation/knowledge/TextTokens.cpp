#include "annotation/knowledge/TextTokens.h"

#include <QSet>

namespace kcat::annotation {

namespace {

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

const QSet<QString>& stopWords() {
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char* list[] = {"a",    "an",   "and",  "are",   "as",    "at",    "be",    "by",    "for",
                              "from", "had",  "has",  "have",  "he",    "her",   "his",   "in",    "is",
                              "it",   "its",  "of",   "on",    "or",    "she",   "that",  "the",   "their",
                              "this", "to",   "was",  "were",  "which", "who",   "with",  "also",  "one",
                              "not",  "but",  "they", "them",  "there", "these", "those", "been",  "being",
                              "into", "than", "then", "where", "when",  "while", "after", "before"};
        for (const char* w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

} // namespace

std::vector<TextToken> tokenize(QStringView text) {
    std::vector<TextToken> out;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (isWordChar(c)) {
            int j = i + 1;
            while (j < n && isWordChar(text[j]))
                ++j;
            out.push_back({i, j, true});
            i = j;
        } else {
            // A surrogate pair stays one token.
            const int len = (c.isHighSurrogate() && i + 1 < n) ? 2 : 1;
            out.push_back({i, i + len, false});
            i += len;
        }
    }
    return out;
}

QString normalizedAlias(QStringView text) {
    QString out;
    out.reserve(text.size() + 4);
    for (const TextToken& t : tokenize(text)) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += text.mid(t.start, t.end - t.start);
    }
    return out;
}

std::vector<QString> contextTerms(QStringView text) {
    std::vector<QString> out;
    for (const TextToken& t : tokenize(text)) {
        if (!t.word || t.end - t.start < 2)
            continue;
        QString term = text.mid(t.start, t.end - t.start).toString().toLower();
        if (!stopWords().contains(term))
            out.push_back(std::move(term));
    }
    return out;
}

} // namespace kcat::annotation
