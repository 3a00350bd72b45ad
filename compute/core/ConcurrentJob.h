#pragma once

#include "compute/core/Job.h"

#include <QFutureWatcher>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

namespace kcat::core {

// What work running on a pool thread sees of its job: progress to report, a cancel flag to poll.
class JobControl {
public:
    virtual ~JobControl() = default;
    // Thread-safe; done out of total, with a short text ("document 3 of 200").
    virtual void report(qint64 done, qint64 total, const QString& detail = QString()) = 0;
    virtual bool isCancelled() const = 0;
};

// Thrown by work to end its job as Failed with a message for the user.
struct JobFailure {
    QString message;
};

// Runs a function on Qt's thread pool (QtConcurrent) as a Job. The function returns its result as a
// QVariant, checks control.isCancelled() between steps, and throws JobFailure to fail with a message.
class ConcurrentJob : public Job {
    Q_OBJECT

public:
    using Work = std::function<QVariant(JobControl& control)>;

    ConcurrentJob(QString title, Work work, QObject* parent = nullptr);
    ~ConcurrentJob() override;

    void start();
    QVariant result() const { return m_result; }
    // Blocks until the work has ended (tests, shutdown).
    void waitForFinished();

Q_SIGNALS:
    void succeeded(const QVariant& result);

protected:
    void requestCancel() override;

private:
    class Control;
    struct Outcome {
        QVariant value;
        QString error;
        bool failed = false;
    };

    Work m_work;
    std::shared_ptr<Control> m_control;
    QFutureWatcher<Outcome> m_watcher;
    QVariant m_result;
};

} // namespace kcat::core
