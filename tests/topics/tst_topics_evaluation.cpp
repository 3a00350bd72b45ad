// Retrieval mAP and precision-at-recall on hand-computed rankings; NPMI and UMass on a hand-computed example.

#include "topics/core/Evaluation.h"

#include <QTest>

#include <cmath>

using namespace kcat::topics;

class TestTopicsEvaluation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void averagePrecisionByHand() {
        // Relevant at ranks 1, 3, 6 of 3 relevant: (1/1 + 2/3 + 3/6) / 3 = 0.7222...
        QVERIFY(std::abs(Evaluation::averagePrecision({true, false, true, false, false, true}, 3) -
                         13.0 / 18.0) < 1e-12);
        // One relevant item never retrieved counts as zero: (1/1) / 2.
        QCOMPARE(Evaluation::averagePrecision({true, false}, 2), 0.5);
    }

    void retrievalByCosine() {
        // Database: four documents in 2-D; the query (1, 0) ranks them by cosine 1, 0.8, 0.6, 0.
        Eigen::MatrixXd db(4, 2);
        db << 0, 1, 3, 4, 1, 0, 4, 3; // cosines with (1,0): 0, 0.6, 1, 0.8
        const QStringList dbLabels = {"x", "y", "y", "x"};
        Eigen::MatrixXd q(2, 2);
        q << 2, 0, 0, 5; // second query: (0,1) cosines 1, 0.8, 0, 0.6
        const QStringList qLabels = {"y", "x"};
        const RetrievalResult r = Evaluation::retrieval(q, qLabels, db, dbLabels);
        // Query 1 ranking: doc2 (y), doc3 (x), doc1 (y), doc0 (x) -> relevant at 1, 3: AP = (1 + 2/3) / 2 =
        // 5/6. Query 2 ranking: doc0 (x), doc1 (y), doc3 (x), doc2 (y) -> relevant at 1, 3: AP = 5/6.
        QCOMPARE(r.queries, 2);
        QVERIFY(std::abs(r.meanAveragePrecision - 5.0 / 6.0) < 1e-12);
        // Interpolated precision: 1 up to recall 0.5, then 2/3 up to 1.0.
        QCOMPARE(int(r.precisionAtRecall.size()), 11);
        QVERIFY(std::abs(r.precisionAtRecall[5] - 1.0) < 1e-12);
        QVERIFY(std::abs(r.precisionAtRecall[6] - 2.0 / 3.0) < 1e-12);
        QVERIFY(std::abs(r.precisionAtRecall[10] - 2.0 / 3.0) < 1e-12);
    }

    void queriesWithoutRelevantDocumentsAreSkipped() {
        Eigen::MatrixXd db(1, 2), q(1, 2);
        db << 1, 0;
        q << 1, 0;
        QCOMPARE(Evaluation::retrieval(q, {"z"}, db, {"x"}).queries, 0);
    }

    void coherenceByHand() {
        // Four documents over words 0, 1, 2:
        //   {0,1}, {0,1}, {0}, {2}
        // D(0)=3, D(1)=2, D(2)=1, D(0,1)=2, D(0,2)=0, D(1,2)=0.
        FeatureMatrix ref;
        ref.featureNames = {"a", "b", "c"};
        ref.rows = {{{0, 1}, {1, 1}}, {{0, 2}, {1, 1}}, {{0, 1}}, {{2, 1}}};
        const QVector<QVector<int>> topics = {{0, 1}, {0, 1, 2}};
        // NPMI(0,1) = ln(0.5 / (0.75 * 0.5)) / -ln 0.5 = ln(4/3) / ln 2 = 0.41504; pairs with 2 never
        // co-occur: -1.
        const double n01 = std::log(4.0 / 3.0) / std::log(2.0);
        const double expectedNpmi = (n01 + (n01 - 1 - 1) / 3.0) / 2.0;
        QVERIFY(std::abs(Evaluation::npmi(topics, ref) - expectedNpmi) < 1e-12);
        // UMass topic 1: log((2+1)/3) = 0. Topic 2 adds log((0+1)/D(0)=3) and log((0+1)/D(1)=2).
        const double expectedUmass = (0.0 + (0.0 + std::log(1.0 / 3.0) + std::log(1.0 / 2.0)) / 3.0) / 2.0;
        QVERIFY(std::abs(Evaluation::umass(topics, ref) - expectedUmass) < 1e-12);
    }

    void topFeaturesBreakTiesBySmallerId() {
        Eigen::MatrixXd m(1, 4);
        m << 0.1, 0.4, 0.4, 0.1;
        QCOMPARE(Evaluation::topFeatures(m, 3).first(), (QVector<int>{1, 2, 0}));
    }
};

QTEST_GUILESS_MAIN(TestTopicsEvaluation)
#include "tst_topics_evaluation.moc"
