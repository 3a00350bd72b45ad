#pragma once

// Builds the Qt Charts of the Manage page's dashboards from the library's numbers (annotation/team).

#include "annotation/team/Dashboard.h"

class QChart;

namespace kcat::ui {

class ManageCharts {
    Q_DECLARE_TR_FUNCTIONS(kcat::ui::ManageCharts)

public:
    // Cells as square markers coloured from white (0) to dark blue (1); NaN cells are left out.
    static QChart* heatMap(const team::HeatMap& map, const QString& xTitle, const QString& yTitle);
    static QChart* accuracy(const team::ChartTable& accuracy);
    static QChart* progress(const team::ChartTable& progress);
    static QChart* histogram(const team::ChartTable& histogram);
    static QChart* typeSetSize(const std::vector<team::TypeSetSizePoint>& points);
    static QChart* confusionPairs(const team::ChartTable& pairs);
};

} // namespace kcat::ui
