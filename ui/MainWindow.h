#pragma once

#include <QMainWindow>
#include <QVector>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoGroup;

namespace kcat::core {
class JobListModel;
class Workspace;
} // namespace kcat::core

namespace kcat::ui {

class JobIndicator;
class WorkspacePage;

// The KCAT Studio window: four workspace pages switched from the left bar (Ctrl+1..4), the File menu for
// workspaces, the status bar's job indicator. Holds the open workspace.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum Page { AnnotatePage, ManagePage, TopicsPage, ExperimentsPage, PageCount };

    using PageFactory = std::function<WorkspacePage*(QWidget* parent)>;
    // Set by the application's wiring (app/Pages.cpp) before a window is made; a page without a factory
    // shows what it will do.
    static void setPageFactory(Page page, PageFactory factory);

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file (and remembers it among the recent ones). On failure the current workspace
    // stays open and error (when given) receives the message; otherwise the message is shown in a dialog.
    bool openWorkspace(const QString& path, QString* error = nullptr);
    // Creates a workspace at path and opens it.
    bool createWorkspace(const QString& path, QString* error = nullptr);
    core::Workspace* workspace() const { return m_workspace.get(); }
    core::JobListModel* jobs() const { return m_jobs; }

    void setCurrentPage(Page page);
    Page currentPage() const;
    WorkspacePage* page(Page page) const { return m_pages.value(page); }
    static bool pageFromName(const QString& name, Page* page);

    bool saveScreenshot(const QString& file);

    // Runs the workspace integrity check as a background job.
    void checkWorkspace();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createPages();
    void retranslate();
    void updateRecentMenu();
    void updateTitle();
    void newWorkspaceDialog();
    void openWorkspaceDialog();
    void showSettings();
    void showJobList();
    void showShortcuts();
    void showAbout();
    bool setWorkspace(std::unique_ptr<core::Workspace> workspace);

    std::unique_ptr<core::Workspace> m_workspace;
    core::JobListModel* m_jobs;
    QStackedWidget* m_stack;
    QToolBar* m_pageBar;
    QActionGroup* m_pageGroup;
    QVector<WorkspacePage*> m_pages;
    QVector<QAction*> m_pageActions;
    QUndoGroup* m_undoGroup;
    JobIndicator* m_jobIndicator;
    QLabel* m_workspaceLabel;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_jobsAction = nullptr;
    QAction* m_checkAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace kcat::ui
