#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace kcat::topics {

// WordNet's morphy: exception lists (*.exc) first, then the detachment suffix rules, accepting a candidate
// only when it is a WordNet lemma (index.*). Nouns are tried first, then verbs, then adjectives.
class Lemmatizer {
    Q_DECLARE_TR_FUNCTIONS(kcat::topics::Lemmatizer)

public:
    // Loads /usr/share/wordnet (or folder); throws CorpusError when a file is missing or unreadable.
    explicit Lemmatizer(const QString& folder = QStringLiteral("/usr/share/wordnet"));

    QString lemma(const QString& word) const;

private:
    enum Pos { Noun, Verb, Adj, PosCount };
    QString morphy(const QString& word, Pos pos) const;

    QHash<QString, QString> m_exceptions[PosCount];
    QSet<QString> m_lemmas[PosCount];
};

} // namespace kcat::topics
