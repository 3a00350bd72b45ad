#pragma once

#include "annotation/team/Dashboard.h"
#include "ui/WorkspacePage.h"

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QTabWidget;

namespace kcat::core {
class Job;
}
namespace kcat::team {
class CurationModel;
class FinalLayer;
class TeamStore;
} // namespace kcat::team

namespace kcat::ui {

class AdjudicationView;
class DashboardView;
class TeamPanel;

// The KCAT manager: team & assignments, dashboards, adjudication. A background job reads the project
// through its own read-only connection, aggregates and computes the dashboards' numbers; the GUI thread
// only swaps the finished results into the models and charts.
class ManagePage : public WorkspacePage {
    Q_OBJECT

public:
    explicit ManagePage(QWidget* parent = nullptr);
    ~ManagePage() override;

    void setWorkspace(core::Workspace* workspace) override;
    QUndoStack* undoStack() override { return m_undo; }

    void showProject(qint64 projectId);
    // Re-reads the project and recomputes with the chosen method ("mv", "ds", ...).
    void reload();
    void setMethod(const QString& method);
    // A job runs, or its results are still being swapped into the charts.
    bool isComputing() const;

    QTabWidget* tabs() const { return m_tabs; }
    TeamPanel* teamPanel() const { return m_team; }
    DashboardView* dashboards() const { return m_dashboards; }
    AdjudicationView* adjudication() const { return m_adjudication; }
    team::CurationModel* curationModel() const { return m_curation; }

Q_SIGNALS:
    // The views show the project's latest numbers.
    void refreshed();

private:
    void startComputation();
    // The status line, re-made after a language switch.
    void setStatus(std::function<QString()> text);

    core::Workspace* m_workspace = nullptr;
    QUndoStack* m_undo;
    std::unique_ptr<team::TeamStore> m_store;
    team::FinalLayer* m_layer = nullptr;
    team::CurationModel* m_curation;
    qint64 m_project = 0;
    QComboBox *m_projects, *m_method;
    QLabel* m_status;
    std::function<QString()> m_statusText;
    QTabWidget* m_tabs;
    TeamPanel* m_team;
    DashboardView* m_dashboards;
    AdjudicationView* m_adjudication;
    core::Job* m_job = nullptr;
    bool m_reloadPending = false;
    int m_generation = 0;
};

} // namespace kcat::ui
