#pragma once

#include "compute/balance/CostModel.h"
#include "compute/balance/LengthDistribution.h"
#include "compute/balance/TransformerShape.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <utility>
#include <vector>

namespace kcat::balance {

// A real micro-run: N processes (ranks) train the same TransformerBench data-parallel over Gloo on
// 127.0.0.1; every step's global batch is planned twice — two-stage assignment (stage 1 + MILP packing) and
// greedy packing — and both plans are trained one after the other, so both policies see the same batches
// and the same machine load.
struct MeasureOptions {
    int ranks = 2;
    int steps = 8; // global batches; each is trained once per policy
    qint64 tokensPerBatch = 8192;
    int capacity = 2048; // tokens per micro-batch (the memory bound of a replica)
    int threads = 1;     // LibTorch intra-op threads per rank
    double learningRate = 0.05;
    quint64 seed = 1;
    TransformerShape shape;
    int shuffles = 16;
    double milpTimeLimitSeconds = 0.02;
};

// The policies a micro-run compares.
QStringList measurePolicies(); // "two_stage", "greedy_packing"

// One planned training iteration: which sequences each rank trains in which micro-batch, and what the cost
// model predicts for it.
struct PlannedIteration {
    int step = 0; // the global batch (1-based)
    QString policy;
    std::vector<std::vector<std::vector<int>>> ranks;     // rank → micro-batch → sequence lengths
    std::vector<std::vector<double>> predictedMicroBatch; // rank → micro-batch → a·Σs² + b·Σs + c
    std::vector<double> predictedRank;                    // rank → Σ micro-batches
};

struct MeasurePlan {
    MeasureOptions options;
    CostCoefficients coefficients; // of one micro-batch of the whole model (calibrated)
    std::vector<PlannedIteration> iterations;
    std::vector<int> lengths; // every sampled sequence length (for the histogram)

    nlohmann::json toJson() const;
    // Throws BalanceError naming the source and the bad key.
    static MeasurePlan fromJson(const nlohmann::json& j, const QString& source);
};

// Plans one global batch both ways: (two-stage, greedy packing).
std::pair<PlannedIteration, PlannedIteration> planBatch(const std::vector<int>& batch, int step,
                                                        const MeasureOptions& options,
                                                        const CostCoefficients& coefficients);

// Samples the batches and plans both policies on `ranks` replicas of one strategy (tp1-pp1-cp1) with the
// given coefficients and the token capacity. Policies alternate in order from step to step.
MeasurePlan planMeasurement(const LengthDistribution& lengths, const MeasureOptions& options,
                            const CostCoefficients& coefficients);

// What one rank measured in one iteration.
struct RankTiming {
    std::vector<double> microBatchSeconds; // forward + backward of each micro-batch
    double computeSeconds = 0;             // Σ micro-batches
    double allreduceSeconds = 0;           // waiting for the other ranks + the gradient all-reduce
    double stepSeconds = 0;                // from the common start (barrier) to the optimizer step's end
    double loss = 0;                       // mean micro-batch loss
};

// Measured against predicted for one iteration.
struct IterationComparison {
    int step = 0;
    QString policy;
    double predictedSeconds = 0;    // max over ranks of the predicted compute
    double measuredSeconds = 0;     // max over ranks of the measured compute
    double measuredWallSeconds = 0; // the slowest rank's step (compute + all-reduce + optimizer)
    double predictedImbalance = 1;  // max / mean over ranks
    double measuredImbalance = 1;
    double loss = 0;
};

struct MeasureReport {
    std::vector<IterationComparison> iterations;
    nlohmann::json summary; // per-policy means, speed-ups, relative errors
};

// timings[iteration][rank]. Skips the first `warmupSteps` global batches in the means (their iterations
// are still listed).
MeasureReport compareMeasurement(const MeasurePlan& plan, const std::vector<std::vector<RankTiming>>& timings,
                                 int warmupSteps = 1);

nlohmann::json rankTimingJson(const RankTiming& t);
RankTiming rankTimingFromJson(const nlohmann::json& j);

// The worker side: `kcat balance measure-worker --plan FILE --rank R --world-size N --master HOST:PORT
// --output FILE`. Joins the Gloo group, trains every planned iteration of its rank, writes its timings as
// JSON ({"rank": r, "iterations": [...]}) and prints one JSON line per iteration. Returns the exit code.
int runMeasureWorker(const QString& planFile, int rank, int worldSize, const QString& master,
                     const QString& outputFile);

// The coordinator: writes the plan into `folder`, starts `ranks` worker processes of `program` (usually this
// executable: `program balance measure-worker ...`), waits for them and reads their timings. progress(done,
// total) is called with iterations finished by rank 0; returning false from it stops the workers (then
// BalanceError "cancelled"). Throws BalanceError with the workers' error output when one fails.
std::vector<std::vector<RankTiming>> runMeasurementProcesses(const MeasurePlan& plan, const QString& program,
                                                             const QString& folder,
                                                             const std::function<bool(int, int)>& progress);

struct MeasureText {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::MeasureText)
};

} // namespace kcat::balance
