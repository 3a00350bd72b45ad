// `kcat server …` through the CLI registry (the dispatcher the kcat executable runs, in process): init
// (twice), add-annotator with a password file, publish, assign, an annotator's sync, pull, status, and the
// messages and exit codes of bad input, a refused login and an unreachable server.

#include "PgTestCluster.h"

#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/ProjectStore.h"
#include "annotation/server/ServerModule.h"
#include "compute/core/Cli.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sstream>

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    nlohmann::json json() const { return nlohmann::json::parse(out.toStdString()); }
};

class TestServerCli : public QObject {
    Q_OBJECT

private:
    PgTestCluster m_cluster;
    QTemporaryDir m_dir;

    QString dsn(const QString& user, const QString& password = QString()) const {
        return m_cluster.dsn(user, password.isEmpty() ? user + QStringLiteral("-pw") : password);
    }
    static CliResult cli(const QStringList& args) {
        std::ostringstream out, err;
        kcat::core::CliContext ctx{out, err};
        CliResult r;
        r.exitCode = kcat::core::CliRegistry::instance().dispatch(args, ctx);
        r.out = QByteArray::fromStdString(out.str());
        r.err = QByteArray::fromStdString(err.str());
        return r;
    }
    QString passwordFile(const QString& user) {
        const QString path = m_dir.filePath(user + QStringLiteral(".pw"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write((user + QStringLiteral("-pw\n")).toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        if (PgTestCluster::binDir().isEmpty())
            QSKIP("PostgreSQL server binaries (initdb, pg_ctl under /usr/lib/postgresql/*/bin) are not "
                  "installed; install the Debian package postgresql to run the team-server tests");
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        kcat::core::registerCoreSchema();
        kcat::server::registerServerModule();
        kcat::core::WorkspaceError we;
        auto ws = kcat::core::Workspace::create(m_dir.filePath(QStringLiteral("team.kcat")), &we);
        QVERIFY2(ws, qPrintable(we.message));
        kcat::annotation::ProjectStore projects(ws.get());
        const qint64 project = projects.createProject(QStringLiteral("p"), QStringLiteral("figer"), &error);
        kcat::annotation::DocumentStore store(ws.get());
        store.setAnnotator(projects.defaultAnnotator());
        kcat::annotation::Mention m;
        m.start = 0;
        m.end = 5;
        QCOMPARE(store
                     .addDocuments(project,
                                   {{QStringLiteral("a"), QStringLiteral("Paris is nice."), {m}},
                                    {QStringLiteral("b"), QStringLiteral("Rome is old."), {m}}},
                                   &error)
                     .size(),
                 2);
    }

    void setUpATeam() {
        CliResult r = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--dsn"),
                           m_cluster.adminDsn()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.json()["created"] == true, r.out.constData());
        r = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--dsn"),
                 m_cluster.adminDsn()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.json()["created"] == false, r.out.constData());
        QVERIFY2(r.json()["schema_version"] == 2, r.out.constData());
        for (const QString& who : {QStringLiteral("mia"), QStringLiteral("alice")}) {
            QStringList args = {QStringLiteral("server"),
                                QStringLiteral("add-annotator"),
                                who,
                                QStringLiteral("--password-file"),
                                passwordFile(who),
                                QStringLiteral("--dsn"),
                                m_cluster.adminDsn()};
            if (who == QStringLiteral("mia"))
                args << QStringLiteral("--manager");
            r = cli(args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(!r.json().contains("password"));
        }
        r = cli({QStringLiteral("server"), QStringLiteral("add-annotator"), QStringLiteral("bob"),
                 QStringLiteral("--dsn"), m_cluster.adminDsn()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.json()["password"].get<std::string>().size() == size_t(20),
                 r.out.constData()); // generated, shown once
        r = cli({QStringLiteral("server"), QStringLiteral("publish"), QStringLiteral("--workspace"),
                 m_dir.filePath(QStringLiteral("team.kcat")), QStringLiteral("--dsn"),
                 dsn(QStringLiteral("mia"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.json()["documents"] == 2, r.out.constData());
        QVERIFY2(r.json()["mentions"] == 2, r.out.constData());
        r = cli({QStringLiteral("server"), QStringLiteral("assign"), QStringLiteral("--project"),
                 QStringLiteral("p"), QStringLiteral("--annotator"), QStringLiteral("alice"),
                 QStringLiteral("--document"), QStringLiteral("b"), QStringLiteral("--dsn"),
                 dsn(QStringLiteral("mia"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.json()["assigned"] == 1, r.out.constData());
    }

    void annotatorSyncAndPull() {
        const QString cache = m_dir.filePath(QStringLiteral("alice.kcat"));
        CliResult r = cli({QStringLiteral("server"), QStringLiteral("sync"), QStringLiteral("--workspace"),
                           cache, QStringLiteral("--dsn"), dsn(QStringLiteral("alice"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.json()["documents"] == 1, r.out.constData()); // only b
        {
            kcat::core::WorkspaceError we;
            auto ws = kcat::core::Workspace::open(cache, &we);
            QVERIFY(ws);
            kcat::annotation::DocumentStore store(ws.get());
            kcat::annotation::ProjectStore projects(ws.get());
            store.setAnnotator(projects.defaultAnnotator());
            QSqlQuery q(ws->database());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM annotation_mentions")) && q.next());
            const qint64 mention = q.value(0).toLongLong();
            q.finish();
            QString error;
            QVERIFY(store.setTypes(mention, {QStringLiteral("/location/city")}, &error));
        }
        r = cli({QStringLiteral("server"), QStringLiteral("sync"), QStringLiteral("--workspace"), cache,
                 QStringLiteral("--dsn"), dsn(QStringLiteral("alice"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.json()["pushed"] == 1, r.out.constData());
        QVERIFY2(r.json()["pending"] == 0, r.out.constData());
        const QString team = m_dir.filePath(QStringLiteral("team.kcat"));
        r = cli({QStringLiteral("server"), QStringLiteral("pull"), QStringLiteral("--workspace"), team,
                 QStringLiteral("--dsn"), dsn(QStringLiteral("mia"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.json()["labels"] == 1, r.out.constData());
        kcat::core::WorkspaceError we;
        auto ws = kcat::core::Workspace::open(team, &we);
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(t.type_path, ',') FROM annotation_mention_types t "
                                      "JOIN annotation_annotators a ON "
                                      "a.id = t.annotator_id WHERE a.name = 'alice' ORDER BY t.type_path")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString().split(QLatin1Char(',')).size(), 2); // /location, /location/city
        r = cli({QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--dsn"),
                 dsn(QStringLiteral("mia"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.json()["role"] == "manager", r.out.constData());
        QVERIFY2(r.json()["annotators"].size() == size_t(3), r.out.constData());
    }

    void clearMessages() {
        CliResult r = cli({QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--dsn"),
                           QStringLiteral("host=127.0.0.1 port=zz")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bad port \"zz\""), r.err.constData());
        r = cli({QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--dsn"),
                 dsn(QStringLiteral("alice"), QStringLiteral("wrong"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("refused the login of alice"), r.err.constData());
        r = cli({QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--dsn"),
                 QStringLiteral("host=127.0.0.1 port=1 dbname=kcat user=alice password=x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot reach the team server at 127.0.0.1:1"), r.err.constData());
        r = cli({QStringLiteral("server"), QStringLiteral("assign"), QStringLiteral("--project"),
                 QStringLiteral("p"), QStringLiteral("--annotator"), QStringLiteral("nobody"),
                 QStringLiteral("--dsn"), dsn(QStringLiteral("mia"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no annotator \"nobody\""), r.err.constData());
        r = cli({QStringLiteral("server"), QStringLiteral("add-annotator"), QStringLiteral("Bad-Name"),
                 QStringLiteral("--dsn"), m_cluster.adminDsn()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bad annotator name"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
