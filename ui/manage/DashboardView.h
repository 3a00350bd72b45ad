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
    void setDashboard(std::shared_ptr<const team::Dashboard> dashboard);
    QList<ChartPanel*> panels() const { return m_panels; }
    ChartPanel* panel(const QString& name) const; // by ChartTable name

private:
    void showConfusion(int annotator);

    std::shared_ptr<const team::Dashboard> m_dashboard;
    QList<ChartPanel*> m_panels;
    ChartPanel *m_agreement, *m_accuracy, *m_confusion, *m_progress, *m_histogram, *m_typeSetSize, *m_pairs;
    QComboBox* m_confusionAnnotator;
    QLabel* m_summary;
};

} // namespace kcat::ui
