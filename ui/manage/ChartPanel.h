#pragma once

#include "annotation/team/Dashboard.h"

#include <QWidget>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;

namespace kcat::ui {

// One dashboard chart with its export buttons: PNG or SVG of the chart, CSV of the numbers behind it.
class ChartPanel : public QWidget {
    Q_OBJECT

public:
    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);
    void setTitle(const QString& title); // after a language switch
    QString title() const { return m_title; }

    // Takes ownership of chart (the previous one is deleted); table is what CSV export writes.
    void setChart(QChart* chart, const team::ChartTable& table);
    void setNote(const QString& note);
    QChartView* view() const { return m_view; }
    QChart* chart() const;
    const team::ChartTable& table() const { return m_table; }
    // Extra controls (e.g. an annotator chooser) go into the header row.
    void addHeaderWidget(QWidget* widget);

    bool exportImage(const QString& path, QString* error) const; // .png or .svg by suffix
    bool exportCsv(const QString& path, QString* error) const;

private:
    void exportImageInteractive();
    void exportCsvInteractive();

    QString m_title;
    QLabel *m_titleLabel, *m_note;
    QChartView* m_view;
    QHBoxLayout* m_header;
    team::ChartTable m_table;
};

} // namespace kcat::ui
