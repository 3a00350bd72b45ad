#pragma once

#include "annotation/team/Dashboard.h"
#include "ui/WorkspacePage.h"

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

// The KCAT manager: team & assignments, dashboards, adjudication. The project is read on the GUI thread
// (a few queries); aggregation and the dashboards' numbers are computed in a background job.
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
    bool isComputing() const { return m_job != nullptr; }

    QTabWidget* tabs() const { return m_tabs; }
    TeamPanel* teamPanel() const { return m_team; }
    DashboardView* dashboards() const { return m_dashboards; }
    AdjudicationView* adjudication() const { return m_adjudication; }
    team::CurationModel* curationModel() const { return m_curation; }

Q_SIGNALS:
    // The views show the project's latest numbers.
    void refreshed();

private:
    void startComputation(std::shared_ptr<const team::ProjectSnapshot> snapshot);

    core::Workspace* m_workspace = nullptr;
    QUndoStack* m_undo;
    std::unique_ptr<team::TeamStore> m_store;
    team::FinalLayer* m_layer = nullptr;
    team::CurationModel* m_curation;
    qint64 m_project = 0;
    QComboBox *m_projects, *m_method;
    QLabel* m_status;
    QTabWidget* m_tabs;
    TeamPanel* m_team;
    DashboardView* m_dashboards;
    AdjudicationView* m_adjudication;
    core::Job* m_job = nullptr;
    bool m_reloadPending = false;
    int m_generation = 0;
};

} // namespace kcat::ui
