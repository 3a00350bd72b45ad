#include "ui/topics/ComparisonView.h"

#include "ui/LiveText.h"

#include "topics/core/ModelComparisonModel.h"
#include "ui/topics/ChartExport.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace kcat::ui {

ComparisonView::ComparisonView(topics::ModelComparisonModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_chart(new QChartView(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    auto* csv = new QPushButton(this);
    csv->setObjectName(QStringLiteral("exportComparisonCsv"));
    auto* chart = new QPushButton(this);
    chart->setObjectName(QStringLiteral("exportComparisonChart"));
    buttons->addStretch(1);
    buttons->addWidget(csv);
    buttons->addWidget(chart);
    layout->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart->setObjectName(QStringLiteral("precisionRecallChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &ComparisonView::redraw);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ComparisonView::redraw);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export Comparison as CSV"), QString(), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export Comparison"), error);
    });
    connect(chart, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), QString(),
                                                          tr("PNG image (*.png);;SVG image (*.svg)"));
        QString error;
        if (!path.isEmpty() && !exportChart(path, &error))
            QMessageBox::warning(this, tr("Export Chart"), error);
    });
    auto* live = new LiveText(this);
    live->add([csv, chart] {
        csv->setText(tr("Export Table CSV…"));
        chart->setText(tr("Export Chart…"));
    });
    live->add([this] { redraw(); }, false);
    redraw();
}

int ComparisonView::curveCount() const {
    return int(m_chart->chart()->series().size());
}

void ComparisonView::redraw() {
    auto* chart = new QChart;
    chart->setTitle(tr("Retrieval precision at recall (held-out queries)"));
    auto* x = new QValueAxis;
    x->setRange(0, 1);
    x->setTitleText(tr("Recall"));
    x->setLabelFormat(QStringLiteral("%.1f"));
    x->setTickCount(6);
    auto* y = new QValueAxis;
    y->setRange(0, 1);
    y->setTitleText(tr("Precision"));
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QVector<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows << r;
    std::sort(rows.begin(), rows.end());
    for (int r : rows) {
        const auto pr = topics::ModelComparisonModel::precisionAtRecall(m_model->summary(r));
        if (pr.empty())
            continue;
        auto* series = new QLineSeries;
        series->setName(m_model->summary(r).name);
        for (size_t i = 0; i < pr.size(); ++i)
            if (std::isfinite(pr[i]))
                series->append(double(i) / double(pr.size() - 1), pr[i]);
        series->setPointsVisible(true);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

bool ComparisonView::exportCsv(const QString& path, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_model->writeCsv(file) || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ComparisonView::exportChart(const QString& path, QString* error) const {
    return ChartExport::save(m_chart, path, m_chart->chart()->title(), error);
}

} // namespace kcat::ui
