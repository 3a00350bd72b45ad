// Benchmark of the training-balance results in compute/balance/README.md, printing what it measured next to
// the targets (the paper's numbers / the targets):
//   bench_balance                       both scenarios
//   bench_balance speedup|planner       one of them
// Scenario "speedup": web-text-like lengths, 64 simulated GPUs (LLaMA-7B on A100 preset): two-stage
// assignment on heterogeneous strategies vs greedy packing on the best homogeneous strategy.
// Scenario "planner": 1,024 GPUs, 200K tokens per batch: planner milliseconds per iteration on one core.

#include "compute/balance/Simulator.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace kcat::balance;

namespace {

nlohmann::json simulate(int gpus, qint64 tokens, int iterations, double milpMs) {
    const LengthDistribution d = LengthDistribution::builtin(QStringLiteral("webtext"));
    const CostModel cost(CostModel::preset(QStringLiteral("llama7b-a100")));
    SimulationOptions o;
    o.gpus = gpus;
    o.tokensPerBatch = tokens;
    o.iterations = iterations;
    o.milpTimeLimitSeconds = milpMs / 1000.0;
    const SimulationResult r = Simulator(d, cost, o).run();
    double worstPlanner = 0;
    for (const IterationRecord& it : r.iterations)
        worstPlanner = std::max(worstPlanner, it.plannerMs);
    nlohmann::json s = r.summary;
    s["planner_ms_worst_iteration"] = worstPlanner;
    return s;
}

void line(const char* what, double measured, const char* target, bool met) {
    std::printf("  %-44s %12.4f   target %-10s %s\n", what, measured, target, met ? "met" : "MISSED");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const bool all = args.isEmpty();
    if (all || args.contains(QStringLiteral("speedup"))) {
        const nlohmann::json s = simulate(64, 1 << 20, 20, 20);
        std::printf("web-text-like, 64 GPUs, 1,048,576 tokens/batch, 20 iterations, llama7b-a100\n");
        std::printf(
            "  best homogeneous for greedy packing: %s (%.3f s/iteration); two-stage %.3f s/iteration\n",
            s["baselines"]["greedy_packing"]["strategy"].get<std::string>().c_str(),
            s["baselines"]["greedy_packing"]["iteration_seconds"].get<double>(),
            s["iteration_seconds"].get<double>());
        const double speedup = s["speedup_vs_greedy_packing"].get<double>();
        const double imbalance = s["imbalance_max_over_mean"].get<double>();
        line("speed-up vs greedy packing (paper 1.32-2.66x)", speedup, ">= 1.3", speedup >= 1.3);
        line("imbalance max/mean over replicas", imbalance, "<= 1.05", imbalance <= 1.05);
        std::printf("  %-44s %12.4f\n", "lower bound of any plan, s/iteration",
                    s["lower_bound_seconds"].get<double>());
        std::printf("  %-44s %12.4f\n", "largest reachable speed-up vs greedy packing",
                    s["speedup_bound_vs_greedy_packing"].get<double>());
        for (const char* k : {"speedup_vs_padding", "speedup_vs_unbalanced_packing", "speedup_vs_ffd",
                              "packing_efficiency", "idle_gpu_fraction", "planner_ms_per_iteration"})
            std::printf("  %-44s %12.4f\n", k, s[k].get<double>());
        std::printf("%s\n", s.dump().c_str());
    }
    if (all || args.contains(QStringLiteral("planner"))) {
        const nlohmann::json s = simulate(1024, 200000, 20, 20);
        std::printf(
            "planner, 1,024 GPUs, 200,000 tokens/batch, 20 iterations, MILP limit 20 ms, one thread\n");
        const double ms = s["planner_ms_per_iteration"].get<double>();
        line("planner ms per iteration (mean)", ms, "<= 100", ms <= 100);
        std::printf("  %-44s %12.4f\n", "planner ms, worst iteration",
                    s["planner_ms_worst_iteration"].get<double>());
        std::printf("  %-44s %12d\n", "MILPs proven optimal", s["milp_solved"].get<int>());
        std::printf("  %-44s %12d\n", "MILPs stopped at the time limit", s["milp_time_limit"].get<int>());
        std::printf("  %-44s %12.4f\n", "candidate-set planning (once), ms",
                    s["planner"]["planning_ms"].get<double>());
        std::printf("  %-44s %12.4f\n", "speed-up vs greedy packing",
                    s["speedup_vs_greedy_packing"].get<double>());
        std::printf("%s\n", s.dump().c_str());
    }
    return 0;
}
