#pragma once

#include "annotation/server/ServerSettings.h"
#include "annotation/server/SyncAgent.h"

#include <QLabel>
#include <QObject>
#include <QPointer>

class QThread;

namespace kcat::ui {

class MainWindow;

// An annotator's live link to the team server in one window: the cache workspace is open in the window,
// a SyncAgent in its own thread sends every label edit, and a status-bar label says whether the server has
// everything ("every label is saved on the server") or how many edits wait on this computer.
class TeamServerSession : public QObject {
    Q_OBJECT

public:
    // The cache workspace of a login: <data folder>/team/<user>@<host>-<port>-<database>.kcat.
    static QString cachePath(const server::ServerSettings& settings);

    // Connects as settings, sends the cache's outbox, fetches the assigned documents into the cache, opens
    // it in the window and starts the session (replacing the window's previous one). When the server cannot
    // be reached but the cache exists, opens it offline (*offline = true): edits wait in the outbox.
    static TeamServerSession* connectWindow(MainWindow* window, const server::ServerSettings& settings,
                                            QString* error, bool* offline = nullptr);

    ~TeamServerSession() override;

    QString path() const { return m_path; }
    server::SyncAgent::State state() const { return m_state; }
    QString message() const { return m_message; }
    QLabel* statusLabel() const { return m_label.data(); }

Q_SIGNALS:
    void statusChanged(kcat::server::SyncAgent::State state, const QString& message, int pending);

private:
    TeamServerSession(MainWindow* window, const QString& cachePath, const server::ServerSettings& settings);
    void showStatus(server::SyncAgent::State state, const QString& message, int pending);

    QString m_path;
    QThread* m_thread;
    QPointer<QLabel> m_label; // owned by the status bar
    server::SyncAgent::State m_state = server::SyncAgent::State::Idle;
    QString m_message;
};

// Sets the File menu's "Connect to Team Server…" (see TeamServerHook.h); called from app/Pages.cpp.
void registerTeamServerUi();

} // namespace kcat::ui
