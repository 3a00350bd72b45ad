#include "ui/manage/ManageCharts.h"

#include "annotation/documents/TypePaths.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace kcat::ui {

namespace {

QChart* newChart() {
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QColor heat(double v) {
    const QColor low(247, 251, 255), high(8, 48, 107);
    v = std::clamp(v, 0.0, 1.0);
    return QColor::fromRgbF(low.redF() + v * (high.redF() - low.redF()),
                            low.greenF() + v * (high.greenF() - low.greenF()),
                            low.blueF() + v * (high.blueF() - low.blueF()));
}

QCategoryAxis* categories(const QStringList& names, bool reversed) {
    auto* axis = new QCategoryAxis;
    axis->setMin(-0.5);
    axis->setMax(names.size() - 0.5);
    axis->setStartValue(-0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    for (int i = 0; i < names.size(); ++i) {
        const QString& name = names[reversed ? names.size() - 1 - i : i];
        QString label = name.startsWith(QLatin1Char('/')) ? annotation::TypePaths::leafName(name) : name;
        axis->append(label.isEmpty() ? name : label, i + 0.5);
    }
    axis->setGridLineVisible(false);
    axis->setTruncateLabels(false); // type names in full: the chart makes room instead of eliding
    return axis;
}

// A count axis from 0 with whole-number ticks (a plain QValueAxis would label 0, 1.25, 2.5 … as 0, 1, 2 …).
QValueAxis* countAxis(double max) {
    auto* axis = new QValueAxis;
    double step = 1;
    while (max / step > 6)
        step *= (QString::number(step).startsWith(QLatin1Char('2')) ? 2.5 : 2);
    axis->setRange(0, std::max(step, std::ceil(max / step) * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

QString text(const QVariant& v) {
    return v.toString();
}

} // namespace

QChart* ManageCharts::heatMap(const team::HeatMap& map, const QString& xTitle, const QString& yTitle) {
    QChart* chart = newChart();
    chart->legend()->hide();
    auto* series = new QScatterSeries;
    series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    series->setPen(QPen(Qt::white));
    const int rows = int(map.rows.size()), cols = int(map.columns.size());
    QVector<double> values;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const double v = map.at(r, c);
            if (std::isnan(v))
                continue;
            series->append(c, rows - 1 - r);
            values << v;
        }
    for (int i = 0; i < values.size(); ++i)
        series->setPointConfiguration(i, QXYSeries::PointConfiguration::Color, heat(values[i]));
    chart->addSeries(series);
    auto* x = categories(map.columns, false);
    auto* y = categories(map.rows, true);
    x->setTitleText(xTitle);
    y->setTitleText(yTitle);
    x->setLabelsAngle(-60);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // Square cells that fill the plot area, resized with it.
    auto fit = [chart, series, rows, cols] {
        const QRectF area = chart->plotArea();
        if (rows > 0 && cols > 0)
            series->setMarkerSize(std::max(2.0, std::min(area.width() / cols, area.height() / rows) - 1));
    };
    QObject::connect(chart, &QChart::plotAreaChanged, series, fit);
    fit();
    const QStringList rowNames = map.rows, colNames = map.columns;
    QObject::connect(series, &QScatterSeries::hovered, series,
                     [series, values, rowNames, colNames, rows](const QPointF& p, bool state) {
                         if (!state) {
                             QToolTip::hideText();
                             return;
                         }
                         const int c = int(std::lround(p.x())), r = rows - 1 - int(std::lround(p.y()));
                         for (int i = 0; i < series->count(); ++i)
                             if (series->at(i) == QPointF(c, rows - 1 - r))
                                 QToolTip::showText(QCursor::pos(),
                                                    QStringLiteral("%1 → %2: %3")
                                                        .arg(rowNames.value(r), colNames.value(c))
                                                        .arg(values[i], 0, 'f', 3));
                     });
    return chart;
}

QChart* ManageCharts::accuracy(const team::ChartTable& t) {
    QChart* chart = newChart();
    auto* gold = new QBarSet(tr("vs gold (exact)"));
    auto* consensus = new QBarSet(tr("vs consensus (exact)"));
    auto* jaccard = new QBarSet(tr("vs consensus (Jaccard)"));
    QStringList names;
    for (const QVariantList& row : t.rows) {
        names << text(row[0]);
        *gold << row[3].toDouble();
        *consensus << row[5].toDouble();
        *jaccard << row[6].toDouble();
    }
    auto* series = new QBarSeries;
    series->append({gold, consensus, jaccard});
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    x->setLabelsAngle(names.size() > 6 ? -60 : 0);
    auto* y = new QValueAxis;
    y->setRange(0, 1);
    y->setTitleText(tr("accuracy"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart* ManageCharts::progress(const team::ChartTable& t) {
    QChart* chart = newChart();
    auto* done = new QBarSet(tr("done"));
    auto* left = new QBarSet(tr("to do"));
    QStringList names;
    double top = 1;
    for (const QVariantList& row : t.rows) {
        names << text(row[0]);
        const double assigned = row[3].toDouble(), finished = row[4].toDouble();
        *done << finished;
        *left << std::max(0.0, assigned - finished);
        top = std::max(top, std::max(assigned, finished));
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append({done, left});
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    auto* x = countAxis(top);
    x->setTitleText(tr("mentions"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart* ManageCharts::histogram(const team::ChartTable& t) {
    QChart* chart = newChart();
    chart->legend()->hide();
    auto* set = new QBarSet(tr("mentions"));
    QStringList bins;
    double top = 1;
    for (const QVariantList& row : t.rows) {
        *set << row[2].toDouble();
        top = std::max(top, row[2].toDouble());
        bins << (row[1].isNull() ? QStringLiteral("≥%1").arg(row[0].toDouble(), 0, 'f', 1)
                                 : QString::number(row[0].toDouble(), 'f', 1));
    }
    auto* series = new QBarSeries;
    series->setBarWidth(1.0);
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(bins);
    x->setTitleText(tr("seconds per mention (bin start)"));
    x->setLabelsAngle(-60);
    auto* y = countAxis(top);
    y->setTitleText(tr("mentions"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart* ManageCharts::typeSetSize(const std::vector<team::TypeSetSizePoint>& points) {
    QChart* chart = newChart();
    auto* secWith = new QLineSeries;
    auto* secWithout = new QLineSeries;
    auto* actWith = new QLineSeries;
    auto* actWithout = new QLineSeries;
    secWith->setName(tr("seconds, constrained"));
    secWithout->setName(tr("seconds, unconstrained"));
    actWith->setName(tr("actions, constrained"));
    actWithout->setName(tr("actions, unconstrained"));
    for (QLineSeries* s : {secWith, secWithout, actWith, actWithout})
        s->setPointsVisible(true);
    double maxX = 1, maxSec = 1, maxAct = 1;
    for (const auto& p : points) {
        if (p.typeSetSize < 1)
            continue; // the log axis starts at 1
        (p.constrained ? secWith : secWithout)->append(p.typeSetSize, p.meanSeconds);
        (p.constrained ? actWith : actWithout)->append(p.typeSetSize, p.meanActions);
        maxX = std::max(maxX, double(p.typeSetSize));
        maxSec = std::max(maxSec, p.meanSeconds);
        maxAct = std::max(maxAct, p.meanActions);
    }
    auto* x = new QLogValueAxis; // sizes run from a handful (constrained) to the whole set
    x->setBase(2);
    x->setLabelFormat(QStringLiteral("%g"));
    x->setTitleText(tr("types offered (type-set size, log scale)"));
    x->setRange(0.8, std::max(2.0, maxX * 1.25));
    auto* ySec = new QValueAxis;
    ySec->setTitleText(tr("mean seconds per mention"));
    ySec->setRange(0, maxSec * 1.1);
    auto* yAct = new QValueAxis;
    yAct->setTitleText(tr("mean actions per mention"));
    yAct->setRange(0, maxAct * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(ySec, Qt::AlignLeft);
    chart->addAxis(yAct, Qt::AlignRight);
    for (QLineSeries* s : {secWith, secWithout}) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(ySec);
    }
    for (QLineSeries* s : {actWith, actWithout}) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(yAct);
        QPen pen = s->pen();
        pen.setStyle(Qt::DashLine);
        s->setPen(pen);
    }
    return chart;
}

QChart* ManageCharts::confusionPairs(const team::ChartTable& t) {
    QChart* chart = newChart();
    chart->legend()->hide();
    auto* set = new QBarSet(tr("mentions"));
    QStringList names;
    double top = 1;
    // Most frequent pair on top: horizontal bars are drawn bottom-up.
    for (int i = std::min(int(t.rows.size()), 10) - 1; i >= 0; --i) { // the chart shows the top 10
        const QVariantList& row = t.rows[i];
        names << QStringLiteral("%1 ↔ %2").arg(annotation::TypePaths::leafName(text(row[0])),
                                               annotation::TypePaths::leafName(text(row[1])));
        *set << row[2].toDouble();
        top = std::max(top, row[2].toDouble());
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    auto* x = countAxis(top);
    x->setTitleText(tr("annotator pairs that disagreed this way"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

} // namespace kcat::ui
