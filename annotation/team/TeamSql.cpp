#include "annotation/team/TeamSql.h"

#include "annotation/documents/TypePaths.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kcat::team::sql {

bool exec(QSqlQuery& query, QString* error) {
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool replaceAssignments(QSqlDatabase& db, qint64 projectId, const AssignmentSettings& settings,
                        const QVector<Assignment>& assignments, QString* error) {
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM team_assignments WHERE document_id IN (SELECT id FROM "
                               "annotation_documents WHERE project_id = ?)"));
    del.addBindValue(projectId);
    if (!exec(del, error))
        return false;
    QSqlQuery s(db);
    s.prepare(QStringLiteral("INSERT OR REPLACE INTO team_project_settings (project_id, overlap, blind, "
                             "gold_documents, seed) VALUES (?, ?, ?, ?, ?)"));
    s.addBindValue(projectId);
    s.addBindValue(settings.overlap);
    s.addBindValue(settings.blind ? 1 : 0);
    s.addBindValue(settings.goldDocuments);
    s.addBindValue(qint64(settings.seed));
    if (!exec(s, error))
        return false;
    QSqlQuery ins(db);
    ins.prepare(
        QStringLiteral("INSERT INTO team_assignments (document_id, annotator_id, is_gold) VALUES (?, ?, ?)"));
    for (const Assignment& a : assignments) {
        ins.addBindValue(a.documentId);
        ins.addBindValue(a.annotatorId);
        ins.addBindValue(a.gold ? 1 : 0);
        if (!exec(ins, error))
            return false;
    }
    return true;
}

bool writeTypes(QSqlDatabase& db, qint64 mentionId, qint64 annotatorId, const QStringList& types,
                QString* error) {
    const QStringList closed = annotation::TypePaths::closeUnderAncestors(types);
    QSqlQuery up(db);
    up.prepare(
        QStringLiteral("INSERT INTO annotation_mention_labels (mention_id, annotator_id, state) VALUES "
                       "(?, ?, ?) ON CONFLICT (mention_id, annotator_id) DO UPDATE SET state = "
                       "CASE WHEN flagged = 1 THEN 'flagged' ELSE excluded.state END"));
    up.addBindValue(mentionId);
    up.addBindValue(annotatorId);
    up.addBindValue(closed.isEmpty() ? QStringLiteral("untyped") : QStringLiteral("typed"));
    if (!exec(up, error))
        return false;
    QSqlQuery del(db);
    del.prepare(
        QStringLiteral("DELETE FROM annotation_mention_types WHERE mention_id = ? AND annotator_id = ?"));
    del.addBindValue(mentionId);
    del.addBindValue(annotatorId);
    if (!exec(del, error))
        return false;
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral(
        "INSERT INTO annotation_mention_types (mention_id, annotator_id, type_path) VALUES (?, ?, ?)"));
    for (const QString& t : closed) {
        ins.addBindValue(mentionId);
        ins.addBindValue(annotatorId);
        ins.addBindValue(t);
        if (!exec(ins, error))
            return false;
    }
    return true;
}

bool writeGold(QSqlDatabase& db, qint64 mentionId, const QStringList& types, const QString& source,
               QString* error) {
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM team_gold_types WHERE mention_id = ?"));
    del.addBindValue(mentionId);
    if (!exec(del, error))
        return false;
    QSqlQuery ins(db);
    ins.prepare(
        QStringLiteral("INSERT INTO team_gold_types (mention_id, type_path, source) VALUES (?, ?, ?)"));
    for (const QString& t : annotation::TypePaths::closeUnderAncestors(types)) {
        ins.addBindValue(mentionId);
        ins.addBindValue(t);
        ins.addBindValue(source);
        if (!exec(ins, error))
            return false;
    }
    return true;
}

} // namespace kcat::team::sql
