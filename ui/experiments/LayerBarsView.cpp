#include "ui/experiments/LayerBarsView.h"

#include "ui/LiveText.h"

#include "compute/core/Json.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace kcat::ui {

LayerBarsView::LayerBarsView(QWidget* parent)
    : QWidget(parent)
    , m_live(new LiveText(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* controls = new QHBoxLayout;
    m_table = new QComboBox(this);
    m_column = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("layerTable"));
    m_column->setObjectName(QStringLiteral("layerColumn"));
    controls->addWidget(m_live->label([] { return tr("Table:"); }, this));
    controls->addWidget(m_table, 1);
    controls->addWidget(m_live->label([] { return tr("Value:"); }, this));
    controls->addWidget(m_column, 1);
    layout->addLayout(controls);
    m_view = new QChartView(new QChart, this);
    layout->addWidget(m_view, 1);
    connect(m_table, &QComboBox::currentIndexChanged, this, [this] {
        // The value columns of the chosen table.
        QSet<QString> columns;
        for (const auto& perRun : std::as_const(m_rows))
            for (const runs::TableRow& r : perRun.value(m_table->currentText()))
                for (auto it = r.values.begin(); it != r.values.end(); ++it)
                    if (it.value().is_number())
                        columns.insert(QString::fromStdString(it.key()));
        QStringList sorted(columns.cbegin(), columns.cend());
        sorted.sort();
        const QString selected = m_column->currentText();
        const QSignalBlocker block(m_column);
        m_column->clear();
        m_column->addItems(sorted);
        m_column->setCurrentIndex(std::max(0, m_column->findText(selected)));
        redraw();
    });
    connect(m_column, &QComboBox::currentIndexChanged, this, &LayerBarsView::redraw);
}

void LayerBarsView::setStore(runs::RunStore* store) {
    m_store = store;
    m_ids.clear();
    reload();
}

void LayerBarsView::setRuns(const QVector<qint64>& ids) {
    m_ids = ids;
    reload();
}

void LayerBarsView::setTable(const QString& table, const QString& column) {
    m_table->setCurrentText(table);
    m_column->setCurrentText(column);
}

void LayerBarsView::refresh() {
    reload();
}

void LayerBarsView::reload() {
    m_rows.clear();
    QSet<QString> tables;
    if (m_store) {
        for (qint64 id : std::as_const(m_ids)) {
            QHash<QString, qint64> lastStep;
            const QVector<runs::TableRow> rows = m_store->tableRows(id);
            for (const runs::TableRow& r : rows)
                lastStep[r.table] = std::max(lastStep.value(r.table, r.step), r.step);
            for (const runs::TableRow& r : rows)
                if (r.step == lastStep.value(r.table))
                    m_rows[id][r.table].push_back(r);
            for (auto it = lastStep.cbegin(); it != lastStep.cend(); ++it)
                tables.insert(it.key());
        }
    }
    QStringList sorted(tables.cbegin(), tables.cend());
    sorted.sort();
    const QString selected = m_table->currentText();
    {
        const QSignalBlocker block(m_table);
        m_table->clear();
        m_table->addItems(sorted);
        m_table->setCurrentIndex(sorted.isEmpty() ? -1 : std::max(0, m_table->findText(selected)));
    }
    Q_EMIT m_table->currentIndexChanged(m_table->currentIndex());
}

double LayerBarsView::value(qint64 runId, const QString& layer) const {
    return m_values.value(runId).value(layer, qQNaN());
}

void LayerBarsView::redraw() {
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_layers.clear();
    m_values.clear();
    const QString table = m_table->currentText();
    const std::string column = m_column->currentText().toStdString();
    if (table.isEmpty() || column.empty())
        return;
    for (qint64 id : std::as_const(m_ids))
        for (const runs::TableRow& r : m_rows.value(id).value(table)) {
            if (!m_layers.contains(r.row))
                m_layers << r.row;
            if (r.values.contains(column) && r.values[column].is_number())
                m_values[id].insert(r.row, r.values[column].get<double>());
        }
    auto* series = new QBarSeries;
    double hi = 0, lo = 0;
    for (qint64 id : std::as_const(m_ids)) {
        if (!m_values.contains(id))
            continue;
        auto* set = new QBarSet(QStringLiteral("#%1").arg(id));
        for (const QString& layer : std::as_const(m_layers)) {
            const double v = value(id, layer);
            set->append(std::isnan(v) ? 0.0 : v);
            hi = std::max(hi, std::isnan(v) ? 0.0 : v);
            lo = std::min(lo, std::isnan(v) ? 0.0 : v);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(m_layers);
    auto* yAxis = new QValueAxis;
    yAxis->setTitleText(QString::fromStdString(column));
    yAxis->setRange(lo, hi > lo ? hi * 1.05 : lo + 1);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    chart->setTitle(tr("%1 per layer (last step)").arg(table));
}

} // namespace kcat::ui
