#include "ui/snn/SnnRunView.h"

#include "ui/LiveText.h"

#include "compute/snn/SnnRunsModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace kcat::ui {

namespace {

QValueAxis* valueAxis(const QString& title) {
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.4g"));
    return axis;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y) {
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

SnnRunView::SnnRunView(QWidget* parent)
    : RunView(parent)
    , m_model(new snn::SnnRunsModel(this))
    , m_chart(new QComboBox)
    , m_run(new QComboBox)
    , m_layer(new QComboBox)
    , m_message(new QLabel)
    , m_view(new QChartView)
    , m_table(new QTableView) {
    m_chart->setObjectName(QStringLiteral("snnChart"));
    m_run->setObjectName(QStringLiteral("snnRun"));
    m_layer->setObjectName(QStringLiteral("snnLayer"));
    m_view->setObjectName(QStringLiteral("snnChartView"));
    m_table->setObjectName(QStringLiteral("snnTable"));
    for (int chart : {Memory, EpochTime, Accuracy, SpikeRates, Membrane, Raster})
        m_chart->addItem(QString(), chart);
    auto* live = new LiveText(this);
    live->add([this] {
        const QStringList titles{tr("Memory against T"),      tr("Time per epoch"),      tr("Accuracy"),
                                 tr("Spike rates per layer"), tr("Membrane potentials"), tr("Raster")};
        for (int i = 0; i < titles.size(); ++i)
            m_chart->setItemText(i, titles[i]);
    });
    m_view->setRenderHint(QPainter::Antialiasing);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setMaximumHeight(170);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();

    auto* bar = new QHBoxLayout;
    bar->addWidget(live->label([] { return tr("Chart:"); }, this));
    bar->addWidget(m_chart);
    bar->addWidget(live->label([] { return tr("Run:"); }, this));
    bar->addWidget(m_run, 1);
    bar->addWidget(live->label([] { return tr("Layer:"); }, this));
    bar->addWidget(m_layer);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_table);

    connect(m_chart, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    connect(m_run, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
}

void SnnRunView::setStore(runs::RunStore* store) {
    m_model->setStore(store);
}

void SnnRunView::showRuns(const QVector<qint64>& ids) {
    m_shown = ids;
    m_model->setRuns(ids);
    fillChoosers();
    redraw();
}

void SnnRunView::setChart(Chart chart) {
    m_chart->setCurrentIndex(m_chart->findData(int(chart)));
}

SnnRunView::Chart SnnRunView::chart() const {
    return Chart(m_chart->currentData().toInt());
}

void SnnRunView::setRun(qint64 id) {
    m_run->setCurrentIndex(m_run->findData(id));
}

void SnnRunView::setLayer(const QString& layer) {
    m_layer->setCurrentIndex(m_layer->findText(layer));
}

QString SnnRunView::message() const {
    return m_message->isVisible() ? m_message->text() : QString();
}

void SnnRunView::fillChoosers() {
    const QSignalBlocker blockRun(m_run), blockLayer(m_layer);
    const qint64 previous = m_run->currentData().toLongLong();
    const QString previousLayer = m_layer->currentText();
    m_run->clear();
    QStringList layers;
    for (const auto& d : m_model->runData()) {
        m_run->addItem(QStringLiteral("#%1 %2, T = %3").arg(d.id).arg(d.method()).arg(d.timesteps), d.id);
        for (const auto& r : d.rasters)
            if (!layers.contains(r.layer))
                layers << r.layer;
    }
    m_layer->clear();
    m_layer->addItems(layers);
    if (m_run->findData(previous) >= 0)
        m_run->setCurrentIndex(m_run->findData(previous));
    if (m_layer->findText(previousLayer) >= 0)
        m_layer->setCurrentIndex(m_layer->findText(previousLayer));
}

int SnnRunView::currentRunIndex() const {
    const qint64 id = m_run->currentData().toLongLong();
    const auto& runs = m_model->runData();
    for (int i = 0; i < runs.size(); ++i)
        if (runs[i].id == id)
            return i;
    return -1;
}

void SnnRunView::redraw() {
    const bool perRun = chart() == Membrane || chart() == Raster;
    m_run->setEnabled(perRun);
    m_layer->setEnabled(perRun);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_message->hide();
    if (m_model->runData().isEmpty()) {
        m_message->setText(tr("Select snn.train runs to see them here."));
    } else {
        switch (this->chart()) {
        case Memory:
            drawMemory(chart);
            break;
        case EpochTime:
            drawSeries(chart, QStringLiteral("epoch_seconds"), tr("Seconds per epoch"), 1.0);
            break;
        case Accuracy:
            drawSeries(chart, QStringLiteral("test_accuracy"), tr("Test accuracy (%)"), 100.0);
            break;
        case SpikeRates:
            drawSpikeRates(chart);
            break;
        case Membrane:
            drawMembrane(chart);
            break;
        case Raster:
            drawRaster(chart);
            break;
        }
    }
    if (chart->series().isEmpty() && m_message->text().isEmpty())
        m_message->setText(tr("The selected runs have nothing to draw here yet."));
    m_message->setVisible(chart->series().isEmpty());
    if (!chart->series().isEmpty())
        m_message->clear();
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void SnnRunView::drawMemory(QChart* chart) {
    chart->setTitle(tr("Peak training memory against time steps"));
    const auto lines = m_model->memoryAgainstTimesteps();
    if (lines.isEmpty())
        return;
    auto* x = valueAxis(tr("Time steps T"));
    auto* y = valueAxis(tr("Peak memory (MiB)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double maxT = 0, maxY = 0;
    for (auto it = lines.begin(); it != lines.end(); ++it) {
        auto* line = new QLineSeries;
        auto* dots = new QScatterSeries;
        line->setName(it.key());
        dots->setMarkerSize(8);
        for (const QPointF& p : it.value()) {
            const QPointF q(p.x(), p.y() / 1048576.0);
            line->append(q);
            dots->append(q);
            maxT = std::max(maxT, q.x());
            maxY = std::max(maxY, q.y());
        }
        attach(chart, line, x, y);
        attach(chart, dots, x, y);
        dots->setColor(line->color());
        chart->legend()->markers(dots).first()->setVisible(false);
    }
    x->setRange(0, maxT * 1.05 + 1);
    y->setRange(0, maxY * 1.1 + 0.01);
}

void SnnRunView::drawSeries(QChart* chart, const QString& key, const QString& yTitle, double scale) {
    chart->setTitle(yTitle);
    auto* x = valueAxis(key == QLatin1String("epoch_seconds") ? tr("Epoch") : tr("Training step"));
    auto* y = valueAxis(yTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double maxX = 0, maxY = 0;
    for (const auto& d : m_model->runData()) {
        const QVector<QPointF> points = d.series.value(key);
        if (points.isEmpty())
            continue;
        auto* line = new QLineSeries;
        line->setName(QStringLiteral("#%1 %2, T = %3").arg(d.id).arg(d.method()).arg(d.timesteps));
        line->setPointsVisible(true);
        for (int i = 0; i < points.size(); ++i) {
            const double xv = key == QLatin1String("epoch_seconds") ? i + 1 : points[i].x();
            line->append(xv, points[i].y() * scale);
            maxX = std::max(maxX, xv);
            maxY = std::max(maxY, points[i].y() * scale);
        }
        attach(chart, line, x, y);
    }
    x->setRange(0, maxX * 1.05 + 0.5);
    y->setRange(0, maxY * 1.1 + 1e-9);
}

void SnnRunView::drawSpikeRates(QChart* chart) {
    chart->setTitle(tr("Spike rate per neuron and time step (test set)"));
    QStringList layers;
    for (const auto& d : m_model->runData())
        for (const auto& r : d.spikeRates)
            if (!layers.contains(r.first))
                layers << r.first;
    if (layers.isEmpty())
        return;
    auto* series = new QBarSeries;
    double maxY = 0;
    for (const auto& d : m_model->runData()) {
        if (d.spikeRates.isEmpty())
            continue;
        auto* set = new QBarSet(QStringLiteral("#%1 %2, T = %3").arg(d.id).arg(d.method()).arg(d.timesteps));
        for (const QString& layer : layers) {
            double v = 0;
            for (const auto& r : d.spikeRates)
                if (r.first == layer)
                    v = r.second;
            *set << v;
            maxY = std::max(maxY, v);
        }
        series->append(set);
    }
    auto* x = new QBarCategoryAxis;
    x->append(layers);
    auto* y = valueAxis(tr("Spikes per neuron per step"));
    y->setRange(0, maxY * 1.15 + 1e-6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, series, x, y);
}

void SnnRunView::drawMembrane(QChart* chart) {
    const int i = currentRunIndex();
    if (i < 0)
        return;
    const auto& d = m_model->runData()[i];
    const QString layer = m_layer->currentText();
    chart->setTitle(tr("Membrane potential of test image 0, %1 (run #%2)").arg(layer).arg(d.id));
    auto* x = valueAxis(tr("Time step"));
    auto* y = valueAxis(tr("Potential"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double lo = 0, hi = 0, threshold = 1.0;
    int steps = 0;
    for (const auto& t : d.traces) {
        if (t.layer != layer)
            continue;
        threshold = t.threshold;
        auto* line = new QLineSeries;
        line->setName(tr("neuron %1").arg(t.neuron));
        auto* fired = new QScatterSeries;
        fired->setMarkerSize(7);
        for (int k = 0; k < t.potential.size(); ++k) {
            line->append(k, t.potential[k]);
            lo = std::min(lo, t.potential[k]);
            hi = std::max(hi, t.potential[k]);
            if (k < t.spikes.size() && t.spikes[k] > 0.5)
                fired->append(k, t.potential[k]);
        }
        steps = std::max(steps, int(t.potential.size()));
        attach(chart, line, x, y);
        attach(chart, fired, x, y);
        fired->setColor(line->color());
        chart->legend()->markers(fired).first()->setVisible(false);
    }
    if (steps == 0)
        return;
    auto* theta = new QLineSeries;
    theta->setName(tr("threshold"));
    theta->append(0, threshold);
    theta->append(steps - 1, threshold);
    QPen pen(Qt::gray);
    pen.setStyle(Qt::DashLine);
    theta->setPen(pen);
    attach(chart, theta, x, y);
    x->setRange(0, std::max(1, steps - 1));
    y->setRange(std::min(lo, 0.0) - 0.1, std::max(hi, threshold) + 0.2);
}

void SnnRunView::drawRaster(QChart* chart) {
    const int i = currentRunIndex();
    if (i < 0)
        return;
    const auto& d = m_model->runData()[i];
    for (const auto& r : d.rasters) {
        if (r.layer != m_layer->currentText())
            continue;
        chart->setTitle(tr("Spikes of test image 0, %1: %2 firing neurons (run #%3)")
                            .arg(r.layer)
                            .arg(r.neurons)
                            .arg(d.id));
        auto* x = valueAxis(tr("Time step"));
        auto* y = valueAxis(tr("Neuron"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        auto* dots = new QScatterSeries;
        dots->setName(tr("spike"));
        dots->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        dots->setMarkerSize(5);
        dots->setBorderColor(Qt::transparent);
        dots->setColor(Qt::black);
        dots->append(r.events);
        attach(chart, dots, x, y);
        x->setRange(-0.5, std::max(1, r.timesteps) - 0.5);
        y->setRange(-1, std::max(1, r.neurons));
        chart->legend()->hide();
    }
}

} // namespace kcat::ui
