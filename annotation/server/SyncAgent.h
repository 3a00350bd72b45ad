#pragma once

#include "annotation/server/ServerConnection.h"

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace kcat::core {
class Workspace;
}

namespace kcat::server {

// Delivers an annotator's cache outbox to the team server: every interval it (re)connects when needed and
// pushes whatever the triggers recorded. A dropped server only changes the status; the edits stay in the
// outbox and go out on the first round after the server is back. Lives in one thread (its own workspace
// and server connections are opened there), e.g. a QThread it was moved to before start().
class SyncAgent : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Online, Offline, Refused };
    Q_ENUM(State)

    SyncAgent(const QString& cachePath, const ServerSettings& settings, QObject* parent = nullptr);
    ~SyncAgent() override;

    // One round; true when the outbox is empty afterwards.
    bool syncOnce();
    State state() const { return m_state; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }
    int pending() const { return m_pending; }

public Q_SLOTS:
    // Starts the periodic rounds (first one at once) in the calling thread.
    void start(int intervalMs = 2000);
    void stop();

Q_SIGNALS:
    void statusChanged(kcat::server::SyncAgent::State state, const QString& message, int pending);

private:
    void setStatus(State state, const QString& detail);

    QString m_cachePath;
    ServerSettings m_settings;
    std::unique_ptr<core::Workspace> m_workspace;
    std::unique_ptr<ServerConnection> m_connection;
    QTimer* m_timer = nullptr;
    State m_state = State::Idle;
    QString m_message;
    QString m_detail;
    int m_pending = 0;
    QString m_refused; // the last refusal, shown until the agent ends
};

} // namespace kcat::server
