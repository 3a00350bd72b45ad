#include "ui/experiments/ScatterView.h"

#include "ui/LiveText.h"

#include "compute/runs/SeriesMath.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <limits>

namespace kcat::ui {

ScatterView::ScatterView(QWidget* parent)
    : QWidget(parent)
    , m_live(new LiveText(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* controls = new QHBoxLayout;
    m_x = new QComboBox(this);
    m_y = new QComboBox(this);
    m_x->setObjectName(QStringLiteral("scatterX"));
    m_y->setObjectName(QStringLiteral("scatterY"));
    controls->addWidget(m_live->label([] { return tr("X metric:"); }, this));
    controls->addWidget(m_x, 1);
    controls->addWidget(m_live->label([] { return tr("Y metric:"); }, this));
    controls->addWidget(m_y, 1);
    layout->addLayout(controls);
    m_view = new QChartView(new QChart, this);
    layout->addWidget(m_view, 1);
    connect(m_x, &QComboBox::currentIndexChanged, this, &ScatterView::redraw);
    connect(m_y, &QComboBox::currentIndexChanged, this, &ScatterView::redraw);
}

void ScatterView::setModel(runs::RunTableModel* model) {
    m_model = model;
    refresh();
}

void ScatterView::setRuns(const QVector<qint64>& ids) {
    m_ids = ids;
    redraw();
}

void ScatterView::setMetrics(const QString& x, const QString& y) {
    m_x->setCurrentText(x);
    m_y->setCurrentText(y);
}

void ScatterView::refresh() {
    updateMetricLists();
    redraw();
}

void ScatterView::updateMetricLists() {
    const QStringList keys = m_model ? m_model->metricKeys() : QStringList();
    for (QComboBox* box : {m_x, m_y}) {
        QStringList current;
        for (int i = 0; i < box->count(); ++i)
            current << box->itemText(i);
        if (current == keys)
            continue;
        const QString selected = box->currentText();
        const QSignalBlocker block(box);
        box->clear();
        box->addItems(keys);
        const int i = box->findText(selected);
        box->setCurrentIndex(i >= 0 ? i : (keys.isEmpty() ? -1 : (box == m_y && keys.size() > 1 ? 1 : 0)));
    }
}

void ScatterView::redraw() {
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_front.clear();
    if (!m_model || m_x->currentIndex() < 0 || m_y->currentIndex() < 0)
        return;
    const runs::MetricColumn xc{m_x->currentText(), runs::MetricStat::Last};
    const runs::MetricColumn yc{m_y->currentText(), runs::MetricStat::Last};
    QVector<QPointF> points;
    QVector<qint64> ids;
    QString kind;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const runs::RunRecord& r = m_model->run(row);
        if (!m_ids.isEmpty() && !m_ids.contains(r.id))
            continue;
        const auto x = m_model->statValue(row, xc);
        const auto y = m_model->statValue(row, yc);
        if (!x || !y)
            continue;
        points.push_back({*x, *y});
        ids.push_back(r.id);
        kind = r.kind;
    }
    chart->setTitle(tr("%1 against %2 (last values)").arg(yc.key, xc.key));
    auto* scatter = new QScatterSeries;
    scatter->setName(tr("Runs"));
    scatter->setMarkerSize(9);
    scatter->replace(QList<QPointF>(points.cbegin(), points.cend()));
    auto* front = new QLineSeries;
    front->setName(tr("Pareto front"));
    front->setPen(QPen(QColor(0xd62728), 2));
    const auto& registry = runs::RunKindRegistry::instance();
    const QVector<int> onFront =
        runs::paretoFront(points, registry.goalFor(kind, xc.key), registry.goalFor(kind, yc.key));
    for (int i : onFront) {
        front->append(points[i]);
        m_front.push_back(ids[i]);
    }
    chart->addSeries(scatter);
    chart->addSeries(front);
    auto* xAxis = new QValueAxis;
    auto* yAxis = new QValueAxis;
    xAxis->setTitleText(xc.key);
    yAxis->setTitleText(yc.key);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    if (!points.isEmpty()) {
        double x0 = std::numeric_limits<double>::max(), x1 = std::numeric_limits<double>::lowest();
        double y0 = x0, y1 = x1;
        for (const QPointF& p : points) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
        const double dx = x1 > x0 ? 0.05 * (x1 - x0) : 0.5, dy = y1 > y0 ? 0.05 * (y1 - y0) : 0.5;
        xAxis->setRange(x0 - dx, x1 + dx);
        yAxis->setRange(y0 - dy, y1 + dy);
    }
}

} // namespace kcat::ui
