#pragma once

// A small run kind for testing the runs platform without LibTorch: it really computes, step by step, a
// deterministic series (loss = 1/(1+step), accuracy = step/steps, noise from the seed), checkpoints its
// state into a file and resumes from it. A test double, built only into the test executables.

#include "compute/runs/RunKind.h"

namespace kcat::runs::testing {

class CounterRunKind : public RunKind {
public:
    QString name() const override { return QStringLiteral("test.counter"); }
    QString title() const override { return QStringLiteral("Counter (test)"); }
    ParameterSchema schema() const override;
    QVector<MetricSpec> metrics() const override;
    bool supportsResume() const override { return true; }
    void execute(RunContext& ctx) override;

    // The value the "noisy" metric has at step for seed (what tests compare with).
    static double noisy(quint64 seed, qint64 step);
};

void registerCounterRunKind();

} // namespace kcat::runs::testing
