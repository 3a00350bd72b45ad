// Background jobs: progress reaches the model, cancel stops the work, failures carry their message.

#include "compute/core/ConcurrentJob.h"
#include "compute/core/JobListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace kcat::core;

class TestJobs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reportsProgressAndResult() {
        JobListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* job = new ConcurrentJob(QStringLiteral("sum"), [](JobControl& control) -> QVariant {
            qint64 sum = 0;
            for (int i = 1; i <= 100; ++i) {
                sum += i;
                control.report(i, 100, QStringLiteral("step %1").arg(i));
            }
            return sum;
        });
        QSignalSpy done(job, &ConcurrentJob::succeeded);
        model.add(job);
        QCOMPARE(model.currentJob(), job);
        job->start();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().toLongLong(), 5050);
        QCOMPARE(job->state(), Job::State::Succeeded);
        QCOMPARE(job->progress(), 1.0);
        QCOMPARE(model.currentJob(), nullptr);
        QCOMPARE(model.data(model.index(0, JobListModel::StateColumn)).toString(), QStringLiteral("Done"));
        model.clearFinished();
        QCOMPARE(model.rowCount(), 0);
    }

    void cancelStopsAtTheNextStep() {
        JobListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::atomic<int> steps{0};
        auto* job = new ConcurrentJob(QStringLiteral("long"), [&steps](JobControl& control) -> QVariant {
            while (!control.isCancelled() && steps < 100000) {
                ++steps;
                QThread::msleep(1);
            }
            return steps.load();
        });
        QSignalSpy finished(job, &Job::finished);
        model.add(job);
        job->start();
        QTRY_VERIFY(steps > 5);
        job->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->state(), Job::State::Cancelled);
        QVERIFY(steps < 100000);
        QCOMPARE(model.runningJobs().size(), 0);
    }

    void failureKeepsItsMessage() {
        JobListModel model;
        auto* job = new ConcurrentJob(QStringLiteral("bad"), [](JobControl&) -> QVariant {
            throw JobFailure{QStringLiteral("corpus.txt line 3: expected UTF-8")};
        });
        QSignalSpy finished(job, &Job::finished);
        model.add(job);
        job->start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->errorMessage(), QStringLiteral("corpus.txt line 3: expected UTF-8"));
        QCOMPARE(model.data(model.index(0, JobListModel::DetailColumn)).toString(), job->errorMessage());
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
