// The SNN tab offscreen on real runs: tiny snn.train runs executed the way `kcat run` executes them
// (RunExecutor, in this process: LIF/BPTT at T = 2 and 4, the reversible node's streamlined backward at
// T = 4) in a temporary workspace, then every chart of SnnRunView drawn from them, and the model checked
// with QAbstractItemModelTester.

#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/runs/RunKind.h"
#include "compute/runs/RunStore.h"
#include "compute/runs/Runs.h"
#include "compute/snn/Snn.h"
#include "compute/snn/SnnRunsModel.h"
#include "tests/runs/ExecuteRun.h"
#include "ui/snn/SnnRunView.h"
#include "ui/snn/SnnViews.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <sstream>

using namespace kcat;

class TestSnnView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QVector<qint64> m_ids;

    void execute(nlohmann::json params) {
        const nlohmann::json common{
            {"train_subset", 320}, {"test_subset", 200}, {"batch_size", 32}, {"width", 4},
            {"threads", 1},        {"log_every", 2},     {"seed", 4}};
        for (const auto& [key, value] : common.items())
            params[key] = value;
        core::WorkspaceError wsError;
        auto ws = core::Workspace::open(m_path, &wsError);
        QVERIFY(ws);
        runs::RunStore store(*ws);
        QString error;
        QVERIFY2(kcat::testing::executeRun(*ws, store, QStringLiteral("snn.train"), params, &error, 4) > 0,
                 qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase() {
        if (!QDir(QStringLiteral("/usr/share/datasets/fashion-mnist")).exists())
            QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
        core::registerCoreSchema();
        runs::registerRunsModule();
        snn::registerSnnModule();
        m_path = m_dir.filePath(QStringLiteral("w.kcat"));
        core::WorkspaceError error;
        QVERIFY(core::Workspace::create(m_path, &error));
        execute({{"node", "lif"}, {"timesteps", 2}});
        execute({{"node", "lif"}, {"timesteps", 4}});
        execute({{"node", "reversible"}, {"backward", "streamlined"}, {"timesteps", 4}});
    }

    void drawsEveryChart() {
        core::WorkspaceError error;
        auto ws = core::Workspace::open(m_path, &error);
        QVERIFY(ws);
        runs::RunStore store(*ws);
        QVector<qint64> ids;
        for (const auto& r : store.runs()) {
            QCOMPARE(r.status, runs::RunStatus::Succeeded);
            ids << r.id;
        }
        QCOMPARE(ids.size(), 3);

        ui::registerSnnViews();
        const auto& factories = ui::runViewFactories();
        auto factory = std::find_if(factories.begin(), factories.end(), [](const ui::RunViewFactory& f) {
            return f.objectName == QLatin1String("snnView");
        });
        QVERIFY(factory != factories.end());
        QVERIFY(factory->accepts(QStringLiteral("snn.train")));
        QVERIFY(!factory->accepts(QStringLiteral("train.baseline")));

        ui::SnnRunView view;
        view.resize(1000, 700);
        view.show();
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setStore(&store);
        view.showRuns(ids);
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.model()->data(view.model()->index(2, snn::SnnRunsModel::Node)).toString(),
                 QStringLiteral("reversible"));

        // Headline: two methods, the LIF line with two points (T = 2, 4) rising with T.
        const auto memory = view.model()->memoryAgainstTimesteps();
        QCOMPARE(memory.size(), 2);
        const QVector<QPointF> lif = memory.value(QStringLiteral("lif / autograd"));
        QCOMPARE(lif.size(), 2);
        QCOMPARE(lif[0].x(), 2.0);
        QVERIFY(lif[1].y() > lif[0].y());
        const QVector<QPointF> rev = memory.value(QStringLiteral("reversible / streamlined"));
        QCOMPARE(rev.size(), 1);
        QVERIFY2(rev[0].y() < lif[1].y(), "the reversible node holds less than BPTT at the same T");

        view.setChart(ui::SnnRunView::Memory);
        QVERIFY(view.message().isEmpty());
        int lines = 0;
        for (auto* s : view.chartView()->chart()->series())
            if (auto* line = qobject_cast<QLineSeries*>(s);
                line && s->type() == QAbstractSeries::SeriesTypeLine) {
                ++lines;
                QVERIFY(line->count() >= 1);
            }
        QCOMPARE(lines, 2);

        for (auto chart : {ui::SnnRunView::EpochTime, ui::SnnRunView::Accuracy, ui::SnnRunView::SpikeRates}) {
            view.setChart(chart);
            QVERIFY2(view.message().isEmpty(), qPrintable(view.message()));
            QVERIFY(!view.chartView()->chart()->series().isEmpty());
        }

        view.setChart(ui::SnnRunView::Membrane);
        view.setRun(ids[2]);
        view.setLayer(QStringLiteral("conv1"));
        QVERIFY(view.message().isEmpty());
        int traces = 0;
        for (auto* s : view.chartView()->chart()->series())
            if (s->type() == QAbstractSeries::SeriesTypeLine &&
                s->name().startsWith(QLatin1String("neuron"))) {
                QCOMPARE(static_cast<QLineSeries*>(s)->count(), 4);
                ++traces;
            }
        QCOMPARE(traces, 3);

        view.setChart(ui::SnnRunView::Raster);
        view.setLayer(QStringLiteral("conv2"));
        const auto series = view.chartView()->chart()->series();
        QCOMPARE(series.size(), 1);
        const auto* dots = static_cast<QScatterSeries*>(series[0]);
        QVERIFY(dots->count() > 0);
        for (const QPointF& p : dots->points())
            QVERIFY(p.x() >= 0 && p.x() < 4 && p.y() >= 0 && p.y() < 64);

        const QString shot = qEnvironmentVariable("KCAT_SNN_SCREENSHOT");
        if (!shot.isEmpty()) {
            view.setChart(ui::SnnRunView::Memory);
            QVERIFY(view.grab().save(shot));
        }
        // Runs of another kind are not shown.
        view.showRuns({});
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(!view.message().isEmpty());
    }
};

QTEST_MAIN(TestSnnView)
#include "tst_snnview.moc"
