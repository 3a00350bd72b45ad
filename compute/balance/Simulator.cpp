#include "compute/balance/Simulator.h"

#include "compute/balance/BalanceError.h"
#include "compute/balance/Baselines.h"
#include "compute/balance/StrategyPlanner.h"
#include "compute/balance/TwoStageScheduler.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>
#include <random>

namespace kcat::balance {

Simulator::Simulator(const LengthDistribution& lengths, const CostModel& cost, SimulationOptions options)
    : m_lengths(lengths)
    , m_cost(cost)
    , m_options(options) {}

nlohmann::json Simulator::iterationJson(const IterationRecord& r) {
    nlohmann::json baselines = nlohmann::json::object();
    const auto all = allBaselines();
    for (size_t b = 0; b < all.size() && b < r.baselineSeconds.size(); ++b)
        baselines[baselineKey(all[b]).toStdString()] = r.baselineSeconds[b];
    return {{"sequences", r.sequences},
            {"tokens", r.tokens},
            {"longest", r.longest},
            {"strategy_set", r.strategySet.toStdString()},
            {"iteration_seconds", r.twoStage.iterationSeconds},
            {"imbalance_max_over_mean", r.twoStage.imbalanceReplicas},
            {"microbatch_imbalance_max_over_mean", r.twoStage.imbalanceMicroBatches},
            {"packing_efficiency", r.twoStage.packingEfficiency},
            {"idle_gpu_seconds", r.twoStage.idleGpuSeconds},
            {"idle_gpu_fraction", r.twoStage.idleFraction},
            {"micro_batches", r.twoStage.microBatches},
            {"planner_ms", r.plannerMs},
            {"lower_bound_seconds", r.lowerBoundSeconds},
            {"milp_solved", r.milpSolved},
            {"milp_time_limit", r.milpTimeouts},
            {"greedy_proven_optimal", r.greedyOptimal},
            {"greedy_within_gap", r.greedyWithinGap},
            {"greedy_fallback", r.fallbacks},
            {"milp_ms", r.milpMs},
            {"baseline_seconds", baselines}};
}

static double iterationLowerBound(const std::vector<int>& batch, const std::vector<StrategyProfile>& profiles,
                                  int gpus) {
    // No plan beats either: every sequence on its most GPU-efficient strategy that holds it, spread perfectly
    // over all GPUs; or the longest single-sequence latency (pp stages one after another) on any strategy.
    double gpuSeconds = 0, latency = 0;
    for (int s : batch) {
        double bestWork = std::numeric_limits<double>::infinity(), bestLatency = bestWork;
        for (const StrategyProfile& p : profiles) {
            if (p.maxSequenceLength < s)
                continue;
            bestWork = std::min(bestWork, p.strategy.gpus() * p.sequenceCost(s));
            bestLatency = std::min(bestLatency, p.pp() * p.sequenceCost(s));
        }
        gpuSeconds += bestWork;
        latency = std::max(latency, bestLatency);
    }
    return std::max(gpuSeconds / gpus, latency);
}

SimulationResult Simulator::run(const std::function<bool(int, int)>& progress) const {
    const SimulationOptions& o = m_options;
    const int cap = m_lengths.maxLength();
    std::vector<StrategyProfile> profiles = m_cost.feasibleProfiles(std::min(o.maxReplicaGpus, o.gpus));
    if (profiles.empty())
        throw BalanceError(tr("no parallel strategy with at most %1 GPUs holds the model states of '%2'")
                               .arg(std::min(o.maxReplicaGpus, o.gpus))
                               .arg(m_cost.preset().name));
    // Homogeneous strategies must hold the longest sequence the distribution can produce.
    std::vector<int> homogeneous;
    for (int p = 0; p < int(profiles.size()); ++p)
        if (profiles[size_t(p)].maxSequenceLength >= cap)
            homogeneous.push_back(p);
    if (homogeneous.empty())
        throw BalanceError(tr("no parallel strategy with at most %1 GPUs holds a %2-token sequence")
                               .arg(std::min(o.maxReplicaGpus, o.gpus))
                               .arg(cap));

    std::mt19937_64 planRng(o.seed ^ 0x9e3779b97f4a7c15ULL);
    std::vector<std::vector<int>> planningBatches;
    for (int b = 0; b < o.planningBatches; ++b)
        planningBatches.push_back(m_lengths.sampleBatch(o.tokensPerBatch, planRng));
    const StrategyPlanner planner(profiles, o.gpus, cap, planningBatches);
    TwoStageOptions tso;
    tso.shuffles = o.shuffles;
    tso.packer.milpTimeLimitSeconds = o.milpTimeLimitSeconds;
    tso.packer.useMilp = o.useMilp;
    tso.packer.relativeGap = o.relativeGap;
    tso.milpBudgetSeconds = o.milpBudgetSeconds;
    const TwoStageScheduler scheduler(planner, tso);

    const auto baselines = allBaselines();
    // seconds[b][h][iteration] for baseline b on homogeneous strategy h.
    std::vector<std::vector<std::vector<double>>> seconds(
        baselines.size(), std::vector<std::vector<double>>(homogeneous.size()));
    SimulationResult result;
    std::mt19937_64 rng(o.seed);
    for (int it = 0; it < o.iterations; ++it) {
        const std::vector<int> batch = m_lengths.sampleBatch(o.tokensPerBatch, rng);
        IterationRecord rec;
        rec.sequences = int(batch.size());
        for (int s : batch) {
            rec.tokens += s;
            rec.longest = std::max(rec.longest, s);
        }
        QElapsedTimer timer;
        timer.start();
        std::mt19937_64 planRngIt(o.seed * 1000003ULL + quint64(it));
        const TwoStageResult two = scheduler.schedule(batch, planRngIt);
        rec.plannerMs = timer.nsecsElapsed() / 1e6;
        rec.lowerBoundSeconds = iterationLowerBound(batch, profiles, o.gpus);
        if (!two.feasible)
            throw BalanceError(tr("iteration %1: no candidate strategy set can hold the batch").arg(it + 1));
        rec.strategySet = planner.candidates()[size_t(two.candidate)].label(profiles);
        rec.twoStage = evaluate(two.schedule, rec.tokens);
        rec.schedule = two.schedule;
        rec.lengths = batch;
        rec.milpSolved = two.packerStats.milpSolved;
        rec.milpTimeouts = two.packerStats.milpTimeouts;
        rec.greedyOptimal = two.packerStats.greedyOptimal;
        rec.greedyWithinGap = two.packerStats.greedyWithinGap;
        rec.fallbacks = two.packerStats.fallbacks;
        rec.milpMs = two.packerStats.milpSeconds * 1000;
        for (size_t b = 0; b < baselines.size(); ++b)
            for (size_t h = 0; h < homogeneous.size(); ++h) {
                const Schedule s =
                    baselineSchedule(baselines[b], batch, profiles[size_t(homogeneous[h])], o.gpus, cap);
                seconds[b][h].push_back(evaluate(s, rec.tokens).iterationSeconds);
            }
        result.iterations.push_back(std::move(rec));
        if (progress && !progress(it + 1, o.iterations))
            break;
    }
    const int done = int(result.iterations.size());
    // Each baseline's best homogeneous strategy over the whole run.
    nlohmann::json summary;
    nlohmann::json bestHomogeneous = nlohmann::json::object();
    double twoStageTotal = 0, imbalance = 0, mbImbalance = 0, packing = 0, plannerMs = 0, idle = 0;
    int milp = 0, timeouts = 0, fallbacks = 0;
    double boundTotal = 0;
    for (const IterationRecord& r : result.iterations) {
        twoStageTotal += r.twoStage.iterationSeconds;
        imbalance += r.twoStage.imbalanceReplicas;
        mbImbalance += r.twoStage.imbalanceMicroBatches;
        packing += r.twoStage.packingEfficiency;
        plannerMs += r.plannerMs;
        idle += r.twoStage.idleFraction;
        milp += r.milpSolved;
        timeouts += r.milpTimeouts;
        fallbacks += r.fallbacks;
        boundTotal += r.lowerBoundSeconds;
    }
    for (size_t b = 0; b < baselines.size(); ++b) {
        size_t bestH = 0;
        double bestTotal = std::numeric_limits<double>::infinity();
        for (size_t h = 0; h < homogeneous.size(); ++h) {
            double total = 0;
            for (int it = 0; it < done; ++it)
                total += seconds[b][h][size_t(it)];
            if (total < bestTotal) {
                bestTotal = total;
                bestH = h;
            }
        }
        for (int it = 0; it < done; ++it)
            result.iterations[size_t(it)].baselineSeconds.push_back(seconds[b][bestH][size_t(it)]);
        const std::string key = baselineKey(baselines[b]).toStdString();
        bestHomogeneous[key] = {
            {"strategy", profiles[size_t(homogeneous[bestH])].strategy.label().toStdString()},
            {"iteration_seconds", done ? bestTotal / done : 0.0}};
        summary["speedup_vs_" + key] = twoStageTotal > 0 ? bestTotal / twoStageTotal : 0.0;
        // The largest speed-up any plan could reach under this cost model.
        summary["speedup_bound_vs_" + key] = boundTotal > 0 ? bestTotal / boundTotal : 0.0;
    }
    const double n = std::max(1, done);
    summary["iterations"] = done;
    summary["iteration_seconds"] = twoStageTotal / n;
    summary["lower_bound_seconds"] = boundTotal / n;
    summary["imbalance_max_over_mean"] = imbalance / n;
    summary["microbatch_imbalance_max_over_mean"] = mbImbalance / n;
    summary["packing_efficiency"] = packing / n;
    summary["idle_gpu_fraction"] = idle / n;
    summary["planner_ms_per_iteration"] = plannerMs / n;
    summary["milp_solved"] = milp;
    summary["milp_time_limit"] = timeouts;
    summary["greedy_fallback"] = fallbacks;
    summary["baselines"] = bestHomogeneous;
    summary["planner"] = planner.toJson();
    nlohmann::json profs = nlohmann::json::array();
    for (const StrategyProfile& p : profiles)
        profs.push_back(p.toJson());
    summary["strategies"] = profs;
    result.summary = summary;
    return result;
}

} // namespace kcat::balance
