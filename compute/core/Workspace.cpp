#include "compute/core/Workspace.h"

#include "compute/core/WorkspaceSchema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

namespace kcat::core {

namespace {

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("kcat-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool fail(WorkspaceError* error, WorkspaceError::Code code, const QString& message) {
    if (error) {
        error->code = code;
        error->message = message;
    }
    return false;
}

// A read-only look at a file, closed again when the scope ends.
class ReadOnlyConnection {
public:
    explicit ReadOnlyConnection(const QString& path)
        : m_name(nextConnectionName()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            // Another connection is using it, or it was not closed cleanly: read through its WAL.
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            // Immutable: SQLite creates no -wal or -shm file beside a file we may refuse to open.
            db.setDatabaseName(
                QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~ReadOnlyConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

QStringList runCheck(const QSqlDatabase& db, const QString& pragma) {
    QStringList problems;
    QSqlQuery q(db);
    if (!q.exec(pragma)) {
        problems << q.lastError().text();
        return problems;
    }
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        const QString line = cells.join(QLatin1Char(' '));
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

} // namespace

Workspace::Workspace(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection)) {}

Workspace::~Workspace() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Workspace::database() const {
    return QSqlDatabase::database(m_connection, false);
}

bool Workspace::validate(const QString& path, WorkspaceError* error) {
    using Code = WorkspaceError::Code;
    const QFileInfo info(path);
    if (!info.exists())
        return fail(error, Code::NotFound, tr("%1: no such file").arg(path));
    if (!info.isFile())
        return fail(error, Code::NotAWorkspace,
                    tr("%1: not a file (expected a KCAT Studio workspace)").arg(path));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, Code::Io, tr("%1: cannot be read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty())
        return fail(
            error, Code::NotAWorkspace,
            tr("%1: the file is empty (expected a KCAT Studio workspace, an SQLite database)").arg(path));
    if (header != QByteArray("SQLite format 3\0", 16))
        return fail(error, Code::NotADatabase,
                    tr("%1: not an SQLite database (expected a KCAT Studio workspace)").arg(path));

    ReadOnlyConnection ro(path);
    if (!ro.isOpen())
        return fail(error, Code::Io, tr("%1: cannot be opened: %2").arg(path, ro.error()));
    QSqlDatabase db = ro.db();

    const QStringList problems = runCheck(db, QStringLiteral("PRAGMA quick_check"));
    if (!problems.isEmpty())
        return fail(error, Code::Corrupt,
                    tr("%1: the workspace is damaged (SQLite quick_check: %2). It was left as it is; restore "
                       "it from a backup.")
                        .arg(path, problems.mid(0, 3).join(QStringLiteral("; "))));

    QSqlQuery q(db);
    const bool hasMeta = q.exec(QStringLiteral("SELECT value FROM kcat_meta WHERE key = 'application'")) &&
                         q.next() && q.value(0).toString() == QLatin1String(Application);
    if (!hasMeta)
        return fail(error, Code::NotAWorkspace,
                    tr("%1: an SQLite database, but not a KCAT Studio workspace (no kcat_meta table naming "
                       "the application)")
                        .arg(path));

    const WorkspaceSchema& schema = WorkspaceSchema::instance();
    if (!q.exec(QStringLiteral("SELECT module, version FROM kcat_migrations")))
        return fail(error, Code::NotAWorkspace,
                    tr("%1: a KCAT Studio workspace without its migration table").arg(path));
    while (q.next()) {
        const QString module = q.value(0).toString();
        const int version = q.value(1).toInt();
        if (version > schema.latestVersion(module))
            return fail(error, Code::TooNew,
                        tr("%1: made by a newer KCAT Studio (its '%2' data is at schema version %3; this "
                           "program knows up to version %4). Open it with a newer version.")
                            .arg(path, module)
                            .arg(version)
                            .arg(schema.latestVersion(module)));
    }
    return true;
}

std::unique_ptr<Workspace> Workspace::create(const QString& path, WorkspaceError* error) {
    using Code = WorkspaceError::Code;
    if (path.isEmpty()) {
        fail(error, Code::Io, tr("no workspace path given"));
        return nullptr;
    }
    if (QFileInfo::exists(path)) {
        fail(error, Code::AlreadyExists, tr("%1: already exists; choose another name").arg(path));
        return nullptr;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        fail(error, Code::Io, tr("%1: cannot create the folder %2").arg(path, info.absolutePath()));
        return nullptr;
    }

    // Build the new workspace under a temporary name and move it into place only when it is complete.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        std::unique_ptr<Workspace> ws(new Workspace(partial, nextConnectionName()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connection);
        db.setDatabaseName(partial);
        if (!db.open()) {
            fail(error, Code::Io, tr("%1: cannot be created: %2").arg(path, db.lastError().text()));
            db = QSqlDatabase();
            ws.reset();
            QFile::remove(partial);
            return nullptr;
        }
        QSqlQuery q(db);
        // Rollback journal while building; WAL is switched on at the first real open.
        bool ok = q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        q.finish();
        ok = ok && ws->migrate(error);
        ok = ok && ws->transaction(
                       [](QSqlDatabase& d, QString* err) {
                           QSqlQuery ins(d);
                           ins.prepare(QStringLiteral("INSERT INTO kcat_meta(key, value) VALUES (?, ?)"));
                           const QList<QPair<QString, QString>> rows = {
                               {QStringLiteral("application"), QLatin1String(Application)},
                               {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {QStringLiteral("created"),
                                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           };
                           for (const auto& [key, value] : rows) {
                               ins.addBindValue(key);
                               ins.addBindValue(value);
                               if (!ins.exec()) {
                                   *err = ins.lastError().text();
                                   return false;
                               }
                           }
                           return true;
                       },
                       error ? &error->message : nullptr);
        q = QSqlQuery();
        db = QSqlDatabase();
        ws.reset();
        if (!ok) {
            if (error && error->code == Code::None)
                error->code = Code::Io;
            QFile::remove(partial);
            return nullptr;
        }
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        fail(error, Code::Io, tr("%1: cannot be written").arg(path));
        return nullptr;
    }
    return open(path, error);
}

std::unique_ptr<Workspace> Workspace::open(const QString& path, WorkspaceError* error) {
    if (!validate(path, error))
        return nullptr;

    std::unique_ptr<Workspace> ws(new Workspace(QFileInfo(path).absoluteFilePath(), nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connection);
        db.setDatabaseName(ws->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            fail(error, WorkspaceError::Code::Io,
                 tr("%1: cannot be opened for writing: %2").arg(path, db.lastError().text()));
            return nullptr;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.finish();
    }
    if (!ws->migrate(error))
        return nullptr;
    return ws;
}

std::unique_ptr<Workspace> Workspace::openOrCreate(const QString& path, WorkspaceError* error) {
    return QFileInfo::exists(path) ? open(path, error) : create(path, error);
}

bool Workspace::migrate(WorkspaceError* error) {
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS kcat_migrations (module TEXT NOT NULL, version "
                               "INTEGER NOT NULL, description TEXT NOT NULL, applied_at TEXT NOT NULL, "
                               "PRIMARY KEY (module, version))")))
        return fail(error, WorkspaceError::Code::Io,
                    tr("%1: cannot be written: %2").arg(m_path, q.lastError().text()));
    const QMap<QString, int> applied = moduleVersions();
    for (const Migration& m : WorkspaceSchema::instance().migrations()) {
        if (m.version <= applied.value(m.module, 0))
            continue;
        QString why;
        const bool ok = transaction(
            [&](QSqlDatabase& d, QString* err) {
                QSqlQuery step(d);
                for (const QString& sql : m.statements) {
                    if (!step.exec(sql)) {
                        *err = step.lastError().text() + QStringLiteral(" [") + sql.left(80) +
                               QStringLiteral("]");
                        return false;
                    }
                }
                if (m.code) {
                    *err = m.code(d);
                    if (!err->isEmpty())
                        return false;
                }
                step.prepare(QStringLiteral("INSERT INTO kcat_migrations(module, version, description, "
                                            "applied_at) VALUES (?, ?, ?, ?)"));
                step.addBindValue(m.module);
                step.addBindValue(m.version);
                step.addBindValue(m.description);
                step.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                if (!step.exec()) {
                    *err = step.lastError().text();
                    return false;
                }
                QSqlQuery count(d);
                if (!count.exec(QStringLiteral("SELECT count(*) FROM kcat_migrations")) || !count.next()) {
                    *err = count.lastError().text();
                    return false;
                }
                const int applied = count.value(0).toInt();
                count.finish();
                if (!step.exec(QStringLiteral("PRAGMA user_version = %1").arg(applied))) {
                    *err = step.lastError().text();
                    return false;
                }
                return true;
            },
            &why);
        if (!ok)
            return fail(error, WorkspaceError::Code::Migration,
                        tr("%1: upgrading '%2' data to schema version %3 (%4) failed: %5. The workspace was "
                           "left at the version before.")
                            .arg(m_path, m.module)
                            .arg(m.version)
                            .arg(m.description, why));
    }
    return true;
}

bool Workspace::transaction(const std::function<bool(QSqlDatabase&, QString*)>& work, QString* error) {
    QSqlDatabase db = database();
    QString local;
    QString* err = error ? error : &local;
    if (!db.transaction()) {
        *err = db.lastError().text();
        return false;
    }
    if (!work(db, err)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *err = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QString Workspace::meta(const QString& key) const {
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM kcat_meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString Workspace::id() const {
    return meta(QStringLiteral("id"));
}

QDateTime Workspace::created() const {
    return QDateTime::fromString(meta(QStringLiteral("created")), Qt::ISODateWithMs);
}

int Workspace::schemaVersion() const {
    QSqlQuery q(database());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : 0;
}

QMap<QString, int> Workspace::moduleVersions() const {
    QMap<QString, int> versions;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT module, max(version) FROM kcat_migrations GROUP BY module")))
        while (q.next())
            versions.insert(q.value(0).toString(), q.value(1).toInt());
    return versions;
}

Workspace::CheckResult Workspace::check(bool full) const {
    CheckResult result;
    result.problems = runCheck(database(), full ? QStringLiteral("PRAGMA integrity_check")
                                                : QStringLiteral("PRAGMA quick_check"));
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            result.problems << tr("row %1 of table %2 refers to a missing row of %3")
                                   .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }
    result.ok = result.problems.isEmpty();
    return result;
}

} // namespace kcat::core
