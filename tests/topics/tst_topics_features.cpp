// Semantic-locality features: word pairs, two-way TF-IDF against hand-computed values, k-means known
// answers, PPMI + SVD embeddings, and word2vec/GloVe loading.

#include "topics/core/KMeans.h"
#include "topics/core/SemanticLocality.h"
#include "topics/core/WordEmbeddings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace kcat::topics;

namespace {

// Vocabulary a b c d; three documents of one sentence each.
TokenizedCorpus smallCorpus() {
    TokenizedCorpus c;
    c.vocabulary = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    c.documents = {{{0, 1, 2}}, {{0, 1}}, {{0, 3, 3}}};
    c.labels = {QString(), QString(), QString()};
    c.ids = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    return c;
}

} // namespace

class TestTopicsFeatures : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pairsStayInsideTheWindow() {
        SemanticLocalityOptions o;
        o.window = 1;
        const auto pairs = SemanticLocality(o).wordPairs(smallCorpus());
        QCOMPARE(pairs[0].size(), 2); // (a,b), (b,c); (a,c) is two apart
        QCOMPARE(pairs[0].value(pairKey(0, 1)), 1);
        QCOMPARE(pairs[0].value(pairKey(1, 2)), 1);
        QVERIFY(!pairs[0].contains(pairKey(0, 2)));
        QCOMPARE(pairs[2].value(pairKey(0, 3)), 1); // (d,d) is not a pair
        o.window = 2;
        QCOMPARE(SemanticLocality(o).wordPairs(smallCorpus())[0].size(), 3);
    }

    void wordTfidfKnownAnswer() {
        const auto scores = SemanticLocality::wordTfidf(smallCorpus());
        // Document 1 (a b c): tf = 1/3 each; idf(a) = ln(3/3) = 0, idf(b) = ln(3/2), idf(c) = ln 3.
        QCOMPARE(scores[0].value(0), 0.0);
        QVERIFY(std::abs(scores[0].value(1) - std::log(1.5) / 3) < 1e-12);
        QVERIFY(std::abs(scores[0].value(2) - std::log(3.0) / 3) < 1e-12);
        // Document 3 (a d d): tf(d) = 2/3, idf(d) = ln 3.
        QVERIFY(std::abs(scores[2].value(3) - 2 * std::log(3.0) / 3) < 1e-12);
    }

    void twoWayTfidfKeepsDistinctivePairs() {
        SemanticLocalityOptions o;
        o.window = 2;
        o.wordThreshold = 0.1; // drops a (score 0) and b in doc 2 (ln(1.5)/2 = 0.2027 passes)
        o.pairThreshold = 0.0;
        SemanticLocality sl(o);
        const TokenizedCorpus c = smallCorpus();
        const auto kept = sl.filterPairs(c, sl.wordPairs(c));
        // Doc 1: only (b,c) has both words above 0.1: b = 0.135, c = 0.366.
        QCOMPARE(kept[0].size(), 1);
        QVERIFY(kept[0].contains(pairKey(1, 2)));
        QVERIFY(kept[1].isEmpty()); // a fails
        QVERIFY(kept[2].isEmpty());
        // Pair-level: (b,c) occurs in 1 of 3 documents: tf 1/1 * ln 3 = 1.0986; a higher threshold drops it.
        o.pairThreshold = 1.09;
        QCOMPARE(SemanticLocality(o).filterPairs(c, sl.wordPairs(c))[0].size(), 1);
        o.pairThreshold = 1.1;
        QVERIFY(SemanticLocality(o).filterPairs(c, sl.wordPairs(c))[0].isEmpty());
    }

    void clusterPairsCountTokens() {
        SemanticLocalityOptions o;
        SemanticLocality sl(o);
        QVector<QHash<quint64, int>> pairs(2);
        pairs[0].insert(pairKey(0, 1), 2);
        pairs[0].insert(pairKey(2, 3), 1);
        pairs[1].insert(pairKey(1, 2), 1);
        Eigen::VectorXi clusters(4);
        clusters << 1, 0, 1, -1; // word 3 has no vector
        const FeatureMatrix m = sl.clusterPairs(pairs, clusters, 2);
        QCOMPARE(m.featureNames, QStringList{QStringLiteral("c0+c1")});
        QCOMPARE(m.rows[0], (QVector<QPair<int, int>>{{0, 2}}));
        QCOMPARE(m.rows[1], (QVector<QPair<int, int>>{{0, 1}}));
    }

    void kmeansKnownAnswer() {
        // Two tight groups: centroids (0, 0.5) and (10, 10.5), inertia 4 * 0.25.
        Eigen::MatrixXd x(4, 2);
        x << 0, 0, 0, 1, 10, 10, 10, 11;
        const KMeansResult r = KMeans(2, 3, 100, 42).fit(x);
        QCOMPARE(r.assignment[0], r.assignment[1]);
        QCOMPARE(r.assignment[2], r.assignment[3]);
        QVERIFY(r.assignment[0] != r.assignment[2]);
        QVERIFY(std::abs(r.inertia - 1.0) < 1e-12);
        const int low = r.assignment[0];
        QVERIFY((r.centroids.row(low) - Eigen::RowVector2d(0, 0.5)).norm() < 1e-12);
        QVERIFY((r.centroids.row(1 - low) - Eigen::RowVector2d(10, 10.5)).norm() < 1e-12);
    }

    void kmeansRestartsPickLowestInertiaAndAreSeeded() {
        Eigen::MatrixXd x(60, 2);
        for (int i = 0; i < 60; ++i) {
            const int g = i % 3;
            x(i, 0) = g * 5.0 + std::sin(i) * 0.3;
            x(i, 1) = (g == 1 ? 5.0 : 0.0) + std::cos(i) * 0.3;
        }
        const KMeansResult a = KMeans(3, 5, 100, 7).fit(x);
        const KMeansResult b = KMeans(3, 5, 100, 7).fit(x);
        QCOMPARE(a.assignment, b.assignment);
        for (int i = 3; i < 60; ++i)
            QCOMPARE(a.assignment[i], a.assignment[i % 3]);
        QVERIFY(a.inertia <= KMeans(3, 1, 100, 7).fit(x).inertia + 1e-12);
    }

    void ppmiSvdPutsSynonymsTogether() {
        // "cat" and "kitten" share contexts; "car" and "truck" share others.
        TokenizedCorpus c;
        c.vocabulary = {"cat", "kitten", "purr", "milk", "car", "truck", "engine", "road"};
        for (int i = 0; i < 20; ++i) {
            c.documents << QVector<QVector<int>>{{0, 2, 3}} << QVector<QVector<int>>{{1, 2, 3}}
                        << QVector<QVector<int>>{{4, 6, 7}} << QVector<QVector<int>>{{5, 6, 7}};
        }
        const WordEmbeddings e = WordEmbeddings::fromPpmiSvd(c, 2, 2, 3);
        const double same = e.vectors.row(0).dot(e.vectors.row(1));
        const double different = e.vectors.row(0).dot(e.vectors.row(4));
        QVERIFY2(same > 0.9 && different < 0.1, qPrintable(QStringLiteral("%1 %2").arg(same).arg(different)));
    }

    void loadsWord2vecTextBinaryAndGlove() {
        QTemporaryDir dir;
        const QStringList vocab = {QStringLiteral("king"), QStringLiteral("queen"), QStringLiteral("absent")};
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("glove.txt"), "king 3 4\nqueen 0 2\n");
        write(QStringLiteral("w2v.txt"), "2 2\nking 3 4\nqueen 0 2\n");
        QByteArray bin = "2 2\n";
        const float king[2] = {3, 4}, queen[2] = {0, 2};
        bin += "king ";
        bin += QByteArray(reinterpret_cast<const char*>(king), 8);
        bin += "\nqueen ";
        bin += QByteArray(reinterpret_cast<const char*>(queen), 8);
        bin += "\n";
        write(QStringLiteral("w2v.bin"), bin);
        for (const char* name : {"glove.txt", "w2v.txt", "w2v.bin"}) {
            const WordEmbeddings e = WordEmbeddings::load(dir.filePath(QLatin1String(name)), vocab);
            QVERIFY2(e.present[0] && e.present[1] && !e.present[2], name);
            QVERIFY2((e.vectors.row(0) - Eigen::RowVector2d(0.6, 0.8)).norm() < 1e-6, name); // unit length
            QVERIFY2((e.vectors.row(1) - Eigen::RowVector2d(0, 1)).norm() < 1e-6, name);
        }
        write(QStringLiteral("bad.txt"), "king 3 4\nqueen 0\n");
        try {
            WordEmbeddings::load(dir.filePath(QStringLiteral("bad.txt")), vocab);
            QFAIL("a ragged vector file was accepted");
        } catch (const CorpusError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("bad.txt:2")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTopicsFeatures)
#include "tst_topics_features.moc"
