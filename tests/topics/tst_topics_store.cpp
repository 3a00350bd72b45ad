// The explorer's library side: corpora and models kept in the workspace (round trip, cancel leaves
// nothing), the page's models under QAbstractItemModelTester, word colouring and mixture inference by hand,
// exports, and the RSM perplexity the CLI test bounds.

#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "topics/core/CorpusDocumentModel.h"
#include "topics/core/CorpusStore.h"
#include "topics/core/ModelComparisonModel.h"
#include "topics/core/TopicColouring.h"
#include "topics/core/TopicExport.h"
#include "topics/core/TopicListModel.h"
#include "topics/core/TopicModelStore.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace kcat::topics;

class TestTopicsStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<kcat::core::Workspace> m_ws;

    // 120 short documents of two labels with disjoint vocabularies (as in tst_topics_cli).
    static Corpus twoLabels() {
        Corpus c;
        c.source = QStringLiteral("two-labels");
        const QStringList space = {"rocket",    "orbit", "planet", "launch",
                                   "astronaut", "moon",  "galaxy", "star"};
        const QStringList food = {"bread", "cheese", "butter", "recipe", "oven", "flour", "sugar", "kitchen"};
        for (int d = 0; d < 120; ++d) {
            const QStringList& words = d % 2 ? space : food;
            QStringList text;
            for (int i = 0; i < 12; ++i)
                text << words[(d * 7 + i * 3) % words.size()];
            c.documents << Document{QString::number(d),
                                    text.join(QLatin1Char(' ')) + QStringLiteral(". ") + words[d % 8],
                                    d % 2 ? QStringLiteral("space") : QStringLiteral("food")};
        }
        return c;
    }

    static FitOptions small(TopicModelKind kind) {
        FitOptions o;
        o.model = kind;
        o.topics = 2;
        o.iterations = 30;
        o.seed = 3;
        o.testFraction = 0.25;
        o.vocabulary.maxDocumentFraction = 0.9;
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        kcat::core::registerCoreSchema();
        registerTopicsSchema();
        kcat::core::WorkspaceError error;
        m_ws = kcat::core::Workspace::create(m_dir.filePath(QStringLiteral("w.kcat")), &error);
        QVERIFY2(m_ws, qPrintable(error.message));
    }

    void corpusRoundTripAndSample() {
        const Corpus c = twoLabels();
        const qint64 id = CorpusStore::save(*m_ws, QStringLiteral("two"), c);
        const QVector<CorpusInfo> list = CorpusStore::list(*m_ws);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].documents, 120);
        QCOMPARE(list[0].labels, 2);
        const Corpus back = CorpusStore::load(*m_ws, id);
        QCOMPARE(back.documents.size(), 120);
        for (int d = 0; d < 120; ++d) {
            QCOMPARE(back.documents[d].id, c.documents[d].id);
            QCOMPARE(back.documents[d].text, c.documents[d].text);
            QCOMPARE(back.documents[d].label, c.documents[d].label);
        }
        const Corpus s1 = sampleDocuments(c, 30, 5), s2 = sampleDocuments(c, 30, 5);
        QCOMPARE(s1.documents.size(), 30);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(s1.documents[i].id, s2.documents[i].id); // seeded
        for (int i = 1; i < 30; ++i)
            QVERIFY(s1.documents[i - 1].id.toInt() < s1.documents[i].id.toInt()); // original order kept
        QCOMPARE(sampleDocuments(c, 0, 5).documents.size(), 120);
        QVERIFY_THROWS_EXCEPTION(CorpusError, CorpusStore::load(*m_ws, id + 100));
    }

    void cancelledImportLeavesNothing() {
        Corpus big = twoLabels();
        for (int i = 0; i < 20; ++i)
            big.documents += twoLabels().documents; // 2,520 documents: the cancel check runs every 1,000
        Progress p;
        p.cancelled = [] { return true; };
        QVERIFY_THROWS_EXCEPTION(Cancelled, CorpusStore::save(*m_ws, QStringLiteral("cancelled"), big, p));
        QCOMPARE(CorpusStore::list(*m_ws).size(), 1);
        QVERIFY_THROWS_EXCEPTION(CorpusError, CorpusStore::save(*m_ws, QStringLiteral("empty"), Corpus{}));
    }

    void modelRoundTripAndComparison() {
        const qint64 corpus = CorpusStore::list(*m_ws)[0].id;
        const Corpus c = CorpusStore::load(*m_ws, corpus);
        const FitOptions o = small(TopicModelKind::Lda);
        const FitResult r = TopicPipeline::run(c, o);
        const qint64 id =
            TopicModelStore::save(*m_ws, QStringLiteral("lda"), QStringLiteral("two"), o, r, 30, corpus);
        const StoredTopicModel m = TopicModelStore::load(*m_ws, id);
        QVERIFY(m.summary.explorable);
        QCOMPARE(m.summary.corpusId, corpus);
        QCOMPARE(m.featureNames, r.featureNames);
        QVERIFY((m.topicWord - r.topicDistribution).cwiseAbs().maxCoeff() < 1e-6);
        QVERIFY((m.documentTopic - r.documentTopic).cwiseAbs().maxCoeff() < 1e-6);
        QVERIFY((m.prevalence - r.topicPrevalence).cwiseAbs().maxCoeff() < 1e-12);
        // The marginal is the model's own sum_t p(t) p(w|t).
        const Eigen::VectorXd expected = (r.topicDistribution.transpose() * r.topicPrevalence).normalized();
        QVERIFY((m.marginal().normalized() - expected).cwiseAbs().maxCoeff() < 1e-6);

        ModelComparisonModel cmp;
        QAbstractItemModelTester tester(&cmp, QAbstractItemModelTester::FailureReportingMode::QtTest);
        cmp.setModels(TopicModelStore::list(*m_ws));
        QCOMPARE(cmp.rowCount(), 1);
        QCOMPARE(
            cmp.data(cmp.index(0, ModelComparisonModel::Map), ModelComparisonModel::ValueRole).toDouble(),
            *r.map);
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(cmp.writeCsv(csv));
        const QList<QByteArray> lines = csv.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith("id,name,model,features,topics,docs,map,npmi,umass,perplexity,seconds"));
        QCOMPARE(lines[1].split(',').size(), lines[0].split(',').size());
        QCOMPARE(lines[1].split(',')[6].toDouble(), *r.map);

        // Exports: 2 topics x 16 terms, ranked as TopicListModel ranks them.
        const QList<QByteArray> topics = TopicExport::topicsCsv(m, 0.6, 30).trimmed().split('\n');
        QCOMPARE(topics.size(), 1 + 2 * 16);
        TopicListModel list;
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setModel(m.topicWord, m.marginal(), m.featureNames, m.prevalence);
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(topics[1].split(',')[3], m.featureNames[list.topTerms(0, 1)[0]].toUtf8());
        list.setLambda(0.0);
        list.setTermCount(3);
        QCOMPARE(list.data(list.index(1, TopicListModel::Terms)).toString().count(QLatin1Char(',')), 2);
        const QList<QByteArray> matrix = TopicExport::documentTopicCsv(m).trimmed().split('\n');
        QCOMPARE(matrix.size(), 1 + int(m.documentIds.size()));
        QCOMPARE(matrix[0], QByteArray("document,topic_0,topic_1"));

        TopicModelStore::remove(*m_ws, id);
        QVERIFY(TopicModelStore::list(*m_ws).isEmpty());
    }

    void rsmPerplexityIsBetweenPerfectAndUniform() {
        // What tst_topics_cli asserts of `kcat topics fit --model rsm` on the same corpus and options.
        const FitResult r = TopicPipeline::run(twoLabels(), small(TopicModelKind::Rsm));
        QCOMPARE(r.vocabulary, 16);
        QVERIFY(r.perplexity.has_value());
        QVERIFY2(*r.perplexity > 1.0 && *r.perplexity < 16.0, qPrintable(QString::number(*r.perplexity)));
        FitOptions none = small(TopicModelKind::Rsm);
        none.aisRuns = 0;
        QVERIFY(!TopicPipeline::run(twoLabels(), none).perplexity.has_value());
    }

    void colouringByHand() {
        // Topic 0 owns "apple", topic 1 owns "cherry"; "banana" is shared 0.2 / 0.4.
        Eigen::MatrixXd phi(2, 3);
        phi << 0.7, 0.2, 0.1, 0.1, 0.4, 0.5;
        Eigen::VectorXd theta(2);
        theta << 0.6, 0.4;
        const QHash<QString, int> index = {{"apple", 0}, {"banana", 1}, {"cherry", 2}};
        const QString text = QStringLiteral("Apple, the banana and a cherry's apple.");
        const QVector<TopicSpan> spans = TopicColouring::colour(text, index, phi, theta);
        QCOMPARE(spans.size(), 4);
        QCOMPARE(text.mid(spans[0].start, spans[0].length), QStringLiteral("Apple"));
        QCOMPARE(spans[0].topic, 0); // .6*.7 > .4*.1
        QCOMPARE(spans[1].topic, 1); // banana: .6*.2 = .12 < .4*.4 = .16
        QCOMPARE(spans[2].topic, 1); // cherry's -> cherry: .06 < .2
        QCOMPARE(spans[3].topic, 0);
        // Only topic-0 evidence: the inferred mixture leans to topic 0.
        const QVector<TopicSpan> apples =
            TopicColouring::colour(QStringLiteral("apple apple apple"), index, phi, theta);
        Eigen::VectorXd prior(2);
        prior << 0.5, 0.5;
        const Eigen::VectorXd mix = TopicColouring::inferMixture(apples, phi, prior);
        QVERIFY(std::abs(mix.sum() - 1) < 1e-12);
        QVERIFY(mix[0] > 0.9);
        // p(t | banana) = (.5*.2, .5*.4) normalised.
        const Eigen::VectorXd share = TopicColouring::topicsOfTerm(phi, prior, 1);
        QVERIFY(std::abs(share[0] - 1.0 / 3) < 1e-12);
    }

    void corpusDocumentModel() {
        CorpusDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorpus(twoLabels());
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(model.rowOf(QStringLiteral("7")), 7);
        QCOMPARE(model.data(model.index(7, CorpusDocumentModel::Label)).toString(), QStringLiteral("space"));
        QVERIFY(model.data(model.index(7, CorpusDocumentModel::Text), CorpusDocumentModel::SearchRole)
                    .toString()
                    .contains(QStringLiteral("rocket")) ||
                model.data(model.index(7, CorpusDocumentModel::Text), CorpusDocumentModel::SearchRole)
                    .toString()
                    .contains(QStringLiteral("orbit")));
        model.setCorpus({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestTopicsStore)
#include "tst_topics_store.moc"
