#pragma once

// Per-annotator quality after aggregation: accuracy against gold items and against the consensus, the
// estimated confusion matrix, and Raykar & Yu's (2012) spammer score.

#include "annotation/crowd/Aggregation.h"

#include <QHash>

#include <optional>
#include <vector>

namespace kcat::crowd {

struct AnnotatorQuality {
    qint64 labels = 0;
    double consensusAccuracy = 0;       // share of their labels equal to the aggregated label
    std::optional<double> goldAccuracy; // share right on gold items; empty without gold overlap
    qint64 goldItems = 0;
    double spammerScore = 0; // 0 = spammer (rows of the confusion matrix equal), 1 = perfect
    double skill = 0;        // the method's own parameter (AggregationResult::skillName)
};

// Raykar & Yu's spammer score of a K × K confusion matrix (rows: truth): (1 / (K(K-1))) Σ_{c<c'} Σ_k
// (a_ck - a_c'k)²; for two classes it is (sensitivity + specificity - 1)².
double spammerScore(const double* confusion, int classes);

// `gold` maps item ids to the gold class (-1 = no gold for the item, -2 = a gold label no annotator used;
// the vector may be empty).
std::vector<AnnotatorQuality> annotatorQuality(const CrowdLabels& data, const AggregationResult& result,
                                               const std::vector<int>& gold);

} // namespace kcat::crowd
