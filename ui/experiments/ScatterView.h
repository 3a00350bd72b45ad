#pragma once

#include "compute/runs/RunTableModel.h"

#include <QWidget>

class QChartView;
class QComboBox;

namespace kcat::ui {

class LiveText;

// A scatter of two final metrics (each run's last value) over the runs shown in the table, with the Pareto
// front of the two (by each metric's goal) drawn as a line.
class ScatterView : public QWidget {
    Q_OBJECT

public:
    explicit ScatterView(QWidget* parent = nullptr);

    // The runs come from the table model (rows of the given ids; all rows when ids is empty).
    void setModel(runs::RunTableModel* model);
    void setRuns(const QVector<qint64>& ids);
    void setMetrics(const QString& x, const QString& y);
    void refresh();
    // Run ids on the front, in x order (what the chart marks).
    QVector<qint64> front() const { return m_front; }
    QChartView* chartView() const { return m_view; }

private:
    void updateMetricLists();
    void redraw();

    runs::RunTableModel* m_model = nullptr;
    QVector<qint64> m_ids;
    QVector<qint64> m_front;
    QComboBox* m_x;
    QComboBox* m_y;
    QChartView* m_view;
    LiveText* m_live;
};

} // namespace kcat::ui
