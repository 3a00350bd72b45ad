#include "topics/core/Tokenizer.h"

#include "topics/core/Lemmatizer.h"

#include <QTextBoundaryFinder>

namespace kcat::topics {

Tokenizer::Tokenizer(TokenizerOptions options, const Lemmatizer* lemmatizer)
    : m_options(options)
    , m_lemmatizer(lemmatizer) {}

void Tokenizer::addWords(const QString& sentence, QStringList* out) const {
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, sentence);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        const QString piece = sentence.mid(start, end - start);
        start = end;
        bool letter = false;
        bool wordChar = false;
        for (const QChar c : piece) {
            letter = letter || c.isLetter();
            wordChar = wordChar || c.isLetterOrNumber();
        }
        if (!wordChar || (!letter && !m_options.keepNumbers))
            continue;
        QString token = piece.toLower();
        // "dog's" -> "dog": the possessive clitic carries no topic.
        if (token.endsWith(QLatin1String("'s")) || token.endsWith(QStringLiteral("\u2019s")))
            token.chop(2);
        if (token.size() < m_options.minLength)
            continue;
        if (m_options.removeStopWords && englishStopWords().contains(token))
            continue;
        if (m_lemmatizer)
            token = m_lemmatizer->lemma(token);
        out->append(token);
    }
}

QVector<QStringList> Tokenizer::sentences(const QString& text) const {
    QVector<QStringList> result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        // Semicolons separate a WordNet gloss from its examples; treat them as sentence ends too.
        const QStringList parts = text.mid(start, end - start).split(QLatin1Char(';'));
        start = end;
        for (const QString& part : parts) {
            QStringList words;
            addWords(part, &words);
            if (!words.isEmpty())
                result << words;
        }
    }
    return result;
}

QStringList Tokenizer::tokens(const QString& text) const {
    QStringList all;
    for (const QStringList& s : sentences(text))
        all += s;
    return all;
}

const QSet<QString>& Tokenizer::englishStopWords() {
    // A common English list (the union of the SMART-style short list and NLTK's), lower case.
    static const QSet<QString> words = [] {
        const char* list =
            "a about above after again against all almost also although always am among an and another any "
            "anybody anyone anything anywhere are aren't around as at be became because become becomes been "
            "before being below between both but by can can't cannot could couldn't did didn't do does "
            "doesn't "
            "doing don't done down during each either else enough etc even ever every everyone everything "
            "few for from further get gets got had hadn't has hasn't have haven't having he he'd he'll he's "
            "her "
            "here here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is "
            "isn't "
            "it it's its itself just least less let's like made make many may me might more most mostly much "
            "must mustn't my myself neither never no nobody none nor not nothing now of off often on once "
            "one "
            "only onto or other others otherwise ought our ours ourselves out over own per perhaps quite "
            "rather "
            "same several shall shan't she she'd she'll she's should shouldn't since so some somebody "
            "someone "
            "something sometimes somewhat such than that that's the their theirs them themselves then there "
            "there's therefore these they they'd they'll they're they've this those though through thus to "
            "too toward towards under until up upon us use used using usually very via was wasn't we we'd "
            "we'll we're we've were weren't what what's whatever when when's where where's whereas whether "
            "which while who who's whoever whom whose why why's will with within without won't would "
            "wouldn't yet you you'd you'll you're you've your yours yourself yourselves";
        QSet<QString> set;
        for (const QString& w : QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            set.insert(w);
        return set;
    }();
    return words;
}

} // namespace kcat::topics
