#pragma once

#include "compute/runs/ParameterSchema.h"

#include <QString>
#include <QVector>

#include <memory>
#include <vector>

namespace kcat::runs {

class RunContext;

// Which way a metric improves: decides the runs table's "best" column and the Pareto front.
enum class MetricGoal { Minimize, Maximize };

struct MetricSpec {
    QString key;   // "test_accuracy"
    QString title; // shown in charts (translated by the kind)
    MetricGoal goal = MetricGoal::Maximize;
};

// A kind of experiment run ("train.baseline", "compression.admm", "snn.train", "balance.sequences", ...).
// Kinds are stateless: execute() gets everything through its RunContext, runs in the `kcat run` child
// process, reports metrics step by step, checks ctx.isCancelled() between steps and throws RunFailure on
// failure. Register one with RunKindRegistry::instance().add() from a registerXxxRunKinds() function called
// from app/Modules.cpp.
class RunKind {
public:
    virtual ~RunKind() = default;

    virtual QString name() const = 0;  // "train.baseline": lower case, dot-separated, unique
    virtual QString title() const = 0; // "Baseline training" (translated)
    virtual QString description() const { return QString(); }
    virtual ParameterSchema schema() const = 0;
    // The metrics the kind reports and which way they improve; keys it does not list fall back to
    // metricGoalFor()'s naming rule.
    virtual QVector<MetricSpec> metrics() const { return {}; }
    // Whether execute() honours resumePoint(); the launcher only offers "Resume" for kinds that do.
    virtual bool supportsResume() const { return false; }

    virtual void execute(RunContext& ctx) = 0;
};

// The goal of a metric key when no kind says: names with loss/error/seconds/time/latency/size are
// minimised, everything else (accuracy, images_per_second, ...) is maximised.
MetricGoal defaultMetricGoal(const QString& key);

// Every run kind this program knows.
class RunKindRegistry {
public:
    static RunKindRegistry& instance();

    // Takes ownership; a kind with the same name replaces the earlier one.
    void add(std::unique_ptr<RunKind> kind);
    const RunKind* find(const QString& name) const;
    QStringList names() const; // sorted
    // The goal of a metric for a kind: the kind's MetricSpec, else defaultMetricGoal().
    MetricGoal goalFor(const QString& kind, const QString& key) const;
    // For tests that register throw-away kinds.
    void remove(const QString& name);

private:
    std::vector<std::unique_ptr<RunKind>> m_kinds;
};

} // namespace kcat::runs
