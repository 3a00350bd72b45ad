#pragma once

#include "compute/balance/LengthDistribution.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <vector>

namespace kcat::runs {
class RunStore;
}

namespace kcat::balance {

// One row of a Gantt chart: a replica (rank) and the stage seconds of its micro-batches in order.
struct GanttRow {
    QString label;                         // "r3 tp2-pp1-cp4", "rank 1 measured"
    std::vector<double> microBatchSeconds; // one bar per micro-batch, back to back
    double tailSeconds = 0;                // pipeline bubble (simulate) or all-reduce wait (measure)
    double seconds = 0;                    // the row's total
};

struct GanttData {
    std::vector<GanttRow> rows;
    QString tailName; // what tailSeconds is ("pipeline bubble", "all-reduce")
    QString policy;   // measure runs: the iteration's policy
};

// A point of predicted against measured time.
struct PredictionPoint {
    double x = 0;         // calibrate: tokens in the micro-batch; measure: predicted seconds
    double measured = 0;  // seconds
    double predicted = 0; // seconds
    int sequences = 1;    // calibrate: sequences in the micro-batch
    QString group;        // measure: the policy; calibrate: "1 sequence", "4 sequences"
    bool warmup = false;
};

struct CalibrationCurve {
    bool valid = false;
    double a = 0, b = 0, c = 0;
};

// What the balance views read of a run from the store: tables schedule / measured_schedule,
// length_histogram, calibration, predicted_vs_measured and the speed-up metrics.
class BalanceRunData {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::BalanceRunData)

public:
    BalanceRunData(const runs::RunStore& store, qint64 runId);

    const QString& kind() const { return m_kind; }
    // Iterations with a recorded plan (simulate: two-stage plans; measure: every trained iteration).
    QVector<qint64> ganttSteps() const;
    // Measure runs give two rows per rank: measured, then predicted.
    GanttData gantt(qint64 step) const;
    // The histogram of the run's sampled lengths (its last recorded step).
    std::vector<HistogramBin> histogram() const;
    // Speed-up over each baseline: simulate "greedy_packing" → speedup_vs_greedy_packing; a micro-run's
    // speed-up over greedy packing as "measured" and "predicted".
    std::vector<std::pair<QString, double>> speedups() const;
    // Imbalance (max/mean) series by name ("two-stage", "two-stage predicted", ...): x = iteration.
    std::vector<std::pair<QString, std::vector<std::pair<double, double>>>> imbalance() const;
    std::vector<PredictionPoint> predictions() const;
    CalibrationCurve curve() const; // calibrate runs (and measure runs that calibrated first)

private:
    const runs::RunStore& m_store;
    qint64 m_id;
    QString m_kind;
};

} // namespace kcat::balance
