#pragma once

#include "topics/core/Corpus.h"
#include "topics/core/Tokenizer.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>

namespace kcat::topics {

// Cancel flag and progress sink for long steps; compatible with core::JobControl through a lambda.
struct Progress {
    std::function<void(qint64 done, qint64 total)> report;
    std::function<bool()> cancelled;

    void tick(qint64 done, qint64 total) const {
        if (report)
            report(done, total);
    }
    bool isCancelled() const { return cancelled && cancelled(); }
};

// Thrown by a long step when its cancel flag was raised.
struct Cancelled {};

struct VocabularyOptions {
    int minDocumentFrequency = 2;     // words in fewer documents are dropped
    double maxDocumentFraction = 0.5; // words in a larger fraction of documents are dropped
};

// A corpus after tokenisation and vocabulary filtering: each document a list of sentences of word ids.
struct TokenizedCorpus {
    QStringList vocabulary;
    QVector<QVector<QVector<int>>> documents; // document -> sentence -> word ids
    QStringList labels;                       // one per document ("" when unlabelled)
    QStringList ids;

    int size() const { return int(documents.size()); }
    qint64 tokenCount() const;
    QVector<int> words(int document) const; // the document's word ids in order

    static TokenizedCorpus build(const Corpus& corpus, const Tokenizer& tokenizer,
                                 const VocabularyOptions& options, const Progress& progress = {});
};

// Sparse document-by-feature counts, the input of every topic model.
struct FeatureMatrix {
    QStringList featureNames;
    QVector<QVector<QPair<int, int>>> rows; // document -> (feature id, count), ids ascending

    int documents() const { return int(rows.size()); }
    int features() const { return int(featureNames.size()); }
    qint64 total() const;
    qint64 rowTotal(int document) const;

    static FeatureMatrix bagOfWords(const TokenizedCorpus& corpus);
    // Row-wise concatenation (same documents): features of b follow those of a.
    static FeatureMatrix concatenate(const FeatureMatrix& a, const FeatureMatrix& b);
    static FeatureMatrix fromCounts(const QStringList& names, const QVector<QHash<int, int>>& counts);
};

} // namespace kcat::topics
