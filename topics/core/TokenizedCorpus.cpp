#include "topics/core/TokenizedCorpus.h"

#include <QMap>

#include <algorithm>

namespace kcat::topics {

qint64 TokenizedCorpus::tokenCount() const {
    qint64 n = 0;
    for (const auto& doc : documents)
        for (const auto& s : doc)
            n += s.size();
    return n;
}

QVector<int> TokenizedCorpus::words(int document) const {
    QVector<int> all;
    for (const auto& s : documents[document])
        all += s;
    return all;
}

TokenizedCorpus TokenizedCorpus::build(const Corpus& corpus, const Tokenizer& tokenizer,
                                       const VocabularyOptions& options, const Progress& progress) {
    const int n = int(corpus.documents.size());
    QVector<QVector<QStringList>> raw(n);
    QHash<QString, int> df;
    for (int d = 0; d < n; ++d) {
        if (progress.isCancelled())
            throw Cancelled{};
        raw[d] = tokenizer.sentences(corpus.documents[d].text);
        QSet<QString> seen;
        for (const QStringList& s : raw[d])
            for (const QString& w : s)
                seen.insert(w);
        for (const QString& w : seen)
            ++df[w];
        if (d % 1000 == 0)
            progress.tick(d, n);
    }
    const double maxDf = options.maxDocumentFraction * n;
    QStringList kept;
    for (auto it = df.cbegin(); it != df.cend(); ++it)
        if (it.value() >= options.minDocumentFrequency && it.value() <= maxDf)
            kept << it.key();
    kept.sort(); // ids independent of hash order
    QHash<QString, int> id;
    for (int i = 0; i < kept.size(); ++i)
        id.insert(kept[i], i);

    TokenizedCorpus out;
    out.vocabulary = kept;
    out.documents.resize(n);
    for (int d = 0; d < n; ++d) {
        for (const QStringList& s : raw[d]) {
            QVector<int> ids;
            for (const QString& w : s) {
                const auto it = id.constFind(w);
                if (it != id.constEnd())
                    ids << it.value();
            }
            if (!ids.isEmpty())
                out.documents[d] << ids;
        }
        out.labels << corpus.documents[d].label;
        out.ids << corpus.documents[d].id;
    }
    progress.tick(n, n);
    return out;
}

qint64 FeatureMatrix::total() const {
    qint64 n = 0;
    for (int d = 0; d < documents(); ++d)
        n += rowTotal(d);
    return n;
}

qint64 FeatureMatrix::rowTotal(int document) const {
    qint64 n = 0;
    for (const auto& [f, c] : rows[document])
        n += c;
    return n;
}

FeatureMatrix FeatureMatrix::fromCounts(const QStringList& names, const QVector<QHash<int, int>>& counts) {
    FeatureMatrix m;
    m.featureNames = names;
    m.rows.resize(counts.size());
    for (int d = 0; d < counts.size(); ++d) {
        for (auto it = counts[d].cbegin(); it != counts[d].cend(); ++it)
            if (it.value() > 0)
                m.rows[d].append({it.key(), it.value()});
        std::sort(m.rows[d].begin(), m.rows[d].end());
    }
    return m;
}

FeatureMatrix FeatureMatrix::bagOfWords(const TokenizedCorpus& corpus) {
    QVector<QHash<int, int>> counts(corpus.size());
    for (int d = 0; d < corpus.size(); ++d)
        for (const auto& s : corpus.documents[d])
            for (int w : s)
                ++counts[d][w];
    return fromCounts(corpus.vocabulary, counts);
}

FeatureMatrix FeatureMatrix::concatenate(const FeatureMatrix& a, const FeatureMatrix& b) {
    FeatureMatrix m;
    m.featureNames = a.featureNames + b.featureNames;
    m.rows = a.rows;
    const int offset = a.features();
    for (int d = 0; d < m.documents(); ++d)
        for (const auto& [f, c] : b.rows[d])
            m.rows[d].append({f + offset, c});
    return m;
}

} // namespace kcat::topics
