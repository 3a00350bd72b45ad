#pragma once

#include <QString>
#include <QWidget>

class QUndoStack;

namespace kcat::core {
class Workspace;
class JobListModel;
} // namespace kcat::core

namespace kcat::ui {

// What the main window needs of each of its four pages (Annotate, Manage, Topics, Experiments).
class WorkspacePage : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The open workspace changed (nullptr while none is open). The page reloads from it.
    virtual void setWorkspace(core::Workspace* workspace) = 0;
    // The page's undo history, joined to the Edit menu while the page is shown; nullptr when it has none.
    virtual QUndoStack* undoStack() { return nullptr; }
    // Where the page starts long work; set by the main window before setWorkspace().
    void setJobs(core::JobListModel* jobs) { m_jobs = jobs; }

protected:
    core::JobListModel* jobs() const { return m_jobs; }

private:
    core::JobListModel* m_jobs = nullptr;
};

} // namespace kcat::ui
