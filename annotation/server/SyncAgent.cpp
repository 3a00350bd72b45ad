#include "annotation/server/SyncAgent.h"

#include "annotation/server/ClientCache.h"
#include "compute/core/Workspace.h"

#include <QAtomicInt>
#include <QTimer>

namespace kcat::server {

namespace {
QAtomicInt agentCounter;
}

SyncAgent::SyncAgent(const QString& cachePath, const ServerSettings& settings, QObject* parent)
    : QObject(parent)
    , m_cachePath(cachePath)
    , m_settings(settings) {}

SyncAgent::~SyncAgent() = default;

void SyncAgent::start(int intervalMs) {
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this] { syncOnce(); });
    }
    m_timer->start(intervalMs);
    syncOnce();
}

void SyncAgent::stop() {
    if (m_timer)
        m_timer->stop();
}

bool SyncAgent::syncOnce() {
    if (!m_workspace) {
        core::WorkspaceError error;
        m_workspace = core::Workspace::open(m_cachePath, &error);
        if (!m_workspace) {
            setStatus(State::Refused, error.message);
            return false;
        }
    }
    m_pending = ClientCache::pending(*m_workspace);
    if (!m_connection)
        m_connection = std::make_unique<ServerConnection>(
            m_settings, QStringLiteral("kcat-sync-%1").arg(agentCounter.fetchAndAddRelaxed(1)));
    ServerError error;
    if (!m_connection->isOpen() && !m_connection->open(&error)) {
        setStatus(error.isConnectionLost() ? State::Offline : State::Refused, error.message);
        return m_pending == 0;
    }
    if (m_pending == 0 && !m_connection->exec(QStringLiteral("SELECT 1"), &error)) {
        m_connection->close();
        setStatus(error.isConnectionLost() ? State::Offline : State::Refused, error.message);
        return true;
    }
    int pushed = 0;
    QString refused;
    if (m_pending > 0 && !ClientCache::push(*m_workspace, *m_connection, &pushed, &error, &refused)) {
        m_pending = ClientCache::pending(*m_workspace);
        setStatus(error.isConnectionLost() ? State::Offline : State::Refused, error.message);
        return false;
    }
    m_pending = ClientCache::pending(*m_workspace);
    if (!refused.isEmpty())
        m_refused = refused;
    setStatus(State::Online, m_refused);
    return m_pending == 0;
}

void SyncAgent::setStatus(State state, const QString& detail) {
    QString message;
    switch (state) {
    case State::Online:
        message = m_pending == 0
                      ? tr("Team server %1: every label is saved on the server").arg(m_settings.endpoint())
                      : tr("Team server %1: sending %n label edit(s)…", nullptr, m_pending)
                            .arg(m_settings.endpoint());
        if (!detail.isEmpty())
            message += QStringLiteral(" — ") + detail;
        break;
    case State::Offline:
        message = tr("Team server %1 unreachable: %n label edit(s) kept on this computer, retrying", nullptr,
                     m_pending)
                      .arg(m_settings.endpoint());
        break;
    case State::Refused:
        message = tr("Team server %1 refused the edits (%n waiting): %2", nullptr, m_pending)
                      .arg(m_settings.endpoint(), detail);
        break;
    case State::Idle:
        break;
    }
    const bool changed = state != m_state || message != m_message;
    m_state = state;
    m_message = message;
    m_detail = detail;
    if (changed)
        Q_EMIT statusChanged(state, message, m_pending);
}

} // namespace kcat::server
