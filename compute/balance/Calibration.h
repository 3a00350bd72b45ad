#pragma once

#include "compute/balance/CalibrationFile.h"
#include "compute/balance/CostModel.h"
#include "compute/balance/TransformerBench.h"

#include <functional>
#include <vector>

namespace kcat::balance {

struct CalibrationOptions {
    TransformerShape shape;
    std::vector<int> lengths = {64, 128, 256, 384, 512, 768, 1024}; // swept total tokens per micro-batch
    int sequencesPerPacked = 4; // each length is also timed as this many equal sequences (0/1: not)
    int repeats = 5;            // timed runs per point; the median is kept
    int warmup = 2;             // untimed runs per point first
    int threads = 1;            // LibTorch intra-op threads
    quint64 seed = 1;
};

// One timed micro-batch shape: its sequence lengths and the forward + backward seconds.
struct CalibrationPoint {
    std::vector<int> lengths;
    double medianSeconds = 0;
    double minSeconds = 0;
    double maxSeconds = 0;
    double predictedSeconds = 0; // from the fitted coefficients
};

struct CalibrationResult {
    std::vector<CalibrationPoint> points;
    CoefficientFit fit;
    CalibratedCoefficients coefficients;
};

// Times forward + backward of a TransformerBench micro-batch over a sweep of lengths (each once as one
// sequence and once packed as several equal sequences, so Σs² and Σs vary independently), keeps the median
// of the repeats and fits a, b, c by least squares (fitCoefficients).
// progress(points done, points) returns false to stop (throws BalanceError "cancelled" then).
CalibrationResult calibrate(const CalibrationOptions& options,
                            const std::function<bool(int, int)>& progress = {});

// The micro-batch shapes the sweep times, in order.
std::vector<std::vector<int>> calibrationShapes(const CalibrationOptions& options);

} // namespace kcat::balance
