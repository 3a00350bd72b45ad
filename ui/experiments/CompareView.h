#pragma once

#include "compute/runs/RunStore.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QAbstractAxis;
class QLabel;
class QLineSeries;
class QSlider;
class QSpinBox;

namespace kcat::ui {

class LiveText;

// Overlaid metric charts of the selected runs: one line per run for the chosen metric, x = step, time
// since the run's first point, or wall-clock time; linear or log y; EMA smoothing (the raw line stays
// faint behind); each line downsampled with LTTB to at most "points" points (default 1,000, about one
// per pixel) so peaks survive.
class CompareView : public QWidget {
    Q_OBJECT

public:
    enum XAxis { StepAxis, RelativeTimeAxis, WallTimeAxis };

    explicit CompareView(QWidget* parent = nullptr);

    void setStore(runs::RunStore* store);
    void setRuns(const QVector<qint64>& runIds);
    QVector<qint64> runs() const { return m_runs; }
    // Re-reads the series of the given runs (new points of running runs), keeping the view's settings.
    void reload(const QVector<qint64>& runIds);
    void reloadAll() { reload(m_runs); }

    void setMetric(const QString& key);
    QString metric() const;
    void setXAxis(XAxis axis);
    void setLogScale(bool on);
    void setSmoothing(double weight); // [0, 0.99]
    void setMaxPoints(int points);

    QChart* chart() const;
    QChartView* chartView() const { return m_view; }
    // Points drawn of a run's (raw) line: what the live test watches.
    int drawnPoints(qint64 runId) const;
    // Saves the chart as PNG or SVG by the file's suffix; false with error set on failure.
    bool exportImage(const QString& path, QString* error) const;

private:
    void updateMetricList();
    void redraw();
    void resetChart(XAxis xMode, bool log);
    QLineSeries* line(int index);

    LiveText* m_live;
    runs::RunStore* m_store = nullptr;
    QVector<qint64> m_runs;
    QHash<qint64, QHash<QString, QVector<runs::MetricPoint>>> m_cache;
    QHash<qint64, QStringList> m_keys; // metric keys of each shown run
    QHash<qint64, QString> m_names;
    QHash<qint64, int> m_drawn;
    QComboBox* m_metric;
    QComboBox* m_xAxis;
    QCheckBox* m_log;
    QSlider* m_smoothing;
    QLabel* m_smoothingLabel;
    QSpinBox* m_points;
    QChartView* m_view;
    QVector<QLineSeries*> m_lines;
    QAbstractAxis* m_x = nullptr;
    QAbstractAxis* m_y = nullptr;
    int m_axesMode = -1;
};

} // namespace kcat::ui
