#include "topics/core/Lemmatizer.h"

#include "topics/core/Corpus.h"

#include <QDir>

namespace kcat::topics {

Lemmatizer::Lemmatizer(const QString& folder) {
    const char* names[PosCount] = {"noun", "verb", "adj"};
    const QDir dir(folder);
    for (int p = 0; p < PosCount; ++p) {
        const QString exc = dir.filePath(QStringLiteral("%1.exc").arg(QLatin1String(names[p])));
        const QString text = CorpusImporter::decodeUtf8(CorpusImporter::readFile(exc), exc);
        for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (f.size() >= 2)
                m_exceptions[p].insert(f[0], f[1]);
        }
        const QString index = dir.filePath(QStringLiteral("index.%1").arg(QLatin1String(names[p])));
        const QString itext = CorpusImporter::decodeUtf8(CorpusImporter::readFile(index), index);
        for (const QString& line : itext.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1Char(' ')))
                continue;
            m_lemmas[p].insert(line.left(line.indexOf(QLatin1Char(' '))));
        }
    }
}

QString Lemmatizer::morphy(const QString& word, Pos pos) const {
    // Detachment rules from WordNet's morph.c.
    static const QVector<QPair<QString, QString>> rules[PosCount] = {
        {{"s", ""},
         {"ses", "s"},
         {"xes", "x"},
         {"zes", "z"},
         {"ches", "ch"},
         {"shes", "sh"},
         {"men", "man"},
         {"ies", "y"}},
        {{"s", ""},
         {"ies", "y"},
         {"es", "e"},
         {"es", ""},
         {"ed", "e"},
         {"ed", ""},
         {"ing", "e"},
         {"ing", ""}},
        {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
    };
    const auto it = m_exceptions[pos].constFind(word);
    if (it != m_exceptions[pos].constEnd())
        return it.value();
    if (m_lemmas[pos].contains(word))
        return word;
    for (const auto& [suffix, ending] : rules[pos]) {
        if (word.size() > suffix.size() && word.endsWith(suffix)) {
            const QString candidate = word.left(word.size() - suffix.size()) + ending;
            if (m_lemmas[pos].contains(candidate))
                return candidate;
        }
    }
    return {};
}

QString Lemmatizer::lemma(const QString& word) const {
    for (Pos pos : {Noun, Verb, Adj}) {
        const QString base = morphy(word, pos);
        if (!base.isEmpty())
            return base;
    }
    return word;
}

} // namespace kcat::topics
