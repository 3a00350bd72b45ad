#pragma once

#include "compute/runs/RunStore.h"
#include "ui/experiments/RunView.h"

#include <QHash>
#include <QPointF>
#include <QStringList>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace kcat::ui {

// The Experiments page's tab for compression runs (kinds "compression.*"): per-layer sparsity and bit-width
// bars (table `layers`), weight histograms before/after (table `weight_histogram`), rho and residual curves
// (series `rho`, `residual`, `residual/<layer>`), storage against latency (table `accounting`), a Pareto
// chart of compression_rate against test_accuracy over every compression run of the workspace (and
// train.baseline runs as dense points), and exports of the chosen run's model and report.
class CompressionRunView : public RunView {
    Q_OBJECT

public:
    explicit CompressionRunView(QWidget* parent = nullptr);

    void setStore(runs::RunStore* store) override;
    void showRuns(const QVector<qint64>& ids) override;

    // What the charts show, for tests.
    qint64 currentRun() const;
    void setCurrentRun(qint64 id);
    QStringList layerNames() const { return m_layerNames; }
    double layerValue(qint64 run, const QString& layer, const QString& column) const;
    QStringList histogramLayers() const;
    // Counts of the shown histogram ("before" or "after") of the chosen layer.
    QVector<double> histogramCounts(const QString& layer, const QString& which) const;
    QStringList curveNames() const { return m_curveNames; }
    // (storage bytes, latency ms) per format of the current run's accounting table.
    QHash<QString, QPointF> accountingPoints() const { return m_accounting; }
    struct ParetoPoint {
        qint64 run = 0;
        QString kind;
        double compressionRate = 0;
        double testAccuracy = 0;
        bool onFront = false;
    };
    QVector<ParetoPoint> paretoPoints() const { return m_pareto; }
    QTabWidget* tabs() const { return m_tabs; }

    // Copies the current run's model artifacts into folder; returns the files written (empty + error).
    QStringList exportModel(const QString& folder, QString* error) const;
    // Writes report.json (the run with metrics, tables, logs, artifacts), metrics.csv (every point) and
    // tables.csv (table,row,column,value of each table's last step) into folder.
    QStringList exportReport(const QString& folder, QString* error) const;

private:
    void reload();
    void updateSummary();
    void drawLayers();
    void drawHistogram();
    void drawCurves();
    void drawAccounting();
    void drawPareto();
    QVector<runs::TableRow> lastRows(qint64 run, const QString& table) const;
    void chooseAndExport(bool model);

    runs::RunStore* m_store = nullptr;
    QComboBox* m_run;
    QPushButton* m_exportModel;
    QPushButton* m_exportReport;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QChartView* m_sparsityView;
    QChartView* m_bitsView;
    QComboBox* m_histLayer;
    QChartView* m_histView;
    QChartView* m_curveView;
    QChartView* m_accountingView;
    QChartView* m_paretoView;

    QHash<qint64, QVector<runs::TableRow>> m_tables; // run -> rows of each table's last step
    QStringList m_layerNames;
    QStringList m_curveNames;
    QHash<QString, QPointF> m_accounting;
    QVector<ParetoPoint> m_pareto;
};

} // namespace kcat::ui
