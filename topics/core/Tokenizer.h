#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kcat::topics {

class Lemmatizer;

struct TokenizerOptions {
    bool removeStopWords = true;
    int minLength = 2;        // shorter tokens are dropped
    bool keepNumbers = false; // tokens without a letter are dropped unless set
};

// Splits text into sentences of lower-cased word tokens with Unicode (UAX #29) sentence and word
// boundaries; drops stop words and, with a lemmatizer, maps each token to its WordNet base form.
class Tokenizer {
public:
    explicit Tokenizer(TokenizerOptions options = {}, const Lemmatizer* lemmatizer = nullptr);

    QVector<QStringList> sentences(const QString& text) const;
    QStringList tokens(const QString& text) const;

    // The shipped English stop-word list.
    static const QSet<QString>& englishStopWords();

private:
    void addWords(const QString& sentence, QStringList* out) const;

    TokenizerOptions m_options;
    const Lemmatizer* m_lemmatizer;
};

} // namespace kcat::topics
