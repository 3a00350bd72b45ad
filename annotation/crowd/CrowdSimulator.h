#pragma once

// Simulated crowd labels over known gold labels: annotators with chosen accuracies and error patterns, for
// demos and for testing that aggregation recovers the truth. Output is always marked as simulated.

#include "annotation/crowd/LabelTable.h"
#include "annotation/crowd/MultiLabelAggregation.h"

#include <cstdint>
#include <ostream>
#include <vector>

namespace kcat::crowd {

enum class ErrorPattern {
    Uniform, // a wrong answer is any other label, uniformly
    Sibling, // a wrong answer is a sibling of the true label (same parent), uniform when it has none
    Spammer, // ignores the item: every answer is a uniformly random label (accuracy unused)
};

struct SimulatedAnnotator {
    QString name;
    double accuracy = 0.8;
    ErrorPattern pattern = ErrorPattern::Uniform;
};

struct SimulatedLabel {
    QString item, annotator, label;
};

struct SimulationOptions {
    std::uint64_t seed = 1;
    double coverage = 1.0; // chance that an annotator labels a given item
};

// For each gold label of each item, each annotator answers the gold label with its accuracy, else an error
// drawn by its pattern. The labels to err towards are the gold file's labels. Deterministic for a seed.
std::vector<SimulatedLabel> simulateCrowd(const GoldLabels& gold,
                                          const std::vector<SimulatedAnnotator>& annotators,
                                          const TypeHierarchy& hierarchy, const SimulationOptions& options);

// Writes the long-format TSV, starting with a `# simulated …` comment line that the loader skips.
void writeSimulatedTsv(std::ostream& out, const std::vector<SimulatedLabel>& labels,
                       const QString& description);

} // namespace kcat::crowd
