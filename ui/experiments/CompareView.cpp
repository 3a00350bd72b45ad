#include "ui/experiments/CompareView.h"

#include "ui/LiveText.h"

#include "compute/runs/SeriesMath.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QSet>
#include <QSlider>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace kcat::ui {

CompareView::CompareView(QWidget* parent)
    : QWidget(parent)
    , m_live(new LiveText(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* controls = new QHBoxLayout;
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("metric"));
    m_metric->setMinimumContentsLength(16);
    m_xAxis = new QComboBox(this);
    m_xAxis->setObjectName(QStringLiteral("xAxis"));
    m_xAxis->addItem(QString(), StepAxis);
    m_xAxis->addItem(QString(), RelativeTimeAxis);
    m_xAxis->addItem(QString(), WallTimeAxis);
    m_log = new QCheckBox(this);
    m_smoothing = new QSlider(Qt::Horizontal, this);
    m_smoothing->setObjectName(QStringLiteral("smoothing"));
    m_smoothing->setRange(0, 99);
    m_smoothing->setMaximumWidth(160);
    m_smoothingLabel = new QLabel(this);
    m_points = new QSpinBox(this);
    m_points->setRange(50, 100000);
    m_points->setValue(1000);
    m_live->add([this] {
        m_xAxis->setItemText(0, tr("Step"));
        m_xAxis->setItemText(1, tr("Relative time (s)"));
        m_xAxis->setItemText(2, tr("Wall time"));
        m_log->setText(tr("Log scale"));
        m_points->setToolTip(tr("At most this many points per line (LTTB downsampling keeps the peaks)."));
    });
    controls->addWidget(m_live->label([] { return tr("Metric:"); }, this));
    controls->addWidget(m_metric, 1);
    controls->addWidget(m_live->label([] { return tr("X:"); }, this));
    controls->addWidget(m_xAxis);
    controls->addWidget(m_log);
    controls->addWidget(m_live->label([] { return tr("Smoothing:"); }, this));
    controls->addWidget(m_smoothing);
    controls->addWidget(m_smoothingLabel);
    controls->addWidget(m_live->label([] { return tr("Points:"); }, this));
    controls->addWidget(m_points);
    layout->addLayout(controls);
    m_view = new QChartView(new QChart, this);
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    layout->addWidget(m_view, 1);
    m_smoothingLabel->setText(QStringLiteral("0.00"));
    m_live->add(
        [this] {
            m_axesMode = -1; // axis titles are written when the axes are made
            redraw();
        },
        false);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &CompareView::redraw);
    connect(m_xAxis, &QComboBox::currentIndexChanged, this, &CompareView::redraw);
    connect(m_log, &QCheckBox::toggled, this, &CompareView::redraw);
    connect(m_points, &QSpinBox::valueChanged, this, &CompareView::redraw);
    connect(m_smoothing, &QSlider::valueChanged, this, [this](int v) {
        m_smoothingLabel->setText(QString::number(v / 100.0, 'f', 2));
        redraw();
    });
}

QChart* CompareView::chart() const {
    return m_view->chart();
}

void CompareView::setStore(runs::RunStore* store) {
    m_store = store;
    m_cache.clear();
    m_keys.clear();
    m_runs.clear();
    updateMetricList();
    redraw();
}

void CompareView::setRuns(const QVector<qint64>& runIds) {
    m_runs = runIds;
    for (auto it = m_cache.begin(); it != m_cache.end();)
        it = runIds.contains(it.key()) ? std::next(it) : m_cache.erase(it);
    for (auto it = m_keys.begin(); it != m_keys.end();)
        it = runIds.contains(it.key()) ? std::next(it) : m_keys.erase(it);
    reload(runIds);
}

void CompareView::reload(const QVector<qint64>& runIds) {
    if (m_store) {
        for (qint64 id : runIds) {
            if (!m_runs.contains(id))
                continue;
            // Series are read when drawn (only the chosen metric's): see redraw().
            m_cache[id].clear();
            m_keys.insert(id, m_store->metricKeys(id));
            if (const auto r = m_store->run(id))
                m_names.insert(id, QStringLiteral("%1 #%2").arg(r->name).arg(id));
        }
    }
    updateMetricList();
    redraw();
}

void CompareView::updateMetricList() {
    QSet<QString> keys;
    for (qint64 id : std::as_const(m_runs))
        for (const QString& key : m_keys.value(id))
            keys.insert(key);
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    QStringList current;
    for (int i = 0; i < m_metric->count(); ++i)
        current << m_metric->itemText(i);
    if (current == sorted)
        return;
    const QString selected = m_metric->currentText();
    const QSignalBlocker block(m_metric);
    m_metric->clear();
    m_metric->addItems(sorted);
    int i = m_metric->findText(selected);
    if (i < 0 && m_store) {
        // Nothing chosen yet: start with the longest series (a curve, not a final single value).
        qint64 most = 0;
        for (qint64 id : std::as_const(m_runs))
            for (const runs::MetricStats& stat : m_store->stats(id))
                if (stat.count > most) {
                    most = stat.count;
                    i = m_metric->findText(stat.key);
                }
    }
    m_metric->setCurrentIndex(i >= 0 ? i : (sorted.isEmpty() ? -1 : 0));
}

void CompareView::setMetric(const QString& key) {
    const int i = m_metric->findText(key);
    if (i >= 0)
        m_metric->setCurrentIndex(i);
}

QString CompareView::metric() const {
    return m_metric->currentText();
}

void CompareView::setXAxis(XAxis axis) {
    m_xAxis->setCurrentIndex(m_xAxis->findData(axis));
}

void CompareView::setLogScale(bool on) {
    m_log->setChecked(on);
}

void CompareView::setSmoothing(double weight) {
    m_smoothing->setValue(qRound(weight * 100));
}

void CompareView::setMaxPoints(int points) {
    m_points->setValue(points);
}

int CompareView::drawnPoints(qint64 runId) const {
    return m_drawn.value(runId, 0);
}

void CompareView::resetChart(XAxis xMode, bool log) {
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    m_lines.clear();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    if (xMode == WallTimeAxis) {
        auto* axis = new QDateTimeAxis;
        axis->setFormat(QStringLiteral("HH:mm:ss"));
        axis->setTitleText(tr("Wall time"));
        m_x = axis;
    } else {
        auto* axis = new QValueAxis;
        axis->setTitleText(xMode == StepAxis ? tr("Step") : tr("Seconds since the run's first point"));
        m_x = axis;
    }
    if (log) {
        auto* axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setLabelFormat(QStringLiteral("%g"));
        m_y = axis;
    } else {
        m_y = new QValueAxis;
    }
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_axesMode = int(xMode) * 2 + (log ? 1 : 0);
}

QLineSeries* CompareView::line(int index) {
    // Series are reused between redraws: adding series to a chart costs far more than replacing points.
    while (m_lines.size() <= index) {
        auto* series = new QLineSeries;
        m_view->chart()->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_lines.push_back(series);
    }
    return m_lines[index];
}

void CompareView::redraw() {
    QChart* chart = m_view->chart();
    m_drawn.clear();
    const QString key = metric();
    const XAxis xMode = XAxis(m_xAxis->currentData().toInt());
    const bool log = m_log->isChecked();
    const double weight = m_smoothing->value() / 100.0;
    if (m_axesMode != int(xMode) * 2 + (log ? 1 : 0))
        resetChart(xMode, log);
    chart->setTitle(key);
    m_y->setTitleText(key);

    double minX = std::numeric_limits<double>::max(), maxX = std::numeric_limits<double>::lowest();
    double minY = std::numeric_limits<double>::max(), maxY = std::numeric_limits<double>::lowest();
    const QList<QColor> palette{QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728),
                                QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x7f7f7f),
                                QColor(0xbcbd22), QColor(0x17becf)};
    int colorIndex = 0;
    int used = 0;
    if (m_store) {
        // The runs whose series of this key are not cached yet are read together in one query.
        QVector<qint64> missing;
        for (qint64 id : std::as_const(m_runs))
            if (m_keys.value(id).contains(key) && !m_cache.value(id).contains(key))
                missing << id;
        if (!missing.isEmpty()) {
            QHash<qint64, QVector<runs::MetricPoint>> read = m_store->series(missing, key);
            for (qint64 id : std::as_const(missing))
                m_cache[id].insert(key, read.take(id));
        }
    }
    for (qint64 id : std::as_const(m_runs)) {
        if (!m_store || !m_keys.value(id).contains(key))
            continue;
        const QVector<runs::MetricPoint>& points = m_cache[id][key];
        if (points.isEmpty())
            continue;
        QVector<QPointF> raw;
        raw.reserve(points.size());
        const qint64 t0 = points.front().wallMs;
        for (const runs::MetricPoint& p : points) {
            if (log && p.value <= 0)
                continue;
            const double x = xMode == StepAxis           ? double(p.step)
                             : xMode == RelativeTimeAxis ? (p.wallMs - t0) / 1000.0
                                                         : double(p.wallMs);
            raw.push_back({x, p.value});
        }
        const QVector<QPointF> drawn = runs::lttb(raw, m_points->value());
        m_drawn.insert(id, drawn.size());
        for (const QPointF& p : drawn) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
        const QColor color = palette.at(colorIndex++ % palette.size());
        QLineSeries* rawLine = line(used++);
        rawLine->setName(m_names.value(id, QString::number(id)));
        QColor rawColor = color;
        if (weight > 0)
            rawColor.setAlpha(70);
        rawLine->setPen(QPen(rawColor, 1.5));
        rawLine->replace(QList<QPointF>(drawn.cbegin(), drawn.cend()));
        if (weight > 0) {
            QVector<double> values(raw.size());
            for (int i = 0; i < raw.size(); ++i)
                values[i] = raw[i].y();
            const QVector<double> s = runs::emaSmooth(values, weight);
            QVector<QPointF> smooth = raw;
            for (int i = 0; i < smooth.size(); ++i)
                smooth[i].setY(s[i]);
            const QVector<QPointF> sd = runs::lttb(smooth, m_points->value());
            QLineSeries* smoothLine = line(used++);
            smoothLine->setName(tr("%1 (smoothed)").arg(rawLine->name()));
            smoothLine->setPen(QPen(color, 2));
            smoothLine->replace(QList<QPointF>(sd.cbegin(), sd.cend()));
        }
    }
    while (m_lines.size() > used) {
        QLineSeries* series = m_lines.takeLast();
        chart->removeSeries(series);
        delete series;
    }
    if (minX <= maxX) {
        if (minX == maxX)
            maxX = minX + 1;
        if (xMode == WallTimeAxis)
            static_cast<QDateTimeAxis*>(m_x)->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX)),
                                                       QDateTime::fromMSecsSinceEpoch(qint64(maxX)));
        else
            m_x->setRange(minX, maxX);
        if (minY == maxY)
            maxY = minY + (log ? minY : 1.0);
        if (log)
            m_y->setRange(minY, maxY);
        else
            m_y->setRange(minY - 0.05 * (maxY - minY), maxY + 0.05 * (maxY - minY));
    }
}

bool CompareView::exportImage(const QString& path, QString* error) const {
    const QSize size = m_view->size().isEmpty() ? QSize(1000, 600) : m_view->size();
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(metric());
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("%1: cannot write the SVG file").arg(path);
            return false;
        }
        m_view->render(&painter);
        painter.end();
        return true;
    }
    const QPixmap pixmap = m_view->grab();
    if (!pixmap.save(path)) {
        *error = tr("%1: cannot write the image (use .png or .svg)").arg(path);
        return false;
    }
    return true;
}

} // namespace kcat::ui
