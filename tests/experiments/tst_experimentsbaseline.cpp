// The Experiments page offscreen with the real training engine: a tiny `train.baseline` run is launched
// from the generated dialog, the launcher's child is the real `kcat` program, the loss chart gets points
// while the run trains, and the run ends succeeded with its final test accuracy in the store.

#include "LaunchHarness.h"
#include "app/Modules.h"
#include "compute/core/JobListModel.h"
#include "compute/core/Workspace.h"
#include "compute/runs/RunLauncher.h"
#include "compute/runs/RunStore.h"
#include "ui/experiments/CompareView.h"
#include "ui/experiments/ExperimentsPage.h"
#include "ui/experiments/LaunchDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kcat;
using nlohmann::json;

namespace {

constexpr int MaxSteps = 40;
constexpr int LogEvery = 2;

} // namespace

class TestExperimentsBaseline : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    core::JobListModel m_jobs;

private Q_SLOTS:
    void initTestCase() {
        app::registerModules(); // what both executables do: every schema, CLI command and run kind
        core::WorkspaceError error;
        m_ws = core::Workspace::create(m_dir.filePath(QStringLiteral("w.kcat")), &error);
        QVERIFY(m_ws);
    }

    void launchTinyBaselineAndWatchLive() {
        auto pagePtr =
            testing::openExperimentsPage(*m_ws, m_jobs, QStringLiteral(KCAT_BINARY_DIR "/bin/kcat"));
        ui::ExperimentsPage& page = *pagePtr;
        const qint64 id = testing::launchFromDialog(page, [](ui::LaunchDialog* dialog) {
            dialog->setKind(QStringLiteral("train.baseline"));
            const auto spin = [dialog](const char* name) {
                return dialog->findChild<QSpinBox*>(QString::fromLatin1(name));
            };
            for (const char* name :
                 {"max_steps", "test_subset", "threads", "log_every", "epochs", "batch_size"})
                QVERIFY2(spin(name), name);
            QVERIFY(dialog->findChild<QComboBox*>(QStringLiteral("model")));
            dialog->findChild<QComboBox*>(QStringLiteral("model"))->setCurrentText(QStringLiteral("lenet5"));
            spin("max_steps")->setValue(MaxSteps);
            spin("test_subset")->setValue(500);
            spin("threads")->setValue(1);
            spin("log_every")->setValue(LogEvery);
            spin("epochs")->setValue(1);
            spin("batch_size")->setValue(128);
            spin("seed")->setValue(3);
            dialog->findChild<QDoubleSpinBox*>(QStringLiteral("lr"))->setValue(0.05);
            dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("tiny baseline"));
            QCOMPARE(dialog->parameters()["max_steps"].get<int>(), MaxSteps);
            QCOMPARE(dialog->parameters()["threads"].get<int>(), 1);
        });
        QVERIFY(id > 0);
        QCOMPARE(page.selectedRuns(), QVector<qint64>{id});
        QCOMPARE(m_jobs.rowCount(), 1);
        core::Job* job = m_jobs.job(0);

        // While the child trains: show the loss chart as soon as it exists and record how many points
        // the chart holds each time the event loop turns, as long as the run is still running.
        ui::CompareView* compare = page.compareView();
        QVector<int> whileRunning;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this, [&] {
            if (compare->metric() != QLatin1String("loss"))
                compare->setMetric(QStringLiteral("loss"));
            if (job->state() == core::Job::State::Running && compare->metric() == QLatin1String("loss"))
                whileRunning << compare->drawnPoints(id);
        });
        probe.start(5);
        QTRY_VERIFY_WITH_TIMEOUT(job->state() == core::Job::State::Succeeded ||
                                     job->state() == core::Job::State::Failed ||
                                     job->state() == core::Job::State::Cancelled,
                                 25000);
        probe.stop();
        runs::RunStore store(*m_ws);
        const auto run = store.run(id);
        QVERIFY(run);
        QVERIFY2(run->status == runs::RunStatus::Succeeded, qPrintable(run->error));
        QCOMPARE(job->state(), core::Job::State::Succeeded);
        QCOMPARE(run->name, QStringLiteral("tiny baseline"));

        // The chart had some but not all of its points while the run was running, and grew.
        const int finalPoints = MaxSteps / LogEvery; // loss at steps 2, 4, ..., 40
        int firstSeen = 0, lastSeen = 0;
        for (int n : std::as_const(whileRunning)) {
            if (n > 0 && firstSeen == 0)
                firstSeen = n;
            lastSeen = std::max(lastSeen, n);
        }
        QVERIFY2(firstSeen > 0 && firstSeen < finalPoints,
                 qPrintable(QStringLiteral("first live count %1").arg(firstSeen)));
        QVERIFY2(lastSeen > firstSeen,
                 qPrintable(QStringLiteral("live counts %1..%2").arg(firstSeen).arg(lastSeen)));
        compare->setMetric(QStringLiteral("loss"));
        QTRY_COMPARE_WITH_TIMEOUT(compare->drawnPoints(id), finalPoints, 5000);

        // The store holds every loss point at the logged steps, and the final metrics.
        const QVector<runs::MetricPoint> loss = store.series(id, QStringLiteral("loss"));
        QCOMPARE(loss.size(), finalPoints);
        for (int i = 0; i < loss.size(); ++i)
            QCOMPARE(loss[i].step, qint64((i + 1) * LogEvery));
        QVERIFY(loss.back().value < loss.front().value); // 40 steps of SGD lower the training loss
        // The chart's one-query read of several runs gives the same points; an unknown run is absent.
        const auto together = store.series(QVector<qint64>{id, id + 1000}, QStringLiteral("loss"));
        QCOMPARE(together.size(), 1);
        QCOMPARE(together.value(id).size(), loss.size());
        for (int i = 0; i < loss.size(); ++i) {
            QCOMPARE(together.value(id)[i].step, loss[i].step);
            QCOMPARE(together.value(id)[i].wallMs, loss[i].wallMs);
            QCOMPARE(together.value(id)[i].value, loss[i].value);
        }
        QVERIFY(run->summary.contains("final_metrics"));
        const json& final = run->summary["final_metrics"];
        QVERIFY(final.contains("test_accuracy"));
        const double accuracy = final["test_accuracy"].get<double>();
        // 10 classes: chance is 0.1; these 40 steps of LeNet-5 reach well above it (0.544 measured, seed 3).
        QVERIFY2(accuracy > 0.3 && accuracy <= 1.0, qPrintable(QString::number(accuracy)));
        QCOMPARE(int(final["steps"].get<double>()), MaxSteps);
        const QVector<runs::MetricPoint> testAccuracy = store.series(id, QStringLiteral("test_accuracy"));
        QVERIFY(!testAccuracy.isEmpty());
        QCOMPARE(testAccuracy.back().step, qint64(MaxSteps));
        QCOMPARE(testAccuracy.back().value, accuracy);
        qInfo("live chart points while running: first %d, last %d of %d; test accuracy %.3f", firstSeen,
              lastSeen, finalPoints, accuracy);
    }
};

QTEST_MAIN(TestExperimentsBaseline)
#include "tst_experimentsbaseline.moc"
