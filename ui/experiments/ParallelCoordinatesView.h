#pragma once

#include "compute/runs/RunTableModel.h"

#include <QWidget>

class QChartView;
class QComboBox;

namespace kcat::ui {

class LiveText;

// Parallel coordinates of the runs' parameters against a chosen metric (last value): one vertical axis per
// parameter that varies among the shown runs plus the metric, each scaled to [0, 1] (text values by their
// sorted order), one line per run coloured from blue (worst) to red (best) by the metric's goal.
class ParallelCoordinatesView : public QWidget {
    Q_OBJECT

public:
    explicit ParallelCoordinatesView(QWidget* parent = nullptr);

    void setModel(runs::RunTableModel* model);
    void setRuns(const QVector<qint64>& ids); // empty: every row of the model
    void setMetric(const QString& key);
    void refresh();

    QStringList axes() const { return m_axes; } // parameter names, then the metric
    // A run's line in axis order, each coordinate in [0, 1] (what the chart draws).
    QVector<double> line(qint64 runId) const { return m_lines.value(runId); }
    QChartView* chartView() const { return m_view; }

private:
    void redraw();

    runs::RunTableModel* m_model = nullptr;
    QVector<qint64> m_ids;
    QStringList m_axes;
    QHash<qint64, QVector<double>> m_lines;
    QComboBox* m_metric;
    QChartView* m_view;
    LiveText* m_live;
};

} // namespace kcat::ui
