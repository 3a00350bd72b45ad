// The Experiments page offscreen: launch a run from the generated dialog, watch its chart grow while the
// child writes, compare, scatter with the Pareto front, export PNG/SVG/CSV.

#include "CounterRunKind.h"
#include "JsonCompare.h"
#include "LaunchHarness.h"
#include "compute/core/JobListModel.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/runs/RunLauncher.h"
#include "compute/runs/RunStore.h"
#include "compute/runs/RunTableModel.h"
#include "compute/runs/Runs.h"
#include "ui/experiments/CompareView.h"
#include "ui/experiments/ExperimentsPage.h"
#include "ui/experiments/LaunchDialog.h"
#include "ui/experiments/LayerBarsView.h"
#include "ui/experiments/ParallelCoordinatesView.h"
#include "ui/experiments/RunView.h"
#include "ui/experiments/ScatterView.h"

#include <QApplication>

#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cmath>

using namespace kcat;
using nlohmann::json;

namespace {

// A kind-specific view that records what the page hands it.
class RecordingView : public ui::RunView {
public:
    using RunView::RunView;
    void setStore(runs::RunStore* store) override { storeSet = store != nullptr; }
    void showRuns(const QVector<qint64>& ids) override {
        m_shown = ids;
        ++shows;
    }
    void refresh() override { ++refreshes; }
    QVector<qint64> shown() const { return m_shown; }
    bool storeSet = false;
    int shows = 0;
    int refreshes = 0;
};

} // namespace

class TestExperimentsPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    core::JobListModel m_jobs;

private Q_SLOTS:
    void initTestCase() {
        ui::registerRunView({QStringLiteral("counterView"), [] { return QStringLiteral("Counter"); },
                             [](const QString& kind) { return kind == QLatin1String("test.counter"); },
                             [](QWidget* parent) { return new RecordingView(parent); }});
        ui::registerRunView({QStringLiteral("otherView"), [] { return QStringLiteral("Other"); },
                             [](const QString& kind) { return kind == QLatin1String("test.other"); },
                             [](QWidget* parent) { return new RecordingView(parent); }});
        core::registerCoreSchema();
        runs::registerRunsModule();
        runs::testing::registerCounterRunKind();
        core::WorkspaceError error;
        m_ws = core::Workspace::create(m_dir.filePath(QStringLiteral("w.kcat")), &error);
        QVERIFY(m_ws);
    }

    void launchFromDialogAndWatchLive() {
        auto pagePtr = testing::openExperimentsPage(
            *m_ws, m_jobs, QStringLiteral(KCAT_BINARY_DIR "/tests/runs/runs_testhost"));
        ui::ExperimentsPage& page = *pagePtr;
        // Fill in the generated dialog the way a user would.
        const qint64 id = testing::launchFromDialog(page, [](ui::LaunchDialog* dialog) {
            dialog->setKind(QStringLiteral("test.counter"));
            auto* steps = dialog->findChild<QSpinBox*>(QStringLiteral("steps"));
            auto* stepMs = dialog->findChild<QSpinBox*>(QStringLiteral("step_ms"));
            QVERIFY(steps && stepMs);
            steps->setValue(120);
            stepMs->setValue(25);
            dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("from dialog"));
            QCOMPARE_JSON(dialog->parameters()["steps"], json(120));
        });
        QVERIFY(id > 0);
        QCOMPARE(m_jobs.rowCount(), 1); // the run is a job of the window
        QCOMPARE(page.selectedRuns(), QVector<qint64>{id});

        // The chart grows while the child writes.
        ui::CompareView* compare = page.compareView();
        QTRY_VERIFY_WITH_TIMEOUT(compare->drawnPoints(id) > 0, 15000);
        const int early = compare->drawnPoints(id);
        QVERIFY(early < 120);
        QTRY_VERIFY_WITH_TIMEOUT(compare->drawnPoints(id) > early, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_jobs.job(0)->state(), core::Job::State::Succeeded, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(compare->drawnPoints(id), 120, 5000);
        QVERIFY(!compare->chart()->series().isEmpty());
        runs::RunStore store(*m_ws);
        QCOMPARE(store.run(id)->status, runs::RunStatus::Succeeded);
        QCOMPARE(store.run(id)->name, QStringLiteral("from dialog"));

        // Smoothing adds a smoothed line per run; log scale and time axes still draw every point.
        compare->setMetric(QStringLiteral("loss"));
        compare->setSmoothing(0.6);
        QCOMPARE(compare->chart()->series().size(), 2);
        compare->setLogScale(true);
        compare->setXAxis(ui::CompareView::WallTimeAxis);
        QCOMPARE(compare->drawnPoints(id), 120);
        compare->setMaxPoints(50); // LTTB down to 50
        QCOMPARE(compare->drawnPoints(id), 50);

        // Exports.
        QString error;
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        const QString csv = m_dir.filePath(QStringLiteral("runs.csv"));
        QVERIFY2(compare->exportImage(png, &error), qPrintable(error));
        QVERIFY2(compare->exportImage(svg, &error), qPrintable(error));
        QVERIFY2(page.exportCsv(csv, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull() && image.width() > 100);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().count('\n'), 1 + 3 * 120);
    }

    void cloneAndScatter() {
        runs::RunStore store(*m_ws);
        QString error;
        // Three finished runs with known last values: (loss, accuracy) = (0.5, 0.9), (0.2, 0.8), (0.6, 0.7).
        const QVector<QPair<double, double>> finals{{0.5, 0.9}, {0.2, 0.8}, {0.6, 0.7}};
        QVector<qint64> ids;
        for (const auto& f : finals) {
            const qint64 id = store.createRun(QStringLiteral("test.counter"), QStringLiteral("s"),
                                              {{"steps", 3}}, 1, &error);
            store.append(
                id,
                {{QStringLiteral("loss"), {1, 1, f.first}}, {QStringLiteral("accuracy"), {1, 1, f.second}}},
                {}, {}, {}, &error);
            ids << id;
        }
        ui::ExperimentsPage page;
        page.setJobs(&m_jobs);
        page.setWorkspace(m_ws.get());
        page.selectRuns(ids);
        QCOMPARE(page.selectedRuns(), ids);
        ui::ScatterView* scatter = page.scatterView();
        scatter->setMetrics(QStringLiteral("loss"), QStringLiteral("accuracy"));
        // loss is minimised, accuracy maximised: (0.2, 0.8) and (0.5, 0.9) are the front; (0.6, 0.7) is not.
        QCOMPARE(scatter->front(), (QVector<qint64>{ids[1], ids[0]}));

        // Clone: the dialog starts from the run's parameters.
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ui::LaunchDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            QCOMPARE(dialog->kind(), QStringLiteral("test.counter"));
            QCOMPARE_JSON(dialog->parameters()["steps"], json(3));
            QCOMPARE(dialog->runName(), QStringLiteral("s (clone)"));
            dialog->reject();
        });
        QCOMPARE(page.newRun(ids[0]), qint64(0));
        QVERIFY(seen);
    }

    void kindSpecificViewsGetOnlyTheirRuns() {
        runs::RunStore store(*m_ws);
        QString error;
        const qint64 counter =
            store.createRun(QStringLiteral("test.counter"), QStringLiteral("c"), {{"steps", 3}}, 1, &error);
        QVERIFY2(counter > 0, qPrintable(error));
        ui::ExperimentsPage page;
        page.setJobs(&m_jobs);
        page.setWorkspace(m_ws.get());
        QCOMPARE(page.runViews().size(), 2);
        auto* mine = static_cast<RecordingView*>(page.runViews()[0]);
        auto* other = static_cast<RecordingView*>(page.runViews()[1]);
        QCOMPARE(mine->objectName(), QStringLiteral("counterView"));
        QVERIFY(mine->storeSet && other->storeSet);
        auto* tabs = page.findChild<QTabWidget*>();
        QVERIFY(tabs);
        page.selectRuns({counter});
        QCOMPARE(mine->shown(), QVector<qint64>{counter});
        QVERIFY(other->shown().isEmpty()); // no selected run of its kind: empty, tab hidden
        QVERIFY(tabs->isTabVisible(tabs->indexOf(mine)));
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(other)));
        page.selectRuns({});
        QVERIFY(mine->shown().isEmpty());
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(mine)));
        page.setWorkspace(nullptr);
        QVERIFY(!mine->storeSet);
    }

    void parallelCoordinatesAndLayerBars() {
        runs::RunStore store(*m_ws);
        QString error;
        const QVector<json> params{{{"fixed", 1}, {"mode", "up"}, {"steps", 10}},
                                   {{"fixed", 1}, {"mode", "down"}, {"steps", 20}},
                                   {{"fixed", 1}, {"mode", "up"}, {"steps", 30}}};
        const QVector<double> loss{0.5, 0.2, 0.8};
        QVector<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            ids << store.createRun(QStringLiteral("test.counter"), QStringLiteral("p%1").arg(i), params[i], 1,
                                   &error);
            store.append(ids.back(), {{QStringLiteral("loss"), {1, 1, loss[i]}}}, {}, {}, {}, &error);
        }
        store.append(ids[0], {},
                     {{"sparsity", 5, "conv1", {{"s", 0.1}}},
                      {"sparsity", 5, "fc1", {{"s", 0.2}}},
                      {"sparsity", 10, "conv1", {{"s", 0.3}}},
                      {"sparsity", 10, "fc1", {{"s", 0.4}}}},
                     {}, {}, &error);
        store.append(ids[1], {}, {{"sparsity", 10, "conv1", {{"s", 0.5}}}}, {}, {}, &error);

        ui::ExperimentsPage page;
        page.setJobs(&m_jobs);
        page.setWorkspace(m_ws.get());
        page.selectRuns(ids);
        ui::ParallelCoordinatesView* parallel = page.parallelView();
        parallel->setMetric(QStringLiteral("loss"));
        // "fixed" is the same for all three and gets no axis; text values rank down=0 < up=1.
        QCOMPARE(parallel->axes(),
                 (QStringList{QStringLiteral("mode"), QStringLiteral("steps"), QStringLiteral("loss")}));
        // loss scaled: (0.5 - 0.2) / (0.8 - 0.2) = 0.5.
        const QVector<QVector<double>> expected{{1.0, 0.0, 0.5}, {0.0, 0.5, 0.0}, {1.0, 1.0, 1.0}};
        for (int i = 0; i < 3; ++i) {
            const QVector<double> line = parallel->line(ids[i]);
            QCOMPARE(line.size(), 3);
            for (int a = 0; a < 3; ++a)
                QVERIFY2(std::fabs(line[a] - expected[i][a]) < 1e-12, qPrintable(QString::number(line[a])));
        }

        ui::LayerBarsView* layers = page.layerView();
        layers->setTable(QStringLiteral("sparsity"), QStringLiteral("s"));
        QCOMPARE(layers->layers(), (QStringList{QStringLiteral("conv1"), QStringLiteral("fc1")}));
        QCOMPARE(layers->value(ids[0], QStringLiteral("conv1")), 0.3); // the last step's rows
        QCOMPARE(layers->value(ids[0], QStringLiteral("fc1")), 0.4);
        QCOMPARE(layers->value(ids[1], QStringLiteral("conv1")), 0.5);
        QVERIFY(std::isnan(layers->value(ids[1], QStringLiteral("fc1"))));
    }
};

QTEST_MAIN(TestExperimentsPage)
#include "tst_experimentspage.moc"
