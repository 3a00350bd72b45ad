#pragma once

#include "ui/WorkspacePage.h"

#include <QSet>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTabWidget;
class QTimer;
class QVBoxLayout;

namespace kcat::runs {
class RunFilterModel;
class RunLauncher;
class RunStore;
class RunTableModel;
} // namespace kcat::runs

namespace kcat::ui {

class CompareView;
class LiveText;
class LayerBarsView;
class ParallelCoordinatesView;
class RunView;
class ScatterView;

// The Experiments page: the runs table (filter, sort, multi-select), a launch dialog generated from the run
// kinds' schemas, compare charts, a scatter with the Pareto front and run details. Runs are launched as
// `kcat run` children through a RunLauncher and appear in the window's job list; the page follows them
// live.
class ExperimentsPage : public WorkspacePage {
    Q_OBJECT

public:
    explicit ExperimentsPage(QWidget* parent = nullptr);
    ~ExperimentsPage() override;

    void setWorkspace(core::Workspace* workspace) override;

    // Opens the launch dialog (optionally cloning a run) and launches what it returns; returns the new
    // run's id or 0.
    qint64 newRun(qint64 cloneOf = 0);
    QVector<qint64> selectedRuns() const;
    void selectRuns(const QVector<qint64>& ids);
    bool exportCsv(const QString& path, QString* error) const;

    runs::RunLauncher* launcher() const { return m_launcher.get(); }
    runs::RunTableModel* model() const { return m_model; }
    CompareView* compareView() const { return m_compare; }
    ScatterView* scatterView() const { return m_scatter; }
    ParallelCoordinatesView* parallelView() const { return m_parallel; }
    LayerBarsView* layerView() const { return m_layers; }
    // The kind-specific views registered with registerRunView(), in registration order.
    const QVector<RunView*>& runViews() const { return m_runViews; }

private:
    void buildToolbar(QVBoxLayout* layout);
    void selectionChanged();
    void updateFilters();
    void tick();
    void refreshLive();
    void cancelSelected();
    void resumeSelected();
    void deleteSelected();
    void exportCsvInteractive();
    void exportChartInteractive();
    void showDetails();
    void updateRunViews(bool reloadOnly);
    void launch(const QString& kind, const QString& name, const nlohmann::json& params,
                const QStringList& tags, qint64 clonedFrom, qint64* id);

    LiveText* m_live;
    core::Workspace* m_ws = nullptr;
    std::unique_ptr<runs::RunStore> m_store;
    std::unique_ptr<runs::RunLauncher> m_launcher;
    runs::RunTableModel* m_model;
    runs::RunFilterModel* m_filter;
    QTableView* m_table;
    QTabWidget* m_tabs;
    CompareView* m_compare;
    ScatterView* m_scatter;
    ParallelCoordinatesView* m_parallel;
    LayerBarsView* m_layers;
    QPlainTextEdit* m_details;
    QVector<RunView*> m_runViews;
    QVector<std::function<bool(const QString&)>> m_runViewAccepts;
    QComboBox* m_kindFilter;
    QComboBox* m_statusFilter;
    QComboBox* m_tagFilter;
    QLineEdit* m_paramFilter;
    QLineEdit* m_textFilter;
    QLabel* m_summary;
    QTimer* m_timer;
    QTimer* m_liveTimer;
    QSet<qint64> m_dirty;
    QVector<qint64> m_keepSelection;
};

} // namespace kcat::ui
