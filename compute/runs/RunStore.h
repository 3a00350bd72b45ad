#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <nlohmann/json.hpp>

#include <optional>

class QSqlQuery;

namespace kcat::core {
class Workspace;
}

namespace kcat::runs {

enum class RunStatus { Queued, Running, Succeeded, Failed, Cancelled };

QString statusName(RunStatus status); // "queued", ...
std::optional<RunStatus> statusFromName(const QString& name);

struct RunRecord {
    qint64 id = 0;
    QString kind;
    QString name;
    RunStatus status = RunStatus::Queued;
    nlohmann::json parameters = nlohmann::json::object();
    quint64 seed = 0;
    QString programVersion;
    QString host;
    qint64 pid = 0;
    QDateTime created, started, finished;
    QString error;
    QString notes;
    nlohmann::json summary = nlohmann::json::object();
    nlohmann::json resumePoint; // null, or {name, path, step, state}
    qint64 clonedFrom = 0;
    double progress = -1.0;
    QString progressDetail;
    QStringList tags;

    bool isFinished() const {
        return status == RunStatus::Succeeded || status == RunStatus::Failed ||
               status == RunStatus::Cancelled;
    }
};

struct MetricPoint {
    qint64 step = 0;
    qint64 wallMs = 0; // milliseconds since the epoch
    double value = 0.0;
};

// A point on its way into the store.
struct MetricRow {
    QString key;
    MetricPoint point;
};

// What the runs table shows of one metric of one run, kept up to date as points are appended.
struct MetricStats {
    QString key;
    qint64 count = 0;
    qint64 lastStep = 0;
    double last = 0.0;
    double min = 0.0;
    double max = 0.0;
};

struct TableRow {
    QString table;
    qint64 step = 0;
    QString row;
    nlohmann::json values;
};

struct LogLine {
    qint64 wallMs = 0;
    QString level; // "info", "warning", "error"
    QString text;
};

struct Artifact {
    QString kind; // "checkpoint", "model", ...
    QString path;
    QString description;
    QDateTime created;
};

struct Preset {
    qint64 id = 0;
    QString kind;
    QString name;
    nlohmann::json parameters;
};

// The experiment runs of a workspace (schema module "runs"): runs, metric series, per-layer tables, logs,
// artifacts, tags, notes and parameter presets. Every write is one transaction. Works on the connection of
// the Workspace it is given, so it belongs to that workspace's thread.
class RunStore {
    Q_DECLARE_TR_FUNCTIONS(kcat::runs::RunStore)

public:
    explicit RunStore(core::Workspace& workspace);

    core::Workspace& workspace() const { return m_ws; }

    // A new queued run. parameters must already be validated against the kind's schema.
    qint64 createRun(const QString& kind, const QString& name, const nlohmann::json& parameters, quint64 seed,
                     QString* error, qint64 clonedFrom = 0, const QStringList& tags = {});
    std::optional<RunRecord> run(qint64 id) const;
    // All runs, oldest first, with tags (no metrics).
    QVector<RunRecord> runs() const;
    bool deleteRun(qint64 id, QString* error);

    bool markRunning(qint64 id, qint64 pid, const QString& host, QString* error);
    bool markFinished(qint64 id, RunStatus status, const QString& message, QString* error);
    bool setProgress(qint64 id, double fraction, const QString& detail);
    // Runs recorded as running on this host whose process no longer exists become failed ("the process
    // ended unexpectedly"); returns how many. Runs of other hosts are left alone.
    int markStaleRuns();

    // Appends points, table rows, log lines and summary keys in one transaction, updating metric stats.
    bool append(qint64 id, const QVector<MetricRow>& metrics, const QVector<TableRow>& rows,
                const QVector<LogLine>& logs, const nlohmann::json& summary, QString* error);
    QStringList metricKeys(qint64 id) const;
    // A run's points of one metric by step (equal steps in the order they were stored).
    QVector<MetricPoint> series(qint64 id, const QString& key) const;
    // The same for several runs in one query (the comparison chart); runs without the key are absent.
    QHash<qint64, QVector<MetricPoint>> series(const QVector<qint64>& ids, const QString& key) const;
    QVector<MetricStats> stats(qint64 id) const;
    // Stats of every run at once (the runs table's metric columns).
    QHash<qint64, QVector<MetricStats>> allStats() const;
    QVector<TableRow> tableRows(qint64 id) const;
    QVector<LogLine> logs(qint64 id) const;

    bool addArtifact(qint64 id, const Artifact& artifact, QString* error);
    QVector<Artifact> artifacts(qint64 id) const;
    bool setResumePoint(qint64 id, const nlohmann::json& point, QString* error);
    // Makes a failed or cancelled run with a resume point queued again, dropping metric points and table
    // rows after the checkpoint's step (they are recomputed).
    bool prepareResume(qint64 id, QString* error);

    bool setTags(qint64 id, const QStringList& tags, QString* error);
    bool setNotes(qint64 id, const QString& notes, QString* error);
    bool rename(qint64 id, const QString& name, QString* error);

    bool savePreset(const QString& kind, const QString& name, const nlohmann::json& parameters,
                    QString* error);
    QVector<Preset> presets(const QString& kind) const;
    bool deletePreset(qint64 id, QString* error);

    // The folder of a run's files: AppPaths::artifactFolder(workspace)/runs/<id>
    QString artifactFolder(qint64 id) const;

private:
    RunRecord readRecord(const QSqlQuery& q) const;

    core::Workspace& m_ws;
};

// Registers the "runs" schema module (idempotent).
void registerRunsSchema();

} // namespace kcat::runs
