// The Topics page offscreen, used as a person would: import a sample of the WordNet demo corpus through the
// import dialog, fit a small LDA through the fit dialog (a background job), then check the topic list, the
// λ re-ranking, the distance map and the comparison table against the library's own numbers; click a topic
// on the map, open a document, export, and cancel a long fit.

#include "compute/core/JobListModel.h"
#include "compute/core/RecentWorkspaces.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "topics/core/CorpusStore.h"
#include "topics/core/IntertopicMap.h"
#include "topics/core/ModelComparisonModel.h"
#include "topics/core/TopicExplorerModels.h"
#include "topics/core/TopicListModel.h"
#include "topics/core/TopicModelStore.h"
#include "ui/MainWindow.h"
#include "ui/topics/ComparisonView.h"
#include "ui/topics/DocumentView.h"
#include "ui/topics/IntertopicMapView.h"
#include "ui/topics/TopicsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <functional>

using kcat::ui::MainWindow;
using kcat::ui::TopicsPage;
using namespace kcat::topics;

class TestTopicsPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    TopicsPage* m_page = nullptr;
    int m_shot = 0;

    // Fills the modal dialog named name once it is shown, then presses its OK button.
    static void whenDialog(const QString& name, std::function<void(QDialog*)> fill) {
        auto* timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [timer, name, fill] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != name)
                return;
            timer->stop();
            timer->deleteLater();
            fill(dialog);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        timer->start();
    }

    template <typename T> static T* child(QObject* parent, const char* name) {
        T* w = parent->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    void shoot(const char* stage) {
        const QString dir = qEnvironmentVariable("KCAT_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_window->saveScreenshot(QStringLiteral("%1/topics-%2-%3.png").arg(dir).arg(++m_shot).arg(stage));
    }

    static void fillFit(QDialog* d, int model, int features, int k, int iterations) {
        child<QComboBox>(d, "fitModel")->setCurrentIndex(model);
        child<QComboBox>(d, "fitFeatures")->setCurrentIndex(features);
        child<QSpinBox>(d, "fitTopics")->setValue(k);
        child<QSpinBox>(d, "fitIterations")->setValue(iterations);
        child<QSpinBox>(d, "fitSeed")->setValue(3);
        child<QDoubleSpinBox>(d, "fitTestFraction")->setValue(0.2);
    }

    // The options the dialog above produces, built independently from the library's defaults.
    static FitOptions ldaOptions() {
        FitOptions o;
        o.model = TopicModelKind::Lda;
        o.features = FeatureKind::BagOfWords;
        o.topics = 8;
        o.iterations = 60;
        o.seed = 3;
        o.testFraction = 0.2;
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        kcat::core::RecentWorkspaces::clear();
        kcat::core::registerCoreSchema();
        registerTopicsSchema();
        MainWindow::setPageFactory(MainWindow::TopicsPage, [](QWidget* p) { return new TopicsPage(p); });
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1500, 900);
        QString error;
        QVERIFY2(m_window->createWorkspace(m_dir.filePath(QStringLiteral("topics.kcat")), &error),
                 qPrintable(error));
        m_window->setCurrentPage(MainWindow::TopicsPage);
        m_page = qobject_cast<TopicsPage*>(m_window->page(MainWindow::TopicsPage));
        QVERIFY(m_page);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        shoot("empty");
    }

    void importsTheDemoCorpus() {
        whenDialog(QStringLiteral("importCorpusDialog"), [](QDialog* d) {
            auto* source = child<QComboBox>(d, "importSource");
            QCOMPARE(source->currentIndex(), 0); // the WordNet demo is offered first
            child<QSpinBox>(d, "importSample")->setValue(1200);
            child<QLineEdit>(d, "importName")->setText(QStringLiteral("glosses"));
        });
        QTest::mouseClick(child<QPushButton>(m_page, "importCorpus"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->currentCorpus() > 0 && !m_page->isBusy(), 60000);
        const QVector<CorpusInfo> corpora = CorpusStore::list(*m_window->workspace());
        QCOMPARE(corpora.size(), 1);
        QCOMPARE(corpora[0].name, QStringLiteral("glosses"));
        QCOMPARE(corpora[0].documents, 1200);
        QVERIFY(corpora[0].labels >= 20); // a seeded sample spans most of the 26 lexicographer files
        shoot("imported");
    }

    void fitsLdaAndShowsTheLibrarysNumbers() {
        whenDialog(QStringLiteral("fitModelDialog"), [](QDialog* d) { fillFit(d, 0, 0, 8, 60); });
        QTest::mouseClick(child<QPushButton>(m_page, "fitModel"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->currentModel() > 0 && !m_page->isBusy(), 60000);
        shoot("fitted");
        const StoredTopicModel* shown = m_page->model();
        QCOMPARE(shown->summary.topics, 8);

        // The same fit straight through the library.
        const Corpus corpus = CorpusStore::load(*m_window->workspace(), m_page->currentCorpus());
        const FitResult r = TopicPipeline::run(corpus, ldaOptions());
        QCOMPARE(shown->topicWord.rows(), 8);
        QCOMPARE(shown->topicWord.cols(), r.topicDistribution.cols());
        QVERIFY((shown->topicWord - r.topicDistribution).cwiseAbs().maxCoeff() < 1e-6); // stored as float
        QCOMPARE(shown->documentIds, r.documentIds);

        // Topic list: the model's own ids, top terms by relevance at λ = 0.6 computed here by hand.
        TopicListModel* list = m_page->topicList();
        QCOMPARE(list->rowCount(), 8);
        Eigen::VectorXd marginal = Eigen::VectorXd::Zero(r.topicDistribution.cols());
        for (int t = 0; t < 8; ++t)
            marginal += r.topicPrevalence[t] * shown->topicWord.row(t).transpose();
        marginal /= marginal.sum();
        auto topTerm = [&](int t, double lambda) {
            int best = 0;
            double bestScore = -1e300;
            for (int w = 0; w < r.topicDistribution.cols(); ++w) {
                const double p = shown->topicWord(t, w);
                const double s = lambda * std::log(p) + (1 - lambda) * std::log(p / marginal[w]);
                if (s > bestScore) {
                    bestScore = s;
                    best = w;
                }
            }
            return r.featureNames[best];
        };
        for (int t = 0; t < 8; ++t) {
            QCOMPARE(list->data(list->index(t, TopicListModel::Topic)).toInt(), t);
            QCOMPARE(list->data(list->index(t, TopicListModel::Terms))
                         .toString()
                         .section(QStringLiteral(", "), 0, 0),
                     topTerm(t, 0.6));
            QVERIFY(std::abs(list->data(list->index(t, TopicListModel::Prevalence), Qt::UserRole).toDouble() -
                             r.topicPrevalence[t]) < 1e-9);
        }

        // λ re-ranking through the slider: at 1 the most probable term, at 0 the highest lift.
        TopicTermModel* terms = m_page->terms();
        int changed = 0;
        for (int t = 0; t < 8; ++t) {
            m_page->selectTopic(t);
            m_page->lambdaSlider()->setValue(100);
            const QString probable = terms->data(terms->index(0, TopicTermModel::Term)).toString();
            QCOMPARE(probable, topTerm(t, 1.0));
            m_page->lambdaSlider()->setValue(0);
            const QString lifted = terms->data(terms->index(0, TopicTermModel::Term)).toString();
            QCOMPARE(lifted, topTerm(t, 0.0));
            QCOMPARE(list->data(list->index(t, TopicListModel::Terms))
                         .toString()
                         .section(QStringLiteral(", "), 0, 0),
                     lifted);
            changed += probable != lifted;
        }
        QVERIFY(changed > 0); // λ really re-ranks
        m_page->lambdaSlider()->setValue(60);
        shoot("lambda");

        // Distance map: classical MDS of the Jensen-Shannon distances of the library, circle area = share.
        const Eigen::MatrixXd expected =
            IntertopicMap::classicalMds(IntertopicMap::distances(r.topicDistribution), 2);
        const Eigen::MatrixXd& xy = m_page->mapModel()->coordinates();
        QCOMPARE(xy.rows(), 8);
        for (int a = 0; a < 8; ++a)
            for (int b = 0; b < 8; ++b) // sign of each axis is arbitrary: compare distances
                QVERIFY(std::abs((xy.row(a) - xy.row(b)).norm() -
                                 (expected.row(a) - expected.row(b)).norm()) < 1e-4);
        // Click topic 5 on the map.
        auto* map = m_page->mapView();
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, map->topicCentre(5).toPoint());
        QCOMPARE(m_page->selectedTopic(), 5);
        QCOMPARE(terms->topic(), 5);
        QCOMPARE(child<QTableView>(m_page, "topicTable")->currentIndex().row(), 5);
        QCOMPARE(map->selectedTopic(), 5);

        // Topic 5's documents, strongest first; opening one shows its stored mixture.
        TopicDocumentModel* docs = m_page->topicDocuments();
        QCOMPARE(docs->rowCount(), int(r.documentIds.size()));
        const QString first = docs->data(docs->index(0, TopicDocumentModel::Document)).toString();
        auto* docTable = child<QTableView>(m_page, "topicDocumentTable");
        docTable->setCurrentIndex(docs->index(0, 0));
        const int row = int(r.documentIds.indexOf(first));
        Eigen::VectorXd theta = r.documentTopic.row(row).transpose();
        theta /= theta.sum();
        QVERIFY((m_page->documentView()->mixture() - theta).cwiseAbs().maxCoeff() < 1e-5);
        QVERIFY(std::abs(docs->data(docs->index(0, TopicDocumentModel::Weight)).toDouble() -
                         r.documentTopic(row, 5)) < 1e-6);
        for (int i = 1; i < 20; ++i)
            QVERIFY(docs->data(docs->index(i - 1, TopicDocumentModel::Weight)).toDouble() >=
                    docs->data(docs->index(i, TopicDocumentModel::Weight)).toDouble());
        QVERIFY(m_page->documentView()->html().contains(QStringLiteral("background-color")));

        // The comparison table shows the pipeline's metrics.
        ModelComparisonModel* cmp = m_page->comparison();
        QCOMPARE(cmp->rowCount(), 1);
        auto value = [&](int column) {
            return cmp->data(cmp->index(0, column), ModelComparisonModel::ValueRole).toDouble();
        };
        QVERIFY(r.map.has_value() && r.perplexity.has_value());
        QVERIFY(std::abs(value(ModelComparisonModel::Map) - *r.map) < 1e-12);
        QVERIFY(std::abs(value(ModelComparisonModel::Npmi) - *r.npmi) < 1e-12);
        QVERIFY(std::abs(value(ModelComparisonModel::Umass) - *r.umass) < 1e-12);
        QVERIFY(std::abs(value(ModelComparisonModel::Perplexity) - *r.perplexity) < 1e-9);
        QCOMPARE(m_page->comparisonView()->curveCount(), 1);
        QCOMPARE(ModelComparisonModel::precisionAtRecall(cmp->summary(0)), r.precisionAtRecall);

        // Search: a term of the model lights up p(topic | term) on the map and filters the documents.
        const QString term = topTerm(2, 1.0);
        child<QLineEdit>(m_page, "topicsSearch")->setText(term);
        QAbstractItemModel* found = child<QTableView>(m_page, "searchTable")->model();
        QTRY_VERIFY(found->rowCount() > 0 && found->rowCount() < corpus.documents.size());
        for (int i = 0; i < found->rowCount(); ++i)
            QVERIFY(found->index(i, 2).data(Qt::ToolTipRole).toString().contains(term, Qt::CaseInsensitive));
        QVERIFY(child<QLabel>(m_page, "searchInfo")->text().contains(term));
        shoot("search");
        child<QLineEdit>(m_page, "topicsSearch")->clear();
    }

    void exportsTopicsMatricesAndCharts() {
        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("topics.csv"));
        QVERIFY2(m_page->exportTopics(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 8 * 30);
        QVERIFY(lines[0].startsWith("topic,prevalence,rank,term"));
        QVERIFY(m_page->exportTopics(m_dir.filePath(QStringLiteral("topics.json")), &error));
        QVERIFY(m_page->exportDocumentTopics(m_dir.filePath(QStringLiteral("doc-topic.csv")), &error));
        for (const char* name : {"map.png", "map.svg"}) {
            QVERIFY2(m_page->exportMap(m_dir.filePath(QLatin1String(name)), &error), qPrintable(error));
            QVERIFY(QFileInfo(m_dir.filePath(QLatin1String(name))).size() > 1000);
        }
        QVERIFY(m_page->comparisonView()->exportChart(m_dir.filePath(QStringLiteral("pr.svg")), &error));
        QVERIFY(m_page->comparisonView()->exportCsv(m_dir.filePath(QStringLiteral("cmp.csv")), &error));
        QVERIFY(!m_page->exportMap(m_dir.filePath(QStringLiteral("map.gif")), &error));
        QVERIFY(error.contains(QStringLiteral("map.gif")));
    }

    void fitsReplicatedSoftmaxOnSemanticLocality() {
        whenDialog(QStringLiteral("fitModelDialog"), [](QDialog* d) { fillFit(d, 1, 1, 6, 3); });
        const qint64 before = m_page->currentModel();
        QTest::mouseClick(child<QPushButton>(m_page, "fitModel"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->currentModel() != before && !m_page->isBusy(), 60000);
        QCOMPARE(m_page->model()->summary.model, QStringLiteral("rsm"));
        QCOMPARE(m_page->topicList()->rowCount(), 6);
        // RSM topics are softmax(b + W_j): distributions the explorer can rank and map.
        QVERIFY((m_page->model()->topicWord.rowwise().sum().array() - 1).abs().maxCoeff() < 1e-4);
        QCOMPARE(m_page->comparison()->rowCount(), 2);
        // RSM perplexity comes from AIS estimates of the partition function: a finite number, not "—".
        const double perplexity =
            ModelComparisonModel::metric(m_page->comparison()->summary(1), "perplexity");
        QVERIFY(std::isfinite(perplexity) && perplexity > 1);
        m_page->comparisonView()->table()->selectAll();
        QCOMPARE(m_page->comparisonView()->curveCount(), 2);
        child<QTabWidget>(m_page, "topicsCentreTabs")->setCurrentIndex(1);
        shoot("comparison");
        child<QTabWidget>(m_page, "topicsCentreTabs")->setCurrentIndex(0);
    }

    void cancelsALongFitAndSavesNothing() {
        const int models = m_page->comparison()->rowCount();
        whenDialog(QStringLiteral("fitModelDialog"), [](QDialog* d) { fillFit(d, 0, 0, 8, 100000); });
        QTest::mouseClick(child<QPushButton>(m_page, "fitModel"), Qt::LeftButton);
        QTRY_VERIFY(m_page->isBusy());
        kcat::core::Job* job = m_window->jobs()->currentJob();
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->progress() > 0, 30000); // sweeping
        job->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
        QCOMPARE(job->state(), kcat::core::Job::State::Cancelled);
        QCOMPARE(TopicModelStore::list(*m_window->workspace()).size(), models);
    }

    void cleanupTestCase() {
        m_window->close();
        m_window.reset();
        // With KCAT_SCREENSHOT_DIR set, keep the workspace for `kcat-studio --page topics --screenshot`.
        const QString dir = qEnvironmentVariable("KCAT_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QFile::remove(dir + QStringLiteral("/topics.kcat"));
            QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("topics.kcat")),
                                dir + QStringLiteral("/topics.kcat")));
        }
    }
};

QTEST_MAIN(TestTopicsPage)
#include "tst_topics_page.moc"
