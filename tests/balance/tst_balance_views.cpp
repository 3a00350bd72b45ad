// The training-balance tab offscreen, on runs made by the real run kinds in a temporary workspace: a tiny
// balance.simulate, balance.calibrate and a 2-rank balance.measure (its workers are this program started
// again with `balance measure-worker ...`). Every chart is checked against what the runs stored.
// KCAT_BALANCE_SCREENSHOTS=DIR saves each chart as a PNG there.

#include "compute/balance/Balance.h"
#include "compute/balance/BalanceRunData.h"
#include "compute/balance/Measurement.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/runs/RunKind.h"
#include "compute/runs/RunStore.h"
#include "compute/runs/Runs.h"
#include "tests/runs/ExecuteRun.h"
#include "ui/balance/BalanceRunView.h"
#include "ui/balance/BalanceViews.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <sstream>

using namespace kcat;
using nlohmann::json;

namespace {

template <typename T> QList<T*> seriesOf(QChart* chart) {
    QList<T*> out;
    for (QAbstractSeries* s : chart->series())
        if (auto* t = qobject_cast<T*>(s))
            out << t;
    return out;
}

} // namespace

class TestBalanceViews : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    std::unique_ptr<runs::RunStore> m_store;
    qint64 m_simulate = 0, m_calibrate = 0, m_measure = 0;

    qint64 runKind(const QString& kind, const json& params) {
        QString error;
        const qint64 id = kcat::testing::executeRun(*m_ws, *m_store, kind, params, &error);
        if (!id)
            qWarning("%s", qPrintable(error));
        return id;
    }

    void save(ui::BalanceRunView& view, const QString& name) {
        const QString dir = qEnvironmentVariable("KCAT_BALANCE_SCREENSHOTS");
        if (!dir.isEmpty())
            view.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase() {
        core::registerCoreSchema();
        runs::registerRunsModule();
        balance::registerBalanceModule();
        ui::registerBalanceViews();
        core::WorkspaceError error;
        m_ws = core::Workspace::create(m_dir.filePath(QStringLiteral("w.kcat")), &error);
        QVERIFY(m_ws);
        m_store = std::make_unique<runs::RunStore>(*m_ws);
        m_simulate = runKind(QStringLiteral("balance.simulate"),
                             {{"gpus", 16}, {"tokens", 131072}, {"iterations", 4}, {"shuffles", 4}});
        QVERIFY(m_simulate > 0);
        m_calibrate = runKind(QStringLiteral("balance.calibrate"), {{"hidden", 16},
                                                                    {"heads", 2},
                                                                    {"vocabulary", 11},
                                                                    {"min_length", 16},
                                                                    {"max_length", 128},
                                                                    {"points", 4},
                                                                    {"repeats", 2},
                                                                    {"warmup", 1}});
        QVERIFY(m_calibrate > 0);
        m_measure = runKind(QStringLiteral("balance.measure"), {{"ranks", 2},
                                                                {"steps", 2},
                                                                {"tokens", 512},
                                                                {"capacity", 256},
                                                                {"lognormal", "60,0.9,256"},
                                                                {"hidden", 16},
                                                                {"heads", 2},
                                                                {"vocabulary", 11},
                                                                {"calibration", std::to_string(m_calibrate)},
                                                                {"warmup_steps", 0}});
        QVERIFY(m_measure > 0);
    }

    void registeredForBalanceKinds() {
        bool found = false;
        for (const ui::RunViewFactory& f : ui::runViewFactories())
            if (f.objectName == QLatin1String("balanceView")) {
                found = true;
                QVERIFY(f.accepts(QStringLiteral("balance.measure")));
                QVERIFY(!f.accepts(QStringLiteral("train.baseline")));
            }
        QVERIFY(found);
    }

    void ganttOfSimulatedIteration() {
        ui::BalanceRunView view;
        view.resize(900, 600);
        view.setStore(m_store.get());
        view.showRuns({m_simulate});
        view.setChart(ui::BalanceRunView::Gantt);
        view.setIteration(2);
        const auto bars = seriesOf<QHorizontalStackedBarSeries>(view.chartView()->chart());
        QCOMPARE(bars.size(), 1);
        // One category per replica of iteration 2; each row's bars add up to its replica time.
        int replicas = 0;
        for (const runs::TableRow& r : m_store->tableRows(m_simulate))
            if (r.table == QLatin1String("schedule") && r.step == 2) {
                ++replicas;
                const int idx = r.values.at("replica").get<int>();
                double sum = 0;
                for (QBarSet* set : bars.front()->barSets())
                    sum += set->at(idx);
                QVERIFY2(std::abs(sum - r.values.at("seconds").get<double>()) < 1e-9 * (1 + sum),
                         qPrintable(QStringLiteral("replica %1: %2").arg(idx).arg(sum)));
            }
        QVERIFY(replicas >= 2);
        auto* axis = qobject_cast<QBarCategoryAxis*>(bars.front()->attachedAxes().value(0));
        if (!axis)
            axis = qobject_cast<QBarCategoryAxis*>(bars.front()->attachedAxes().value(1));
        QVERIFY(axis);
        QCOMPARE(axis->count(), replicas);
        // The slowest replica is the iteration time the run recorded for step 2.
        const auto it = m_store->series(m_simulate, QStringLiteral("iter_seconds"));
        double longest = 0;
        for (const auto& row : balance::BalanceRunData(*m_store, m_simulate).gantt(2).rows)
            longest = std::max(longest, row.seconds);
        QVERIFY(std::abs(longest - it[1].value) < 1e-9 * longest);
        save(view, QStringLiteral("gantt-simulate"));
    }

    void ganttOfMeasuredIteration() {
        ui::BalanceRunView view;
        view.resize(900, 500);
        view.setStore(m_store.get());
        view.showRuns({m_measure});
        view.setChart(ui::BalanceRunView::Gantt);
        view.setIteration(3);
        const auto data = balance::BalanceRunData(*m_store, m_measure).gantt(3);
        QCOMPARE(int(data.rows.size()), 4); // measured + predicted for 2 ranks
        const auto bars = seriesOf<QHorizontalStackedBarSeries>(view.chartView()->chart());
        QCOMPARE(bars.size(), 1);
        save(view, QStringLiteral("gantt-measure"));
    }

    void histogramCountsEverySampledSequence() {
        ui::BalanceRunView view;
        view.resize(900, 500);
        view.setStore(m_store.get());
        view.showRuns({m_simulate, m_measure});
        view.setChart(ui::BalanceRunView::Histogram);
        qint64 sampled = 0;
        for (const runs::TableRow& r : m_store->tableRows(m_simulate))
            if (r.table == QLatin1String("iterations"))
                sampled += r.values.at("sequences").get<qint64>();
        qint64 counted = 0;
        for (const auto& b : balance::BalanceRunData(*m_store, m_simulate).histogram())
            counted += b.sequences;
        QCOMPARE(counted, sampled);
        const auto bars = seriesOf<QBarSeries>(view.chartView()->chart());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.front()->count(), 2); // one set per run
        for (QBarSet* set : bars.front()->barSets()) {
            double total = 0;
            for (int i = 0; i < set->count(); ++i)
                total += set->at(i);
            QVERIFY(std::abs(total - 100.0) < 1e-6);
        }
        save(view, QStringLiteral("histogram"));
    }

    void imbalanceAndSpeedup() {
        ui::BalanceRunView view;
        view.resize(900, 500);
        view.setStore(m_store.get());
        view.showRuns({m_simulate, m_measure});
        view.setChart(ui::BalanceRunView::Imbalance);
        const auto lines = seriesOf<QLineSeries>(view.chartView()->chart());
        QCOMPARE(lines.size(), 5); // simulate: two-stage; measure: 2 policies × measured/predicted
        const auto stored = m_store->series(m_simulate, QStringLiteral("iter_imbalance"));
        QCOMPARE(lines.front()->count(), stored.size());
        QCOMPARE(lines.front()->at(0).y(), stored[0].value);
        save(view, QStringLiteral("imbalance"));

        view.setChart(ui::BalanceRunView::Speedup);
        const auto bars = seriesOf<QBarSeries>(view.chartView()->chart());
        QCOMPARE(bars.size(), 1);
        const QBarSet* sim = bars.front()->barSets().value(0);
        QVERIFY(sim);
        // Categories: the four baselines, then the micro-run's measured and predicted speed-up.
        QCOMPARE(sim->count(), 6); // ffd, greedy_packing, padding, unbalanced_packing, measured, predicted
        double greedy = 0;
        for (const auto& s : m_store->stats(m_simulate))
            if (s.key == QLatin1String("speedup_vs_greedy_packing"))
                greedy = s.last;
        bool matched = false;
        for (int i = 0; i < sim->count(); ++i)
            matched = matched || sim->at(i) == greedy;
        QVERIFY(matched && greedy > 0);
        save(view, QStringLiteral("speedup"));
    }

    void predictedVersusMeasured() {
        ui::BalanceRunView view;
        view.resize(900, 500);
        view.setStore(m_store.get());
        view.showRuns({m_calibrate, m_measure});
        view.setChart(ui::BalanceRunView::Prediction);
        view.setRun(m_calibrate);
        QChart* chart = view.chartView()->chart();
        int points = 0;
        for (QScatterSeries* s : seriesOf<QScatterSeries>(chart))
            points += s->count();
        QCOMPARE(points, 8);                              // 4 lengths × (1 sequence, 4 sequences)
        QCOMPARE(seriesOf<QLineSeries>(chart).size(), 2); // the fits for 1 and 4 sequences per micro-batch
        // The fitted curve of single sequences passes through the run's predicted values.
        const auto curve = balance::BalanceRunData(*m_store, m_calibrate).curve();
        QVERIFY(curve.valid);
        for (const auto& p : balance::BalanceRunData(*m_store, m_calibrate).predictions())
            if (p.sequences == 1)
                QVERIFY(std::abs(curve.a * p.x * p.x + curve.b * p.x + curve.c - p.predicted) <
                        1e-9 * (1 + p.predicted));
        save(view, QStringLiteral("prediction-calibrate"));

        view.setRun(m_measure);
        chart = view.chartView()->chart();
        points = 0;
        for (QScatterSeries* s : seriesOf<QScatterSeries>(chart))
            points += s->count();
        QCOMPARE(points, 4); // 2 steps × 2 policies
        save(view, QStringLiteral("prediction-measure"));
    }

    void emptySelectionExplains() {
        ui::BalanceRunView view;
        view.setStore(m_store.get());
        view.showRuns({m_calibrate});
        view.setChart(ui::BalanceRunView::Gantt);
        QVERIFY(!view.message().isEmpty());
        QVERIFY(view.chartView()->chart()->series().isEmpty());
    }
};

// The micro-run's workers are this program: `tst_balance_views balance measure-worker --plan F ...`.
int main(int argc, char** argv) {
    if (argc > 2 && std::strcmp(argv[1], "balance") == 0 && std::strcmp(argv[2], "measure-worker") == 0) {
        QCoreApplication app(argc, argv);
        const QStringList args = app.arguments();
        const auto value = [&](const char* name) {
            const int i = args.indexOf(QString::fromLatin1(name));
            return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
        };
        return balance::runMeasureWorker(value("--plan"), value("--rank").toInt(),
                                         value("--world-size").toInt(), value("--master"), value("--output"));
    }
    QApplication app(argc, argv);
    TestBalanceViews test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_balance_views.moc"
