#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace kcat::core {

// Why a workspace could not be created or opened; the message names the file and what was expected.
struct WorkspaceError {
    enum class Code {
        None,
        NotFound,
        AlreadyExists,
        NotADatabase,
        NotAWorkspace,
        TooNew,
        Corrupt,
        Io,
        Migration
    };
    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
};

// One KCAT Studio workspace: a single SQLite file (WAL, foreign keys on, schema version in
// PRAGMA user_version) that every module stores its data in. Opening validates the file read-only first,
// so a file that is not a workspace, is newer than this program or is corrupt is never modified.
// A Workspace and its connection belong to the thread that opened it; other threads open their own.
class Workspace {
    Q_DECLARE_TR_FUNCTIONS(kcat::core::Workspace)

public:
    static constexpr const char* Application = "kcat-studio";

    // Creates a new workspace; fails if anything exists at path.
    static std::unique_ptr<Workspace> create(const QString& path, WorkspaceError* error);
    // Opens an existing workspace, running pending migrations (each in its own transaction).
    static std::unique_ptr<Workspace> open(const QString& path, WorkspaceError* error);
    // Opens path, creating it first when nothing is there (the default workspace on first start).
    static std::unique_ptr<Workspace> openOrCreate(const QString& path, WorkspaceError* error);

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    QString connectionName() const { return m_connection; }

    QString id() const;
    QDateTime created() const;
    int schemaVersion() const;
    QMap<QString, int> moduleVersions() const;
    QString meta(const QString& key) const;

    struct CheckResult {
        bool ok = true;
        QStringList problems;
    };
    // PRAGMA quick_check (or integrity_check when full) and foreign_key_check.
    CheckResult check(bool full = false) const;

    // Runs work inside one transaction: committed when it returns true, rolled back otherwise.
    bool transaction(const std::function<bool(QSqlDatabase&, QString* error)>& work, QString* error);

    // Checks that path holds a healthy workspace of a version this program can open, without writing to it.
    static bool validate(const QString& path, WorkspaceError* error);

private:
    Workspace(QString path, QString connection);
    bool migrate(WorkspaceError* error);

    QString m_path;
    QString m_connection;
};

} // namespace kcat::core
