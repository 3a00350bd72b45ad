// The manager's File-menu actions next to "Connect to Team Server…" — Publish, Assign (overlap k, blind,
// gold) and Pull — as background jobs against a throw-away cluster: what reaches the server and the
// workspace, the message when the server is unreachable or the login is no manager, a cancelled job that
// leaves both sides untouched; and an annotator's span adjustment reaching the server through the outbox.

#include "ServerTestData.h"

#include "annotation/server/ClientCache.h"
#include "annotation/team/TeamSchema.h"
#include "annotation/team/TeamStore.h"
#include "compute/core/ConcurrentJob.h"
#include "ui/MainWindow.h"
#include "ui/server/TeamServerActions.h"
#include "ui/server/TeamServerHook.h"
#include "ui/server/TeamServerSession.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kcat;

class TestTeamServerJobs : public QObject {
    Q_OBJECT

private:
    PgTestCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::TeamServerActions* m_actions = nullptr;

    server::ServerSettings as(const QString& user) const { return serverdata::settingsFor(m_cluster, user); }

    int serverCount(const QString& sql, const QVariantList& binds = {}) {
        server::ServerConnection mia(as(QStringLiteral("mia")), QStringLiteral("jobs-count"));
        server::ServerError e;
        if (!mia.open(&e))
            return -1;
        QSqlQuery q(mia.database());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    int localCount(const QString& sql) {
        QSqlQuery q(m_window->workspace()->database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    // Runs a job to its end; returns (state, message shown).
    std::pair<core::Job::State, QString> finish(core::ConcurrentJob* job) {
        QSignalSpy done(m_actions, &ui::TeamServerActions::finished);
        if (!job)
            return {core::Job::State::Failed, QStringLiteral("no job")};
        core::Job::State state = core::Job::State::Running;
        connect(job, &core::Job::finished, this, [&state](core::Job::State s) { state = s; });
        if (!done.wait(60000))
            return {core::Job::State::Running, QStringLiteral("timeout")};
        return {state, done.first().at(1).toString()};
    }

private Q_SLOTS:
    void initTestCase() {
        if (PgTestCluster::binDir().isEmpty())
            QSKIP("PostgreSQL server binaries (initdb, pg_ctl under /usr/lib/postgresql/*/bin) are not "
                  "installed; install the Debian package postgresql to run the team-server tests");
        serverdata::registerSchemas();
        team::registerTeamSchema();
        ui::registerTeamServerUi();
        m_path = m_dir.filePath(QStringLiteral("manager.kcat"));
        {
            core::WorkspaceError we;
            auto manager = core::Workspace::create(m_path, &we);
            QVERIFY2(manager, qPrintable(we.message));
            QString error;
            QVERIFY2(serverdata::setUp(m_cluster, *manager, &error), qPrintable(error + m_cluster.log()));
            // A second project, not yet on the server, for the GUI's publish and assign.
            annotation::ProjectStore projects(manager.get());
            const qint64 gui = projects.createProject(QStringLiteral("gui"), QStringLiteral("figer"), &error);
            annotation::DocumentStore store(manager.get());
            QVERIFY2(gui != 0 && store.addDocuments(gui, serverdata::documents(), &error).size() == 3,
                     qPrintable(error));
            QVERIFY(projects.createProject(QStringLiteral("never"), QStringLiteral("figer"), &error) != 0);
        }
        m_window = std::make_unique<ui::MainWindow>();
        QString error;
        QVERIFY2(m_window->openWorkspace(m_path, &error), qPrintable(error));
        m_actions = m_window->findChild<ui::TeamServerActions*>();
        QVERIFY(m_actions);
    }

    // Publish, Assign and Pull follow "Connect to Team Server…" in the File menu.
    void menuHasTheActions() {
        QCoreApplication::processEvents();
        QMenu* file = m_window->menuBar()->actions().first()->menu();
        const QList<QAction*> actions = file->actions();
        auto* connect = m_window->findChild<QAction*>(QStringLiteral("connectTeamServerAction"));
        const int at = int(actions.indexOf(connect));
        QVERIFY(at >= 0 && at + 3 < actions.size());
        QCOMPARE(actions[at + 1], m_actions->publishAction());
        QCOMPARE(actions[at + 2], m_actions->assignAction());
        QCOMPARE(actions[at + 3], m_actions->pullAction());
        QCOMPARE(m_actions->publishAction()->text(), QStringLiteral("&Publish to Team Server…"));
        ui::AssignDialog dialog({QStringLiteral("gui"), QStringLiteral("team")});
        QCOMPARE(dialog.project(), QStringLiteral("gui"));
        QCOMPARE(dialog.options().overlap, 2);
        QVERIFY(dialog.options().blind);
        if (!qEnvironmentVariableIsEmpty("KCAT_ASSIGN_SHOT")) {
            dialog.show();
            dialog.adjustSize();
            dialog.grab().save(qEnvironmentVariable("KCAT_ASSIGN_SHOT"));
        }
    }

    void unreachableServerNamesIt() {
        server::ServerSettings nowhere = as(QStringLiteral("mia"));
        nowhere.port = 1; // nothing listens there
        const int ids = localCount(QStringLiteral("SELECT count(*) FROM server_ids"));
        const auto [state, message] = finish(m_actions->startPublish(nowhere, QStringLiteral("gui")));
        QCOMPARE(state, core::Job::State::Failed);
        QVERIFY2(message.contains(QStringLiteral("Publishing \"gui\" failed")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(nowhere.port)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("cannot reach")), qPrintable(message));
        QCOMPARE(localCount(QStringLiteral("SELECT count(*) FROM server_ids")), ids);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM kcat.projects WHERE name = 'gui'")), 0);
    }

    void annotatorLoginMayNotManage() {
        const auto [state, message] = finish(m_actions->startPublish(as(QStringLiteral("alice")), "gui"));
        QCOMPARE(state, core::Job::State::Failed);
        QVERIFY2(message.contains(QStringLiteral("\"alice\" is an annotator")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("team server 127.0.0.1:%1").arg(m_cluster.port())),
                 qPrintable(message));
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM kcat.projects WHERE name = 'gui'")), 0);
    }

    void cancelledPublishChangesNothing() {
        core::ConcurrentJob* job =
            m_actions->startPublish(as(QStringLiteral("mia")), QStringLiteral("never"));
        job->cancel(); // before the worker has even connected
        const auto [state, message] = finish(job);
        QCOMPARE(state, core::Job::State::Cancelled);
        QVERIFY2(message.contains(QStringLiteral("cancelled")), qPrintable(message));
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM kcat.projects WHERE name = 'never'")), 0);
    }

    void publishAssignPull() {
        // Publish: the project's 3 documents and 6 mentions, ids recorded in the workspace.
        auto [state, message] = finish(m_actions->startPublish(as(QStringLiteral("mia")), "gui"));
        QVERIFY2(state == core::Job::State::Succeeded, qPrintable(message));
        QVERIFY2(message.startsWith(QStringLiteral("Published \"gui\" to the team server 127.0.0.1:%1: 3 "
                                                   "documents, 6 mentions")
                                        .arg(m_cluster.port())),
                 qPrintable(message));
        const QString guiDocs = QStringLiteral("SELECT count(*) FROM kcat.documents d JOIN kcat.projects p "
                                               "ON p.id = d.project_id WHERE p.name = "
                                               "'gui'");
        QCOMPARE(serverCount(guiDocs), 3);
        // Assign: overlap 2, blind, 1 gold document over the 3 annotator logins (mia is a manager):
        // the gold document to all 3, the other 2 documents to 2 each = 7 rows, loads 3/2/2.
        ui::TeamServerJobs::AssignOptions o;
        o.overlap = 2;
        o.blind = true;
        o.goldDocuments = 1;
        o.seed = 3;
        std::tie(state, message) = finish(m_actions->startAssign(as(QStringLiteral("mia")), "gui", o));
        QVERIFY2(state == core::Job::State::Succeeded, qPrintable(message));
        const QString rows = QStringLiteral(
            "SELECT count(*) FROM kcat.assignments a JOIN kcat.documents d ON d.id = a.document_id JOIN "
            "kcat.projects p ON p.id = d.project_id WHERE p.name = 'gui'");
        QCOMPARE(serverCount(rows), 7);
        QCOMPARE(serverCount(rows + QStringLiteral(" AND a.gold")), 3);
        for (const char* who : {"alice", "bob", "carol"}) {
            const int n =
                serverCount(rows + QStringLiteral(" AND a.annotator = ?"), {QString::fromLatin1(who)});
            QVERIFY2(n == 2 || n == 3, who);
        }
        // The project "team" keeps its assignments (2 per annotator).
        QCOMPARE(
            serverCount(QStringLiteral("SELECT count(*) FROM kcat.assignments a JOIN kcat.documents d ON "
                                       "d.id = a.document_id JOIN kcat.projects p ON p.id = d.project_id "
                                       "WHERE p.name = 'team'")),
            6);
        // The workspace (reopened in the window) records the same: members, 7 assignments, blind settings.
        team::TeamStore local(m_window->workspace());
        const qint64 project = annotation::ProjectStore(m_window->workspace()).projectNamed("gui").id;
        QCOMPARE(local.assignments(project).size(), 7);
        QVERIFY(local.isBlind(project));
        QCOMPARE(local.settings(project).goldDocuments, 1);
        QCOMPARE(local.members().size(), 3);
        // Alice labels a gui mention on the server; Pull brings it into the workspace as her label.
        {
            server::ServerConnection alice(as(QStringLiteral("alice")), QStringLiteral("jobs-alice"));
            server::ServerError e;
            QVERIFY2(alice.open(&e), qPrintable(e.message));
            QSqlQuery q(alice.database());
            q.prepare(QStringLiteral(
                "INSERT INTO kcat.mention_labels (mention_id, linked, entity, flagged, state) SELECT m.id, "
                "true, 'e0', false, 'typed' FROM kcat.mentions m JOIN kcat.documents d ON d.id = "
                "m.document_id JOIN kcat.projects p ON p.id = d.project_id JOIN kcat.assignments a ON "
                "a.document_id = d.id AND a.annotator = current_user WHERE p.name = 'gui' ORDER BY d.ord, "
                "m.start_offset LIMIT 1"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        std::tie(state, message) = finish(m_actions->startPull(as(QStringLiteral("mia"))));
        QVERIFY2(state == core::Job::State::Succeeded, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("1 labels")), qPrintable(message));
        QCOMPARE(
            localCount(QStringLiteral(
                "SELECT count(*) FROM annotation_mention_labels l JOIN annotation_annotators a ON a.id = "
                "l.annotator_id WHERE a.name = 'alice' AND l.entity = 'e0' AND l.state = 'typed'")),
            1);
    }

    // Alice types "Paris" (d1, 0-5), then widens it to "Paris is" (0-8): her label moves on the server to
    // the mention at the new span, carol's label stays on 0-5, a new download does not bring 0-5 back into
    // her cache; undoing the move (back to 0-5) moves her label back.
    void spanEditReachesTheServer() {
        const QString path = m_dir.filePath(QStringLiteral("alice-cache.kcat"));
        core::WorkspaceError we;
        auto cache = core::Workspace::openOrCreate(path, &we);
        QVERIFY2(cache, qPrintable(we.message));
        server::ServerConnection alice(as(QStringLiteral("alice")), QStringLiteral("jobs-span-alice"));
        server::ServerError e;
        server::SyncCounts n;
        QVERIFY2(alice.open(&e) && server::ClientCache::download(*cache, alice, &n, &e),
                 qPrintable(e.message));
        {
            server::ServerConnection carol(as(QStringLiteral("carol")), QStringLiteral("jobs-span-carol"));
            QVERIFY2(carol.open(&e), qPrintable(e.message));
            QSqlQuery q(carol.database());
            QVERIFY2(
                q.exec(QStringLiteral(
                    "INSERT INTO kcat.mention_labels (mention_id, linked, entity, flagged, state) SELECT "
                    "m.id, true, 'paris', false, 'typed' FROM kcat.mentions m JOIN kcat.documents d ON "
                    "d.id = m.document_id JOIN kcat.projects p ON p.id = d.project_id WHERE p.name = "
                    "'team' AND d.name = 'd1' AND m.start_offset = 0 AND m.end_offset = 5")),
                qPrintable(q.lastError().text()));
        }
        annotation::DocumentStore store(cache.get());
        store.setAnnotator(annotation::ProjectStore(cache.get()).defaultAnnotator());
        QSqlQuery find(cache->database());
        QVERIFY(find.exec(QStringLiteral(
            "SELECT m.id FROM annotation_mentions m JOIN annotation_documents d "
            "ON d.id = m.document_id WHERE "
            "d.name = 'd1' AND m.start_offset = 0 AND m.end_offset = 5 AND d.project_id = (SELECT id FROM "
            "annotation_projects WHERE name = 'team')")));
        QVERIFY(find.next());
        const qint64 paris = find.value(0).toLongLong();
        find.finish();
        QString error;
        QVERIFY2(store.setTypes(paris, {QStringLiteral("/location/city")}, &error), qPrintable(error));
        int pushed = 0;
        QVERIFY2(server::ClientCache::push(*cache, alice, &pushed, &e), qPrintable(e.message));
        const QString labelsAt = QStringLiteral(
            "SELECT count(*) FROM kcat.mention_types t JOIN kcat.mentions m ON m.id = t.mention_id JOIN "
            "kcat.documents d ON d.id = m.document_id JOIN kcat.projects p ON p.id = d.project_id WHERE "
            "p.name = 'team' AND d.name = 'd1' AND t.annotator = ? AND m.start_offset = ? AND m.end_offset = "
            "? "
            "AND t.type_path = '/location/city'");
        const QString carolAt = QStringLiteral(
            "SELECT count(*) FROM kcat.mention_labels l JOIN kcat.mentions m ON m.id = l.mention_id JOIN "
            "kcat.documents d ON d.id = m.document_id JOIN kcat.projects p ON p.id = d.project_id WHERE "
            "p.name = "
            "'team' AND d.name = 'd1' AND l.annotator = 'carol' AND "
            "m.start_offset = 0 AND m.end_offset = 5");
        QCOMPARE(serverCount(labelsAt, {QStringLiteral("alice"), 0, 5}), 1);

        // Widen the span: the outbox records it and the push moves alice's label.
        QVERIFY2(store.setSpan(paris, 0, 8, &error), qPrintable(error));
        QCOMPARE(server::ClientCache::pending(*cache), 1);
        QVERIFY2(server::ClientCache::push(*cache, alice, &pushed, &e), qPrintable(e.message));
        QCOMPARE(pushed, 1);
        QCOMPARE(server::ClientCache::pending(*cache), 0);
        QCOMPARE(serverCount(labelsAt, {QStringLiteral("alice"), 0, 8}), 1);
        QCOMPARE(serverCount(labelsAt, {QStringLiteral("alice"), 0, 5}), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM kcat.mention_labels l JOIN kcat.mentions m "
                                            "ON m.id = l.mention_id JOIN kcat.documents d ON d.id = "
                                            "m.document_id JOIN kcat.projects p ON p.id = d.project_id WHERE "
                                            "p.name = 'team' AND l.annotator = 'alice' AND d.name = 'd1' AND "
                                            "m.start_offset = 0 AND m.end_offset = 5")),
                 0);
        QCOMPARE(serverCount(carolAt), 1); // the other annotator's label stays on the old span
        // A new download keeps the cache as alice left it: one mention at 0-8 with her types, none at 0-5.
        QVERIFY2(server::ClientCache::download(*cache, alice, &n, &e), qPrintable(e.message));
        QSqlQuery spans(cache->database());
        QVERIFY(spans.exec(QStringLiteral(
            "SELECT m.start_offset, m.end_offset FROM annotation_mentions m JOIN annotation_documents d ON "
            "d.id = m.document_id JOIN annotation_projects p ON p.id = d.project_id WHERE p.name = 'team' "
            "AND "
            "d.name = 'd1' AND m.start_offset = 0")));
        QVERIFY(spans.next());
        QCOMPARE(spans.value(1).toInt(), 8);
        QVERIFY(!spans.next());
        spans.finish();
        QVERIFY(store.mentions(store.mention(paris).documentId).size() == 2);
        QCOMPARE(store.mention(paris).types,
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));

        // Undo the move (back to 0-5): alice's label returns to the original mention.
        QVERIFY2(store.setSpan(paris, 0, 5, &error), qPrintable(error));
        QVERIFY2(server::ClientCache::push(*cache, alice, &pushed, &e), qPrintable(e.message));
        QCOMPARE(serverCount(labelsAt, {QStringLiteral("alice"), 0, 5}), 1);
        QCOMPARE(serverCount(labelsAt, {QStringLiteral("alice"), 0, 8}), 0);
        QSqlQuery moved(cache->database());
        QVERIFY(moved.exec(QStringLiteral("SELECT count(*) FROM server_moved")) && moved.next());
        QCOMPARE(moved.value(0).toInt(), 1); // the 0-8 mention she left; 0-5 is hers again
        moved.finish();
        // The manager's pull sees alice's label on 0-5 again.
        const auto [state, message] = finish(m_actions->startPull(as(QStringLiteral("mia"))));
        QVERIFY2(state == core::Job::State::Succeeded, qPrintable(message));
        QCOMPARE(
            localCount(QStringLiteral(
                "SELECT count(*) FROM annotation_mention_types t JOIN annotation_annotators a ON a.id = "
                "t.annotator_id JOIN annotation_mentions m ON m.id = t.mention_id JOIN annotation_documents "
                "d ON d.id = m.document_id JOIN annotation_projects p ON p.id = d.project_id WHERE "
                "a.name = 'alice' AND p.name = 'team' AND d.name = 'd1' AND m.start_offset = 0 AND "
                "m.end_offset = 5 AND t.type_path = '/location/city'")),
            1);
    }

    // The client's cost context (types offered, constraint on) travels with the cost row: cache → server →
    // the manager's team_cost_context, where the type-set-size dashboard reads it.
    void costContextTravels() {
        core::WorkspaceError we;
        auto cache = core::Workspace::open(m_dir.filePath(QStringLiteral("alice-cache.kcat")), &we);
        QVERIFY2(cache, qPrintable(we.message));
        QSqlQuery find(cache->database());
        QVERIFY(find.exec(QStringLiteral(
            "SELECT m.id FROM annotation_mentions m JOIN annotation_documents d ON d.id = m.document_id JOIN "
            "annotation_projects p ON p.id = d.project_id WHERE p.name = 'team' AND d.name = 'd2' ORDER BY "
            "m.start_offset LIMIT 1")));
        QVERIFY(find.next());
        const qint64 ada = find.value(0).toLongLong();
        find.finish();
        QString error;
        const qint64 cost =
            team::TeamStore(cache.get())
                .logCost({ada, 4200, 3, 1, QStringLiteral("flatten")},
                         annotation::ProjectStore(cache.get()).defaultAnnotator(), 7, true, &error);
        QVERIFY2(cost != 0, qPrintable(error));
        server::ServerConnection alice(as(QStringLiteral("alice")), QStringLiteral("jobs-cost-alice"));
        server::ServerError e;
        int pushed = 0;
        QVERIFY2(alice.open(&e) && server::ClientCache::push(*cache, alice, &pushed, &e),
                 qPrintable(e.message));
        QCOMPARE(pushed, 1);
        QCOMPARE(
            serverCount(QStringLiteral("SELECT count(*) FROM kcat.costs WHERE annotator = 'alice' AND "
                                       "focus_to_confirm_ms = 4200 AND type_set_size = 7 AND constrained")),
            1);
        const auto [state, message] = finish(m_actions->startPull(as(QStringLiteral("mia"))));
        QVERIFY2(state == core::Job::State::Succeeded, qPrintable(message));
        QCOMPARE(
            localCount(QStringLiteral(
                "SELECT count(*) FROM annotation_costs c JOIN team_cost_context x ON x.cost_id = c.id JOIN "
                "annotation_annotators a ON a.id = c.annotator_id WHERE a.name = 'alice' AND "
                "c.focus_to_confirm_ms = 4200 AND c.keystrokes = 3 AND x.type_set_size = 7 AND "
                "x.constrained = 1 AND x.simulated = 0")),
            1);
    }

    void cleanupTestCase() {
        if (m_window)
            m_window->close();
        m_window.reset();
    }
};

QTEST_MAIN(TestTeamServerJobs)
#include "tst_teamserver_jobs.moc"
