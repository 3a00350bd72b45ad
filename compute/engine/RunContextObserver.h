#pragma once

#include "compute/engine/TrainingObserver.h"
#include "compute/runs/RunContext.h"

namespace kcat::engine {

// Forwards a trainer's reports to a run's context: the adapter every training run kind uses between its
// trainer (which knows only TrainingObserver) and the run platform.
class RunContextObserver : public TrainingObserver {
public:
    explicit RunContextObserver(runs::RunContext& ctx)
        : m_ctx(ctx) {}

    void metric(const QString& key, std::int64_t step, double value) override {
        m_ctx.metric(key, step, value);
    }
    void tableRow(const QString& table, std::int64_t step, const QString& row,
                  const nlohmann::json& values) override {
        m_ctx.tableRow(table, step, row, values);
    }
    void log(const QString& line) override { m_ctx.log(line); }
    void progress(double fraction, const QString& detail) override { m_ctx.progress(fraction, detail); }
    QString checkpointPath(const QString& name) override { return m_ctx.checkpointPath(name); }
    void checkpointSaved(const QString& name, const QString&, std::int64_t step,
                         const nlohmann::json& state) override {
        m_ctx.checkpointSaved(name, step, state);
    }
    void artifact(const QString& kind, const QString& path) override { m_ctx.addArtifact(kind, path); }
    bool isCancelled() override { return m_ctx.isCancelled(); }

private:
    runs::RunContext& m_ctx;
};

} // namespace kcat::engine
