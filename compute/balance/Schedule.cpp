#include "compute/balance/Schedule.h"

#include <algorithm>

namespace kcat::balance {

double replicaSeconds(const ReplicaPlan& replica, const StrategyProfile& profile) {
    if (replica.microBatches.empty())
        return 0;
    const double c = profile.cost.c;
    double sum = 0, worst = 0;
    for (const MicroBatch& mb : replica.microBatches) {
        sum += mb.cost + c;
        worst = std::max(worst, mb.cost);
    }
    return sum + (profile.pp() - 1) * (worst + c);
}

ScheduleMetrics evaluate(const Schedule& schedule, qint64 realTokens) {
    ScheduleMetrics m;
    std::vector<double> times;
    double busyGpuSeconds = 0, slots = 0, mbImbalanceSum = 0;
    int mbImbalanceCount = 0;
    for (const ReplicaPlan& r : schedule.replicas) {
        const StrategyProfile& p = schedule.profiles[size_t(r.profile)];
        const double t = replicaSeconds(r, p);
        times.push_back(t);
        m.gpus += p.strategy.gpus();
        m.microBatches += int(r.microBatches.size());
        double sum = 0, worst = 0;
        for (const MicroBatch& mb : r.microBatches) {
            sum += mb.cost + p.cost.c;
            worst = std::max(worst, mb.cost + p.cost.c);
            slots += double(mb.slotTokens);
        }
        busyGpuSeconds += sum * p.strategy.gpus(); // each stage's GPUs are busy Σ_j (W_j + c)
        if (!r.microBatches.empty() && sum > 0) {
            mbImbalanceSum += worst / (sum / double(r.microBatches.size()));
            ++mbImbalanceCount;
        }
    }
    m.replicas = int(times.size());
    if (times.empty())
        return m;
    m.iterationSeconds = *std::max_element(times.begin(), times.end());
    double mean = 0;
    for (double t : times)
        mean += t;
    mean /= double(times.size());
    m.imbalanceReplicas = mean > 0 ? m.iterationSeconds / mean : 1.0;
    m.imbalanceMicroBatches = mbImbalanceCount ? mbImbalanceSum / mbImbalanceCount : 1.0;
    m.packingEfficiency = slots > 0 ? double(realTokens) / slots : 0.0;
    m.idleGpuSeconds = std::max(0.0, m.gpus * m.iterationSeconds - busyGpuSeconds);
    m.idleFraction = m.iterationSeconds > 0 ? m.idleGpuSeconds / (m.gpus * m.iterationSeconds) : 0.0;
    return m;
}

QString validateSchedule(const Schedule& schedule, const std::vector<int>& lengths) {
    std::vector<int> seen(lengths.size(), 0);
    for (size_t r = 0; r < schedule.replicas.size(); ++r) {
        const ReplicaPlan& rep = schedule.replicas[r];
        const StrategyProfile& p = schedule.profiles[size_t(rep.profile)];
        for (const MicroBatch& mb : rep.microBatches) {
            qint64 tokens = 0;
            for (int i : mb.items) {
                if (i < 0 || size_t(i) >= lengths.size())
                    return QStringLiteral("replica %1 holds unknown sequence %2").arg(r).arg(i);
                ++seen[size_t(i)];
                tokens += lengths[size_t(i)];
            }
            if (tokens > p.maxSequenceLength)
                return QStringLiteral("replica %1 (%2): a micro-batch holds %3 tokens, capacity %4")
                    .arg(r)
                    .arg(p.strategy.label())
                    .arg(tokens)
                    .arg(p.maxSequenceLength);
        }
    }
    for (size_t i = 0; i < seen.size(); ++i)
        if (seen[i] != 1)
            return QStringLiteral("sequence %1 placed %2 times").arg(i).arg(seen[i]);
    return {};
}

} // namespace kcat::balance
