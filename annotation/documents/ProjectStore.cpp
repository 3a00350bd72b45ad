#include "annotation/documents/ProjectStore.h"

#include "compute/core/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kcat::annotation {

ProjectStore::ProjectStore(core::Workspace* workspace)
    : m_workspace(workspace) {}

QVector<Project> ProjectStore::projects() const {
    QVector<Project> out;
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT id, name, type_set FROM annotation_projects ORDER BY id"));
    if (q.exec())
        while (q.next())
            out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Project ProjectStore::project(qint64 id) const {
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT id, name, type_set FROM annotation_projects WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return {};
}

Project ProjectStore::projectNamed(const QString& name) const {
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT id, name, type_set FROM annotation_projects WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return {};
}

qint64 ProjectStore::createProject(const QString& name, const QString& typeSet, QString* error) {
    if (projectNamed(name).id != 0) {
        *error = tr("a project named \"%1\" exists already").arg(name);
        return 0;
    }
    qint64 id = 0;
    const bool ok = m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO annotation_projects (name, type_set) VALUES (?, ?)"));
            q.addBindValue(name);
            q.addBindValue(typeSet);
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            id = q.lastInsertId().toLongLong();
            return true;
        },
        error);
    return ok ? id : 0;
}

bool ProjectStore::removeProject(qint64 id, QString* error) {
    return m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM annotation_projects WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            return true;
        },
        error);
}

qint64 ProjectStore::defaultAnnotator() const {
    QSqlQuery q(m_workspace->database());
    q.prepare(
        QStringLiteral("SELECT id FROM annotation_annotators WHERE is_default = 1 ORDER BY id LIMIT 1"));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 ProjectStore::annotatorNamed(const QString& name, QString* error) {
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT id FROM annotation_annotators WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    qint64 id = 0;
    m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO annotation_annotators (name) VALUES (?)"));
            insert.addBindValue(name);
            if (!insert.exec()) {
                *err = insert.lastError().text();
                return false;
            }
            id = insert.lastInsertId().toLongLong();
            return true;
        },
        error);
    return id;
}

} // namespace kcat::annotation
