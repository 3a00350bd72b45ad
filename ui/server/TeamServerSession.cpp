#include "ui/server/TeamServerSession.h"

#include "annotation/server/ClientCache.h"
#include "compute/core/Workspace.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>

namespace kcat::ui {

QString TeamServerSession::cachePath(const server::ServerSettings& s) {
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/team");
    QString name = QStringLiteral("%1@%2-%3-%4").arg(s.user, s.host).arg(s.port).arg(s.database);
    for (QChar& c : name)
        if (!c.isLetterOrNumber() && c != QLatin1Char('@') && c != QLatin1Char('-') &&
            c != QLatin1Char('.') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    return dir + QLatin1Char('/') + name + QStringLiteral(".kcat");
}

TeamServerSession* TeamServerSession::connectWindow(MainWindow* window,
                                                    const server::ServerSettings& settings, QString* error,
                                                    bool* offline) {
    const QString path = cachePath(settings);
    const bool existed = QFileInfo::exists(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    bool isOffline = false;
    {
        core::WorkspaceError we;
        auto cache = core::Workspace::openOrCreate(path, &we);
        if (!cache) {
            *error = we.message;
            return nullptr;
        }
        server::ServerConnection connection(settings, QStringLiteral("kcat-ui-connect"));
        server::ServerError se;
        int pushed = 0;
        server::SyncCounts counts;
        if (!connection.open(&se) || !server::ClientCache::push(*cache, connection, &pushed, &se) ||
            !server::ClientCache::download(*cache, connection, &counts, &se)) {
            if (!se.isConnectionLost() || !existed) {
                *error = se.message;
                return nullptr;
            }
            isOffline = true;
        }
    }
    if (offline)
        *offline = isOffline;
    if (!window->openWorkspace(path, error))
        return nullptr;
    for (auto* old : window->findChildren<TeamServerSession*>(QString(), Qt::FindDirectChildrenOnly))
        delete old;
    auto* session = new TeamServerSession(window, path, settings);
    window->setCurrentPage(MainWindow::AnnotatePage);
    return session;
}

TeamServerSession::TeamServerSession(MainWindow* window, const QString& cachePath,
                                     const server::ServerSettings& settings)
    : QObject(window)
    , m_path(cachePath)
    , m_thread(new QThread(this))
    , m_label(new QLabel(window)) {
    setObjectName(QStringLiteral("teamServerSession"));
    m_label->setObjectName(QStringLiteral("teamServerStatus"));
    window->statusBar()->addPermanentWidget(m_label);
    auto* agent = new server::SyncAgent(cachePath, settings);
    agent->moveToThread(m_thread);
    connect(m_thread, &QThread::started, agent, [agent] { agent->start(2000); });
    connect(m_thread, &QThread::finished, agent, &QObject::deleteLater);
    connect(agent, &server::SyncAgent::statusChanged, this, &TeamServerSession::showStatus,
            Qt::QueuedConnection);
    m_label->setText(tr("Team server %1: connecting…").arg(settings.endpoint()));
    m_thread->start();
}

TeamServerSession::~TeamServerSession() {
    m_thread->quit();
    m_thread->wait();
    delete m_label;
}

void TeamServerSession::showStatus(server::SyncAgent::State state, const QString& message, int pending) {
    m_state = state;
    m_message = message;
    if (m_label) {
        m_label->setText(message);
        m_label->setToolTip(message);
        const bool ok = state == server::SyncAgent::State::Online;
        m_label->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e; font-weight: bold"));
    }
    Q_EMIT statusChanged(state, message, pending);
}

} // namespace kcat::ui
