#include "topics/core/WordEmbeddings.h"

#include <Eigen/Sparse>

#include <QFile>

#include <cmath>
#include <cstring>
#include <random>

namespace kcat::topics {

WordEmbeddings WordEmbeddings::fromPpmiSvd(const TokenizedCorpus& corpus, int window, int dim, quint64 seed) {
    const int v = corpus.vocabulary.size();
    QHash<quint64, double> counts;
    for (const auto& doc : corpus.documents)
        for (const auto& s : doc)
            for (int i = 0; i < s.size(); ++i)
                for (int j = i + 1; j < s.size() && j <= i + window; ++j) {
                    if (s[i] == s[j])
                        continue;
                    counts[(quint64(s[i]) << 32) | quint64(s[j])] += 1.0;
                    counts[(quint64(s[j]) << 32) | quint64(s[i])] += 1.0;
                }
    Eigen::VectorXd row = Eigen::VectorXd::Zero(v);
    double total = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        row[int(it.key() >> 32)] += it.value();
        total += it.value();
    }
    // Context distribution smoothed with exponent 0.75 (Levy, Goldberg & Dagan 2015).
    Eigen::VectorXd context = row.array().pow(0.75);
    const double contextTotal = context.sum();
    std::vector<Eigen::Triplet<double>> triplets;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const int a = int(it.key() >> 32), b = int(it.key() & 0xffffffffULL);
        const double pmi = std::log(it.value() * contextTotal / (row[a] * context[b]));
        if (pmi > 0)
            triplets.emplace_back(a, b, pmi);
    }
    Eigen::SparseMatrix<double> m(v, v);
    m.setFromTriplets(triplets.begin(), triplets.end());
    WordEmbeddings out;
    out.present = QVector<bool>(v, true);
    const int k = std::max(1, std::min(dim, v));
    const int sketch = std::min(v, k + 10);
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    Eigen::MatrixXd omega(v, sketch);
    for (int c = 0; c < sketch; ++c)
        for (int r = 0; r < v; ++r)
            omega(r, c) = normal(rng);
    Eigen::MatrixXd y = m * omega;
    for (int power = 0; power < 2; ++power) {
        Eigen::HouseholderQR<Eigen::MatrixXd> qr(y);
        y = qr.householderQ() * Eigen::MatrixXd::Identity(v, sketch);
        y = m * (m.transpose() * y);
    }
    Eigen::HouseholderQR<Eigen::MatrixXd> qr(y);
    const Eigen::MatrixXd q = qr.householderQ() * Eigen::MatrixXd::Identity(v, sketch);
    const Eigen::MatrixXd b = (m.transpose() * q).transpose(); // sketch x v
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(b, Eigen::ComputeThinU);
    const Eigen::MatrixXd u = q * svd.matrixU().leftCols(k);
    out.vectors = u * svd.singularValues().head(k).cwiseSqrt().asDiagonal();
    for (int r = 0; r < v; ++r) {
        const double norm = out.vectors.row(r).norm();
        if (norm > 0)
            out.vectors.row(r) /= norm;
        else
            out.present[r] = false; // never co-occurs with anything: no embedding
    }
    return out;
}

WordEmbeddings WordEmbeddings::load(const QString& path, const QStringList& vocabulary) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CorpusError(
            WordEmbeddingsLoader::tr("%1: cannot read the vectors (%2)").arg(path, file.errorString()));
    QHash<QString, int> index;
    for (int i = 0; i < vocabulary.size(); ++i)
        index.insert(vocabulary[i], i);
    const QByteArray first = file.readLine();
    const QList<QByteArray> head = first.trimmed().split(' ');
    bool okN = false, okD = false;
    const int count = head.size() == 2 ? head[0].toInt(&okN) : 0;
    int dim = head.size() == 2 ? head[1].toInt(&okD) : 0;
    const bool header = okN && okD && dim > 0;
    WordEmbeddings out;
    out.present = QVector<bool>(vocabulary.size(), false);
    auto ensure = [&](int d) {
        if (out.vectors.cols() == 0)
            out.vectors = Eigen::MatrixXd::Zero(vocabulary.size(), d);
    };
    // Binary word2vec: after the header, "word " then dim little-endian floats, optional newline.
    const QByteArray peek = header ? file.peek(4096) : QByteArray();
    bool binary = false;
    if (header) {
        const int space = peek.indexOf(' ');
        // A text file has printable numbers after the first word; a binary one raw float bytes.
        for (int i = space + 1; i >= 1 && i < std::min<int>(peek.size(), space + 1 + 4 * std::min(dim, 8));
             ++i)
            if (!(std::isprint(uchar(peek[i])) || peek[i] == '\n'))
                binary = true;
    }
    if (binary) {
        ensure(dim);
        std::vector<float> buffer(dim);
        for (int n = 0; n < count; ++n) {
            QByteArray word;
            char c;
            while (file.getChar(&c) && c != ' ')
                if (c != '\n')
                    word += c;
            if (file.read(reinterpret_cast<char*>(buffer.data()), qint64(dim) * 4) != qint64(dim) * 4)
                throw CorpusError(WordEmbeddingsLoader::tr("%1: vector %2 is truncated; expected %3 floats")
                                      .arg(path)
                                      .arg(n + 1)
                                      .arg(dim));
            const auto it = index.constFind(QString::fromUtf8(word).toLower());
            if (it != index.constEnd() && !out.present[it.value()]) {
                for (int j = 0; j < dim; ++j)
                    out.vectors(it.value(), j) = buffer[j];
                out.present[it.value()] = true;
            }
        }
    } else {
        int lineNo = header ? 1 : 0;
        QByteArray line = header ? file.readLine() : first;
        while (!line.isEmpty()) {
            ++lineNo;
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() >= 2) {
                if (dim == 0 || !header)
                    dim = dim == 0 ? int(parts.size()) - 1 : dim;
                if (parts.size() - 1 != dim)
                    throw CorpusError(WordEmbeddingsLoader::tr("%1:%2: %3 numbers; expected %4")
                                          .arg(path)
                                          .arg(lineNo)
                                          .arg(parts.size() - 1)
                                          .arg(dim));
                ensure(dim);
                const auto it = index.constFind(QString::fromUtf8(parts[0]).toLower());
                if (it != index.constEnd() && !out.present[it.value()]) {
                    for (int j = 0; j < dim; ++j) {
                        bool ok = false;
                        out.vectors(it.value(), j) = parts[j + 1].toDouble(&ok);
                        if (!ok)
                            throw CorpusError(WordEmbeddingsLoader::tr("%1:%2: '%3' is not a number")
                                                  .arg(path)
                                                  .arg(lineNo)
                                                  .arg(QString::fromUtf8(parts[j + 1])));
                    }
                    out.present[it.value()] = true;
                }
            }
            line = file.readLine();
        }
    }
    if (out.vectors.cols() == 0)
        throw CorpusError(
            WordEmbeddingsLoader::tr("%1: no vectors found; expected word2vec or GloVe format").arg(path));
    for (int r = 0; r < out.vectors.rows(); ++r) {
        const double norm = out.vectors.row(r).norm();
        if (norm > 0)
            out.vectors.row(r) /= norm;
    }
    return out;
}

} // namespace kcat::topics
