#include "ui/manage/ChartPanel.h"

#include "ui/LiveText.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

namespace kcat::ui {

ChartPanel::ChartPanel(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(title) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QHBoxLayout;
    m_titleLabel = new QLabel;
    setTitle(title);
    m_header->addWidget(m_titleLabel);
    m_header->addStretch(1);
    auto* image = new QToolButton;
    image->setObjectName(QStringLiteral("exportImage"));
    auto* csv = new QToolButton;
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto* live = new LiveText(this);
    live->add([image, csv] {
        image->setText(tr("Image…"));
        image->setToolTip(tr("Export the chart as PNG or SVG"));
        csv->setText(tr("CSV…"));
        csv->setToolTip(tr("Export the chart's numbers as CSV"));
    });
    connect(image, &QToolButton::clicked, this, &ChartPanel::exportImageInteractive);
    connect(csv, &QToolButton::clicked, this, &ChartPanel::exportCsvInteractive);
    m_header->addWidget(image);
    m_header->addWidget(csv);
    layout->addLayout(m_header);
    m_view = new QChartView;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    layout->addWidget(m_view, 1);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
}

void ChartPanel::setTitle(const QString& title) {
    m_title = title;
    m_titleLabel->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
}

void ChartPanel::addHeaderWidget(QWidget* widget) {
    m_header->insertWidget(1, widget);
}

QChart* ChartPanel::chart() const {
    return m_view->chart();
}

void ChartPanel::setChart(QChart* chart, const team::ChartTable& table) {
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_table = table;
}

void ChartPanel::setNote(const QString& note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

bool ChartPanel::exportImage(const QString& path, QString* error) const {
    const QSize size = m_view->size().isEmpty() ? QSize(800, 500) : m_view->size();
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_title);
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("%1: cannot write the SVG file").arg(path);
            return false;
        }
        m_view->render(&painter);
        painter.end();
        return true;
    }
    if (!m_view->grab().save(path)) {
        *error = tr("%1: cannot write the image (use .png or .svg)").arg(path);
        return false;
    }
    return true;
}

bool ChartPanel::exportCsv(const QString& path, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_table.csv()) < 0 || !file.commit()) {
        *error = tr("%1: cannot write the CSV file").arg(path);
        return false;
    }
    return true;
}

void ChartPanel::exportImageInteractive() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Chart"), m_table.name + QStringLiteral(".png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    QString error;
    if (!path.isEmpty() && !exportImage(path, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

void ChartPanel::exportCsvInteractive() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Numbers"), m_table.name + QStringLiteral(".csv"), tr("CSV (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Numbers"), error);
}

} // namespace kcat::ui
