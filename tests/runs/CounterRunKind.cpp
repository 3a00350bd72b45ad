#include "CounterRunKind.h"

#include "compute/runs/RunContext.h"

#include <QFile>
#include <QThread>

namespace kcat::runs::testing {

ParameterSchema CounterRunKind::schema() const {
    return {
        ParamSpec::integer(QStringLiteral("steps"), 20, 1, 1000000, QStringLiteral("Number of steps.")),
        ParamSpec::integer(QStringLiteral("step_ms"), 0, 0, 10000, QStringLiteral("Sleep per step (ms).")),
        ParamSpec::integer(QStringLiteral("fail_at"), -1, -1, 1000000, QStringLiteral("Fail at this step.")),
        ParamSpec::integer(QStringLiteral("checkpoint_every"), 5, 0, 1000000,
                           QStringLiteral("Checkpoint every n steps (0: never).")),
        ParamSpec::real(QStringLiteral("scale"), 1.0, 0.0, 100.0, QStringLiteral("Multiplies the loss.")),
        ParamSpec::boolean(QStringLiteral("layers"), true, QStringLiteral("Write a per-layer table.")),
        ParamSpec::choice(QStringLiteral("mode"), {QStringLiteral("up"), QStringLiteral("down")},
                          QStringLiteral("up"), QStringLiteral("Direction of the accuracy.")),
        ParamSpec::string(QStringLiteral("label"), QString(), QStringLiteral("Free text.")),
        ParamSpec::integer(QStringLiteral("seed"), 1, 0, 1000000, QStringLiteral("Seed of the noise.")),
    };
}

QVector<MetricSpec> CounterRunKind::metrics() const {
    return {{QStringLiteral("loss"), QStringLiteral("Loss"), MetricGoal::Minimize},
            {QStringLiteral("accuracy"), QStringLiteral("Accuracy"), MetricGoal::Maximize}};
}

double CounterRunKind::noisy(quint64 seed, qint64 step) {
    // A fixed hash of (seed, step) to [0, 1): reproducible without any library.
    quint64 x = seed * 6364136223846793005ULL + quint64(step) * 1442695040888963407ULL + 1;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return double(x >> 11) / double(1ULL << 53);
}

void CounterRunKind::execute(RunContext& ctx) {
    const auto& p = ctx.parameters();
    const qint64 steps = p["steps"].get<qint64>();
    const int stepMs = p["step_ms"].get<int>();
    const qint64 failAt = p["fail_at"].get<qint64>();
    const qint64 every = p["checkpoint_every"].get<qint64>();
    const double scale = p["scale"].get<double>();
    const bool down = p["mode"].get<std::string>() == "down";
    qint64 first = 1;
    if (const auto resume = ctx.resumePoint()) {
        QFile file(resume->path);
        if (!file.open(QIODevice::ReadOnly))
            throw RunFailure{QStringLiteral("%1: cannot read the checkpoint").arg(resume->path)};
        first = file.readAll().trimmed().toLongLong() + 1;
        ctx.log(QStringLiteral("resumed after step %1").arg(first - 1));
    }
    for (qint64 step = first; step <= steps; ++step) {
        if (ctx.isCancelled())
            return;
        if (step == failAt)
            throw RunFailure{QStringLiteral("failed at step %1 as asked").arg(step)};
        if (stepMs > 0)
            QThread::msleep(stepMs);
        ctx.metric(QStringLiteral("loss"), step, scale / double(1 + step));
        const double acc = double(step) / double(steps);
        ctx.metric(QStringLiteral("accuracy"), step, down ? 1.0 - acc : acc);
        ctx.metric(QStringLiteral("noisy"), step, noisy(ctx.seed(), step));
        if (p["layers"].get<bool>() && step % 5 == 0) {
            ctx.tableRow(QStringLiteral("sparsity"), step, QStringLiteral("conv1"), {{"sparsity", acc / 2}});
            ctx.tableRow(QStringLiteral("sparsity"), step, QStringLiteral("fc1"), {{"sparsity", acc}});
        }
        ctx.progress(double(step) / double(steps), QStringLiteral("step %1 of %2").arg(step).arg(steps));
        if (every > 0 && step % every == 0) {
            const QString path = ctx.checkpointPath(QStringLiteral("last"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                throw RunFailure{QStringLiteral("%1: cannot write the checkpoint").arg(path)};
            file.write(QByteArray::number(step));
            file.close();
            ctx.checkpointSaved(QStringLiteral("last"), step, {{"step", step}});
        }
    }
    ctx.setSummary(QStringLiteral("steps_done"), steps);
}

void registerCounterRunKind() {
    RunKindRegistry::instance().add(std::make_unique<CounterRunKind>());
}

} // namespace kcat::runs::testing
