// Row-level security on the team server: what an annotator's login can see and write, what the manager
// sees, schema checks, idempotent init, and the messages for a bad DSN, a refused login and a dead server.

#include "ServerTestData.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kcat::server;

class TestServerIsolation : public QObject {
    Q_OBJECT

private:
    PgTestCluster m_cluster;
    QTemporaryDir m_dir;
    std::unique_ptr<kcat::core::Workspace> m_manager;

    std::unique_ptr<ServerConnection> login(const QString& user) {
        auto c = std::make_unique<ServerConnection>(serverdata::settingsFor(m_cluster, user),
                                                    QStringLiteral("iso-") + user);
        ServerError e;
        if (!c->open(&e))
            qWarning() << e.message;
        return c;
    }
    static int count(ServerConnection& c, const QString& sql) {
        QSqlQuery q(c.database());
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return -1;
        }
        return q.value(0).toInt();
    }
    static QString failure(ServerConnection& c, const QString& sql) {
        QSqlQuery q(c.database());
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    static qint64 serverMention(ServerConnection& c, const QString& doc, int start) {
        QSqlQuery q(c.database());
        q.prepare(
            QStringLiteral("SELECT m.id FROM kcat.mentions m JOIN kcat.documents d ON d.id = m.document_id "
                           "WHERE d.name = ? AND m.start_offset = ?"));
        q.addBindValue(doc);
        q.addBindValue(start);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
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

    void annotatorSeesOnlyAssignedDocuments() {
        auto alice = login(QStringLiteral("alice"));
        QSqlQuery q(alice->database());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM kcat.documents ORDER BY name")));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("d1"), QStringLiteral("d2")}));
        QCOMPARE(count(*alice, QStringLiteral("SELECT count(*) FROM kcat.mentions")), 4);
        QCOMPARE(count(*alice, QStringLiteral("SELECT count(*) FROM kcat.candidates")), 8);
        QCOMPARE(count(*alice, QStringLiteral("SELECT count(*) FROM kcat.assignments")), 2);
        QCOMPARE(count(*alice, QStringLiteral("SELECT count(*) FROM kcat.annotators")), 1);
        QCOMPARE(count(*alice, QStringLiteral("SELECT count(*) FROM kcat.projects")), 1);
        ServerError e;
        QCOMPARE(alice->role(&e), QStringLiteral("annotator"));
    }

    void labelsAreIsolated() {
        auto alice = login(QStringLiteral("alice"));
        auto bob = login(QStringLiteral("bob"));
        const qint64 shared = serverMention(*alice, QStringLiteral("d2"), 0);
        QVERIFY(shared > 0);
        QCOMPARE(serverMention(*bob, QStringLiteral("d2"), 0), shared);
        for (auto* c : {alice.get(), bob.get()}) {
            QSqlQuery q(c->database());
            q.prepare(
                QStringLiteral("INSERT INTO kcat.mention_labels (mention_id, linked, entity, state) VALUES "
                               "(?, true, ?, 'typed')"));
            q.addBindValue(shared);
            q.addBindValue(c == alice.get() ? QStringLiteral("Ada_Lovelace") : QStringLiteral("Lord_Byron"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.prepare(QStringLiteral(
                "INSERT INTO kcat.mention_types (mention_id, type_path) VALUES (?, '/person')"));
            q.addBindValue(shared);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        // A's SELECT of B's labels returns nothing; A sees exactly its own row.
        QCOMPARE(
            count(*alice, QStringLiteral("SELECT count(*) FROM kcat.mention_labels WHERE annotator = 'bob'")),
            0);
        QCOMPARE(
            count(*alice, QStringLiteral("SELECT count(*) FROM kcat.mention_types WHERE annotator = 'bob'")),
            0);
        QSqlQuery q(alice->database());
        QVERIFY(q.exec(QStringLiteral("SELECT annotator, entity FROM kcat.mention_labels")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("alice"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Ada_Lovelace"));
        QVERIFY(!q.next());
        // A cannot write B's labels: insert refused, update and delete touch nothing.
        const QString refused = failure(
            *alice,
            QStringLiteral("INSERT INTO kcat.mention_labels (mention_id, annotator) VALUES (%1, 'bob')")
                .arg(serverMention(*alice, QStringLiteral("d1"), 0)));
        QVERIFY2(refused.contains(QStringLiteral("row-level security")), qPrintable(refused));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE kcat.mention_labels SET entity = 'x' WHERE annotator = 'bob'")));
        QCOMPARE(q.numRowsAffected(), 0);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM kcat.mention_types WHERE annotator = 'bob'")));
        QCOMPARE(q.numRowsAffected(), 0);
        // Nor re-label its own row as B's.
        QVERIFY(
            !failure(*alice, QStringLiteral("UPDATE kcat.mention_labels SET annotator = 'bob'")).isEmpty());
        auto mia = login(QStringLiteral("mia"));
        QSqlQuery m(mia->database());
        QVERIFY(m.exec(QStringLiteral("SELECT entity FROM kcat.mention_labels WHERE annotator = 'bob'")));
        QVERIFY(m.next());
        QCOMPARE(m.value(0).toString(), QStringLiteral("Lord_Byron"));
    }

    void unassignedDocumentsAreClosed() {
        auto alice = login(QStringLiteral("alice"));
        auto mia = login(QStringLiteral("mia"));
        const qint64 d3 = serverMention(*mia, QStringLiteral("d3"), 4);
        QVERIFY(d3 > 0);
        QCOMPARE(serverMention(*alice, QStringLiteral("d3"), 4), qint64(0)); // invisible
        const QString label = failure(
            *alice, QStringLiteral("INSERT INTO kcat.mention_labels (mention_id) VALUES (%1)").arg(d3));
        QVERIFY2(label.contains(QStringLiteral("row-level security")), qPrintable(label));
        const QString cost = failure(*alice, QStringLiteral("INSERT INTO kcat.costs (mention_id, client_key, "
                                                            "focus_to_confirm_ms, keystrokes, clicks, view) "
                                                            "VALUES (%1, 'k', 1, 1, 1, 'tree')")
                                                 .arg(d3));
        QVERIFY2(cost.contains(QStringLiteral("row-level security")), qPrintable(cost));
        QSqlQuery q(mia->database());
        QVERIFY(q.exec(QStringLiteral("SELECT document_id FROM kcat.mentions WHERE id = %1").arg(d3)));
        QVERIFY(q.next());
        const QString mention = failure(*alice, QStringLiteral("INSERT INTO kcat.mentions (document_id, "
                                                               "start_offset, end_offset) VALUES (%1, 0, 3)")
                                                    .arg(q.value(0).toLongLong()));
        QVERIFY2(mention.contains(QStringLiteral("row-level security")), qPrintable(mention));
        // Tables an annotator never writes.
        for (const char* sql :
             {"INSERT INTO kcat.documents (project_id, name, text, ord) VALUES (1, 'x', 'x', 9)",
              "INSERT INTO kcat.assignments (document_id, annotator) VALUES (1, 'alice')",
              "DELETE FROM kcat.assignments", "UPDATE kcat.meta SET value = '9'"})
            QVERIFY2(failure(*alice, QString::fromLatin1(sql)).contains(QStringLiteral("permission denied")),
                     sql);
    }

    void managerSeesAll() {
        auto mia = login(QStringLiteral("mia"));
        ServerError e;
        QCOMPARE(mia->role(&e), QStringLiteral("manager"));
        QCOMPARE(count(*mia, QStringLiteral("SELECT count(*) FROM kcat.documents")), 3);
        QCOMPARE(count(*mia, QStringLiteral("SELECT count(*) FROM kcat.mentions")), 6);
        QCOMPARE(count(*mia, QStringLiteral("SELECT count(*) FROM kcat.assignments")), 6);
        QCOMPARE(count(*mia, QStringLiteral("SELECT count(*) FROM kcat.annotators")), 4);
        QCOMPARE(count(*mia, QStringLiteral("SELECT count(DISTINCT annotator) FROM kcat.mention_labels")), 2);
        const QVector<AnnotatorProgress> progress = ServerAdmin::progress(*mia, &e);
        QCOMPARE(progress.size(), 4);
        QCOMPARE(progress[0].name, QStringLiteral("alice"));
        QCOMPARE(progress[0].documents, 2);
        QCOMPARE(progress[0].labelledMentions, 1);
    }

    void initTwiceIsIdempotent() {
        ServerConnection admin(
            serverdata::settingsFor(m_cluster, QString::fromLatin1(PgTestCluster::AdminUser)),
            QStringLiteral("iso-admin"));
        ServerError e;
        QVERIFY(admin.open(&e));
        const QString policies = QStringLiteral("SELECT count(*) FROM pg_policies WHERE schemaname = 'kcat'");
        const int before = count(admin, policies);
        QCOMPARE(before, 9 + 11); // manager_all on 9 tables + 11 annotator policies
        const int labels = count(admin, QStringLiteral("SELECT count(*) FROM kcat.mention_labels"));
        QVERIFY2(ServerSchema::init(admin, &e), qPrintable(e.message));
        QVERIFY2(ServerSchema::init(admin, &e), qPrintable(e.message));
        QCOMPARE(count(admin, policies), before);
        QCOMPARE(count(admin, QStringLiteral("SELECT count(*) FROM kcat.mention_labels")), labels);
        QCOMPARE(ServerSchema::version(admin, &e), ServerSchema::Version);
        // add-annotator again: same role, new password works.
        QVERIFY(
            ServerAdmin::addAnnotator(admin, QStringLiteral("alice"), QStringLiteral("alice-pw"), false, &e));
        QCOMPARE(count(admin, QStringLiteral("SELECT count(*) FROM kcat.annotators")), 4);
        QVERIFY(
            !ServerAdmin::addAnnotator(admin, QStringLiteral("Bad Name"), QStringLiteral("x"), false, &e));
        QVERIFY2(e.message.contains(QStringLiteral("bad annotator name")), qPrintable(e.message));
    }

    void schemaVersionIsChecked() {
        ServerConnection admin(
            serverdata::settingsFor(m_cluster, QString::fromLatin1(PgTestCluster::AdminUser)),
            QStringLiteral("iso-admin2"));
        ServerError e;
        QVERIFY(admin.open(&e));
        QVERIFY(
            admin.exec(QStringLiteral("UPDATE kcat.meta SET value = '3' WHERE key = 'schema_version'"), &e));
        ServerConnection alice(serverdata::settingsFor(m_cluster, QStringLiteral("alice")),
                               QStringLiteral("v"));
        QVERIFY(!alice.open(&e));
        QCOMPARE(e.kind, ServerFailure::SchemaTooNew);
        QVERIFY2(e.message.contains(QStringLiteral("version 3, newer than this program's 2")),
                 qPrintable(e.message));
        QVERIFY(!ServerSchema::init(admin, &e)); // init never downgrades
        QCOMPARE(e.kind, ServerFailure::SchemaTooNew);
        QVERIFY(
            admin.exec(QStringLiteral("UPDATE kcat.meta SET value = '2' WHERE key = 'schema_version'"), &e));
        QVERIFY(alice.open(&e));
        // A database without the schema.
        ServerSettings bare =
            serverdata::settingsFor(m_cluster, QString::fromLatin1(PgTestCluster::AdminUser));
        bare.database = QStringLiteral("postgres");
        ServerConnection none(bare, QStringLiteral("bare"));
        QVERIFY(!none.open(&e));
        QCOMPARE(e.kind, ServerFailure::NoSchema);
        QVERIFY2(e.message.contains(QStringLiteral("kcat server init")), qPrintable(e.message));
    }

    void badDsnAndLoginMessages() {
        ServerSettings s;
        QString error;
        QVERIFY(!ServerSettings::parse(QStringLiteral("host=x port=abc"), &s, &error));
        QVERIFY2(error.contains(QStringLiteral("bad port \"abc\"")), qPrintable(error));
        QVERIFY(!ServerSettings::parse(QStringLiteral("host=x colour=red"), &s, &error));
        QVERIFY2(error.contains(QStringLiteral("unknown DSN key \"colour\"")), qPrintable(error));
        QVERIFY(!ServerSettings::parse(QStringLiteral("justtext"), &s, &error));
        QVERIFY2(error.contains(QStringLiteral("expected key=value")), qPrintable(error));
        QVERIFY(ServerSettings::parse(QStringLiteral("postgresql://bob:pw@10.1.2.3:6543/team"), &s, &error));
        QCOMPARE(s.host, QStringLiteral("10.1.2.3"));
        QCOMPARE(s.port, 6543);
        QCOMPARE(s.database, QStringLiteral("team"));
        QCOMPARE(s.user, QStringLiteral("bob"));
        QCOMPARE(s.password, QStringLiteral("pw"));
        QCOMPARE(s.displayDsn(), QStringLiteral("host=10.1.2.3 port=6543 dbname=team user=bob"));

        ServerSettings wrong = serverdata::settingsFor(m_cluster, QStringLiteral("alice"));
        wrong.password = QStringLiteral("not-her-password");
        ServerConnection c(wrong, QStringLiteral("wrong"));
        ServerError e;
        QVERIFY(!c.open(&e));
        QCOMPARE(e.kind, ServerFailure::Authentication);
        QVERIFY2(e.message.contains(QStringLiteral("refused the login of alice")), qPrintable(e.message));
        QVERIFY2(e.message.contains(wrong.endpoint()), qPrintable(e.message));

        ServerSettings dead = wrong;
        dead.port = 1; // nothing listens there
        ServerConnection d(dead, QStringLiteral("dead"));
        QVERIFY(!d.open(&e));
        QCOMPARE(e.kind, ServerFailure::Unreachable);
        QVERIFY2(e.message.contains(QStringLiteral("cannot reach the team server at 127.0.0.1:1")),
                 qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestServerIsolation)
#include "tst_server_isolation.moc"
