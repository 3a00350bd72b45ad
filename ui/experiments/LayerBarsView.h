#pragma once

#include "compute/runs/RunStore.h"

#include <QWidget>

class QChartView;
class QComboBox;

namespace kcat::ui {

class LiveText;

// Per-layer bar charts: for a chosen per-layer table (e.g. "sparsity") and value column, one bar group per
// row (layer) with one bar per selected run, from each run's last recorded step of that table.
class LayerBarsView : public QWidget {
    Q_OBJECT

public:
    explicit LayerBarsView(QWidget* parent = nullptr);

    void setStore(runs::RunStore* store);
    void setRuns(const QVector<qint64>& ids);
    void setTable(const QString& table, const QString& column);
    void refresh();

    QStringList layers() const { return m_layers; }
    // The bar of a run on a layer (NaN when it has none).
    double value(qint64 runId, const QString& layer) const;
    QChartView* chartView() const { return m_view; }

private:
    void reload();
    void redraw();

    runs::RunStore* m_store = nullptr;
    QVector<qint64> m_ids;
    // run -> table -> rows of the last step
    QHash<qint64, QHash<QString, QVector<runs::TableRow>>> m_rows;
    QStringList m_layers;
    QHash<qint64, QHash<QString, double>> m_values;
    QComboBox* m_table;
    QComboBox* m_column;
    QChartView* m_view;
    LiveText* m_live;
};

} // namespace kcat::ui
