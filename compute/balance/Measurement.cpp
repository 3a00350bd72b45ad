#include "compute/balance/Measurement.h"

#include "compute/balance/BalanceError.h"
#include "compute/balance/Baselines.h"
#include "compute/balance/StrategyPlanner.h"
#include "compute/balance/TwoStageScheduler.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace kcat::balance {

QStringList measurePolicies() {
    return {QStringLiteral("two_stage"), QStringLiteral("greedy_packing")};
}

namespace {

PlannedIteration fromSchedule(const Schedule& s, const std::vector<int>& batch, int step,
                              const QString& policy, double c) {
    PlannedIteration it;
    it.step = step;
    it.policy = policy;
    for (const ReplicaPlan& r : s.replicas) {
        std::vector<std::vector<int>> mbs;
        std::vector<double> predicted;
        double total = 0;
        for (const MicroBatch& mb : r.microBatches) {
            std::vector<int> lens;
            for (int i : mb.items)
                lens.push_back(batch[size_t(i)]);
            mbs.push_back(std::move(lens));
            predicted.push_back(mb.cost + c);
            total += mb.cost + c;
        }
        it.ranks.push_back(std::move(mbs));
        it.predictedMicroBatch.push_back(std::move(predicted));
        it.predictedRank.push_back(total);
    }
    return it;
}

double maxOf(const std::vector<double>& v) {
    return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
}

double imbalanceOf(const std::vector<double>& v) {
    double mean = 0;
    for (double x : v)
        mean += x;
    mean /= std::max<size_t>(1, v.size());
    return mean > 0 ? maxOf(v) / mean : 1.0;
}

} // namespace

std::pair<PlannedIteration, PlannedIteration> planBatch(const std::vector<int>& batch, int step,
                                                        const MeasureOptions& o,
                                                        const CostCoefficients& coefficients) {
    StrategyProfile profile;
    profile.cost = coefficients;
    profile.maxSequenceLength = o.capacity;
    for (int s : batch)
        if (s > o.capacity)
            throw BalanceError(MeasureText::tr("a %1-token sequence does not fit a micro-batch of %2 tokens")
                                   .arg(s)
                                   .arg(o.capacity));
    const StrategyPlanner planner({profile}, o.ranks, o.capacity, {batch});
    TwoStageOptions tso;
    tso.shuffles = o.shuffles;
    tso.packer.milpTimeLimitSeconds = o.milpTimeLimitSeconds;
    const TwoStageScheduler scheduler(planner, tso);
    std::mt19937_64 planRng(o.seed * 7919ULL + quint64(step));
    const TwoStageResult two = scheduler.scheduleOn(planner.homogeneous(0), batch, planRng, o.shuffles);
    if (!two.feasible)
        throw BalanceError(MeasureText::tr("step %1: two-stage assignment found no plan").arg(step));
    const Schedule greedy = baselineSchedule(Baseline::GreedyPacking, batch, profile, o.ranks, o.capacity);
    return {fromSchedule(two.schedule, batch, step, measurePolicies()[0], coefficients.c),
            fromSchedule(greedy, batch, step, measurePolicies()[1], coefficients.c)};
}

MeasurePlan planMeasurement(const LengthDistribution& lengths, const MeasureOptions& o,
                            const CostCoefficients& coefficients) {
    if (o.ranks < 1 || o.steps < 1)
        throw BalanceError(MeasureText::tr("a micro-run needs at least one rank and one step"));
    if (lengths.maxLength() > o.capacity)
        throw BalanceError(MeasureText::tr("sequences up to %1 tokens do not fit a micro-batch of %2 tokens: "
                                           "raise the capacity or lower the distribution's cap")
                               .arg(lengths.maxLength())
                               .arg(o.capacity));
    MeasurePlan plan;
    plan.options = o;
    plan.coefficients = coefficients;
    std::mt19937_64 rng(o.seed);
    for (int s = 0; s < o.steps; ++s) {
        const std::vector<int> batch = lengths.sampleBatch(o.tokensPerBatch, rng);
        plan.lengths.insert(plan.lengths.end(), batch.begin(), batch.end());
        auto [a, b] = planBatch(batch, s + 1, o, coefficients);
        // Alternate which policy runs first so slow drifts of the machine's load hit both alike.
        if (s % 2 == 0) {
            plan.iterations.push_back(std::move(a));
            plan.iterations.push_back(std::move(b));
        } else {
            plan.iterations.push_back(std::move(b));
            plan.iterations.push_back(std::move(a));
        }
    }
    return plan;
}

nlohmann::json MeasurePlan::toJson() const {
    nlohmann::json its = nlohmann::json::array();
    for (const PlannedIteration& it : iterations)
        its.push_back({{"step", it.step},
                       {"policy", it.policy.toStdString()},
                       {"ranks", it.ranks},
                       {"predicted_micro_batch", it.predictedMicroBatch},
                       {"predicted_rank", it.predictedRank}});
    return {{"ranks", options.ranks},
            {"steps", options.steps},
            {"tokens_per_batch", options.tokensPerBatch},
            {"capacity", options.capacity},
            {"threads", options.threads},
            {"learning_rate", options.learningRate},
            {"seed", options.seed},
            {"shape", options.shape.toJson()},
            {"coefficients", {{"a", coefficients.a}, {"b", coefficients.b}, {"c", coefficients.c}}},
            {"iterations", its}};
}

MeasurePlan MeasurePlan::fromJson(const nlohmann::json& j, const QString& source) {
    MeasurePlan p;
    try {
        p.options.ranks = j.at("ranks").get<int>();
        p.options.steps = j.at("steps").get<int>();
        p.options.tokensPerBatch = j.at("tokens_per_batch").get<qint64>();
        p.options.capacity = j.at("capacity").get<int>();
        p.options.threads = j.at("threads").get<int>();
        p.options.learningRate = j.at("learning_rate").get<double>();
        p.options.seed = j.at("seed").get<quint64>();
        p.options.shape = TransformerShape::fromJson(j.at("shape"));
        const auto& c = j.at("coefficients");
        p.coefficients = {c.at("a").get<double>(), c.at("b").get<double>(), c.at("c").get<double>()};
        for (const auto& it : j.at("iterations")) {
            PlannedIteration pi;
            pi.step = it.at("step").get<int>();
            pi.policy = QString::fromStdString(it.at("policy").get<std::string>());
            it.at("ranks").get_to(pi.ranks);
            it.at("predicted_micro_batch").get_to(pi.predictedMicroBatch);
            it.at("predicted_rank").get_to(pi.predictedRank);
            if (int(pi.ranks.size()) != p.options.ranks)
                throw BalanceError(MeasureText::tr("%1: iteration %2 plans %3 ranks, expected %4")
                                       .arg(source)
                                       .arg(pi.step)
                                       .arg(pi.ranks.size())
                                       .arg(p.options.ranks));
            p.iterations.push_back(std::move(pi));
        }
    } catch (const nlohmann::json::exception& e) {
        throw BalanceError(
            MeasureText::tr("%1: not a micro-run plan: %2").arg(source, QString::fromUtf8(e.what())));
    }
    return p;
}

nlohmann::json rankTimingJson(const RankTiming& t) {
    return {{"micro_batch_seconds", t.microBatchSeconds},
            {"compute_seconds", t.computeSeconds},
            {"allreduce_seconds", t.allreduceSeconds},
            {"step_seconds", t.stepSeconds},
            {"loss", t.loss}};
}

RankTiming rankTimingFromJson(const nlohmann::json& j) {
    RankTiming t;
    j.at("micro_batch_seconds").get_to(t.microBatchSeconds);
    t.computeSeconds = j.at("compute_seconds").get<double>();
    t.allreduceSeconds = j.at("allreduce_seconds").get<double>();
    t.stepSeconds = j.at("step_seconds").get<double>();
    t.loss = j.at("loss").get<double>();
    return t;
}

MeasureReport compareMeasurement(const MeasurePlan& plan, const std::vector<std::vector<RankTiming>>& timings,
                                 int warmupSteps) {
    MeasureReport report;
    struct Totals {
        double predicted = 0, measured = 0, wall = 0, predictedImb = 0, measuredImb = 0, absImbError = 0,
               absTimeError = 0;
        int n = 0;
    };
    std::map<QString, Totals> totals;
    for (size_t i = 0; i < plan.iterations.size() && i < timings.size(); ++i) {
        const PlannedIteration& pi = plan.iterations[i];
        IterationComparison c;
        c.step = pi.step;
        c.policy = pi.policy;
        std::vector<double> measured;
        double loss = 0;
        for (const RankTiming& t : timings[i]) {
            measured.push_back(t.computeSeconds);
            c.measuredWallSeconds = std::max(c.measuredWallSeconds, t.stepSeconds);
            loss += t.loss;
        }
        c.loss = timings[i].empty() ? 0.0 : loss / double(timings[i].size());
        c.predictedSeconds = maxOf(pi.predictedRank);
        c.measuredSeconds = maxOf(measured);
        c.predictedImbalance = imbalanceOf(pi.predictedRank);
        c.measuredImbalance = imbalanceOf(measured);
        report.iterations.push_back(c);
        if (pi.step <= warmupSteps)
            continue;
        Totals& t = totals[pi.policy];
        t.predicted += c.predictedSeconds;
        t.measured += c.measuredSeconds;
        t.wall += c.measuredWallSeconds;
        t.predictedImb += c.predictedImbalance;
        t.measuredImb += c.measuredImbalance;
        t.absImbError += std::abs(c.measuredImbalance - c.predictedImbalance) / c.predictedImbalance;
        t.absTimeError += c.predictedSeconds > 0
                              ? std::abs(c.measuredSeconds - c.predictedSeconds) / c.predictedSeconds
                              : 0.0;
        ++t.n;
    }
    nlohmann::json& s = report.summary;
    for (const auto& [policy, t] : totals) {
        const std::string k = policy.toStdString();
        const double n = std::max(1, t.n);
        s["predicted_seconds_" + k] = t.predicted / n;
        s["measured_seconds_" + k] = t.measured / n;
        s["measured_wall_seconds_" + k] = t.wall / n;
        s["predicted_imbalance_" + k] = t.predictedImb / n;
        s["measured_imbalance_" + k] = t.measuredImb / n;
        // Mean over iterations of |measured − predicted| / predicted.
        s["imbalance_relative_error_" + k] = t.absImbError / n;
        s["seconds_relative_error_" + k] = t.absTimeError / n;
        // Excess imbalance (max/mean − 1): the part a balancer acts on.
        s["predicted_excess_imbalance_" + k] = t.predictedImb / n - 1.0;
        s["measured_excess_imbalance_" + k] = t.measuredImb / n - 1.0;
    }
    if (totals.count(QStringLiteral("two_stage")) && totals.count(QStringLiteral("greedy_packing"))) {
        const Totals& a = totals[QStringLiteral("two_stage")];
        const Totals& b = totals[QStringLiteral("greedy_packing")];
        s["predicted_speedup"] = a.predicted > 0 ? b.predicted / a.predicted : 0.0;
        s["measured_compute_speedup"] = a.measured > 0 ? b.measured / a.measured : 0.0;
        s["measured_speedup"] = a.wall > 0 ? b.wall / a.wall : 0.0;
    }
    s["measured_steps"] = totals.empty() ? 0 : totals.begin()->second.n;
    s["warmup_steps"] = warmupSteps;
    return report;
}

} // namespace kcat::balance
