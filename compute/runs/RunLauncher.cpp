#include "compute/runs/RunLauncher.h"

#include "compute/core/JobListModel.h"
#include "compute/core/Json.h"
#include "compute/core/Workspace.h"
#include "compute/runs/RunStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

namespace kcat::runs {

RunJob::RunJob(RunLauncher* launcher, qint64 runId, QString title, QObject* parent)
    : core::Job(std::move(title), parent)
    , m_launcher(launcher)
    , m_runId(runId) {}

void RunJob::requestCancel() {
    if (m_launcher)
        m_launcher->cancel(m_runId);
}

bool RunJob::canKeepRunning() const {
    return isRunning() && m_launcher && m_launcher->isRunning(m_runId);
}

void RunJob::keepRunning() {
    if (m_launcher)
        m_launcher->release(m_runId);
}

bool RunLauncher::release(qint64 runId) {
    auto it = m_active.find(runId);
    if (it == m_active.end() || !it->process)
        return false;
    QProcess* process = it->process;
    process->disconnect(this);
    // Nobody reads the child's stdout any more: close our end so its writes fail (it ignores SIGPIPE)
    // instead of blocking on a full pipe.
    process->closeReadChannel(QProcess::StandardOutput);
    process->closeReadChannel(QProcess::StandardError);
    // Deliberately never deleted: ~QProcess would kill the child. The object goes with the application.
    process->setParent(nullptr);
    m_active.erase(it);
    return true;
}

RunLauncher::RunLauncher(core::Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
    , m_program(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("kcat"))) {}

RunLauncher::~RunLauncher() {
    stopAll();
}

void RunLauncher::setConcurrency(int limit) {
    m_limit = std::max(1, limit);
    startNext();
}

bool RunLauncher::isQueued(qint64 runId) const {
    for (const Pending& p : m_queue)
        if (p.runId == runId)
            return true;
    return false;
}

RunJob* RunLauncher::enqueue(qint64 runId, bool resume, QString* error) {
    RunStore store(m_ws);
    const auto run = store.run(runId);
    if (!run) {
        *error = tr("Run %1 does not exist.").arg(runId);
        return nullptr;
    }
    if (isActive(runId)) {
        *error = tr("Run %1 is already running or queued.").arg(runId);
        return nullptr;
    }
    if (resume) {
        if (run->status != RunStatus::Failed && run->status != RunStatus::Cancelled) {
            *error = tr("Only a failed or cancelled run can be resumed; run %1 is %2.")
                         .arg(runId)
                         .arg(statusName(run->status));
            return nullptr;
        }
        if (!run->resumePoint.is_object()) {
            *error = tr("Run %1 saved no checkpoint to resume from.").arg(runId);
            return nullptr;
        }
    } else if (run->status != RunStatus::Queued) {
        *error =
            tr("Run %1 is %2; only a queued run can be started.").arg(runId).arg(statusName(run->status));
        return nullptr;
    }
    auto* job = new RunJob(this, runId, tr("Run %1: %2").arg(runId).arg(run->name));
    if (m_jobs)
        m_jobs->add(job);
    else
        job->setParent(this);
    m_queue.enqueue({runId, resume, job});
    startNext();
    return job;
}

void RunLauncher::cancel(qint64 runId) {
    for (int i = 0; i < m_queue.size(); ++i) {
        if (m_queue[i].runId != runId)
            continue;
        const Pending p = m_queue.takeAt(i);
        RunStore store(m_ws);
        QString error;
        if (!p.resume) // a resumed run keeps its earlier failed/cancelled state
            store.markFinished(runId, RunStatus::Cancelled, tr("cancelled before it started"), &error);
        if (p.job)
            p.job->finish(core::Job::State::Cancelled);
        Q_EMIT runFinished(runId, statusName(RunStatus::Cancelled), QString());
        return;
    }
    auto it = m_active.find(runId);
    if (it == m_active.end())
        return;
    QProcess* process = it->process;
    process->terminate();
    QPointer<QProcess> guard(process);
    QTimer::singleShot(m_graceMs, this, [guard] {
        if (guard && guard->state() != QProcess::NotRunning)
            guard->kill();
    });
}

void RunLauncher::stopAll() {
    m_queue.clear();
    const QList<qint64> ids = m_active.keys();
    for (qint64 id : ids)
        if (QProcess* p = m_active.value(id).process)
            p->terminate();
    for (qint64 id : ids) {
        QProcess* p = m_active.value(id).process;
        if (!p)
            continue;
        if (!p->waitForFinished(m_graceMs)) {
            p->kill();
            p->waitForFinished(2000);
        }
    }
}

void RunLauncher::startNext() {
    while (m_active.size() < m_limit && !m_queue.isEmpty())
        start(m_queue.dequeue());
}

void RunLauncher::start(const Pending& pending) {
    const qint64 id = pending.runId;
    auto* process = new QProcess(this);
    QStringList args{QStringLiteral("run"), QStringLiteral("--workspace"), m_ws.path(),
                     QStringLiteral("--run"), QString::number(id)};
    if (pending.resume)
        args << QStringLiteral("--resume");
    Active active;
    active.process = process;
    active.job = pending.job;
    m_active.insert(id, active);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, id] { readOutput(id); });
    connect(process, &QProcess::readyReadStandardError, this, [this, id] {
        auto it = m_active.find(id);
        if (it != m_active.end())
            it->stderrTail = (it->stderrTail + it->process->readAllStandardError()).right(4000);
    });
    connect(process, &QProcess::finished, this,
            [this, id](int code, QProcess::ExitStatus status) { processEnded(id, code, status); });
    connect(process, &QProcess::errorOccurred, this, [this, id](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            processEnded(id, -1, QProcess::CrashExit);
    });
    process->start(m_program, args);
    Q_EMIT runStarted(id);
}

void RunLauncher::readOutput(qint64 runId) {
    auto it = m_active.find(runId);
    if (it == m_active.end())
        return;
    it->buffer += it->process->readAllStandardOutput();
    int nl;
    while ((nl = it->buffer.indexOf('\n')) >= 0) {
        const QByteArray line = it->buffer.left(nl);
        it->buffer.remove(0, nl + 1);
        handleLine(runId, line);
        it = m_active.find(runId);
        if (it == m_active.end())
            return;
    }
}

void RunLauncher::handleLine(qint64 runId, const QByteArray& line) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(line.toStdString());
    } catch (const nlohmann::json::exception&) {
        return; // not one of ours
    }
    if (!j.is_object() || !j.contains("event"))
        return;
    const std::string event = j["event"].get<std::string>();
    auto it = m_active.find(runId);
    if (event == "metric") {
        Q_EMIT metricReceived(runId, core::toQString(j["key"]), j.value("step", qint64(0)),
                              j.value("time", qint64(0)), j.value("value", 0.0));
    } else if (event == "progress") {
        const double fraction = j.value("fraction", -1.0);
        const QString detail = core::toQString(j.value("detail", nlohmann::json("")));
        if (it != m_active.end() && it->job)
            it->job->setProgress(fraction, detail);
        Q_EMIT progressChanged(runId, fraction, detail);
    } else if (event == "log") {
        Q_EMIT logReceived(runId, core::toQString(j.value("level", nlohmann::json("info"))),
                           core::toQString(j.value("line", nlohmann::json(""))));
    } else if (event == "finished" && it != m_active.end()) {
        it->status = core::toQString(j.value("status", nlohmann::json("")));
        it->error = core::toQString(j.value("error", nlohmann::json("")));
    }
}

void RunLauncher::processEnded(qint64 runId, int exitCode, QProcess::ExitStatus exitStatus) {
    auto it = m_active.find(runId);
    if (it == m_active.end())
        return;
    readOutput(runId);
    it = m_active.find(runId);
    Active active = *it;
    m_active.erase(it);
    active.process->deleteLater();

    QString status = active.status;
    QString error = active.error;
    RunStore store(m_ws);
    if (status.isEmpty()) {
        // The child ended without its "finished" line: it crashed, was killed, or refused to start.
        const QString tail = QString::fromUtf8(active.stderrTail).trimmed();
        if (active.process->error() == QProcess::FailedToStart)
            error = tr("Could not start %1: %2").arg(m_program, active.process->errorString());
        else if (exitStatus == QProcess::CrashExit)
            error = tr("The run's process was killed or crashed.");
        else
            error = tail.isEmpty() ? tr("The run's process ended with exit code %1.").arg(exitCode) : tail;
        status = statusName(RunStatus::Failed);
        const auto run = store.run(runId);
        QString dbError;
        if (run && (run->status == RunStatus::Running || run->status == RunStatus::Queued)) {
            const bool cancelled =
                active.job && active.job->cancelRequested() && exitStatus == QProcess::CrashExit;
            status = statusName(cancelled ? RunStatus::Cancelled : RunStatus::Failed);
            store.markFinished(runId, cancelled ? RunStatus::Cancelled : RunStatus::Failed, error, &dbError);
        }
    }
    if (active.job) {
        if (status == QLatin1String("succeeded"))
            active.job->finish(core::Job::State::Succeeded);
        else if (status == QLatin1String("cancelled"))
            active.job->finish(core::Job::State::Cancelled);
        else
            active.job->finish(core::Job::State::Failed, error);
    }
    Q_EMIT runFinished(runId, status, error);
    startNext();
}

} // namespace kcat::runs
