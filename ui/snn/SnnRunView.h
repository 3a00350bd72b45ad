#pragma once

#include "ui/experiments/RunView.h"

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace kcat::snn {
class SnnRunsModel;
}

namespace kcat::ui {

// The SNN tab of the Experiments page, for snn.* runs: one chart at a time above a table of the selected
// runs (node, backward, T, accuracy, memory, times) —
//  - memory against T, one line per node/backward (the headline chart),
//  - seconds per epoch and test accuracy over training, one line per run,
//  - spike rates per layer (bars, one set per run),
//  - membrane-potential traces of a few neurons for one test image, with the threshold and the spikes,
//  - a raster of one layer for that image (one run, one layer).
class SnnRunView : public RunView {
    Q_OBJECT

public:
    enum Chart { Memory, EpochTime, Accuracy, SpikeRates, Membrane, Raster };

    explicit SnnRunView(QWidget* parent = nullptr);

    void setStore(runs::RunStore* store) override;
    void showRuns(const QVector<qint64>& ids) override;

    void setChart(Chart chart);
    Chart chart() const;
    // The run and layer of the membrane and raster charts.
    void setRun(qint64 id);
    void setLayer(const QString& layer);
    QChartView* chartView() const { return m_view; }
    snn::SnnRunsModel* model() const { return m_model; }
    QString message() const; // shown instead of a chart when the selection has nothing to draw

private:
    void fillChoosers();
    void redraw();
    void drawMemory(QChart* chart);
    void drawSeries(QChart* chart, const QString& key, const QString& yTitle, double scale);
    void drawSpikeRates(QChart* chart);
    void drawMembrane(QChart* chart);
    void drawRaster(QChart* chart);
    int currentRunIndex() const;

    snn::SnnRunsModel* m_model;
    QComboBox* m_chart;
    QComboBox* m_run;
    QComboBox* m_layer;
    QLabel* m_message;
    QChartView* m_view;
    QTableView* m_table;
};

} // namespace kcat::ui
