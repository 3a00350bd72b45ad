#include "compute/core/ConcurrentJob.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace kcat::core {

class ConcurrentJob::Control : public JobControl {
public:
    explicit Control(ConcurrentJob* job)
        : m_job(job) {}
    void report(qint64 done, qint64 total, const QString& detail) override {
        const double fraction = total > 0 ? double(done) / double(total) : -1.0;
        QPointer<ConcurrentJob> job = m_job;
        QMetaObject::invokeMethod(
            m_job,
            [job, fraction, detail] {
                if (job)
                    job->setProgress(fraction, detail);
            },
            Qt::QueuedConnection);
    }
    bool isCancelled() const override { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }

private:
    ConcurrentJob* m_job;
    std::atomic<bool> m_cancelled{false};
};

ConcurrentJob::ConcurrentJob(QString title, Work work, QObject* parent)
    : Job(std::move(title), parent)
    , m_work(std::move(work))
    , m_control(std::make_shared<Control>(this)) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (m_control->isCancelled()) {
            finish(State::Cancelled);
        } else if (outcome.failed) {
            finish(State::Failed, outcome.error);
        } else {
            m_result = outcome.value;
            finish(State::Succeeded);
            Q_EMIT succeeded(m_result);
        }
    });
}

ConcurrentJob::~ConcurrentJob() {
    m_control->cancel();
    m_watcher.waitForFinished();
}

void ConcurrentJob::start() {
    std::shared_ptr<Control> control = m_control;
    Work work = m_work;
    m_watcher.setFuture(QtConcurrent::run([control, work]() -> Outcome {
        Outcome outcome;
        try {
            outcome.value = work(*control);
        } catch (const JobFailure& failure) {
            outcome.failed = true;
            outcome.error = failure.message;
        } catch (const std::exception& e) {
            outcome.failed = true;
            outcome.error = QString::fromLocal8Bit(e.what());
        }
        return outcome;
    }));
}

void ConcurrentJob::waitForFinished() {
    m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(&m_watcher);
    QCoreApplication::sendPostedEvents(this);
}

void ConcurrentJob::requestCancel() {
    m_control->cancel();
}

} // namespace kcat::core
