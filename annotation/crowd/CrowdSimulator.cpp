#include "annotation/crowd/CrowdSimulator.h"

#include <random>

namespace kcat::crowd {

std::vector<SimulatedLabel> simulateCrowd(const GoldLabels& gold,
                                          const std::vector<SimulatedAnnotator>& annotators,
                                          const TypeHierarchy& hierarchy, const SimulationOptions& options) {
    std::mt19937_64 rng(options.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QStringList& names = gold.labelNames;
    auto pick = [&rng](const QStringList& from) {
        return from[qsizetype(std::uniform_int_distribution<qsizetype>(0, from.size() - 1)(rng))];
    };
    std::vector<SimulatedLabel> out;
    for (qsizetype i = 0; i < gold.items.size(); ++i) {
        for (const SimulatedAnnotator& a : annotators) {
            if (unit(rng) >= options.coverage)
                continue;
            QStringList given;
            for (const QString& truth : gold.labels[size_t(i)]) {
                QString answer;
                if (a.pattern == ErrorPattern::Spammer) {
                    answer = pick(names);
                } else if (unit(rng) < a.accuracy || names.size() < 2) {
                    answer = truth;
                } else {
                    QStringList wrong;
                    if (a.pattern == ErrorPattern::Sibling)
                        wrong = hierarchy.siblings(truth, names);
                    if (wrong.isEmpty()) {
                        wrong = names;
                        wrong.removeAll(truth);
                    }
                    answer = pick(wrong);
                }
                if (!given.contains(answer))
                    given << answer;
            }
            for (const QString& label : given)
                out.push_back({gold.items[i], a.name, label});
        }
    }
    return out;
}

void writeSimulatedTsv(std::ostream& out, const std::vector<SimulatedLabel>& labels,
                       const QString& description) {
    out << "# simulated crowd labels (not real annotations): " << description.toStdString() << '\n';
    for (const SimulatedLabel& l : labels)
        out << l.item.toStdString() << '\t' << l.annotator.toStdString() << '\t' << l.label.toStdString()
            << '\n';
}

} // namespace kcat::crowd
