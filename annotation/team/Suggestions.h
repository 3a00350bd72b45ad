#pragma once

// The aggregated suggestion per mention of a project snapshot: binary relevance per type with the chosen
// crowd method (annotation/crowd), closed under ancestors, with a confidence and per-annotator quality.

#include "annotation/crowd/MultiLabelAggregation.h"
#include "annotation/team/ProjectSnapshot.h"

#include <functional>

namespace kcat::team {

struct Suggestions {
    crowd::AggregationMethod method = crowd::AggregationMethod::MajorityVote;
    std::vector<QStringList> types; // per mention, sorted, closed; empty when nobody typed the mention
    // Per mention: the least certain type decision, min over types of max(p, 1 - p); 1 without labels.
    std::vector<double> confidence;
    std::vector<char> disagreement;                         // two or more done labels that are not all equal
    std::vector<crowd::MultiLabelAnnotatorQuality> quality; // per snapshot annotator
    bool cancelled = false;
};

QString methodName(crowd::AggregationMethod method); // "mv", "ds", "onecoin", "glad", "mace"
bool methodFromName(const QString& name, crowd::AggregationMethod* method);

// Runs the aggregation. `progress(done, total)` returning false cancels (Suggestions::cancelled). Majority
// vote takes a sparse path with the same result (tested against the generic one, `generic = true`), whose
// per-annotator skill/spammer maps per type stay empty (meanSpammerScore is filled).
Suggestions computeSuggestions(const ProjectSnapshot& snapshot, crowd::AggregationMethod method,
                               const std::function<bool(int, int)>& progress = {}, bool generic = false);

} // namespace kcat::team
