#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class QSqlDatabase;

namespace kcat::core {

// One forward step of a module's part of the workspace schema.
struct Migration {
    QString module;      // "core", "annotation", "runs", ...
    int version = 0;     // 1, 2, ... within the module, without gaps
    QString description; // one line, shown when a migration fails
    QStringList statements;
    // Optional code step, run after the statements inside the same transaction. Returns an error or "".
    std::function<QString(QSqlDatabase&)> code;
};

// The migrations this program knows, in the order they are applied. Modules register theirs once at start-up
// (see app/Modules.cpp); a workspace is "newer than the program" when it records a step missing here.
class WorkspaceSchema {
public:
    static WorkspaceSchema& instance();

    // Adds a module's next migration; versions of one module must be registered in order 1, 2, ...
    void add(const Migration& migration);
    bool hasModule(const QString& module) const;
    const QVector<Migration>& migrations() const { return m_migrations; }
    int latestVersion(const QString& module) const;
    // The schema version this program writes into PRAGMA user_version: the number of known migrations.
    int programVersion() const { return m_migrations.size(); }

    // For tests that register throw-away modules.
    void removeModule(const QString& module);

private:
    QVector<Migration> m_migrations;
};

void registerCoreSchema();

} // namespace kcat::core
