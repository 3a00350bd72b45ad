#include "ui/experiments/ParallelCoordinatesView.h"

#include "ui/LiveText.h"

#include "compute/core/Json.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <limits>
#include <map>

namespace kcat::ui {

ParallelCoordinatesView::ParallelCoordinatesView(QWidget* parent)
    : QWidget(parent)
    , m_live(new LiveText(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* controls = new QHBoxLayout;
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("parallelMetric"));
    controls->addWidget(m_live->label([] { return tr("Metric:"); }, this));
    controls->addWidget(m_metric, 1);
    layout->addLayout(controls);
    m_view = new QChartView(new QChart, this);
    m_view->chart()->legend()->hide();
    layout->addWidget(m_view, 1);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ParallelCoordinatesView::redraw);
}

void ParallelCoordinatesView::setModel(runs::RunTableModel* model) {
    m_model = model;
    refresh();
}

void ParallelCoordinatesView::setRuns(const QVector<qint64>& ids) {
    m_ids = ids;
    redraw();
}

void ParallelCoordinatesView::setMetric(const QString& key) {
    m_metric->setCurrentText(key);
}

void ParallelCoordinatesView::refresh() {
    const QStringList keys = m_model ? m_model->metricKeys() : QStringList();
    QStringList current;
    for (int i = 0; i < m_metric->count(); ++i)
        current << m_metric->itemText(i);
    if (current != keys) {
        const QString selected = m_metric->currentText();
        const QSignalBlocker block(m_metric);
        m_metric->clear();
        m_metric->addItems(keys);
        m_metric->setCurrentIndex(std::max(0, m_metric->findText(selected)));
    }
    redraw();
}

void ParallelCoordinatesView::redraw() {
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_axes.clear();
    m_lines.clear();
    const QString metric = m_metric->currentText();
    if (!m_model || metric.isEmpty())
        return;
    QVector<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_ids.isEmpty() || m_ids.contains(m_model->run(row).id))
            if (m_model->statValue(row, {metric, runs::MetricStat::Last}))
                rows << row;
    if (rows.isEmpty())
        return;
    // Raw coordinate of each run on each axis; text values become their rank among the distinct values.
    QVector<QVector<double>> columns;
    for (const QString& name : m_model->parameterNames()) {
        const std::string key = name.toStdString();
        std::map<std::string, int> texts;
        for (int row : rows) {
            const auto& p = m_model->run(row).parameters;
            if (p.contains(key) && !p[key].is_number() && !p[key].is_boolean())
                texts.emplace(p[key].dump(), 0);
        }
        int rank = 0;
        for (auto& [text, index] : texts)
            index = rank++;
        QVector<double> values;
        for (int row : rows) {
            const auto& p = m_model->run(row).parameters;
            if (!p.contains(key))
                values << qQNaN();
            else if (p[key].is_number())
                values << p[key].get<double>();
            else if (p[key].is_boolean())
                values << (p[key].get<bool>() ? 1.0 : 0.0);
            else
                values << double(texts[p[key].dump()]);
        }
        double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
        for (double v : values)
            if (!std::isnan(v))
                lo = std::min(lo, v), hi = std::max(hi, v);
        if (!(lo < hi))
            continue; // a parameter the shown runs share (or lack) says nothing here
        m_axes << name;
        columns << values;
    }
    QVector<double> metricValues;
    for (int row : rows)
        metricValues << *m_model->statValue(row, {metric, runs::MetricStat::Last});
    m_axes << metric;
    columns << metricValues;
    for (QVector<double>& c : columns) {
        double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
        for (double v : c)
            if (!std::isnan(v))
                lo = std::min(lo, v), hi = std::max(hi, v);
        for (double& v : c)
            v = hi > lo ? (v - lo) / (hi - lo) : 0.5;
    }
    auto* xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < m_axes.size(); ++i)
        xAxis->append(m_axes[i], i);
    xAxis->setRange(0, std::max(1, int(m_axes.size()) - 1));
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, 1);
    yAxis->setTitleText(tr("scaled to [0, 1]"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    const kcat::runs::MetricGoal goal =
        runs::RunKindRegistry::instance().goalFor(m_model->run(rows.front()).kind, metric);
    for (int i = 0; i < rows.size(); ++i) {
        const qint64 id = m_model->run(rows[i]).id;
        auto* series = new QLineSeries;
        QVector<double> coords;
        for (int a = 0; a < columns.size(); ++a) {
            coords << columns[a][i];
            if (!std::isnan(columns[a][i]))
                series->append(a, columns[a][i]);
        }
        m_lines.insert(id, coords);
        const double quality =
            goal == runs::MetricGoal::Maximize ? columns.back()[i] : 1.0 - columns.back()[i];
        series->setPen(QPen(QColor::fromHsvF(0.66 * (1.0 - quality), 0.85, 0.85), 1.5));
        series->setName(m_model->run(rows[i]).name);
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    chart->setTitle(tr("Parameters against %1").arg(metric));
}

} // namespace kcat::ui
