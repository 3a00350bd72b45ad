// RunLauncher: a queue of `kcat run` children with a concurrency limit, live metrics, cancel, resume and a
// child that dies.

#include "RunsHost.h"
#include "compute/core/JobListModel.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/runs/RunLauncher.h"
#include "compute/runs/RunStore.h"
#include "compute/runs/Runs.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <csignal>

using namespace kcat::runs;
using nlohmann::json;

class TestRunLauncher : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<kcat::core::Workspace> m_ws;
    std::unique_ptr<RunStore> m_store;

    qint64 queued(const json& params) {
        QString error;
        return m_store->createRun(QStringLiteral("test.counter"), QStringLiteral("r"), params, 0, &error);
    }

private Q_SLOTS:
    void initTestCase() {
        kcat::core::registerCoreSchema();
        registerRunsModule();
        kcat::core::WorkspaceError error;
        m_ws = kcat::core::Workspace::create(m_dir.filePath(QStringLiteral("w.kcat")), &error);
        QVERIFY(m_ws);
        m_store = std::make_unique<RunStore>(*m_ws);
    }

    void queueWithLimit() {
        kcat::core::JobListModel jobs;
        RunLauncher launcher(*m_ws);
        launcher.setProgram(runsHostPath());
        launcher.setJobList(&jobs);
        launcher.setConcurrency(1);
        QSignalSpy metrics(&launcher, &RunLauncher::metricReceived);
        QSignalSpy finished(&launcher, &RunLauncher::runFinished);
        const qint64 a = queued({{"steps", 15}, {"step_ms", 10}});
        const qint64 b = queued({{"steps", 5}});
        QString error;
        RunJob* ja = launcher.enqueue(a, false, &error);
        RunJob* jb = launcher.enqueue(b, false, &error);
        QVERIFY(ja && jb);
        QCOMPARE(jobs.rowCount(), 2);
        QCOMPARE(launcher.runningCount(), 1);
        QCOMPARE(launcher.queuedCount(), 1);
        QVERIFY(!launcher.enqueue(a, false, &error)); // already active
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished[0][0].toLongLong(), a); // limit 1: in order
        QCOMPARE(finished[0][1].toString(), QStringLiteral("succeeded"));
        QCOMPARE(finished[1][0].toLongLong(), b);
        QCOMPARE(ja->state(), kcat::core::Job::State::Succeeded);
        QCOMPARE(jb->state(), kcat::core::Job::State::Succeeded);
        QCOMPARE(metrics.size(), 3 * 15 + 3 * 5); // every point streamed live
        QCOMPARE(m_store->run(a)->status, RunStatus::Succeeded);
        QVERIFY(!launcher.enqueue(a, false, &error)); // not queued any more
        QVERIFY(error.contains(QStringLiteral("succeeded")));
    }

    void releasedRunOutlivesTheLauncher() {
        const qint64 id = queued({{"steps", 60}, {"step_ms", 20}});
        {
            RunLauncher launcher(*m_ws);
            launcher.setProgram(runsHostPath());
            QSignalSpy metrics(&launcher, &RunLauncher::metricReceived);
            QString error;
            RunJob* job = launcher.enqueue(id, false, &error);
            QVERIFY(job);
            QTRY_VERIFY_WITH_TIMEOUT(metrics.size() > 0, 30000);
            QVERIFY(job->canKeepRunning());
            job->keepRunning();
            QVERIFY(!launcher.isRunning(id));
            QVERIFY(!job->canKeepRunning());
        } // the launcher is gone; a released child must not be stopped with it
        QTRY_COMPARE_WITH_TIMEOUT(m_store->run(id)->status, RunStatus::Succeeded, 60000);
        QCOMPARE(m_store->series(id, QStringLiteral("loss")).size(), 60); // every step, written by the child
    }

    void cancelThenResume() {
        RunLauncher launcher(*m_ws);
        launcher.setProgram(runsHostPath());
        QSignalSpy finished(&launcher, &RunLauncher::runFinished);
        QSignalSpy metrics(&launcher, &RunLauncher::metricReceived);
        const qint64 id = queued({{"steps", 400}, {"step_ms", 10}, {"checkpoint_every", 10}});
        const qint64 waiting = queued({{"steps", 3}});
        QString error;
        RunJob* job = launcher.enqueue(id, false, &error);
        RunJob* waitingJob = launcher.enqueue(waiting, false, &error);
        QTRY_VERIFY_WITH_TIMEOUT(metrics.size() >= 3 * 25, 20000);
        job->cancel();        // SIGTERM to the child
        waitingJob->cancel(); // never started: cancelled at once
        QCOMPARE(m_store->run(waiting)->status, RunStatus::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(job->state(), kcat::core::Job::State::Cancelled);
        QCOMPARE(m_store->run(id)->status, RunStatus::Cancelled);
        const qint64 checkpoint = m_store->run(id)->resumePoint["step"].get<qint64>();
        QVERIFY(checkpoint >= 20);

        RunJob* resumed = launcher.enqueue(id, true, &error);
        QVERIFY2(resumed, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        QCOMPARE(resumed->state(), kcat::core::Job::State::Succeeded);
        const auto loss = m_store->series(id, QStringLiteral("loss"));
        QCOMPARE(loss.size(), 400);
        QCOMPARE(loss.back().step, qint64(400));
    }

    void killedChildFails() {
        RunLauncher launcher(*m_ws);
        launcher.setProgram(runsHostPath());
        QSignalSpy started(&launcher, &RunLauncher::runStarted);
        QSignalSpy metrics(&launcher, &RunLauncher::metricReceived);
        QSignalSpy finished(&launcher, &RunLauncher::runFinished);
        const qint64 id = queued({{"steps", 100000}, {"step_ms", 5}});
        QString error;
        RunJob* job = launcher.enqueue(id, false, &error);
        QTRY_VERIFY_WITH_TIMEOUT(metrics.size() >= 30, 20000);
        // Find the child through the store (the launcher's own pid bookkeeping is private).
        const qint64 pid = m_store->run(id)->pid;
        QVERIFY(pid > 0);
        ::kill(pid_t(pid), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished[0][1].toString(), QStringLiteral("failed"));
        QCOMPARE(job->state(), kcat::core::Job::State::Failed);
        const auto run = m_store->run(id);
        QCOMPARE(run->status, RunStatus::Failed);
        QVERIFY(run->error.contains(QStringLiteral("killed")));
        QVERIFY(m_store->series(id, QStringLiteral("loss")).size() >= 10); // what it wrote is kept
    }

    void missingProgram() {
        RunLauncher launcher(*m_ws);
        launcher.setProgram(m_dir.filePath(QStringLiteral("no-such-kcat")));
        QSignalSpy finished(&launcher, &RunLauncher::runFinished);
        const qint64 id = queued({{"steps", 2}});
        QString error;
        QVERIFY(launcher.enqueue(id, false, &error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(m_store->run(id)->status, RunStatus::Failed);
        QVERIFY(m_store->run(id)->error.contains(QStringLiteral("no-such-kcat")));
    }
};

QTEST_GUILESS_MAIN(TestRunLauncher)
#include "tst_runlauncher.moc"
