// "Connect to Team Server…" in the main window: the File menu action, the dialog remembering everything but
// the password, and a live session whose status-bar label follows the server going away and coming back
// while an edit made in the window reaches the server.

#include "ServerTestData.h"

#include "annotation/server/ClientCache.h"
#include "ui/MainWindow.h"
#include "ui/server/ConnectDialog.h"
#include "ui/server/TeamServerSession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace kcat;

class TestTeamServerUi : public QObject {
    Q_OBJECT

private:
    PgTestCluster m_cluster;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_manager;

    int serverCount(const QString& sql) {
        server::ServerConnection mia(serverdata::settingsFor(m_cluster, QStringLiteral("mia")),
                                     QStringLiteral("ui-count"));
        server::ServerError e;
        if (!mia.open(&e))
            return -1;
        QSqlQuery q(mia.database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        if (PgTestCluster::binDir().isEmpty())
            QSKIP("PostgreSQL server binaries (initdb, pg_ctl under /usr/lib/postgresql/*/bin) are not "
                  "installed; install the Debian package postgresql to run the team-server tests");
        serverdata::registerSchemas();
        ui::registerTeamServerUi();
        core::WorkspaceError we;
        m_manager = core::Workspace::create(m_dir.filePath(QStringLiteral("manager.kcat")), &we);
        QVERIFY2(m_manager, qPrintable(we.message));
        QString error;
        QVERIFY2(serverdata::setUp(m_cluster, *m_manager, &error), qPrintable(error + m_cluster.log()));
    }

    void dialogRemembersAllButThePassword() {
        server::ServerSettings s = serverdata::settingsFor(m_cluster, QStringLiteral("alice"));
        {
            ui::ConnectDialog dialog;
            dialog.setSettings(s);
            QCOMPARE(dialog.settings().password, QStringLiteral("alice-pw"));
            dialog.remember();
        }
        ui::ConnectDialog again;
        const server::ServerSettings r = again.settings();
        QCOMPARE(r.host, s.host);
        QCOMPARE(r.port, s.port);
        QCOMPARE(r.database, s.database);
        QCOMPARE(r.user, QStringLiteral("alice"));
        QVERIFY(r.password.isEmpty());
        if (!qEnvironmentVariableIsEmpty("KCAT_SERVER_SHOT")) {
            again.setError(
                QStringLiteral("cannot reach the team server at 127.0.0.1:5432: Connection refused"));
            again.show();
            again.adjustSize();
            again.grab().save(qEnvironmentVariable("KCAT_SERVER_SHOT")
                                  .replace(QStringLiteral(".png"), QStringLiteral("-dialog.png")));
        }
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("password"))->echoMode(), QLineEdit::Password);
    }

    void sessionFollowsTheServer() {
        ui::MainWindow window;
        QAction* action = window.findChild<QAction*>(QStringLiteral("connectTeamServerAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Connect to &Team Server…"));
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(action));

        const server::ServerSettings alice = serverdata::settingsFor(m_cluster, QStringLiteral("alice"));
        QDir(QFileInfo(ui::TeamServerSession::cachePath(alice)).absolutePath()).removeRecursively();
        QString error;
        ui::TeamServerSession* session = ui::TeamServerSession::connectWindow(&window, alice, &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(window.workspace()->path(), ui::TeamServerSession::cachePath(alice));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), server::SyncAgent::State::Online, 15000);
        QVERIFY2(session->statusLabel()->text().contains(QStringLiteral("every label is saved")),
                 qPrintable(session->statusLabel()->text()));

        // An edit in the window's workspace reaches the server through the outbox and the agent.
        annotation::DocumentStore store(window.workspace());
        QSqlQuery q(window.workspace()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM annotation_annotators WHERE is_default = 1")) &&
                q.next());
        store.setAnnotator(q.value(0).toLongLong());
        QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM annotation_mentions")) && q.next());
        const qint64 mention = q.value(0).toLongLong();
        q.finish(); // an active SELECT would pin an old WAL snapshot and make the next write fail
        QVERIFY(store.setTypes(mention, {QStringLiteral("/person/artist")}, &error));
        QTRY_COMPARE_WITH_TIMEOUT(
            serverCount(QStringLiteral("SELECT count(*) FROM kcat.mention_types WHERE "
                                       "annotator = 'alice' AND type_path = '/person/artist'")),
            1, 15000);

        // The server goes away: the label says so, the next edit waits on this computer.
        QVERIFY2(m_cluster.stopServer(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), server::SyncAgent::State::Offline, 15000);
        QVERIFY2(store.setTypes(mention, {QStringLiteral("/person/author")}, &error),
                 qPrintable(error + window.workspace()->database().lastError().text()));
        QTRY_VERIFY_WITH_TIMEOUT(session->statusLabel()->text().contains(QStringLiteral("1 label edit")),
                                 15000);
        QVERIFY2(session->statusLabel()->text().contains(alice.endpoint()),
                 qPrintable(session->statusLabel()->text()));
        if (!qEnvironmentVariableIsEmpty("KCAT_SERVER_SHOT"))
            window.grab().save(qEnvironmentVariable("KCAT_SERVER_SHOT"));
        QVERIFY(server::ClientCache::pending(*window.workspace()) > 0);

        QVERIFY2(m_cluster.startServer(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(
            serverCount(QStringLiteral("SELECT count(*) FROM kcat.mention_types WHERE "
                                       "annotator = 'alice' AND type_path = '/person/author'")),
            1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            session->statusLabel()->text().contains(QStringLiteral("every label is saved")), 15000);
        QCOMPARE(serverCount(
                     QStringLiteral("SELECT count(*) FROM kcat.mention_types WHERE annotator = 'alice' AND "
                                    "type_path = '/person/artist'")),
                 0);
    }
};

QTEST_MAIN(TestTeamServerUi)
#include "tst_teamserver_ui.moc"
