#pragma once

#include "compute/balance/Calibration.h"
#include "compute/balance/Schedule.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace kcat::runs {
class RunContext;
}

namespace kcat::balance {

// Pieces the balance run kinds share (internal to compute/balance).
struct RunKindSupport {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::RunKindSupport)

public:
    // The `calibration` parameter: empty (none), the id of a balance.calibrate run of this workspace (its
    // coefficients.json in the run's folder) or the path of such a file. Returns the file or an empty string.
    static QString calibrationFile(runs::RunContext& ctx, const QString& parameter);
    // Table "length_histogram" at `step`: one row per length range (lo, hi, sequences, tokens).
    static void recordHistogram(runs::RunContext& ctx, qint64 step, const std::vector<int>& lengths);
    // Table "schedule" at `step`: one row per replica ("r0001"), with its strategy and the stage seconds of
    // each micro-batch (a·Σs² + b·Σs + c), its tokens and the pipeline bubble (pp − 1)·(max + c).
    static void recordSchedule(runs::RunContext& ctx, qint64 step, const Schedule& schedule,
                               const std::vector<int>& lengths);
    // Table "calibration": one row per timed micro-batch shape; metrics calibration_seconds/predicted by
    // point index; summary "coefficients".
    static void recordCalibration(runs::RunContext& ctx, const CalibrationResult& result);
};

} // namespace kcat::balance
