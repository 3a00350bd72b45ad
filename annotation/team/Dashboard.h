#pragma once

// The numbers behind every chart of the Manage page, computed from a snapshot and its suggestions on any
// thread. Each chart is a ChartTable (its CSV export); heat maps also keep their matrix.

#include "annotation/team/Suggestions.h"

#include <QVariant>

namespace kcat::team {

struct ChartTable {
    QString name; // file-friendly: "agreement", "accuracy", ...
    QStringList columns;
    QVector<QVariantList> rows;
    // RFC 4180 CSV with a header line; numbers in C locale.
    QByteArray csv() const;
};

struct HeatMap {
    QStringList rows, columns;
    std::vector<double> values; // rows × columns, row-major; NaN = no data
    double at(int r, int c) const { return values[size_t(r) * size_t(columns.size()) + size_t(c)]; }
};

struct TypeSetSizePoint {
    int typeSetSize = 0;
    bool constrained = false;
    int mentions = 0;
    double meanSeconds = 0, meanActions = 0;
};

struct Dashboard {
    // Exact type-set agreement per annotator pair (percent of shared mentions with equal sets).
    HeatMap agreement;
    ChartTable agreementTable;
    ChartTable accuracy; // per annotator: gold and consensus accuracy, spammer score
    // Per annotator: reference top-level type (gold, else the suggestion) × given top-level type, row shares.
    std::vector<HeatMap> confusion;
    ChartTable confusionTable;
    ChartTable progress;         // per annotator: assigned documents/mentions, done
    ChartTable documentProgress; // per document: annotators assigned, labels done, agreement
    std::vector<double> seconds; // every cost row's seconds per mention
    ChartTable histogram;        // bins of seconds per mention
    std::vector<TypeSetSizePoint> typeSetSize;
    ChartTable typeSetSizeTable;
    int costsWithoutContext = 0; // cost rows without team_cost_context (left out of the experiment)
    ChartTable confusionPairs;   // most mixed-up leaf type pairs
};

// Histogram bin width for seconds per mention: the Freedman–Diaconis rule, at least 0.1 s.
Dashboard computeDashboard(const ProjectSnapshot& snapshot, const Suggestions& suggestions);

} // namespace kcat::team
