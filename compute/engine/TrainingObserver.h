#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>

namespace kcat::engine {

// What a trainer reports while it runs; the run platform adapts these to its RunContext, tests record
// them. Called from the training thread. Every method has a do-nothing default.
class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;

    // One point of a metric series ("loss", "train_accuracy", "test_accuracy", "images_per_second", ...).
    virtual void metric(const QString& key, std::int64_t step, double value) {}
    // One row of a table (e.g. "confusion_matrix", row "3", {"0": 12, "1": 0, ...}; "layers", row "conv1").
    virtual void tableRow(const QString& table, std::int64_t step, const QString& row,
                          const nlohmann::json& values) {}
    virtual void log(const QString& line) {}
    virtual void progress(double fraction, const QString& detail) {}
    // A checkpoint file was written completely ("best" or "last"); state is what resuming needs to know.
    virtual void checkpointSaved(const QString& name, const QString& path, std::int64_t step,
                                 const nlohmann::json& state) {}
    // Where to write checkpoint `name`; empty: <outputDir>/<name>.pt of the training config.
    virtual QString checkpointPath(const QString& name) { return QString(); }
    // Another file was written (kind "confusion_matrix", ...).
    virtual void artifact(const QString& kind, const QString& path) {}
    // Polled once per step: true stops training at the step boundary (a last checkpoint is written).
    virtual bool isCancelled() { return false; }
};

} // namespace kcat::engine
