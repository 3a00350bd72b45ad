#include "compute/runs/RunExecutor.h"

#include "compute/core/Json.h"
#include "compute/core/Workspace.h"
#include "compute/runs/RunKind.h"
#include "compute/runs/RunStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QSysInfo>

#include <atomic>
#include <csignal>
#include <map>

namespace kcat::runs {

namespace {

std::atomic<bool> g_cancel{false};

extern "C" void onTerminate(int) {
    g_cancel.store(true);
}

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

QString levelName(RunContext::LogLevel level) {
    switch (level) {
    case RunContext::LogLevel::Warning:
        return QStringLiteral("warning");
    case RunContext::LogLevel::Error:
        return QStringLiteral("error");
    case RunContext::LogLevel::Info:
        break;
    }
    return QStringLiteral("info");
}

// The RunContext of `kcat run`: buffers what the kind reports and writes it to the store (when there is one)
// in one transaction per flush, echoing each stored item as a JSON line.
class StoredRunContext : public RunContext {
public:
    static constexpr qint64 FlushIntervalMs = 250;

    StoredRunContext(RunStore* store, qint64 id, nlohmann::json parameters, quint64 seed,
                     DistributedOptions dist, QString folder, std::optional<ResumePoint> resume,
                     std::ostream& out)
        : m_store(store)
        , m_id(id)
        , m_parameters(std::move(parameters))
        , m_seed(seed)
        , m_dist(std::move(dist))
        , m_folder(std::move(folder))
        , m_resume(std::move(resume))
        , m_out(out) {
        m_sinceFlush.start();
    }

    qint64 runId() const override { return m_id; }
    const nlohmann::json& parameters() const override { return m_parameters; }
    quint64 seed() const override { return m_seed; }
    DistributedOptions distributed() const override { return m_dist; }

    void metric(const QString& key, qint64 step, double value) override {
        m_metrics.push_back({key, {step, nowMs(), value}});
        m_last[key.toStdString()] = value;
        maybeFlush();
    }

    void tableRow(const QString& table, qint64 step, const QString& row,
                  const nlohmann::json& values) override {
        m_rows.push_back({table, step, row, values});
        maybeFlush();
    }

    void setSummary(const QString& key, const nlohmann::json& value) override {
        m_summary[key.toStdString()] = value;
        maybeFlush();
    }

    void log(const QString& line, LogLevel level) override {
        m_logs.push_back({nowMs(), levelName(level), line});
        maybeFlush();
    }

    void progress(double fraction, const QString& detail) override {
        m_progress = fraction;
        m_progressDetail = detail;
        m_progressDirty = true;
        maybeFlush();
    }

    QString artifactFolder() const override {
        QDir().mkpath(m_folder);
        return m_folder;
    }

    void addArtifact(const QString& kind, const QString& path, const QString& description) override {
        flush();
        if (m_store) {
            QString error;
            if (!m_store->addArtifact(m_id, {kind, path, description, {}}, &error))
                throw RunFailure{error};
        }
        emit({{"event", "artifact"}, {"kind", kind}, {"path", path}});
    }

    QString checkpointPath(const QString& name) const override {
        const QString dir = QDir(artifactFolder()).filePath(QStringLiteral("checkpoints"));
        QDir().mkpath(dir);
        return QDir(dir).filePath(name + QStringLiteral(".pt"));
    }

    void checkpointSaved(const QString& name, qint64 step, const nlohmann::json& state) override {
        flush();
        const QString path = checkpointPath(name);
        const nlohmann::json point = {{"name", name}, {"path", path}, {"step", step}, {"state", state}};
        if (m_store) {
            QString error;
            if (!m_store->addArtifact(m_id, {QStringLiteral("checkpoint"), path, name, {}}, &error) ||
                !m_store->setResumePoint(m_id, point, &error))
                throw RunFailure{error};
        }
        emit({{"event", "checkpoint"}, {"name", name}, {"step", step}, {"path", path}});
    }

    std::optional<ResumePoint> resumePoint() const override { return m_resume; }

    bool isCancelled() const override { return RunExecutor::cancelRequested(); }

    void flush() {
        if (m_store) {
            QString error;
            if (!m_store->append(m_id, m_metrics, m_rows, m_logs, m_summary, &error))
                throw RunFailure{RunExecutor::tr("could not write to the workspace: %1").arg(error)};
            if (m_progressDirty)
                m_store->setProgress(m_id, m_progress, m_progressDetail);
        }
        for (const MetricRow& m : std::as_const(m_metrics))
            emit({{"event", "metric"},
                  {"key", m.key},
                  {"step", m.point.step},
                  {"time", m.point.wallMs},
                  {"value", m.point.value}});
        for (const LogLine& l : std::as_const(m_logs))
            emit({{"event", "log"}, {"level", l.level}, {"line", l.text}});
        if (m_progressDirty)
            emit({{"event", "progress"}, {"fraction", m_progress}, {"detail", m_progressDetail}});
        m_metrics.clear();
        m_rows.clear();
        m_logs.clear();
        m_summary = nlohmann::json::object();
        m_progressDirty = false;
        m_sinceFlush.restart();
    }

    nlohmann::json lastMetrics() const {
        nlohmann::json out = nlohmann::json::object();
        for (const auto& [k, v] : m_last)
            out[k] = v;
        return out;
    }

    void emit(nlohmann::json event) {
        event["run"] = m_id;
        if (m_dist.isDistributed())
            event["rank"] = m_dist.rank;
        m_out << event.dump() << '\n' << std::flush;
    }

private:
    void maybeFlush() {
        if (m_sinceFlush.elapsed() >= FlushIntervalMs)
            flush();
    }

    RunStore* m_store;
    qint64 m_id;
    nlohmann::json m_parameters;
    quint64 m_seed;
    DistributedOptions m_dist;
    QString m_folder;
    std::optional<ResumePoint> m_resume;
    std::ostream& m_out;
    QElapsedTimer m_sinceFlush;
    QVector<MetricRow> m_metrics;
    QVector<TableRow> m_rows;
    QVector<LogLine> m_logs;
    nlohmann::json m_summary = nlohmann::json::object();
    double m_progress = -1.0;
    QString m_progressDetail;
    bool m_progressDirty = false;
    std::map<std::string, double> m_last;
};

// Runs the kind, turning what it throws into a failed outcome.
RunExecutor::Outcome runKind(const RunKind& kind, StoredRunContext& ctx) {
    RunExecutor::Outcome outcome;
    outcome.started = true;
    try {
        const_cast<RunKind&>(kind).execute(ctx);
        ctx.flush();
        outcome.status = ctx.isCancelled() ? QStringLiteral("cancelled") : QStringLiteral("succeeded");
    } catch (const RunFailure& f) {
        outcome.status = QStringLiteral("failed");
        outcome.error = f.message;
    } catch (const std::exception& e) {
        outcome.status = QStringLiteral("failed");
        outcome.error = QString::fromUtf8(e.what());
    }
    if (outcome.status == QLatin1String("failed")) {
        ctx.log(outcome.error, RunContext::LogLevel::Error);
        try {
            ctx.flush(); // keep every metric it reported before failing
        } catch (const RunFailure& f) {
            outcome.error += QStringLiteral("; ") + f.message;
        }
    }
    return outcome;
}

} // namespace

void RunExecutor::installSignalHandlers() {
    struct sigaction action {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

bool RunExecutor::cancelRequested() {
    return g_cancel.load();
}

void RunExecutor::requestCancel() {
    g_cancel.store(true);
}

void RunExecutor::resetCancel() {
    g_cancel.store(false);
}

RunExecutor::Outcome RunExecutor::execute(core::Workspace& workspace, qint64 runId, bool resume,
                                          const DistributedOptions& dist, std::ostream& out) {
    Outcome refused;
    RunStore store(workspace);
    store.markStaleRuns();
    if (resume) {
        QString error;
        if (!store.prepareResume(runId, &error)) {
            refused.error = error;
            return refused;
        }
    }
    const auto record = store.run(runId);
    if (!record) {
        refused.error = tr("run %1 does not exist in %2").arg(runId).arg(workspace.path());
        return refused;
    }
    if (record->status != RunStatus::Queued) {
        refused.error = tr("run %1 is %2, not queued (use --resume for a failed or cancelled run)")
                            .arg(runId)
                            .arg(statusName(record->status));
        return refused;
    }
    const RunKind* kind = RunKindRegistry::instance().find(record->kind);
    if (!kind) {
        refused.error =
            tr("run %1 has the kind '%2', which this program does not know (known: %3)")
                .arg(runId)
                .arg(record->kind, RunKindRegistry::instance().names().join(QStringLiteral(", ")));
        return refused;
    }
    QString error;
    const auto parameters = kind->schema().validate(record->parameters, &error);
    if (!parameters) {
        refused.error = tr("run %1: %2").arg(runId).arg(error);
        return refused;
    }
    std::optional<ResumePoint> resumePoint;
    if (resume && record->resumePoint.is_object()) {
        const nlohmann::json& p = record->resumePoint;
        resumePoint = ResumePoint{core::toQString(p.at("name")), core::toQString(p.at("path")),
                                  p.value("step", qint64(0)), p.value("state", nlohmann::json())};
    }
    if (!store.markRunning(runId, QCoreApplication::applicationPid(), QSysInfo::machineHostName(), &error)) {
        refused.error = error;
        return refused;
    }
    const quint64 seed = parameters->contains("seed") && (*parameters)["seed"].is_number_integer()
                             ? (*parameters)["seed"].get<quint64>()
                             : record->seed;
    StoredRunContext ctx(&store, runId, *parameters, seed, dist, store.artifactFolder(runId), resumePoint,
                         out);
    ctx.emit({{"event", "started"},
              {"kind", record->kind},
              {"name", record->name},
              {"resumed", resume},
              {"parameters", *parameters},
              {"seed", seed}});
    Outcome outcome = runKind(*kind, ctx);
    const RunStatus status = *statusFromName(outcome.status);
    if (!store.markFinished(runId, status, outcome.error, &error)) {
        outcome.status = QStringLiteral("failed");
        outcome.error = error;
    }
    nlohmann::json final = {
        {"event", "finished"}, {"status", outcome.status}, {"metrics", ctx.lastMetrics()}};
    if (!outcome.error.isEmpty())
        final["error"] = outcome.error;
    ctx.emit(final);
    return outcome;
}

RunExecutor::Outcome RunExecutor::executeDetached(const QString& kindName, const nlohmann::json& parameters,
                                                  quint64 seed, const DistributedOptions& dist,
                                                  const QString& artifactFolder, std::ostream& out) {
    Outcome refused;
    const RunKind* kind = RunKindRegistry::instance().find(kindName);
    if (!kind) {
        refused.error = tr("unknown run kind '%1'").arg(kindName);
        return refused;
    }
    QString error;
    const auto validated = kind->schema().validate(parameters, &error);
    if (!validated) {
        refused.error = error;
        return refused;
    }
    StoredRunContext ctx(nullptr, 0, *validated, seed, dist, artifactFolder, std::nullopt, out);
    Outcome outcome = runKind(*kind, ctx);
    nlohmann::json final = {
        {"event", "finished"}, {"status", outcome.status}, {"metrics", ctx.lastMetrics()}};
    if (!outcome.error.isEmpty())
        final["error"] = outcome.error;
    ctx.emit(final);
    return outcome;
}

} // namespace kcat::runs
