// The real micro-run of compute/balance/README.md outside a workspace: calibrate the tiny transformer in
// this process, plan the batches both ways, train them in N worker processes (this program again, as
// `bench_balance_measure balance measure-worker ...`) over Gloo on 127.0.0.1, and print measured against
// predicted side by side with the target (measured imbalance within 10% of the prediction).
//   bench_balance_measure [ranks=2] [steps=12] [tokens=16384] [capacity=2048] [hidden=128] [layers=2]
//                         [lognormal=160,1.1,2048] [threads=1] [repeats=3] [seed=1]

#include "compute/balance/Calibration.h"
#include "compute/balance/Measurement.h"
#include "compute/balance/SimulationSetup.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace kcat::balance;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (argc > 2 && std::strcmp(argv[1], "balance") == 0 && std::strcmp(argv[2], "measure-worker") == 0) {
        const auto value = [&](const char* name) {
            const int i = args.indexOf(QString::fromLatin1(name));
            return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
        };
        return runMeasureWorker(value("--plan"), value("--rank").toInt(), value("--world-size").toInt(),
                                value("--master"), value("--output"));
    }
    QHash<QString, QString> kv;
    for (const QString& a : args.mid(1))
        kv[a.section(QLatin1Char('='), 0, 0)] = a.section(QLatin1Char('='), 1);
    MeasureOptions o;
    o.ranks = kv.value(QStringLiteral("ranks"), QStringLiteral("2")).toInt();
    o.steps = kv.value(QStringLiteral("steps"), QStringLiteral("12")).toInt();
    o.tokensPerBatch = kv.value(QStringLiteral("tokens"), QStringLiteral("16384")).toLongLong();
    o.capacity = kv.value(QStringLiteral("capacity"), QStringLiteral("2048")).toInt();
    o.shape.hidden = kv.value(QStringLiteral("hidden"), QStringLiteral("128")).toInt();
    o.shape.layers = kv.value(QStringLiteral("layers"), QStringLiteral("2")).toInt();
    o.threads = kv.value(QStringLiteral("threads"), QStringLiteral("1")).toInt();
    o.seed = kv.value(QStringLiteral("seed"), QStringLiteral("1")).toULongLong();
    SimulationSetup setup;
    setup.lognormal = kv.value(QStringLiteral("lognormal"), QStringLiteral("160,1.1,2048"));
    try {
        const LengthDistribution lengths = setup.lengths();
        CalibrationOptions co;
        co.shape = o.shape;
        co.threads = o.threads;
        co.repeats = kv.value(QStringLiteral("repeats"), QStringLiteral("3")).toInt();
        co.warmup = 1;
        co.lengths.clear();
        for (int s = o.capacity / 16; s <= o.capacity; s *= 2)
            co.lengths.push_back(s);
        const CalibrationResult cal = calibrate(co);
        std::printf("calibration (%zu points, hidden %d, %d layers, %d thread(s)): a = %.4g, b = %.4g, "
                    "c = %.4g, R^2 = %.4f\n",
                    cal.points.size(), o.shape.hidden, o.shape.layers, o.threads, cal.fit.coefficients.a,
                    cal.fit.coefficients.b, cal.fit.coefficients.c, cal.fit.rSquared);
        for (const CalibrationPoint& p : cal.points)
            std::printf("  %2zu x %5d tokens: measured %.4f s, fit %.4f s\n", p.lengths.size(),
                        p.lengths.front(), p.medianSeconds, p.predictedSeconds);
        const MeasurePlan plan = planMeasurement(lengths, o, cal.fit.coefficients);
        QTemporaryDir dir;
        const auto timings = runMeasurementProcesses(plan, app.applicationFilePath(), dir.path(), {});
        const MeasureReport r = compareMeasurement(plan, timings, 1);
        std::printf(
            "\n%d ranks, %d global batches of %lld tokens (%s), capacity %d, warm-up batch 1 left out\n",
            o.ranks, o.steps, o.tokensPerBatch, qPrintable(lengths.description()), o.capacity);
        std::printf("  %-4s %-15s %10s %10s %10s %10s %10s\n", "step", "policy", "pred s", "meas s", "wall s",
                    "pred imb", "meas imb");
        for (const IterationComparison& c : r.iterations)
            std::printf("  %-4d %-15s %10.4f %10.4f %10.4f %10.4f %10.4f\n", c.step, qPrintable(c.policy),
                        c.predictedSeconds, c.measuredSeconds, c.measuredWallSeconds, c.predictedImbalance,
                        c.measuredImbalance);
        const auto& s = r.summary;
        for (const char* p : {"two_stage", "greedy_packing"}) {
            const std::string k = p;
            const double err = s.at("imbalance_relative_error_" + k).get<double>();
            std::printf(
                "%-15s compute: predicted %.4f s, measured %.4f s (mean |error| %.1f%%); imbalance: "
                "predicted %.4f, measured %.4f, mean |error| %.1f%% (target <= 10%%: %s)\n",
                p, s.at("predicted_seconds_" + k).get<double>(), s.at("measured_seconds_" + k).get<double>(),
                100 * s.at("seconds_relative_error_" + k).get<double>(),
                s.at("predicted_imbalance_" + k).get<double>(), s.at("measured_imbalance_" + k).get<double>(),
                100 * err, err <= 0.1 ? "met" : "MISSED");
        }
        std::printf(
            "speed-up of two-stage over greedy packing: predicted %.3fx, measured compute %.3fx, measured "
            "wall %.3fx\n",
            s.at("predicted_speedup").get<double>(), s.at("measured_compute_speedup").get<double>(),
            s.at("measured_speedup").get<double>());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
