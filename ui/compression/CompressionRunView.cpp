#include "ui/compression/CompressionRunView.h"

#include "ui/LiveText.h"

#include "compute/core/Json.h"
#include "compute/runs/RunExport.h"
#include "compute/runs/RunStore.h"
#include "compute/runs/SeriesMath.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace kcat::ui {

namespace {

void clearChart(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QChartView* makeChartView(QWidget* parent, const QString& name) {
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

double number(const nlohmann::json& values, const char* key) {
    const auto it = values.find(key);
    return it != values.end() && it->is_number() ? it->get<double>()
                                                 : std::numeric_limits<double>::quiet_NaN();
}

QString csvField(const QString& s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Adds x/y value axes spanning the series' points (with a margin) and attaches every series.
void addValueAxes(QChart* chart, const QString& xTitle, const QString& yTitle, double xlo, double xhi,
                  double ylo, double yhi) {
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setTitleText(xTitle);
    y->setTitleText(yTitle);
    const double xm = xhi > xlo ? (xhi - xlo) * 0.05 : 1.0;
    const double ym = yhi > ylo ? (yhi - ylo) * 0.05 : 1.0;
    // Quantities that cannot be negative keep their axis at 0.
    x->setRange(xlo >= 0 ? std::max(0.0, xlo - xm) : xlo - xm, xhi + xm);
    y->setRange(ylo >= 0 ? std::max(0.0, ylo - ym) : ylo - ym, yhi + ym);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace

CompressionRunView::CompressionRunView(QWidget* parent)
    : RunView(parent) {
    auto* live = new LiveText(this);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_run = new QComboBox(this);
    m_run->setObjectName(QStringLiteral("compressionRun"));
    m_exportModel = new QPushButton(this);
    m_exportModel->setObjectName(QStringLiteral("exportModel"));
    m_exportReport = new QPushButton(this);
    m_exportReport->setObjectName(QStringLiteral("exportReport"));
    top->addWidget(live->label([] { return tr("Run:"); }, this));
    top->addWidget(m_run, 1);
    top->addWidget(m_exportModel);
    top->addWidget(m_exportReport);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compressionSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("compressionTabs"));
    auto* layersTab = new QWidget(m_tabs);
    auto* layersLayout = new QHBoxLayout(layersTab);
    m_sparsityView = makeChartView(layersTab, QStringLiteral("sparsityChart"));
    m_bitsView = makeChartView(layersTab, QStringLiteral("bitsChart"));
    layersLayout->addWidget(m_sparsityView, 1);
    layersLayout->addWidget(m_bitsView, 1);
    m_tabs->addTab(layersTab, QString());

    auto* histTab = new QWidget(m_tabs);
    auto* histLayout = new QVBoxLayout(histTab);
    auto* histTop = new QHBoxLayout;
    m_histLayer = new QComboBox(histTab);
    m_histLayer->setObjectName(QStringLiteral("histogramLayer"));
    histTop->addWidget(live->label([] { return tr("Layer:"); }, histTab));
    histTop->addWidget(m_histLayer, 1);
    histLayout->addLayout(histTop);
    m_histView = makeChartView(histTab, QStringLiteral("histogramChart"));
    histLayout->addWidget(m_histView, 1);
    m_tabs->addTab(histTab, QString());

    m_curveView = makeChartView(m_tabs, QStringLiteral("residualChart"));
    m_tabs->addTab(m_curveView, QString());
    m_accountingView = makeChartView(m_tabs, QStringLiteral("accountingChart"));
    m_tabs->addTab(m_accountingView, QString());
    m_paretoView = makeChartView(m_tabs, QStringLiteral("paretoChart"));
    m_tabs->addTab(m_paretoView, QString());
    layout->addWidget(m_tabs, 1);
    live->add([this] {
        m_exportModel->setText(tr("Export Model…"));
        m_exportReport->setText(tr("Export Report…"));
        const QStringList titles{tr("Layers"), tr("Weight histograms"), tr("ρ and residual"),
                                 tr("Storage vs latency"), tr("Pareto")};
        for (int i = 0; i < titles.size(); ++i)
            m_tabs->setTabText(i, titles[i]);
    });

    connect(m_run, &QComboBox::currentIndexChanged, this, [this] {
        updateSummary();
        drawHistogram();
        drawCurves();
        drawAccounting();
        drawPareto();
    });
    connect(m_histLayer, &QComboBox::currentIndexChanged, this, &CompressionRunView::drawHistogram);
    connect(m_exportModel, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    connect(m_exportReport, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
}

void CompressionRunView::setStore(runs::RunStore* store) {
    m_store = store;
    m_shown.clear();
    reload();
}

void CompressionRunView::showRuns(const QVector<qint64>& ids) {
    m_shown = ids;
    reload();
}

qint64 CompressionRunView::currentRun() const {
    return m_run->currentIndex() >= 0 ? m_run->currentData().toLongLong() : 0;
}

void CompressionRunView::setCurrentRun(qint64 id) {
    m_run->setCurrentIndex(m_run->findData(id));
}

QVector<runs::TableRow> CompressionRunView::lastRows(qint64 run, const QString& table) const {
    QVector<runs::TableRow> result;
    for (const runs::TableRow& r : m_tables.value(run))
        if (r.table == table)
            result.push_back(r);
    return result;
}

void CompressionRunView::reload() {
    m_tables.clear();
    const qint64 previous = currentRun();
    {
        const QSignalBlocker block(m_run);
        m_run->clear();
        if (m_store) {
            for (qint64 id : std::as_const(m_shown)) {
                const auto record = m_store->run(id);
                if (!record)
                    continue;
                m_run->addItem(QStringLiteral("#%1 %2 (%3)").arg(id).arg(record->name, record->kind), id);
                QHash<QString, qint64> lastStep;
                const QVector<runs::TableRow> rows = m_store->tableRows(id);
                for (const runs::TableRow& r : rows)
                    lastStep[r.table] = std::max(lastStep.value(r.table, r.step), r.step);
                for (const runs::TableRow& r : rows)
                    if (r.step == lastStep.value(r.table))
                        m_tables[id].push_back(r);
            }
        }
        const int index = m_run->findData(previous);
        m_run->setCurrentIndex(index >= 0 ? index : m_run->count() - 1);
    }
    const bool any = m_run->count() > 0;
    m_exportModel->setEnabled(any);
    m_exportReport->setEnabled(any);
    updateSummary();
    drawLayers();
    drawHistogram();
    drawCurves();
    drawAccounting();
    drawPareto();
}

double CompressionRunView::layerValue(qint64 run, const QString& layer, const QString& column) const {
    for (const runs::TableRow& r : lastRows(run, QStringLiteral("layers")))
        if (r.row == layer)
            return number(r.values, column.toStdString().c_str());
    return std::numeric_limits<double>::quiet_NaN();
}

void CompressionRunView::drawLayers() {
    m_layerNames.clear();
    for (qint64 id : std::as_const(m_shown))
        for (const runs::TableRow& r : lastRows(id, QStringLiteral("layers")))
            if (!m_layerNames.contains(r.row))
                m_layerNames << r.row;
    struct Chart {
        QChartView* view;
        QString column;
        QString title;
    };
    const Chart charts[] = {{m_sparsityView, QStringLiteral("sparsity"), tr("Sparsity per layer")},
                            {m_bitsView, QStringLiteral("bits"), tr("Weight bits per layer")}};
    for (const Chart& c : charts) {
        QChart* chart = c.view->chart();
        clearChart(chart);
        chart->setTitle(c.title);
        if (m_layerNames.isEmpty())
            continue;
        auto* series = new QBarSeries;
        double hi = 0;
        for (qint64 id : std::as_const(m_shown)) {
            if (lastRows(id, QStringLiteral("layers")).isEmpty())
                continue;
            auto* set = new QBarSet(QStringLiteral("#%1").arg(id));
            for (const QString& layer : std::as_const(m_layerNames)) {
                const double v = layerValue(id, layer, c.column);
                set->append(std::isnan(v) ? 0.0 : v);
                hi = std::max(hi, std::isnan(v) ? 0.0 : v);
            }
            series->append(set);
        }
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(m_layerNames);
        auto* y = new QValueAxis;
        y->setTitleText(c.column);
        y->setRange(0, c.column == QLatin1String("sparsity") ? 1.0 : std::max(1.0, hi * 1.1));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

QStringList CompressionRunView::histogramLayers() const {
    QStringList layers;
    for (const runs::TableRow& r : lastRows(currentRun(), QStringLiteral("weight_histogram"))) {
        const QString layer = r.row.section(QLatin1Char('/'), 0, -2);
        if (!layer.isEmpty() && !layers.contains(layer))
            layers << layer;
    }
    return layers;
}

QVector<double> CompressionRunView::histogramCounts(const QString& layer, const QString& which) const {
    QVector<double> counts;
    for (const runs::TableRow& r : lastRows(currentRun(), QStringLiteral("weight_histogram")))
        if (r.row == layer + QLatin1Char('/') + which && r.values.contains("counts"))
            for (const auto& v : r.values["counts"])
                counts << v.get<double>();
    return counts;
}

void CompressionRunView::drawHistogram() {
    const QStringList layers = histogramLayers();
    if (layers != QStringList([this] {
            QStringList items;
            for (int i = 0; i < m_histLayer->count(); ++i)
                items << m_histLayer->itemText(i);
            return items;
        }())) {
        const QString selected = m_histLayer->currentText();
        const QSignalBlocker block(m_histLayer);
        m_histLayer->clear();
        m_histLayer->addItems(layers);
        m_histLayer->setCurrentIndex(std::max(0, m_histLayer->findText(selected)));
    }
    QChart* chart = m_histView->chart();
    clearChart(chart);
    const QString layer = m_histLayer->currentText();
    chart->setTitle(layer.isEmpty() ? tr("No weight histograms in this run")
                                    : tr("Weights of %1").arg(layer));
    if (layer.isEmpty())
        return;
    double xlo = 0, xhi = 0, yhi = 0;
    bool first = true;
    for (const QString& which : {QStringLiteral("before"), QStringLiteral("after")}) {
        for (const runs::TableRow& r : lastRows(currentRun(), QStringLiteral("weight_histogram"))) {
            if (r.row != layer + QLatin1Char('/') + which || !r.values.contains("edges"))
                continue;
            const auto& edges = r.values["edges"];
            const auto& counts = r.values["counts"];
            auto* line = new QLineSeries;
            line->setName(which == QLatin1String("before") ? tr("before") : tr("after"));
            // A step outline: each bin drawn as a flat top between its edges.
            for (size_t i = 0; i < counts.size() && i + 1 < edges.size(); ++i) {
                const double a = edges[i].get<double>(), b = edges[i + 1].get<double>();
                const double c = counts[i].get<double>();
                line->append(a, c);
                line->append(b, c);
                if (first) {
                    xlo = a;
                    xhi = b;
                    first = false;
                }
                xlo = std::min(xlo, a);
                xhi = std::max(xhi, b);
                yhi = std::max(yhi, c);
            }
            chart->addSeries(line);
        }
    }
    addValueAxes(chart, tr("weight"), tr("count"), xlo, xhi, 0, yhi);
}

void CompressionRunView::drawCurves() {
    QChart* chart = m_curveView->chart();
    clearChart(chart);
    m_curveNames.clear();
    const qint64 run = currentRun();
    if (!m_store || run == 0)
        return;
    QStringList keys;
    for (const QString& key : m_store->metricKeys(run))
        if (key == QLatin1String("rho") || key == QLatin1String("residual") ||
            key.startsWith(QLatin1String("residual/")))
            keys << key;
    chart->setTitle(keys.isEmpty() ? tr("No ρ or residual series in this run")
                                   : tr("ρ and residual ‖W − Z‖ (log scale)"));
    double xlo = 0, xhi = 1, ylo = 1, yhi = 1;
    bool first = true;
    for (const QString& key : std::as_const(keys)) {
        auto* line = new QLineSeries;
        line->setName(key);
        for (const runs::MetricPoint& p : m_store->series(run, key)) {
            if (!(p.value > 0))
                continue; // the log axis shows positive values only
            line->append(double(p.step), p.value);
            if (first) {
                xlo = xhi = double(p.step);
                ylo = yhi = p.value;
                first = false;
            }
            xlo = std::min(xlo, double(p.step));
            xhi = std::max(xhi, double(p.step));
            ylo = std::min(ylo, p.value);
            yhi = std::max(yhi, p.value);
        }
        chart->addSeries(line);
        m_curveNames << key;
    }
    if (keys.isEmpty())
        return;
    auto* x = new QValueAxis;
    x->setTitleText(tr("step"));
    x->setRange(xlo, xhi > xlo ? xhi : xlo + 1);
    auto* y = new QLogValueAxis;
    y->setBase(10);
    y->setLabelFormat(QStringLiteral("%.1e"));
    y->setMinorTickCount(-1);
    y->setRange(ylo / 2, yhi * 2);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void CompressionRunView::updateSummary() {
    const qint64 run = currentRun();
    if (!m_store || run == 0) {
        m_summary->clear();
        return;
    }
    QHash<QString, double> last;
    for (const runs::MetricStats& s : m_store->stats(run))
        last.insert(s.key, s.last);
    QStringList parts;
    if (last.contains(QStringLiteral("test_accuracy")))
        parts << tr("test accuracy %1 %").arg(100.0 * last.value(QStringLiteral("test_accuracy")), 0, 'f', 2);
    if (last.contains(QStringLiteral("compression_rate")))
        parts << tr("compression %1×").arg(last.value(QStringLiteral("compression_rate")), 0, 'f', 2);
    if (last.contains(QStringLiteral("nonzero_weights")))
        parts << tr("%1 non-zero weights").arg(qint64(last.value(QStringLiteral("nonzero_weights"))));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void CompressionRunView::drawAccounting() {
    QChart* chart = m_accountingView->chart();
    clearChart(chart);
    m_accounting.clear();
    const QVector<runs::TableRow> rows = lastRows(currentRun(), QStringLiteral("accounting"));
    chart->setTitle(rows.isEmpty() ? tr("No accounting table in this run")
                                   : tr("Storage against measured CPU latency"));
    double xlo = 0, xhi = 0, ylo = 0, yhi = 0;
    bool first = true;
    for (const runs::TableRow& r : rows) {
        const double kb = number(r.values, "storage_bytes") / 1024.0;
        const double ms = number(r.values, "latency_ms");
        if (std::isnan(kb) || std::isnan(ms))
            continue;
        m_accounting.insert(r.row, QPointF(kb * 1024.0, ms));
        auto* point = new QScatterSeries;
        point->setName(QStringLiteral("%1 (%2 KB, %3 ms)").arg(r.row).arg(kb, 0, 'f', 1).arg(ms, 0, 'f', 3));
        point->setMarkerSize(14);
        point->append(kb, ms);
        point->setPointLabelsVisible(true);
        point->setPointLabelsFormat(r.row);
        chart->addSeries(point);
        if (first) {
            xlo = xhi = kb;
            ylo = yhi = ms;
            first = false;
        }
        xlo = std::min(xlo, kb);
        xhi = std::max(xhi, kb);
        ylo = std::min(ylo, ms);
        yhi = std::max(yhi, ms);
    }
    if (!m_accounting.isEmpty())
        addValueAxes(chart, tr("storage (KB)"), tr("latency (ms)"), 0, xhi, 0, yhi);
}

void CompressionRunView::drawPareto() {
    QChart* chart = m_paretoView->chart();
    clearChart(chart);
    m_pareto.clear();
    if (!m_store)
        return;
    // Every compression run of the workspace (and dense train.baseline runs at rate 1).
    const auto stats = m_store->allStats();
    QMap<QString, QVector<int>> byKind;
    QVector<QPointF> points;
    for (const runs::RunRecord& record : m_store->runs()) {
        const bool compression = record.kind.startsWith(QLatin1String("compression."));
        if (!compression && record.kind != QLatin1String("train.baseline"))
            continue;
        double rate = compression ? std::numeric_limits<double>::quiet_NaN() : 1.0;
        double accuracy = std::numeric_limits<double>::quiet_NaN();
        for (const runs::MetricStats& s : stats.value(record.id)) {
            if (s.key == QLatin1String("compression_rate") && compression)
                rate = s.last;
            else if (s.key == QLatin1String("test_accuracy"))
                accuracy = s.last;
        }
        if (std::isnan(rate) || std::isnan(accuracy))
            continue;
        byKind[record.kind].push_back(int(m_pareto.size()));
        m_pareto.push_back({record.id, record.kind, rate, accuracy, false});
        points.push_back(QPointF(rate, accuracy));
    }
    chart->setTitle(m_pareto.isEmpty()
                        ? tr("No finished compression runs with compression_rate and test_accuracy")
                        : tr("Compression rate against test accuracy (all compression runs)"));
    if (m_pareto.isEmpty())
        return;
    const QVector<int> front =
        runs::paretoFront(points, runs::MetricGoal::Maximize, runs::MetricGoal::Maximize);
    for (int i : front)
        m_pareto[i].onFront = true;
    const QList<QScatterSeries::MarkerShape> shapes = {
        QScatterSeries::MarkerShapeCircle,   QScatterSeries::MarkerShapeRectangle,
        QScatterSeries::MarkerShapeTriangle, QScatterSeries::MarkerShapeStar,
        QScatterSeries::MarkerShapePentagon, QScatterSeries::MarkerShapeRotatedRectangle};
    const qint64 current = currentRun();
    int kindIndex = 0;
    double xlo = points[0].x(), xhi = xlo, ylo = points[0].y(), yhi = ylo;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it, ++kindIndex) {
        auto* series = new QScatterSeries;
        series->setName(it.key());
        series->setMarkerShape(shapes[kindIndex % shapes.size()]);
        series->setMarkerSize(11);
        for (int i : it.value()) {
            series->append(points[i]);
            xlo = std::min(xlo, points[i].x());
            xhi = std::max(xhi, points[i].x());
            ylo = std::min(ylo, points[i].y());
            yhi = std::max(yhi, points[i].y());
        }
        chart->addSeries(series);
    }
    auto* frontLine = new QLineSeries;
    frontLine->setName(tr("Pareto front"));
    for (int i : front)
        frontLine->append(points[i]);
    chart->addSeries(frontLine);
    for (const ParetoPoint& p : std::as_const(m_pareto)) {
        if (p.run != current)
            continue;
        auto* mark = new QScatterSeries;
        mark->setName(tr("run #%1").arg(p.run));
        mark->setMarkerSize(20);
        mark->setColor(Qt::transparent);
        mark->setBorderColor(Qt::red);
        mark->append(p.compressionRate, p.testAccuracy);
        chart->addSeries(mark);
    }
    addValueAxes(chart, tr("compression rate (×)"), tr("test accuracy"), xlo, xhi, ylo, yhi);
}

QStringList CompressionRunView::exportModel(const QString& folder, QString* error) const {
    QStringList written;
    const qint64 run = currentRun();
    if (!m_store || run == 0) {
        *error = tr("No run is selected.");
        return written;
    }
    const QStringList kinds = {QStringLiteral("model"), QStringLiteral("model_meta"),
                               QStringLiteral("compact_model"), QStringLiteral("compact_model_meta"),
                               QStringLiteral("torchscript")};
    for (const runs::Artifact& a : m_store->artifacts(run)) {
        if (!kinds.contains(a.kind))
            continue;
        const QString target =
            QDir(folder).filePath(QStringLiteral("run%1_%2").arg(run).arg(QFileInfo(a.path).fileName()));
        QFile::remove(target);
        if (!QFile::copy(a.path, target)) {
            *error = tr("Cannot copy %1 to %2.").arg(a.path, target);
            return written;
        }
        written << target;
    }
    if (written.isEmpty())
        *error = tr("Run #%1 recorded no model artifact.").arg(run);
    return written;
}

QStringList CompressionRunView::exportReport(const QString& folder, QString* error) const {
    const qint64 run = currentRun();
    if (!m_store || run == 0) {
        *error = tr("No run is selected.");
        return {};
    }
    const QDir dir(folder);
    const QString prefix = QStringLiteral("run%1_").arg(run);
    QFile json(dir.filePath(prefix + QStringLiteral("report.json")));
    QFile metrics(dir.filePath(prefix + QStringLiteral("metrics.csv")));
    QFile tables(dir.filePath(prefix + QStringLiteral("tables.csv")));
    for (QFile* f : {&json, &metrics, &tables}) {
        if (!f->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = tr("Cannot write %1: %2").arg(f->fileName(), f->errorString());
            return {};
        }
    }
    json.write(QByteArray::fromStdString(runs::exportRunsJson(*m_store, {run}).dump(2)));
    runs::exportRunsCsv(*m_store, {run}, metrics);
    tables.write("table,step,row,column,value\n");
    for (const runs::TableRow& r : m_tables.value(run)) {
        for (auto it = r.values.begin(); it != r.values.end(); ++it) {
            const QString value = it.value().is_string()
                                      ? QString::fromStdString(it.value().get<std::string>())
                                      : QString::fromStdString(it.value().dump());
            tables.write(QStringList{csvField(r.table), QString::number(r.step), csvField(r.row),
                                     csvField(QString::fromStdString(it.key())), csvField(value)}
                             .join(QLatin1Char(','))
                             .toUtf8() +
                         '\n');
        }
    }
    return {json.fileName(), metrics.fileName(), tables.fileName()};
}

void CompressionRunView::chooseAndExport(bool model) {
    const QString folder = QFileDialog::getExistingDirectory(this, model ? tr("Export the model to")
                                                                         : tr("Export the report to"));
    if (folder.isEmpty())
        return;
    QString error;
    const QStringList files = model ? exportModel(folder, &error) : exportReport(folder, &error);
    if (files.isEmpty())
        QMessageBox::warning(this, model ? tr("Export Model") : tr("Export Report"), error);
    else
        m_summary->setText(tr("Wrote %n file(s) to %1.", nullptr, int(files.size())).arg(folder));
}

} // namespace kcat::ui
