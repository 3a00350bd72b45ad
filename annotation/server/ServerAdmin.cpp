#include "annotation/server/ServerAdmin.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace kcat::server {

bool ServerAdmin::isValidName(const QString& name) {
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return re.match(name).hasMatch() && !name.startsWith(QStringLiteral("pg_")) &&
           !name.startsWith(QStringLiteral("kcat_")) && name != QStringLiteral("local");
}

bool ServerAdmin::addAnnotator(ServerConnection& connection, const QString& name, const QString& password,
                               bool manager, ServerError* error) {
    if (!isValidName(name)) {
        *error = {ServerFailure::Query,
                  tr("bad annotator name \"%1\" (expected a lower-case letter, then "
                     "lower-case letters, digits or _; not starting with pg_ or kcat_, not \"local\")")
                      .arg(name)};
        return false;
    }
    return connection.transaction(
        [&](QSqlDatabase& db, ServerError* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT kcat.create_login(?, ?, ?)"));
            q.addBindValue(name);
            q.addBindValue(password);
            q.addBindValue(manager ? QStringLiteral("kcat_manager") : QStringLiteral("kcat_annotator"));
            if (!connection.exec(q, err))
                return false;
            // A login changing sides leaves the other group.
            const QString other = manager ? QStringLiteral("kcat_annotator") : QStringLiteral("kcat_manager");
            q.prepare(
                QStringLiteral("SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN "
                               "pg_roles u ON u.oid = m.member WHERE g.rolname = ? AND u.rolname = ?"));
            q.addBindValue(other);
            q.addBindValue(name);
            if (!connection.exec(q, err))
                return false;
            // The name was validated above (identifiers cannot be bound).
            if (q.next() && !connection.exec(QStringLiteral("REVOKE %1 FROM %2").arg(other, name), err))
                return false;
            q.prepare(QStringLiteral("INSERT INTO kcat.annotators (name, is_manager) VALUES (?, ?) "
                                     "ON CONFLICT (name) DO UPDATE SET is_manager = EXCLUDED.is_manager"));
            q.addBindValue(name);
            q.addBindValue(manager);
            return connection.exec(q, err);
        },
        error);
}

int ServerAdmin::assign(ServerConnection& connection, const QString& project, const QStringList& documents,
                        const QString& annotator, bool gold, bool remove, ServerError* error) {
    int changed = 0;
    const bool ok = connection.transaction(
        [&](QSqlDatabase& db, ServerError* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT 1 FROM kcat.annotators WHERE name = ?"));
            q.addBindValue(annotator);
            if (!connection.exec(q, err))
                return false;
            if (!q.next()) {
                *err = {
                    ServerFailure::Query,
                    tr("no annotator \"%1\" on the team server (add one with `kcat server add-annotator`)")
                        .arg(annotator)};
                return false;
            }
            q.prepare(QStringLiteral("SELECT d.id, d.name FROM kcat.documents d JOIN kcat.projects p ON "
                                     "p.id = d.project_id WHERE p.name = ? ORDER BY d.ord"));
            q.addBindValue(project);
            if (!connection.exec(q, err))
                return false;
            QVector<qint64> ids;
            QStringList missing = documents;
            while (q.next()) {
                const QString name = q.value(1).toString();
                if (documents.isEmpty() || documents.contains(name)) {
                    ids << q.value(0).toLongLong();
                    missing.removeAll(name);
                }
            }
            if (ids.isEmpty() && documents.isEmpty()) {
                *err = {ServerFailure::Query,
                        tr("no published documents in project \"%1\" (publish it with `kcat server publish`)")
                            .arg(project)};
                return false;
            }
            if (!missing.isEmpty()) {
                *err = {ServerFailure::Query, tr("project \"%1\" has no published document named \"%2\"")
                                                  .arg(project, missing.first())};
                return false;
            }
            QSqlQuery w(db);
            w.prepare(remove ? QStringLiteral("DELETE FROM kcat.assignments WHERE document_id = ? AND "
                                              "annotator = ?")
                             : QStringLiteral("INSERT INTO kcat.assignments (document_id, annotator, gold) "
                                              "VALUES (?, ?, ?) ON CONFLICT (document_id, annotator) DO "
                                              "UPDATE SET gold = EXCLUDED.gold "
                                              "WHERE kcat.assignments.gold <> EXCLUDED.gold"));
            for (qint64 id : ids) {
                w.addBindValue(id);
                w.addBindValue(annotator);
                if (!remove)
                    w.addBindValue(gold);
                if (!connection.exec(w, err))
                    return false;
                changed += w.numRowsAffected();
            }
            return true;
        },
        error);
    return ok ? changed : -1;
}

QVector<AnnotatorProgress> ServerAdmin::progress(ServerConnection& connection, ServerError* error) {
    QVector<AnnotatorProgress> result;
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral(
        "SELECT a.name, a.is_manager, (SELECT count(*) FROM kcat.assignments s WHERE s.annotator = a.name), "
        "(SELECT count(*) FROM kcat.mention_labels l WHERE l.annotator = a.name) FROM kcat.annotators a "
        "ORDER BY a.name"));
    if (!connection.exec(q, error))
        return {};
    while (q.next())
        result.push_back(
            {q.value(0).toString(), q.value(1).toBool(), q.value(2).toInt(), q.value(3).toInt()});
    return result;
}

} // namespace kcat::server
