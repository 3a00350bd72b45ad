#pragma once

// Single-label aggregation of crowd labels: majority vote, Dawid–Skene EM with full confusion matrices,
// one-coin Dawid–Skene, GLAD (Whitehill et al. 2009) and MACE (Hovy et al. 2013). Every method works on
// flat arrays (CrowdLabels) and is deterministic for a seed.

#include "annotation/crowd/LabelTable.h"

#include <cstdint>
#include <vector>

namespace kcat::crowd {

// Labels as flat arrays sorted by item: label n is `label[n]` given by `annotator[n]` to `item[n]`.
struct CrowdLabels {
    int items = 0, annotators = 0, classes = 0;
    std::vector<qsizetype> offsets; // item i owns labels offsets[i] .. offsets[i+1]
    std::vector<int> annotator, label;
    // Majority vote's tie order: a lower rank wins (more frequent overall, then the smaller name).
    std::vector<int> tieRank;

    qsizetype size() const { return qsizetype(label.size()); }
    // Single-label table (one label per cell); throws CrowdInputError when a cell holds a label set.
    static CrowdLabels fromTable(const LabelTable& table);
    // One label of a label-set table as a two-class problem: class 1 when the cell's set holds `label`.
    static CrowdLabels binaryFromTable(const LabelTable& table, int label);
    // Computes tieRank from overall frequencies and the class names.
    void rankTies(const QStringList& classNames);
};

enum class AggregationMethod { MajorityVote, DawidSkene, OneCoin, Glad, Mace };

struct AggregationOptions {
    double tolerance = 1e-6; // stop when no posterior moves more than this in one iteration
    int maxIterations = 100;
    std::uint64_t seed = 1;  // MACE's random restarts
    int restarts = 5;        // MACE
    double smoothing = 0.01; // add-α smoothing of estimated probabilities
};

struct AggregationResult {
    int classes = 0;
    std::vector<int> labels;        // per item; -1 for an item nobody labelled
    std::vector<double> posteriors; // items × classes
    // Estimated confusion per annotator: annotators × classes (true) × classes (given), rows sum to 1.
    std::vector<double> confusion;
    std::vector<double> skill; // the method's own per-annotator parameter (see skillName)
    const char* skillName = "";
    int iterations = 0;
    bool converged = true;
    double logLikelihood = 0;

    double posterior(int item, int k) const { return posteriors[size_t(item) * size_t(classes) + size_t(k)]; }
    double confusionAt(int annotator, int truth, int given) const {
        return confusion[(size_t(annotator) * size_t(classes) + size_t(truth)) * size_t(classes) +
                         size_t(given)];
    }
};

AggregationResult majorityVote(const CrowdLabels& data);
AggregationResult dawidSkene(const CrowdLabels& data, const AggregationOptions& options);
AggregationResult oneCoinDawidSkene(const CrowdLabels& data, const AggregationOptions& options);
AggregationResult glad(const CrowdLabels& data, const AggregationOptions& options);
AggregationResult mace(const CrowdLabels& data, const AggregationOptions& options);

AggregationResult aggregate(AggregationMethod method, const CrowdLabels& data,
                            const AggregationOptions& options);

namespace detail {
// Turns log-scores into a normalised row in place; returns log Σ exp(scores).
double softmaxInPlace(double* row, int k);
// Labels = argmax of the posteriors (first maximum), -1 for items without labels.
void pickLabels(const CrowdLabels& data, AggregationResult& result);
// Empirical confusion of every annotator against the result's labels, smoothed.
void empiricalConfusion(const CrowdLabels& data, AggregationResult& result, double smoothing);
} // namespace detail

} // namespace kcat::crowd
