// Workspace store: create, open, migrate, and refuse bad files without touching them.

#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using kcat::core::Migration;
using kcat::core::Workspace;
using kcat::core::WorkspaceError;
using kcat::core::WorkspaceSchema;

namespace {

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Migration testMigration(int version, QStringList statements) {
    Migration m;
    m.module = QStringLiteral("test");
    m.version = version;
    m.description = QStringLiteral("test step %1").arg(version);
    m.statements = std::move(statements);
    return m;
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { kcat::core::registerCoreSchema(); }
    void cleanup() { WorkspaceSchema::instance().removeModule(QStringLiteral("test")); }

    void createsAWorkspaceWithWalAndForeignKeys() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.kcat"));
        WorkspaceError error;
        auto ws = Workspace::create(path, &error);
        QVERIFY2(ws, qPrintable(error.message));
        QCOMPARE(ws->schemaVersion(), WorkspaceSchema::instance().programVersion());
        QCOMPARE(ws->moduleVersions().value(QStringLiteral("core")), 1);
        QVERIFY(!ws->id().isEmpty());
        QVERIFY(ws->created().isValid());
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(ws->check().ok);
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    }

    void createRefusesAnExistingFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("taken.kcat"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        WorkspaceError error;
        QVERIFY(!Workspace::create(path, &error));
        QCOMPARE(error.code, WorkspaceError::Code::AlreadyExists);
        QVERIFY(error.message.contains(path));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("precious"));
    }

    void reopensWithTheSameIdentity() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.kcat"));
        QString id;
        {
            auto ws = Workspace::create(path, nullptr);
            QVERIFY(ws);
            id = ws->id();
            QVERIFY(ws->transaction(
                [](QSqlDatabase& db, QString*) {
                    QSqlQuery q(db);
                    return q.exec(QStringLiteral("INSERT INTO workspace_settings VALUES ('k', 'v')"));
                },
                nullptr));
        }
        WorkspaceError error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error.message));
        QCOMPARE(ws->id(), id);
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM workspace_settings WHERE key = 'k'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("v"));
    }

    void failedTransactionLeavesNothing() {
        QTemporaryDir dir;
        auto ws = Workspace::create(dir.filePath(QStringLiteral("w.kcat")), nullptr);
        QVERIFY(ws);
        QString error;
        QVERIFY(!ws->transaction(
            [](QSqlDatabase& db, QString* err) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("INSERT INTO workspace_settings VALUES ('a', '1')"));
                *err = QStringLiteral("second step failed");
                return false;
            },
            &error));
        QCOMPARE(error, QStringLiteral("second step failed"));
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM workspace_settings")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void migratesForwardOnOpen() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.kcat"));
        QVERIFY(Workspace::create(path, nullptr));
        const int before = WorkspaceSchema::instance().programVersion();

        WorkspaceSchema::instance().add(testMigration(
            1, {QStringLiteral("CREATE TABLE test_items (id INTEGER PRIMARY KEY, name TEXT)")}));
        Migration second =
            testMigration(2, {QStringLiteral("ALTER TABLE test_items ADD COLUMN size INTEGER")});
        second.code = [](QSqlDatabase& db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("INSERT INTO test_items(name, size) VALUES ('seed', 7)"))
                       ? QString()
                       : q.lastError().text();
        };
        WorkspaceSchema::instance().add(second);

        WorkspaceError error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error.message));
        QCOMPARE(ws->moduleVersions().value(QStringLiteral("test")), 2);
        QCOMPARE(ws->schemaVersion(), before + 2);
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT size FROM test_items WHERE name = 'seed'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 7);
    }

    void failedMigrationRollsBackAndNamesTheStep() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.kcat"));
        QVERIFY(Workspace::create(path, nullptr));
        WorkspaceSchema::instance().add(testMigration(
            1, {QStringLiteral("CREATE TABLE half_done (x INTEGER)"), QStringLiteral("THIS IS NOT SQL")}));
        WorkspaceError error;
        QVERIFY(!Workspace::open(path, &error));
        QCOMPARE(error.code, WorkspaceError::Code::Migration);
        QVERIFY2(error.message.contains(QStringLiteral("test step 1")), qPrintable(error.message));

        WorkspaceSchema::instance().removeModule(QStringLiteral("test"));
        auto ws = Workspace::open(path, &error);
        QVERIFY(ws);
        QVERIFY(!ws->moduleVersions().contains(QStringLiteral("test")));
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void refusesBadFiles_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << "missing" << int(WorkspaceError::Code::NotFound) << "no such file";
        QTest::newRow("empty") << "empty" << int(WorkspaceError::Code::NotAWorkspace) << "empty";
        QTest::newRow("text") << "text" << int(WorkspaceError::Code::NotADatabase)
                              << "not an SQLite database";
        QTest::newRow("other sqlite")
            << "sqlite" << int(WorkspaceError::Code::NotAWorkspace) << "not a KCAT Studio workspace";
        QTest::newRow("newer") << "newer" << int(WorkspaceError::Code::TooNew) << "newer";
        QTest::newRow("corrupt") << "corrupt" << int(WorkspaceError::Code::Corrupt) << "damaged";
    }

    void refusesBadFiles() {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.kcat"));
        if (kind == QLatin1String("empty") || kind == QLatin1String("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("text"))
                f.write("id,name\n1,hello\n");
        } else if (kind == QLatin1String("sqlite")) {
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (t TEXT)")));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        } else if (kind == QLatin1String("newer")) {
            WorkspaceSchema::instance().add(
                testMigration(1, {QStringLiteral("CREATE TABLE t1 (x INTEGER)")}));
            WorkspaceSchema::instance().add(
                testMigration(2, {QStringLiteral("CREATE TABLE t2 (x INTEGER)")}));
            QVERIFY(Workspace::create(path, nullptr));
            WorkspaceSchema::instance().removeModule(QStringLiteral("test"));
            WorkspaceSchema::instance().add(
                testMigration(1, {QStringLiteral("CREATE TABLE t1 (x INTEGER)")}));
        } else if (kind == QLatin1String("corrupt")) {
            {
                auto ws = Workspace::create(path, nullptr);
                QVERIFY(ws);
                QVERIFY(ws->transaction(
                    [](QSqlDatabase& db, QString*) {
                        QSqlQuery q(db);
                        q.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)"));
                        q.prepare(QStringLiteral("INSERT INTO filler(body) VALUES (?)"));
                        for (int i = 0; i < 2000; ++i) {
                            q.addBindValue(QString(200, QLatin1Char('a' + i % 26)));
                            if (!q.exec())
                                return false;
                        }
                        return true;
                    },
                    nullptr));
                QSqlQuery q(ws->database());
                QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            }
            // Scribble over a few b-tree pages in the middle of the file.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 40 * 4096);
            for (int page = 10; page < 30; page += 3) {
                f.seek(qint64(page) * 4096);
                f.write(QByteArray(4096, '\x5a'));
            }
        }
        const QByteArray before = fileHash(path);
        const bool existed = QFile::exists(path);

        WorkspaceError error;
        QVERIFY(!Workspace::open(path, &error));
        QCOMPARE(int(error.code), code);
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QCOMPARE(QFile::exists(path), existed);
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || kind == QLatin1String("corrupt"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
