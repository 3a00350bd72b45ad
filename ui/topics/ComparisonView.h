#pragma once

#include <QWidget>

class QChartView;
class QTableView;

namespace kcat::topics {
class ModelComparisonModel;
}

namespace kcat::ui {

// The fitted models side by side (mAP, NPMI, UMass, perplexity, training time) and the
// precision-at-recall curves of the selected ones (all of them when none is selected); table to CSV,
// chart to PNG or SVG.
class ComparisonView : public QWidget {
    Q_OBJECT

public:
    explicit ComparisonView(topics::ModelComparisonModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QChartView* chartView() const { return m_chart; }
    // Curves drawn, one per model with a precision-at-recall curve.
    int curveCount() const;
    bool exportCsv(const QString& path, QString* error) const;
    bool exportChart(const QString& path, QString* error) const;

private:
    void redraw();

    topics::ModelComparisonModel* m_model;
    QTableView* m_table;
    QChartView* m_chart;
};

} // namespace kcat::ui
