#pragma once

#include "ui/experiments/RunView.h"

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;

namespace kcat::ui {

// The training-balance tab: for balance.* runs, one chart at a time —
//  - Gantt: replicas × micro-batches of one iteration of one run (measure runs: measured and predicted
//    rows per rank),
//  - sequence-length histogram (all selected runs),
//  - imbalance max/mean over iterations (all selected runs),
//  - speed-up bars per baseline (all selected runs),
//  - predicted vs measured (one run: calibration points with the fitted curve, or a micro-run's iterations).
class BalanceRunView : public RunView {
    Q_OBJECT

public:
    enum Chart { Gantt, Histogram, Imbalance, Speedup, Prediction };

    explicit BalanceRunView(QWidget* parent = nullptr);

    void setStore(runs::RunStore* store) override;
    void showRuns(const QVector<qint64>& ids) override;

    void setChart(Chart chart);
    Chart chart() const;
    // The run the per-run charts (Gantt, predicted vs measured) show, and the Gantt iteration.
    void setRun(qint64 id);
    void setIteration(qint64 step);
    QChartView* chartView() const { return m_view; }
    QString message() const; // shown instead of a chart when the selection has nothing to draw

private:
    void fillRuns();
    void fillIterations();
    void redraw();
    void drawGantt(QChart* chart);
    void drawHistogram(QChart* chart);
    void drawImbalance(QChart* chart);
    void drawSpeedup(QChart* chart);
    void drawPrediction(QChart* chart);
    QString runLabel(qint64 id) const;

    runs::RunStore* m_store = nullptr;
    QComboBox* m_chart;
    QComboBox* m_run;
    QSpinBox* m_iteration;
    QLabel* m_message;
    QChartView* m_view;
    QVector<qint64> m_steps; // Gantt steps of the current run
};

} // namespace kcat::ui
