// The team server end to end: publish (idempotent), annotators' cache workspaces with write-through
// outboxes, concurrent annotators, a server that goes away and comes back, and pull into the manager's
// workspace as per-annotator labels.

#include "ServerTestData.h"

#include "annotation/server/ClientCache.h"
#include "annotation/server/SyncAgent.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace kcat::server;
using kcat::annotation::DocumentStore;

namespace {

// An annotator's cache: created, filled from the server, its store writing as the local annotator.
struct Cache {
    std::unique_ptr<kcat::core::Workspace> ws;
    std::unique_ptr<ServerConnection> server;
    std::unique_ptr<DocumentStore> store;

    bool open(const QString& path, const ServerSettings& s, const QString& connection, QString* error) {
        kcat::core::WorkspaceError we;
        ws = kcat::core::Workspace::openOrCreate(path, &we);
        if (!ws) {
            *error = we.message;
            return false;
        }
        server = std::make_unique<ServerConnection>(s, connection);
        ServerError e;
        SyncCounts n;
        if (!server->open(&e) || !ClientCache::download(*ws, *server, &n, &e)) {
            *error = e.message;
            return false;
        }
        store = std::make_unique<DocumentStore>(ws.get());
        QSqlQuery q(ws->database());
        q.exec(QStringLiteral("SELECT id FROM annotation_annotators WHERE is_default = 1"));
        q.next();
        store->setAnnotator(q.value(0).toLongLong());
        return true;
    }
    // Local mention ids of a document, in text order.
    QVector<qint64> mentions(const QString& document) const {
        QVector<qint64> ids;
        QSqlQuery q(ws->database());
        q.prepare(
            QStringLiteral("SELECT m.id FROM annotation_mentions m JOIN annotation_documents d ON d.id = "
                           "m.document_id WHERE d.name = ? ORDER BY m.start_offset"));
        q.addBindValue(document);
        q.exec();
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }
};

} // namespace

class TestServerSync : public QObject {
    Q_OBJECT

private:
    PgTestCluster m_cluster;
    QTemporaryDir m_dir;
    std::unique_ptr<kcat::core::Workspace> m_manager;

    int serverCount(const QString& sql) {
        ServerConnection mia(serverdata::settingsFor(m_cluster, QStringLiteral("mia")),
                             QStringLiteral("count"));
        ServerError e;
        if (!mia.open(&e))
            return -1;
        QSqlQuery q(mia.database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    // The manager workspace's types of one annotator for the mention at (document, start).
    QStringList managerTypes(const QString& annotator, const QString& document, int start) {
        QSqlQuery q(m_manager->database());
        q.prepare(QStringLiteral(
            "SELECT t.type_path FROM annotation_mention_types t JOIN annotation_annotators a ON a.id = "
            "t.annotator_id JOIN annotation_mentions m ON m.id = t.mention_id JOIN annotation_documents d ON "
            "d.id = m.document_id WHERE a.name = ? AND d.name = ? AND m.start_offset = ? ORDER BY "
            "t.type_path"));
        q.addBindValue(annotator);
        q.addBindValue(document);
        q.addBindValue(start);
        q.exec();
        QStringList types;
        while (q.next())
            types << q.value(0).toString();
        return types;
    }

private Q_SLOTS:
    void initTestCase() {
        if (PgTestCluster::binDir().isEmpty())
            QSKIP("PostgreSQL server binaries (initdb, pg_ctl under /usr/lib/postgresql/*/bin) are not "
                  "installed; install the Debian package postgresql to run the team-server tests");
        serverdata::registerSchemas();
        kcat::core::WorkspaceError we;
        m_manager = kcat::core::Workspace::create(m_dir.filePath(QStringLiteral("manager.kcat")), &we);
        QVERIFY2(m_manager, qPrintable(we.message));
        QString error;
        QVERIFY2(serverdata::setUp(m_cluster, *m_manager, &error), qPrintable(error + m_cluster.log()));
    }

    void publishIsIdempotent() {
        ServerConnection mia(serverdata::settingsFor(m_cluster, QStringLiteral("mia")),
                             QStringLiteral("pub"));
        ServerError e;
        QVERIFY(mia.open(&e));
        SyncCounts n;
        QVERIFY2(TeamSync::publish(*m_manager, mia, QStringLiteral("team"), &n, &e), qPrintable(e.message));
        QCOMPARE(n.documents, 3);
        QCOMPARE(n.mentions, 6);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM kcat.documents")), 3);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM kcat.mentions")), 6);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM kcat.candidates")), 12);
        QCOMPARE(n.assignments, 0);
        // The manager's team assignments (annotation/team's table, same columns) go along: carol's d1 becomes
        // gold; zed has no login on the server and is skipped.
        QSqlQuery q(m_manager->database());
        for (const char* sql :
             {"CREATE TABLE IF NOT EXISTS team_assignments (document_id INTEGER NOT NULL REFERENCES "
              "annotation_documents(id) ON DELETE CASCADE, annotator_id INTEGER NOT NULL REFERENCES "
              "annotation_annotators(id) ON DELETE CASCADE, is_gold INTEGER NOT NULL DEFAULT 0, PRIMARY KEY "
              "(document_id, annotator_id))",
              "INSERT INTO annotation_annotators (name) VALUES ('carol'), ('zed')",
              "INSERT INTO team_assignments SELECT d.id, a.id, 1 FROM annotation_documents d, "
              "annotation_annotators a "
              "WHERE d.name = 'd1' AND a.name IN ('carol', 'zed')"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        QVERIFY2(TeamSync::publish(*m_manager, mia, QString(), &n, &e), qPrintable(e.message));
        QCOMPARE(n.assignments, 1);
        QCOMPARE(n.skipped, 1);
        QCOMPARE(serverCount(QStringLiteral(
                     "SELECT count(*) FROM kcat.assignments a JOIN kcat.documents d ON d.id = "
                     "a.document_id WHERE a.annotator = 'carol' AND d.name = 'd1' AND a.gold")),
                 1);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM kcat.assignments")), 6);
        QVERIFY(!TeamSync::publish(*m_manager, mia, QStringLiteral("nope"), &n, &e));
        QVERIFY2(e.message.contains(QStringLiteral("no project named \"nope\"")), qPrintable(e.message));
    }

    void cacheHoldsOnlyAssignedDocuments() {
        Cache alice;
        QString error;
        QVERIFY2(alice.open(m_dir.filePath(QStringLiteral("alice.kcat")),
                            serverdata::settingsFor(m_cluster, QStringLiteral("alice")), QStringLiteral("a0"),
                            &error),
                 qPrintable(error));
        QSqlQuery q(alice.ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM annotation_documents ORDER BY name")));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("d1"), QStringLiteral("d2")}));
        QCOMPARE(alice.mentions(QStringLiteral("d2")).size(), 2);
        QCOMPARE(alice.store->mention(alice.mentions(QStringLiteral("d1")).first()).candidates.size(), 2);
        QCOMPARE(ClientCache::pending(*alice.ws), 0); // downloading records nothing
        // Neither bob into alice's cache, nor anybody into the manager's workspace.
        ServerConnection bob(serverdata::settingsFor(m_cluster, QStringLiteral("bob")),
                             QStringLiteral("a0b"));
        ServerError e;
        SyncCounts n;
        QVERIFY(bob.open(&e));
        QVERIFY(!ClientCache::download(*alice.ws, bob, &n, &e));
        QVERIFY2(e.message.contains(QStringLiteral("is the team cache of")), qPrintable(e.message));
        QVERIFY(!ClientCache::download(*m_manager, bob, &n, &e));
        QVERIFY2(e.message.contains(QStringLiteral("is not a team cache")), qPrintable(e.message));
    }

    void editsGoThroughTheOutbox() {
        Cache alice;
        QString error;
        QVERIFY(alice.open(m_dir.filePath(QStringLiteral("alice.kcat")),
                           serverdata::settingsFor(m_cluster, QStringLiteral("alice")), QStringLiteral("a1"),
                           &error));
        const qint64 paris = alice.mentions(QStringLiteral("d1")).first();
        QVERIFY(alice.store->setTypes(paris, {QStringLiteral("/location/city")}, &error));
        QVERIFY(alice.store->setLink(paris, kcat::annotation::LinkState::Linked, QStringLiteral("Paris"),
                                     &error));
        QVERIFY(alice.store->logCost({paris, 1500, 4, 1, QStringLiteral("tree")}, &error));
        // A mention of her own, new to the server.
        kcat::annotation::Mention added;
        added.documentId = alice.store->mention(paris).documentId;
        added.start = 6;
        added.end = 8;
        const qint64 addedId = alice.store->addMention(added, &error);
        QVERIFY2(addedId > 0, qPrintable(error));
        QVERIFY(alice.store->setTypes(addedId, {QStringLiteral("/other")}, &error));
        QVERIFY(ClientCache::pending(*alice.ws) > 0);
        int pushed = 0;
        ServerError e;
        QVERIFY2(ClientCache::push(*alice.ws, *alice.server, &pushed, &e), qPrintable(e.message));
        QCOMPARE(pushed, 3); // two mentions' labels and one cost row
        QCOMPARE(ClientCache::pending(*alice.ws), 0);
        QCOMPARE(
            serverCount(QStringLiteral("SELECT count(*) FROM kcat.mention_types WHERE annotator = 'alice'")),
            3); // /location, /location/city, /other
        QCOMPARE(
            serverCount(QStringLiteral("SELECT count(*) FROM kcat.mention_labels WHERE annotator = 'alice' "
                                       "AND entity = 'Paris' AND linked")),
            1);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM kcat.costs WHERE annotator = 'alice'")), 1);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM kcat.mentions WHERE created_by = 'alice'")),
                 1);
        // Pushing again sends nothing; a repeated download keeps her labels.
        QVERIFY(ClientCache::push(*alice.ws, *alice.server, &pushed, &e));
        QCOMPARE(pushed, 0);
        SyncCounts n;
        QVERIFY(ClientCache::download(*alice.ws, *alice.server, &n, &e));
        QCOMPARE(alice.store->mention(paris).types,
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));
        QCOMPARE(alice.store->mention(paris).entity, QStringLiteral("Paris"));
        QCOMPARE(ClientCache::pending(*alice.ws), 0);
    }

    void outboxSurvivesAServerOutage() {
        const QString path = m_dir.filePath(QStringLiteral("bob.kcat"));
        const ServerSettings bobSettings = serverdata::settingsFor(m_cluster, QStringLiteral("bob"));
        Cache bob;
        QString error;
        QVERIFY(bob.open(path, bobSettings, QStringLiteral("b0"), &error));
        SyncAgent agent(path, bobSettings);
        QVERIFY(agent.syncOnce());
        QCOMPARE(agent.state(), SyncAgent::State::Online);

        QVERIFY2(m_cluster.stopServer(&error), qPrintable(error));
        const qint64 nile = bob.mentions(QStringLiteral("d3")).first();
        QVERIFY(bob.store->setTypes(nile, {QStringLiteral("/location/body_of_water")}, &error));
        QVERIFY(!agent.syncOnce());
        QCOMPARE(agent.state(), SyncAgent::State::Offline);
        QVERIFY2(agent.message().contains(bobSettings.endpoint()), qPrintable(agent.message()));
        QVERIFY2(agent.message().contains(QStringLiteral("kept on this computer")),
                 qPrintable(agent.message()));
        QVERIFY(agent.pending() > 0);
        // Still down: another round keeps everything.
        QVERIFY(!agent.syncOnce());
        QVERIFY(ClientCache::pending(*bob.ws) > 0);

        QVERIFY2(m_cluster.startServer(&error), qPrintable(error));
        QVERIFY2(agent.syncOnce(), qPrintable(agent.detail()));
        QCOMPARE(agent.state(), SyncAgent::State::Online);
        QCOMPARE(agent.pending(), 0);
        QCOMPARE(
            serverCount(QStringLiteral("SELECT count(*) FROM kcat.mention_types WHERE annotator = 'bob' AND "
                                       "type_path = '/location/body_of_water'")),
            1);
        // The cache's own connection was cut too; it reconnects on its next use.
        ServerError e;
        int pushed = 0;
        QVERIFY(bob.store->setFlagged(nile, true, &error));
        if (!ClientCache::push(*bob.ws, *bob.server, &pushed, &e)) {
            QCOMPARE(e.kind, ServerFailure::Unreachable);
            QVERIFY2(ClientCache::push(*bob.ws, *bob.server, &pushed, &e), qPrintable(e.message));
        }
        QCOMPARE(
            serverCount(QStringLiteral("SELECT count(*) FROM kcat.mention_labels WHERE annotator = 'bob' AND "
                                       "flagged")),
            1);
    }

    void refusedEditDoesNotBlockTheOutbox() {
        Cache bob;
        QString error;
        QVERIFY(bob.open(m_dir.filePath(QStringLiteral("bob.kcat")),
                         serverdata::settingsFor(m_cluster, QStringLiteral("bob")), QStringLiteral("b1"),
                         &error));
        ServerConnection mia(serverdata::settingsFor(m_cluster, QStringLiteral("mia")),
                             QStringLiteral("unassign"));
        ServerError e;
        QVERIFY(mia.open(&e));
        QCOMPARE(ServerAdmin::assign(mia, QStringLiteral("team"), {QStringLiteral("d3")},
                                     QStringLiteral("bob"), false, true, &e),
                 1);
        // d3 is no longer bob's; his edit there is refused, his d2 edit in the same push goes through.
        QVERIFY(bob.store->setTypes(bob.mentions(QStringLiteral("d3")).last(), {QStringLiteral("/event")},
                                    &error));
        QVERIFY(
            bob.store->setTypes(bob.mentions(QStringLiteral("d2")).last(), {QStringLiteral("/art")}, &error));
        int pushed = 0;
        QString refused;
        QVERIFY2(ClientCache::push(*bob.ws, *bob.server, &pushed, &e, &refused), qPrintable(e.message));
        QCOMPARE(pushed, 1);
        QVERIFY2(refused.startsWith(QStringLiteral("1 edit(s) refused by the team server")),
                 qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("row-level security")), qPrintable(refused));
        QCOMPARE(ClientCache::pending(*bob.ws), 0);
        QCOMPARE(
            serverCount(QStringLiteral("SELECT count(*) FROM kcat.mention_types WHERE annotator = 'bob' AND "
                                       "type_path = '/art'")),
            1);
        QCOMPARE(
            serverCount(QStringLiteral("SELECT count(*) FROM kcat.mention_types WHERE type_path = '/event'")),
            0);
        QCOMPARE(ServerAdmin::assign(mia, QStringLiteral("team"), {QStringLiteral("d3")},
                                     QStringLiteral("bob"), false, false, &e),
                 1);
    }

    void concurrentAnnotatorsLoseNothing() {
        // Three annotators, each in its own thread with its own cache and connection, type every mention of
        // their documents 20 times over (last write = round 19), pushing after every edit; d1..d3 are each
        // shared by two of them.
        const QStringList who = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};
        const int rounds = 20;
        std::atomic<int> failures{0};
        QStringList errors(who.size());
        std::vector<std::thread> threads;
        for (int i = 0; i < who.size(); ++i)
            threads.emplace_back([&, i] {
                Cache c;
                QString error;
                if (!c.open(m_dir.filePath(who[i] + QStringLiteral("-c.kcat")),
                            serverdata::settingsFor(m_cluster, who[i]), QStringLiteral("c%1").arg(i),
                            &error)) {
                    errors[i] = error;
                    ++failures;
                    return;
                }
                QVector<qint64> mentions;
                for (const QString& d : {QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3")})
                    mentions += c.mentions(d);
                for (int r = 0; r < rounds; ++r)
                    for (qint64 m : mentions) {
                        const QString type = QStringLiteral("/%1/r%2").arg(who[i]).arg(r);
                        ServerError e;
                        int pushed = 0;
                        if (!c.store->setTypes(m, {type}, &error) ||
                            !ClientCache::push(*c.ws, *c.server, &pushed, &e)) {
                            errors[i] = error + e.message;
                            ++failures;
                            return;
                        }
                    }
                c.store.reset();
                c.server.reset();
                c.ws.reset();
            });
        for (auto& t : threads)
            t.join();
        QVERIFY2(failures == 0, qPrintable(errors.join(QLatin1Char('\n'))));
        for (const QString& name : who)
            QCOMPARE(serverCount(
                         QStringLiteral("SELECT count(*) FROM kcat.mention_types WHERE annotator = '%1' AND "
                                        "type_path = '/%1/r%2'")
                             .arg(name)
                             .arg(rounds - 1)),
                     name == QStringLiteral("bob") ? 4
                                                   : 5); // d1 has alice's own mention too (spans are shared)
    }

    void pullBringsEveryAnnotatorsLabels() {
        ServerConnection mia(serverdata::settingsFor(m_cluster, QStringLiteral("mia")),
                             QStringLiteral("pull"));
        ServerError e;
        QVERIFY(mia.open(&e));
        SyncCounts n;
        QVERIFY2(TeamSync::pull(*m_manager, mia, &n, &e), qPrintable(e.message));
        QCOMPARE(n.annotators, 4);
        QCOMPARE(n.labels, 5 + 4 + 5); // alice 5, bob 4, carol 5 mentions
        QCOMPARE(n.costs, 1);
        QCOMPARE(n.skipped, 0);
        QCOMPARE(managerTypes(QStringLiteral("alice"), QStringLiteral("d2"), 0),
                 (QStringList{QStringLiteral("/alice"), QStringLiteral("/alice/r19")}));
        QCOMPARE(managerTypes(QStringLiteral("bob"), QStringLiteral("d2"), 0),
                 (QStringList{QStringLiteral("/bob"), QStringLiteral("/bob/r19")}));
        QCOMPARE(managerTypes(QStringLiteral("carol"), QStringLiteral("d3"), 15),
                 (QStringList{QStringLiteral("/carol"), QStringLiteral("/carol/r19")}));
        // alice's own mention (d1, 6..8) arrived as a mention of the manager's workspace, typed by carol too.
        QCOMPARE(managerTypes(QStringLiteral("alice"), QStringLiteral("d1"), 6),
                 (QStringList{QStringLiteral("/alice"), QStringLiteral("/alice/r19")}));
        QCOMPARE(managerTypes(QStringLiteral("carol"), QStringLiteral("d1"), 6),
                 (QStringList{QStringLiteral("/carol"), QStringLiteral("/carol/r19")}));
        QSqlQuery q(m_manager->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM annotation_costs")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Pulling again changes nothing.
        QVERIFY(TeamSync::pull(*m_manager, mia, &n, &e));
        QCOMPARE(n.costs, 0);
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*) FROM annotation_mention_labels l JOIN annotation_annotators "
                           "a ON a.id = l.annotator_id WHERE a.name <> 'local'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 14);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM annotation_costs")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_server_sync.moc"
