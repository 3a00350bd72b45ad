#pragma once

#include "annotation/server/ServerSettings.h"
#include "ui/server/TeamServerJobs.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

class QAction;
class QCheckBox;
class QComboBox;
class QSpinBox;

namespace kcat::core {
class ConcurrentJob;
}

namespace kcat::ui {

class MainWindow;

// "Assign on Team Server": the project and how to assign it (overlap k, blind, gold documents, seed).
class AssignDialog : public QDialog {
    Q_OBJECT

public:
    AssignDialog(const QStringList& projects, QWidget* parent = nullptr);
    QString project() const;
    TeamServerJobs::AssignOptions options() const;

private:
    QComboBox* m_project;
    QSpinBox* m_overlap;
    QCheckBox* m_blind;
    QSpinBox* m_gold;
    QSpinBox* m_seed;
};

// The manager's File-menu actions next to "Connect to Team Server…": Publish, Assign and Pull. Each asks for
// the manager's login (the connection dialog), runs as a job in the window's job list (progress, cancel)
// and ends with a message naming the server: what was done, or what failed.
class TeamServerActions : public QObject {
    Q_OBJECT

public:
    explicit TeamServerActions(MainWindow* window);

    QAction* publishAction() const { return m_publish; }
    QAction* assignAction() const { return m_assign; }
    QAction* pullAction() const { return m_pull; }

    // The jobs behind the actions, without dialogs (the window's open workspace; tests call these).
    core::ConcurrentJob* startPublish(const server::ServerSettings& settings, const QString& project);
    core::ConcurrentJob* startAssign(const server::ServerSettings& settings, const QString& project,
                                     const TeamServerJobs::AssignOptions& options);
    core::ConcurrentJob* startPull(const server::ServerSettings& settings);

Q_SIGNALS:
    // A job ended: ok, and the message shown to the user.
    void finished(bool ok, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    QStringList projects() const;
    bool askLogin(server::ServerSettings* settings);
    core::ConcurrentJob* run(core::ConcurrentJob* job, bool reloadAfter);

    MainWindow* m_window;
    QAction* m_publish;
    QAction* m_assign;
    QAction* m_pull;
};

} // namespace kcat::ui
