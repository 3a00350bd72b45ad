// Explorer models: relevance ranking (LDAvis), Jensen-Shannon + classical MDS map, topic documents;
// every model passes QAbstractItemModelTester.

#include "topics/core/IntertopicMap.h"
#include "topics/core/TopicExplorerModels.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <cmath>

using namespace kcat::topics;

class TestTopicsExplorer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jensenShannonKnownAnswers() {
        Eigen::VectorXd p(2), q(2), r(2);
        p << 1, 0;
        q << 0, 1;
        r << 0.5, 0.5;
        QVERIFY(std::abs(IntertopicMap::jensenShannon(p, q) - 1.0) < 1e-12); // disjoint: 1 bit
        QVERIFY(std::abs(IntertopicMap::jensenShannon(p, p)) < 1e-12);
        // JS((1,0), (.5,.5)): m = (.75, .25); 0.5 * log2(1/.75) + 0.5 * (.5 log2(.5/.75) + .5 log2(.5/.25)).
        const double expected =
            0.5 * std::log2(1 / 0.75) + 0.25 * std::log2(0.5 / 0.75) + 0.25 * std::log2(2.0);
        QVERIFY(std::abs(IntertopicMap::jensenShannon(p, r) - expected) < 1e-12);
    }

    void classicalMdsReproducesEuclideanDistances() {
        // Four points of a 3-4-5 layout; MDS recovers them up to rotation, so compare pairwise distances.
        Eigen::MatrixXd pts(4, 2);
        pts << 0, 0, 3, 0, 0, 4, 3, 4;
        Eigen::MatrixXd d(4, 4);
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j)
                d(i, j) = (pts.row(i) - pts.row(j)).norm();
        const Eigen::MatrixXd xy = IntertopicMap::classicalMds(d, 2);
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j)
                QVERIFY(std::abs((xy.row(i) - xy.row(j)).norm() - d(i, j)) < 1e-9);
        QVERIFY(xy.colwise().sum().norm() < 1e-9); // centred
    }

    void relevanceRanksByLambda() {
        // Topic 0 puts 0.5 on common word 0 (p(w) = 0.5) and 0.3 on rare word 1 (p(w) = 0.1).
        Eigen::MatrixXd phi(2, 3);
        phi << 0.5, 0.3, 0.2, 0.5, 0.0 + 1e-9, 0.5 - 1e-9;
        Eigen::VectorXd marginal(3);
        marginal << 0.5, 0.1, 0.4;
        TopicTermModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setModel(phi, marginal, {"common", "rare", "other"});
        model.setLambda(1.0);
        QCOMPARE(model.data(model.index(0, TopicTermModel::Term)).toString(), QStringLiteral("common"));
        model.setLambda(0.0); // lift: rare 3.0 > common 1.0 > other 0.5
        QCOMPARE(model.data(model.index(0, TopicTermModel::Term)).toString(), QStringLiteral("rare"));
        QCOMPARE(model.data(model.index(0, TopicTermModel::Lift)).toDouble(), 3.0);
        model.setLambda(0.6);
        // 0.6 ln .5 + 0.4 ln 1 = -0.416; 0.6 ln .3 + 0.4 ln 3 = -0.283: rare first.
        QCOMPARE(model.data(model.index(0, TopicTermModel::Term)).toString(), QStringLiteral("rare"));
        QVERIFY(std::abs(model.data(model.index(0, TopicTermModel::Relevance)).toDouble() -
                         (0.6 * std::log(0.3) + 0.4 * std::log(3.0))) < 1e-12);
        model.setTopic(1);
        model.setTermCount(2);
        QCOMPARE(model.rowCount(), 2);
    }

    void mapModelAndHitTesting() {
        Eigen::MatrixXd phi(3, 3);
        phi << 1, 0, 0, 0, 1, 0, 0, 0, 1;
        Eigen::VectorXd prevalence(3);
        prevalence << 0.5, 0.3, 0.2;
        IntertopicMapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setModel(phi, prevalence);
        QCOMPARE(model.rowCount(), 3);
        // Three disjoint topics are equidistant (distance 1): an equilateral triangle.
        const Eigen::MatrixXd& xy = model.coordinates();
        for (int i = 0; i < 3; ++i)
            for (int j = i + 1; j < 3; ++j)
                QVERIFY(std::abs((xy.row(i) - xy.row(j)).norm() - 1.0) < 1e-9);
        QCOMPARE(model.topicAt(xy(1, 0), xy(1, 1), 0.1), 1);
        QCOMPARE(model.topicAt(100, 100, 0.1), -1);
        QCOMPARE(model.data(model.index(2, IntertopicMapModel::Prevalence)).toDouble(), 0.2);
    }

    void documentsOfATopic() {
        Eigen::MatrixXd theta(3, 2);
        theta << 0.9, 0.1, 0.2, 0.8, 0.6, 0.4;
        TopicDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setModel(theta, {"a", "b", "c"}, {"x", "y", "x"});
        QCOMPARE(model.data(model.index(1, TopicDocumentModel::Document)).toString(), QStringLiteral("c"));
        model.setTopic(1);
        QCOMPARE(model.data(model.index(0, TopicDocumentModel::Document)).toString(), QStringLiteral("b"));
        QCOMPARE(model.data(model.index(0, TopicDocumentModel::Label)).toString(), QStringLiteral("y"));
    }
};

QTEST_GUILESS_MAIN(TestTopicsExplorer)
#include "tst_topics_explorer.moc"
