#include "compute/balance/Calibration.h"

#include "compute/balance/BalanceError.h"

#include <QElapsedTimer>

#include <algorithm>

namespace kcat::balance {

std::vector<std::vector<int>> calibrationShapes(const CalibrationOptions& options) {
    std::vector<std::vector<int>> shapes;
    for (int s : options.lengths) {
        shapes.push_back({s});
        const int k = options.sequencesPerPacked;
        if (k > 1 && s / k >= 1)
            shapes.push_back(std::vector<int>(size_t(k), s / k));
    }
    return shapes;
}

CalibrationResult calibrate(const CalibrationOptions& options,
                            const std::function<bool(int, int)>& progress) {
    if (options.repeats < 1 || options.warmup < 0)
        throw BalanceError(CostModel::tr("calibration needs at least one repeat"));
    TransformerBench::setThreads(options.threads);
    TransformerBench bench(options.shape, options.seed);
    std::mt19937_64 rng(options.seed);
    const auto shapes = calibrationShapes(options);
    CalibrationResult result;
    std::vector<TimingSample> samples;
    for (size_t i = 0; i < shapes.size(); ++i) {
        std::vector<double> times;
        for (int r = 0; r < options.warmup + options.repeats; ++r) {
            bench.zeroGradients();
            QElapsedTimer timer;
            timer.start();
            bench.trainMicroBatch(shapes[i], rng);
            const double t = timer.nsecsElapsed() / 1e9;
            if (r >= options.warmup)
                times.push_back(t);
        }
        std::sort(times.begin(), times.end());
        CalibrationPoint p;
        p.lengths = shapes[i];
        const size_t n = times.size();
        p.medianSeconds = n % 2 ? times[n / 2] : 0.5 * (times[n / 2 - 1] + times[n / 2]);
        p.minSeconds = times.front();
        p.maxSeconds = times.back();
        result.points.push_back(p);
        samples.push_back({p.lengths, p.medianSeconds});
        if (progress && !progress(int(i) + 1, int(shapes.size())))
            throw BalanceError(CostModel::tr("calibration cancelled"));
    }
    result.fit = fitCoefficients(samples);
    for (CalibrationPoint& p : result.points) {
        const CostCoefficients& c = result.fit.coefficients;
        p.predictedSeconds = c.c;
        for (int s : p.lengths)
            p.predictedSeconds += c.sequence(s);
    }
    CalibratedCoefficients& cc = result.coefficients;
    cc.model = result.fit.coefficients;
    cc.layers = options.shape.layers;
    cc.perLayer = {cc.model.a / cc.layers, cc.model.b / cc.layers, cc.model.c / cc.layers};
    cc.rSquared = result.fit.rSquared;
    cc.shape = options.shape.toJson();
    return result;
}

} // namespace kcat::balance
