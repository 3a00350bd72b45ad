#pragma once

#include "annotation/team/Dashboard.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace kcat::ui {

class ChartPanel;

// The Manage page's dashboards: agreement heat map, accuracy, confusion heat map per annotator, progress,
// seconds per mention, the type-set-size experiment and type confusion pairs; each exports PNG/SVG/CSV.
class DashboardView : public QWidget {
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);
    // Shows new numbers; the charts are rebuilt one per event-loop turn, then filled() is emitted.
    void setDashboard(std::shared_ptr<const team::Dashboard> dashboard);
    bool isFilling() const { return !m_pending.isEmpty(); }
    QList<ChartPanel*> panels() const { return m_panels; }
    ChartPanel* panel(const QString& name) const; // by ChartTable name

Q_SIGNALS:
    void filled();

private:
    void showConfusion(int annotator);
    void buildNext(int generation);
    void buildChart(ChartPanel* panel);

    std::shared_ptr<const team::Dashboard> m_dashboard;
    QList<ChartPanel*> m_panels;
    ChartPanel *m_agreement, *m_accuracy, *m_confusion, *m_progress, *m_histogram, *m_typeSetSize, *m_pairs;
    QComboBox* m_confusionAnnotator;
    QLabel* m_summary;
    QWidget* m_inner;             // the scrolled grid of charts
    QList<ChartPanel*> m_pending; // charts still to build for the current numbers
    int m_generation = 0;
};

} // namespace kcat::ui
