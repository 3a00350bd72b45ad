#pragma once

// A RunContext that keeps everything a run kind reports in memory, for the compression tests.

#include "compute/runs/RunContext.h"

#include <QDir>
#include <QTemporaryDir>

#include <map>
#include <vector>

class RecordingContext : public kcat::runs::RunContext {
public:
    RecordingContext(nlohmann::json params, QString folder)
        : m_params(std::move(params))
        , m_folder(std::move(folder)) {}

    std::map<QString, std::vector<std::pair<qint64, double>>> metrics;
    std::map<QString, std::map<QString, nlohmann::json>> tables; // table -> row -> values (last step)
    std::map<QString, QStringList> artifacts;
    QStringList logs;
    nlohmann::json summary = nlohmann::json::object();

    double last(const QString& key) const { return metrics.at(key).back().second; }

    qint64 runId() const override { return 1; }
    const nlohmann::json& parameters() const override { return m_params; }
    quint64 seed() const override { return m_params.value("seed", 1); }
    kcat::runs::DistributedOptions distributed() const override { return {}; }
    void metric(const QString& key, qint64 step, double value) override {
        metrics[key].emplace_back(step, value);
    }
    void tableRow(const QString& table, qint64, const QString& row, const nlohmann::json& values) override {
        tables[table][row] = values;
    }
    void setSummary(const QString& key, const nlohmann::json& value) override {
        summary[key.toStdString()] = value;
    }
    void log(const QString& line, LogLevel) override { logs << line; }
    void progress(double, const QString&) override {}
    QString artifactFolder() const override { return m_folder; }
    void addArtifact(const QString& kind, const QString& path, const QString&) override {
        artifacts[kind] << path;
    }
    QString checkpointPath(const QString& name) const override {
        return QDir(m_folder).filePath(name + QStringLiteral(".pt"));
    }
    void checkpointSaved(const QString&, qint64, const nlohmann::json&) override {}
    std::optional<kcat::runs::ResumePoint> resumePoint() const override { return std::nullopt; }
    bool isCancelled() const override { return false; }

private:
    nlohmann::json m_params;
    QString m_folder;
};
