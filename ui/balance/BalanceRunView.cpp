#include "ui/balance/BalanceRunView.h"

#include "ui/LiveText.h"

#include "compute/balance/BalanceRunData.h"
#include "compute/runs/RunStore.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace kcat::ui {

using balance::BalanceRunData;

BalanceRunView::BalanceRunView(QWidget* parent)
    : RunView(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* controls = new QHBoxLayout;
    m_chart = new QComboBox(this);
    m_chart->setObjectName(QStringLiteral("balanceChart"));
    for (int chart : {Gantt, Histogram, Imbalance, Speedup, Prediction})
        m_chart->addItem(QString(), chart);
    auto* live = new LiveText(this);
    live->add([this] {
        const QStringList titles{tr("Gantt of one iteration"), tr("Sequence lengths"),
                                 tr("Imbalance over iterations"), tr("Speed-up per baseline"),
                                 tr("Predicted vs measured")};
        for (int i = 0; i < titles.size(); ++i)
            m_chart->setItemText(i, titles[i]);
    });
    m_run = new QComboBox(this);
    m_run->setObjectName(QStringLiteral("balanceRun"));
    m_iteration = new QSpinBox(this);
    m_iteration->setObjectName(QStringLiteral("balanceIteration"));
    controls->addWidget(live->label([] { return tr("Chart:"); }, this));
    controls->addWidget(m_chart, 1);
    controls->addWidget(live->label([] { return tr("Run:"); }, this));
    controls->addWidget(m_run, 1);
    controls->addWidget(live->label([] { return tr("Iteration:"); }, this));
    controls->addWidget(m_iteration);
    layout->addLayout(controls);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("balanceMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_view = new QChartView(new QChart, this);
    m_view->setObjectName(QStringLiteral("balanceChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(m_view, 1);
    connect(m_chart, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    connect(m_run, &QComboBox::currentIndexChanged, this, [this] {
        fillIterations();
        redraw();
    });
    connect(m_iteration, &QSpinBox::valueChanged, this, [this] { redraw(); });
}

void BalanceRunView::setStore(runs::RunStore* store) {
    m_store = store;
    m_shown.clear();
    fillRuns();
    redraw();
}

void BalanceRunView::showRuns(const QVector<qint64>& ids) {
    m_shown = ids;
    fillRuns();
    redraw();
}

void BalanceRunView::setChart(Chart chart) {
    m_chart->setCurrentIndex(m_chart->findData(int(chart)));
}

BalanceRunView::Chart BalanceRunView::chart() const {
    return Chart(m_chart->currentData().toInt());
}

void BalanceRunView::setRun(qint64 id) {
    m_run->setCurrentIndex(m_run->findData(id));
}

void BalanceRunView::setIteration(qint64 step) {
    m_iteration->setValue(int(step));
}

QString BalanceRunView::message() const {
    return m_message->text();
}

QString BalanceRunView::runLabel(qint64 id) const {
    const auto r = m_store ? m_store->run(id) : std::nullopt;
    if (!r)
        return QString::number(id);
    return r->name.isEmpty() ? QStringLiteral("#%1 %2").arg(id).arg(r->kind)
                             : QStringLiteral("#%1 %2").arg(id).arg(r->name);
}

void BalanceRunView::fillRuns() {
    const qint64 current = m_run->currentData().toLongLong();
    const QSignalBlocker block(m_run);
    m_run->clear();
    for (qint64 id : std::as_const(m_shown))
        m_run->addItem(runLabel(id), id);
    m_run->setCurrentIndex(std::max(0, m_run->findData(current)));
    fillIterations();
}

void BalanceRunView::fillIterations() {
    m_steps.clear();
    if (m_store && m_run->count() > 0)
        m_steps = BalanceRunData(*m_store, m_run->currentData().toLongLong()).ganttSteps();
    const QSignalBlocker block(m_iteration);
    if (m_steps.isEmpty()) {
        m_iteration->setRange(0, 0);
    } else {
        const int value = m_iteration->value();
        m_iteration->setRange(int(m_steps.front()), int(m_steps.back()));
        m_iteration->setValue(std::clamp(value, int(m_steps.front()), int(m_steps.back())));
    }
}

void BalanceRunView::redraw() {
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_message->clear();
    const Chart which = this->chart();
    m_iteration->setEnabled(which == Gantt);
    m_run->setEnabled(which == Gantt || which == Prediction);
    if (m_store && !m_shown.isEmpty()) {
        switch (which) {
        case Gantt:
            drawGantt(chart);
            break;
        case Histogram:
            drawHistogram(chart);
            break;
        case Imbalance:
            drawImbalance(chart);
            break;
        case Speedup:
            drawSpeedup(chart);
            break;
        case Prediction:
            drawPrediction(chart);
            break;
        }
    }
    m_message->setVisible(!m_message->text().isEmpty());
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

namespace {

QValueAxis* valueAxis(const QString& title) {
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.3g"));
    return axis;
}

} // namespace

void BalanceRunView::drawGantt(QChart* chart) {
    const qint64 id = m_run->currentData().toLongLong();
    if (m_steps.isEmpty()) {
        m_message->setText(tr("This run recorded no replica × micro-batch plan (balance.simulate records one "
                              "for its first gantt_iterations iterations, balance.measure for every "
                              "iteration)."));
        return;
    }
    const qint64 step = m_iteration->value();
    const balance::GanttData data = BalanceRunData(*m_store, id).gantt(step);
    size_t maxBatches = 0;
    for (const balance::GanttRow& r : data.rows)
        maxBatches = std::max(maxBatches, r.microBatchSeconds.size());
    auto* series = new QHorizontalStackedBarSeries;
    QStringList categories;
    for (const balance::GanttRow& r : data.rows)
        categories << r.label;
    // Micro-batch j of every replica is one bar set: bars run back to back along the time axis.
    for (size_t j = 0; j < maxBatches; ++j) {
        auto* set = new QBarSet(tr("micro-batch %1").arg(j + 1));
        for (const balance::GanttRow& r : data.rows)
            *set << (j < r.microBatchSeconds.size() ? r.microBatchSeconds[j] : 0.0);
        series->append(set);
    }
    bool anyTail = false;
    auto* tail = new QBarSet(data.tailName);
    tail->setColor(QColor(0xbb, 0xbb, 0xbb));
    for (const balance::GanttRow& r : data.rows) {
        *tail << r.tailSeconds;
        anyTail = anyTail || r.tailSeconds > 0;
    }
    if (anyTail)
        series->append(tail);
    else
        delete tail;
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = valueAxis(tr("seconds"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // Many micro-batch sets would fill the legend: keep it for up to 8.
    chart->legend()->setVisible(maxBatches <= 8);
    double longest = 0;
    for (const balance::GanttRow& r : data.rows)
        longest = std::max(longest, r.seconds);
    chart->setTitle(data.policy.isEmpty() ? tr("%1, iteration %2: %3 replicas, iteration %4 s")
                                                .arg(runLabel(id))
                                                .arg(step)
                                                .arg(data.rows.size())
                                                .arg(longest, 0, 'g', 4)
                                          : tr("%1, iteration %2 (%3): measured and predicted per rank")
                                                .arg(runLabel(id))
                                                .arg(step)
                                                .arg(data.policy));
}

void BalanceRunView::drawHistogram(QChart* chart) {
    std::map<int, QString> labels; // lo → label
    std::vector<std::pair<qint64, std::vector<balance::HistogramBin>>> perRun;
    for (qint64 id : std::as_const(m_shown)) {
        auto bins = BalanceRunData(*m_store, id).histogram();
        if (bins.empty())
            continue;
        const auto k = [](int n) {
            return n >= 1024 && n % 1024 == 0 ? QStringLiteral("%1K").arg(n / 1024) : QString::number(n);
        };
        for (const balance::HistogramBin& b : bins)
            labels[b.lo] = QStringLiteral("%1–%2").arg(k(b.lo), k(b.hi));
        perRun.emplace_back(id, std::move(bins));
    }
    if (perRun.empty()) {
        m_message->setText(tr("None of the selected runs recorded a length histogram."));
        return;
    }
    auto* series = new QBarSeries;
    for (const auto& [id, bins] : perRun) {
        auto* set = new QBarSet(runLabel(id));
        qint64 total = 0;
        for (const balance::HistogramBin& b : bins)
            total += b.sequences;
        for (const auto& [lo, label] : labels) {
            double share = 0;
            for (const balance::HistogramBin& b : bins)
                if (b.lo == lo)
                    share = total > 0 ? 100.0 * double(b.sequences) / double(total) : 0.0;
            *set << share;
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    for (const auto& [lo, label] : labels)
        x->append(label);
    x->setTitleText(tr("sequence length (tokens, ranges from lo up to below hi)"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = valueAxis(tr("% of sequences"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->setTitle(tr("Sampled sequence lengths"));
}

void BalanceRunView::drawImbalance(QChart* chart) {
    auto* x = valueAxis(tr("iteration"));
    x->setLabelFormat(QStringLiteral("%d"));
    auto* y = valueAxis(tr("max / mean over replicas"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double lo = 1, hi = 1, maxX = 1;
    bool any = false;
    for (qint64 id : std::as_const(m_shown)) {
        for (const auto& [name, points] : BalanceRunData(*m_store, id).imbalance()) {
            auto* series = new QLineSeries;
            series->setName(m_shown.size() > 1 ? QStringLiteral("#%1 %2").arg(id).arg(name) : name);
            for (const auto& [step, value] : points) {
                series->append(step, value);
                lo = std::min(lo, value);
                hi = std::max(hi, value);
                maxX = std::max(maxX, step);
            }
            series->setPointsVisible(points.size() < 40);
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
            any = true;
        }
    }
    if (!any) {
        m_message->setText(tr("None of the selected runs recorded imbalance per iteration."));
        return;
    }
    x->setRange(1, std::max(2.0, maxX));
    if (maxX <= 11)
        x->setTickCount(std::max(2, int(maxX)));
    else
        x->applyNiceNumbers();
    const double pad = std::max(0.01, 0.1 * (hi - lo));
    y->setRange(std::max(0.0, lo - pad), hi + pad);
    chart->setTitle(tr("Imbalance over iterations (1 = perfectly balanced)"));
}

void BalanceRunView::drawSpeedup(QChart* chart) {
    QStringList categories;
    std::vector<std::pair<qint64, std::vector<std::pair<QString, double>>>> perRun;
    for (qint64 id : std::as_const(m_shown)) {
        auto s = BalanceRunData(*m_store, id).speedups();
        if (s.empty())
            continue;
        for (const auto& [name, value] : s)
            if (!categories.contains(name))
                categories << name;
        perRun.emplace_back(id, std::move(s));
    }
    if (perRun.empty()) {
        m_message->setText(tr("None of the selected runs has finished with speed-ups (balance.simulate and "
                              "balance.measure report them at the end)."));
        return;
    }
    auto* series = new QBarSeries;
    double hi = 1;
    for (const auto& [id, values] : perRun) {
        auto* set = new QBarSet(runLabel(id));
        for (const QString& c : std::as_const(categories)) {
            double v = 0;
            for (const auto& [name, value] : values)
                if (name == c)
                    v = value;
            *set << v;
            hi = std::max(hi, v);
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value×"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // Linear on purpose: padding's speed-up can dwarf the others, the bar labels still give every value.
    auto* y = valueAxis(tr("speed-up of two-stage assignment (×)"));
    y->setRange(0, hi * 1.15);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->setTitle(tr("Speed-up over each baseline (iteration time of the baseline / two-stage)"));
}

void BalanceRunView::drawPrediction(QChart* chart) {
    const qint64 id = m_run->currentData().toLongLong();
    const BalanceRunData data(*m_store, id);
    const std::vector<balance::PredictionPoint> points = data.predictions();
    if (points.empty()) {
        m_message->setText(tr("This run has no predicted and measured times (balance.calibrate and "
                              "balance.measure record them)."));
        return;
    }
    const bool calibration = data.kind() == QLatin1String("balance.calibrate");
    auto* x = valueAxis(calibration ? tr("tokens in the micro-batch") : tr("predicted seconds"));
    auto* y = valueAxis(tr("measured seconds"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    std::map<QString, QScatterSeries*> groups;
    double maxX = 0, maxY = 0;
    for (const balance::PredictionPoint& p : points) {
        const QString group = p.warmup ? tr("%1 (warm-up)").arg(p.group) : p.group;
        QScatterSeries*& s = groups[group];
        if (!s) {
            s = new QScatterSeries;
            s->setName(group);
            s->setMarkerSize(9);
        }
        s->append(p.x, p.measured);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, std::max(p.measured, p.predicted));
    }
    for (auto& [name, s] : groups) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    const balance::CalibrationCurve c = data.curve();
    if (calibration && c.valid) {
        // The fitted cost of a micro-batch of n equal sequences: n·a·(T/n)² + b·T + c.
        std::map<int, bool> counts;
        for (const balance::PredictionPoint& p : points)
            counts[p.sequences] = true;
        for (const auto& [n, unused] : counts) {
            auto* line = new QLineSeries;
            line->setName(tr("fit, %n sequence(s)", nullptr, n));
            for (int i = 0; i <= 50; ++i) {
                const double t = maxX * i / 50.0;
                line->append(t, n * c.a * (t / n) * (t / n) + c.b * t + c.c);
            }
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
        chart->setTitle(tr("Calibration: a = %1 s/token², b = %2 s/token, c = %3 s")
                            .arg(c.a, 0, 'g', 3)
                            .arg(c.b, 0, 'g', 3)
                            .arg(c.c, 0, 'g', 3));
    } else {
        auto* diagonal = new QLineSeries;
        diagonal->setName(tr("measured = predicted"));
        const double top = std::max(maxX, maxY) * 1.05;
        diagonal->append(0, 0);
        diagonal->append(top, top);
        chart->addSeries(diagonal);
        diagonal->attachAxis(x);
        diagonal->attachAxis(y);
        maxX = maxY = top;
        chart->setTitle(tr("Slowest rank's compute per iteration: measured vs predicted"));
    }
    x->setRange(0, maxX * 1.05);
    y->setRange(0, maxY * 1.1);
}

} // namespace kcat::ui
