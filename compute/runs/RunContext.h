#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace kcat::runs {

// Where a resumed run starts again: the checkpoint it recorded last with checkpointSaved().
struct ResumePoint {
    QString name;         // "last", "best", ...
    QString path;         // the file the kind wrote
    qint64 step = 0;      // metric points after this step were dropped when the run resumed
    nlohmann::json state; // what the kind stored with it (epoch, optimizer step, ...)
};

// Set when `kcat run` was started with --rank/--world-size/--master (data-parallel training).
// Only rank 0 records into the workspace; other ranks' metrics and logs go to stdout only.
struct DistributedOptions {
    int rank = 0;
    int worldSize = 1;
    QString masterHost; // "127.0.0.1"
    int masterPort = 0;

    bool isDistributed() const { return worldSize > 1; }
};

// Thrown by RunKind::execute() to end the run as failed with a message for the user (a missing data set,
// a diverged loss). Any other exception fails the run too, with its what().
struct RunFailure {
    QString message;
};

// What a running run kind sees of the platform. One RunContext per process; call it from the thread
// that runs execute() only. Metrics are buffered and written to the workspace in transactions (at least
// every 250 ms, and before a checkpoint is recorded and when the run ends); each point is echoed as a JSON
// line on stdout once it is stored, so whatever the parent has seen survives a crash of the child.
class RunContext {
public:
    virtual ~RunContext() = default;

    virtual qint64 runId() const = 0;
    // The validated parameters, with every default filled in.
    virtual const nlohmann::json& parameters() const = 0;
    // The run's seed: the "seed" parameter when the kind declares one, else the run's seed column.
    virtual quint64 seed() const = 0;
    virtual DistributedOptions distributed() const = 0;

    // One point of a metric series ("loss", "test_accuracy", "images_per_second", ...). Steps increase
    // within a key; the wall time is taken now.
    virtual void metric(const QString& key, qint64 step, double value) = 0;
    // One row of a per-layer table (e.g. table "sparsity", row "conv1", {"sparsity": 0.8, "params": 150}).
    // A row key written again for the same table and step replaces the earlier row.
    virtual void tableRow(const QString& table, qint64 step, const QString& row,
                          const nlohmann::json& values) = 0;
    // A summary value of the run shown in `kcat runs show` (e.g. "confusion_matrix").
    virtual void setSummary(const QString& key, const nlohmann::json& value) = 0;

    enum class LogLevel { Info, Warning, Error };
    virtual void log(const QString& line, LogLevel level = LogLevel::Info) = 0;

    // Fraction done in [0, 1] with a short text ("epoch 2 of 10"); shown by the launcher.
    virtual void progress(double fraction, const QString& detail = QString()) = 0;

    // This run's folder for files: AppPaths::artifactFolder(workspace)/runs/<id>/ (created on demand).
    virtual QString artifactFolder() const = 0;
    // Records a file the kind wrote under artifactFolder() (an exported model, a plot).
    virtual void addArtifact(const QString& kind, const QString& path,
                             const QString& description = QString()) = 0;

    // Checkpoints for resume: write the file at checkpointPath(name), then call checkpointSaved(). The
    // platform flushes pending metrics first, records the file as an artifact and remembers it as the
    // resume point (a later checkpointSaved() replaces it).
    virtual QString checkpointPath(const QString& name) const = 0;
    virtual void checkpointSaved(const QString& name, qint64 step, const nlohmann::json& state = {}) = 0;
    // Set when this execution resumes an earlier one (`kcat run --run ID --resume`): load the checkpoint
    // and continue after its step. Empty on a fresh start.
    virtual std::optional<ResumePoint> resumePoint() const = 0;

    // True once SIGTERM arrived (or the user cancelled): stop at the next step boundary, save a checkpoint
    // if useful, and return from execute(); the run then ends as cancelled.
    virtual bool isCancelled() const = 0;
};

} // namespace kcat::runs
