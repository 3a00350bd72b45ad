#pragma once

#include "topics/core/TokenizedCorpus.h"

#include <Eigen/Dense>

#include <QCoreApplication>

namespace kcat::topics {

// Word vectors aligned with a vocabulary; rows of words without a vector are flagged missing.
struct WordEmbeddings {
    Eigen::MatrixXd vectors; // vocabulary size x dim
    QVector<bool> present;   // false: the word has no vector (a loaded file did not cover it)

    // PPMI of sentence-window co-occurrence counts, reduced by a randomised truncated SVD
    // (Halko et al., two power iterations); rows are U * sqrt(S), unit-normalised.
    static WordEmbeddings fromPpmiSvd(const TokenizedCorpus& corpus, int window, int dim, quint64 seed);
    // word2vec text ("n dim" header) or binary, or GloVe text (no header), picked by content.
    static WordEmbeddings load(const QString& path, const QStringList& vocabulary);
};

class WordEmbeddingsLoader {
    Q_DECLARE_TR_FUNCTIONS(kcat::topics::WordEmbeddingsLoader)
    friend struct WordEmbeddings;
};

} // namespace kcat::topics
