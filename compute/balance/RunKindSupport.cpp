#include "compute/balance/RunKindSupport.h"

#include "compute/balance/BalanceError.h"
#include "compute/balance/LengthDistribution.h"

#include "compute/runs/RunContext.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace kcat::balance {

QString RunKindSupport::calibrationFile(runs::RunContext& ctx, const QString& parameter) {
    const QString p = parameter.trimmed();
    if (p.isEmpty())
        return {};
    bool isId = false;
    const qint64 id = p.toLongLong(&isId);
    if (!isId)
        return p;
    QDir runsFolder(ctx.artifactFolder());
    runsFolder.cdUp();
    const QString file = runsFolder.filePath(QStringLiteral("%1/coefficients.json").arg(id));
    if (!QFileInfo::exists(file))
        throw BalanceError(tr("calibration: run %1 has no coefficients.json (%2): is it a finished "
                              "balance.calibrate run of this workspace?")
                               .arg(id)
                               .arg(file));
    return file;
}

void RunKindSupport::recordHistogram(runs::RunContext& ctx, qint64 step, const std::vector<int>& lengths) {
    for (const HistogramBin& b : lengthHistogram(lengths))
        ctx.tableRow(QStringLiteral("length_histogram"), step,
                     QStringLiteral("%1-%2").arg(b.lo).arg(b.hi - 1),
                     {{"lo", b.lo}, {"hi", b.hi}, {"sequences", b.sequences}, {"tokens", b.tokens}});
}

void RunKindSupport::recordSchedule(runs::RunContext& ctx, qint64 step, const Schedule& schedule,
                                    const std::vector<int>& lengths) {
    for (size_t r = 0; r < schedule.replicas.size(); ++r) {
        const ReplicaPlan& rep = schedule.replicas[r];
        const StrategyProfile& p = schedule.profiles[size_t(rep.profile)];
        std::vector<double> seconds;
        std::vector<qint64> tokens;
        double worst = 0;
        for (const MicroBatch& mb : rep.microBatches) {
            seconds.push_back(mb.cost + p.cost.c);
            worst = std::max(worst, mb.cost + p.cost.c);
            qint64 t = 0;
            for (int i : mb.items)
                t += lengths[size_t(i)];
            tokens.push_back(t);
        }
        ctx.tableRow(QStringLiteral("schedule"), step, QStringLiteral("r%1").arg(r, 4, 10, QLatin1Char('0')),
                     {{"replica", int(r)},
                      {"strategy", p.strategy.label().toStdString()},
                      {"gpus", p.strategy.gpus()},
                      {"pp", p.pp()},
                      {"micro_batches", int(rep.microBatches.size())},
                      {"micro_batch_seconds", seconds},
                      {"micro_batch_tokens", tokens},
                      {"bubble_seconds", (p.pp() - 1) * worst},
                      {"seconds", replicaSeconds(rep, p)}});
    }
}

void RunKindSupport::recordCalibration(runs::RunContext& ctx, const CalibrationResult& result) {
    for (size_t i = 0; i < result.points.size(); ++i) {
        const CalibrationPoint& pt = result.points[i];
        double s1 = 0, s2 = 0;
        for (int s : pt.lengths) {
            s1 += s;
            s2 += double(s) * s;
        }
        const qint64 step = qint64(i) + 1;
        ctx.tableRow(QStringLiteral("calibration"), 1,
                     QStringLiteral("p%1").arg(step, 3, 10, QLatin1Char('0')),
                     {{"sequences", int(pt.lengths.size())},
                      {"length", pt.lengths.empty() ? 0 : pt.lengths.front()},
                      {"tokens", s1},
                      {"sum_s2", s2},
                      {"median_seconds", pt.medianSeconds},
                      {"min_seconds", pt.minSeconds},
                      {"max_seconds", pt.maxSeconds},
                      {"predicted_seconds", pt.predictedSeconds}});
        ctx.metric(QStringLiteral("calibration_seconds"), step, pt.medianSeconds);
        ctx.metric(QStringLiteral("calibration_predicted_seconds"), step, pt.predictedSeconds);
    }
    ctx.setSummary(QStringLiteral("coefficients"), result.coefficients.toJson());
}

} // namespace kcat::balance
