#pragma once

#include "compute/core/Job.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QQueue>

namespace kcat::core {
class JobListModel;
class Workspace;
} // namespace kcat::core

namespace kcat::runs {

class RunLauncher;

// One launched run as a background job: what the status bar and the job list show. Cancelling it sends
// SIGTERM to its `kcat run` child (or drops it from the queue when it has not started).
class RunJob : public core::Job {
    Q_OBJECT

public:
    RunJob(RunLauncher* launcher, qint64 runId, QString title, QObject* parent = nullptr);
    qint64 runId() const { return m_runId; }
    // A started run's child can go on without the application (it writes into the workspace).
    bool canKeepRunning() const override;
    void keepRunning() override;

protected:
    void requestCancel() override;

private:
    friend class RunLauncher;
    QPointer<RunLauncher> m_launcher;
    qint64 m_runId;
};

// Starts queued runs as child processes `kcat run --workspace W --run ID [--resume]`, at most
// concurrency() at a time, parses their JSON lines for live progress and metrics, cancels with SIGTERM
// followed by SIGKILL after a grace period, and marks a run whose child died without saying so as failed.
// Lives on the thread of the Workspace it is given (the GUI thread).
class RunLauncher : public QObject {
    Q_OBJECT

public:
    explicit RunLauncher(core::Workspace& workspace, QObject* parent = nullptr);
    // Stops every child still running (SIGTERM, then SIGKILL after the grace period).
    ~RunLauncher() override;

    // The `kcat` executable; default: `kcat` beside this program's executable.
    void setProgram(const QString& program) { m_program = program; }
    QString program() const { return m_program; }
    void setConcurrency(int limit);
    int concurrency() const { return m_limit; }
    void setGracePeriodMs(int ms) { m_graceMs = ms; }
    // Jobs of launched runs are added here (which takes ownership of them); without one they are children
    // of the launcher.
    void setJobList(core::JobListModel* jobs) { m_jobs = jobs; }

    // Queues a run: a queued run, or with resume a failed/cancelled run with a checkpoint. Returns its job,
    // or nullptr with error set when the run cannot be launched.
    RunJob* enqueue(qint64 runId, bool resume, QString* error);
    // Cancels a queued or running run (a queued one ends cancelled at once).
    void cancel(qint64 runId);
    bool isActive(qint64 runId) const { return m_active.contains(runId) || isQueued(runId); }
    bool isQueued(qint64 runId) const;
    int runningCount() const { return m_active.size(); }
    int queuedCount() const { return m_queue.size(); }
    // Ends every child (what closing the application with "stop" does); waits at most the grace period.
    void stopAll();
    bool isRunning(qint64 runId) const { return m_active.contains(runId); }
    // Lets a running child go on on its own (what closing the application with "keep" does): the launcher
    // stops reading it and will not stop it; the child keeps writing its metrics into the workspace and
    // records how it ended there. Returns false when the run is not running.
    bool release(qint64 runId);

Q_SIGNALS:
    void runStarted(qint64 runId);
    void metricReceived(qint64 runId, const QString& key, qint64 step, qint64 wallMs, double value);
    void progressChanged(qint64 runId, double fraction, const QString& detail);
    void logReceived(qint64 runId, const QString& level, const QString& line);
    void runFinished(qint64 runId, const QString& status, const QString& error);

private:
    struct Pending {
        qint64 runId;
        bool resume;
        QPointer<RunJob> job;
    };
    struct Active {
        QProcess* process = nullptr;
        QPointer<RunJob> job;
        QByteArray buffer;
        QString status; // from the child's "finished" line
        QString error;
        QByteArray stderrTail;
    };

    void startNext();
    void start(const Pending& pending);
    void readOutput(qint64 runId);
    void handleLine(qint64 runId, const QByteArray& line);
    void processEnded(qint64 runId, int exitCode, QProcess::ExitStatus status);

    core::Workspace& m_ws;
    QString m_program;
    int m_limit = 1;
    int m_graceMs = 5000;
    core::JobListModel* m_jobs = nullptr;
    QQueue<Pending> m_queue;
    QHash<qint64, Active> m_active;
};

} // namespace kcat::runs
