#pragma once

// Inter-annotator agreement: percent agreement and Cohen's κ per annotator pair, Fleiss' κ and
// Krippendorff's α, over a CodingView (whole table, one label, one document, one time window).

#include "annotation/crowd/CodingView.h"

#include <QString>

#include <optional>
#include <vector>

namespace kcat::crowd {

enum class AgreementMetric { Percent, Cohen, Fleiss, Krippendorff };

struct AgreementResult {
    // Empty when the metric is undefined on this data (fewer than two coders on every unit); see `reason`.
    std::optional<double> value;
    QString reason;
    int units = 0;  // units with values from at least two coders (the pairable ones)
    int coders = 0; // coders with at least one value in a pairable unit
    // Pairwise metrics (percent, cohen): coders × coders, row-major; empty optional = the pair shares no
    // unit.
    std::vector<std::optional<double>> matrix;
    std::vector<int> shared; // units each pair labelled both
};

// Percent agreement per pair is the mean similarity 1 - δ over the units both labelled (exact equality for
// nominal); the overall value pools every pair's comparisons.
AgreementResult percentAgreement(const CodingView& view, const ValueDistance& distance);
// Cohen's κ per pair (weighted by δ for set distances: κ = 1 - Σ o·δ / Σ e·δ); overall value is the mean of
// the defined pairs (Light's κ). A pair whose labels never vary gets κ = 1 when they agree everywhere.
AgreementResult cohenKappa(const CodingView& view, const ValueDistance& distance);
// Fleiss' κ (nominal). Units may have different numbers of raters (≥ 2); with a fixed number it is Fleiss
// 1971.
AgreementResult fleissKappa(const CodingView& view);
// Krippendorff's α with missing values, from the coincidence matrix; units with one value are not pairable.
// A single value everywhere gives α = 1 (no disagreement observed or expected).
AgreementResult krippendorffAlpha(const CodingView& view, const ValueDistance& distance);

AgreementResult computeAgreement(AgreementMetric metric, const CodingView& view,
                                 const ValueDistance& distance);

} // namespace kcat::crowd
