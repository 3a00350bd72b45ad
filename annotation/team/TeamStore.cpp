#include "annotation/team/TeamStore.h"

#include "annotation/documents/DocumentStore.h"
#include "annotation/team/TeamSql.h"
#include "compute/core/Workspace.h"

#include <QSqlQuery>

namespace kcat::team {

QString roleName(Role role) {
    switch (role) {
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Final:
        return QStringLiteral("final");
    case Role::Annotator:
        break;
    }
    return QStringLiteral("annotator");
}

bool roleFromName(const QString& name, Role* role) {
    for (Role r : {Role::Annotator, Role::Manager, Role::Final})
        if (roleName(r) == name) {
            *role = r;
            return true;
        }
    return false;
}

TeamStore::TeamStore(core::Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace) {}

static Member memberFrom(const QSqlQuery& q) {
    Member m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    roleFromName(q.value(2).toString(), &m.role);
    m.simulated = q.value(3).toInt() != 0;
    m.description = q.value(4).toString();
    return m;
}

QVector<Member> TeamStore::members() const {
    QSqlQuery q(m_workspace->database());
    q.prepare(
        QStringLiteral("SELECT a.id, a.name, m.role, m.simulated, m.description FROM team_members m JOIN "
                       "annotation_annotators a ON a.id = m.annotator_id WHERE m.role <> 'final' "
                       "ORDER BY a.name"));
    QVector<Member> out;
    if (q.exec())
        while (q.next())
            out << memberFrom(q);
    return out;
}

Member TeamStore::member(qint64 annotatorId) const {
    QSqlQuery q(m_workspace->database());
    q.prepare(
        QStringLiteral("SELECT a.id, a.name, m.role, m.simulated, m.description FROM team_members m JOIN "
                       "annotation_annotators a ON a.id = m.annotator_id WHERE a.id = ?"));
    q.addBindValue(annotatorId);
    if (q.exec() && q.next())
        return memberFrom(q);
    return {};
}

qint64 TeamStore::insertMember(QSqlDatabase& db, const QString& name, Role role, bool simulated,
                               const QString& description, QString* error) {
    if (name.trimmed().isEmpty()) {
        *error = tr("An annotator needs a name.");
        return 0;
    }
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id FROM annotation_annotators WHERE name = ?"));
    find.addBindValue(name);
    if (!sql::exec(find, error))
        return 0;
    qint64 id = 0;
    if (find.next()) {
        id = find.value(0).toLongLong();
    } else {
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO annotation_annotators (name) VALUES (?)"));
        ins.addBindValue(name);
        if (!sql::exec(ins, error))
            return 0;
        id = ins.lastInsertId().toLongLong();
    }
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO team_members (annotator_id, role, simulated, description) "
                       "VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(roleName(role));
    q.addBindValue(simulated ? 1 : 0);
    q.addBindValue(description);
    return sql::exec(q, error) ? id : 0;
}

qint64 TeamStore::addMember(const QString& name, Role role, bool simulated, const QString& description,
                            QString* error) {
    qint64 id = 0;
    const bool ok = m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery dup(db);
            dup.prepare(QStringLiteral("SELECT 1 FROM team_members m JOIN annotation_annotators a ON a.id = "
                                       "m.annotator_id WHERE a.name = ?"));
            dup.addBindValue(name);
            if (!sql::exec(dup, err))
                return false;
            if (dup.next()) {
                *err = tr("%1 is already in the team.").arg(name);
                return false;
            }
            id = insertMember(db, name, role, simulated, description, err);
            return id != 0;
        },
        error);
    if (ok)
        Q_EMIT membersChanged();
    return ok ? id : 0;
}

bool TeamStore::removeMember(qint64 annotatorId, QString* error) {
    const bool ok = m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery a(db);
            a.prepare(QStringLiteral("SELECT count(*) FROM team_assignments WHERE annotator_id = ?"));
            a.addBindValue(annotatorId);
            if (!sql::exec(a, err) || !a.next())
                return false;
            if (a.value(0).toInt() > 0) {
                *err = tr("The annotator still has %n assignment(s); reassign the documents first.", nullptr,
                          a.value(0).toInt());
                return false;
            }
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM team_members WHERE annotator_id = ?"));
            q.addBindValue(annotatorId);
            return sql::exec(q, err);
        },
        error);
    if (ok)
        Q_EMIT membersChanged();
    return ok;
}

bool TeamStore::setRole(qint64 annotatorId, Role role, QString* error) {
    const bool ok = m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE team_members SET role = ? WHERE annotator_id = ?"));
            q.addBindValue(roleName(role));
            q.addBindValue(annotatorId);
            return sql::exec(q, err);
        },
        error);
    if (ok)
        Q_EMIT membersChanged();
    return ok;
}

qint64 TeamStore::finalAnnotator(QString* error) {
    {
        QSqlQuery q(m_workspace->database());
        q.prepare(QStringLiteral("SELECT annotator_id FROM team_members WHERE role = 'final'"));
        if (q.exec() && q.next())
            return q.value(0).toLongLong();
    }
    qint64 id = 0;
    m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            id = insertMember(db, finalAnnotatorName(), Role::Final, false,
                              QStringLiteral("adjudicated final layer"), err);
            return id != 0;
        },
        error);
    return id;
}

AssignmentSettings TeamStore::settings(qint64 projectId) const {
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral(
        "SELECT overlap, blind, gold_documents, seed FROM team_project_settings WHERE project_id = ?"));
    q.addBindValue(projectId);
    AssignmentSettings s;
    if (q.exec() && q.next()) {
        s.overlap = q.value(0).toInt();
        s.blind = q.value(1).toInt() != 0;
        s.goldDocuments = q.value(2).toInt();
        s.seed = q.value(3).toULongLong();
    }
    return s;
}

QVector<Assignment> TeamStore::assignments(qint64 projectId) const {
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT t.document_id, t.annotator_id, t.is_gold FROM team_assignments t JOIN "
                             "annotation_documents d ON d.id = t.document_id WHERE d.project_id = ? ORDER BY "
                             "d.ord, t.annotator_id"));
    q.addBindValue(projectId);
    QVector<Assignment> out;
    if (q.exec())
        while (q.next())
            out << Assignment{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt() != 0};
    return out;
}

bool TeamStore::setAssignments(qint64 projectId, const AssignmentSettings& settings,
                               const QVector<Assignment>& assignments, QString* error) {
    const bool ok = m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            return sql::replaceAssignments(db, projectId, settings, assignments, err);
        },
        error);
    if (ok)
        Q_EMIT assignmentsChanged(projectId);
    return ok;
}

QSet<qint64> TeamStore::assignedDocuments(qint64 projectId, qint64 annotatorId) const {
    QSqlQuery q(m_workspace->database());
    q.prepare(
        QStringLiteral("SELECT t.document_id FROM team_assignments t JOIN annotation_documents d ON d.id "
                       "= t.document_id WHERE d.project_id = ? AND t.annotator_id = ?"));
    q.addBindValue(projectId);
    q.addBindValue(annotatorId);
    QSet<qint64> out;
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toLongLong());
    return out;
}

QVector<TeamStore::OtherLabel> TeamStore::otherLabels(qint64 mentionId, qint64 annotatorId) const {
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral(
        "SELECT a.name, l.flagged, (SELECT group_concat(type_path, '|') FROM (SELECT t.type_path FROM "
        "annotation_mention_types t WHERE t.mention_id = l.mention_id AND t.annotator_id = l.annotator_id "
        "ORDER BY t.type_path)) FROM annotation_mention_labels l JOIN annotation_annotators a ON a.id = "
        "l.annotator_id LEFT JOIN team_members m ON m.annotator_id = l.annotator_id WHERE l.mention_id = ? "
        "AND l.annotator_id <> ? AND coalesce(m.role, '') <> 'final' ORDER BY a.name"));
    q.addBindValue(mentionId);
    q.addBindValue(annotatorId);
    QVector<OtherLabel> out;
    if (q.exec())
        while (q.next()) {
            OtherLabel l;
            l.annotator = q.value(0).toString();
            l.flagged = q.value(1).toInt() != 0;
            if (!q.value(2).isNull())
                l.types = q.value(2).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
            if (!l.types.isEmpty() || l.flagged)
                out << l;
        }
    return out;
}

qint64 TeamStore::logCost(const annotation::CostEntry& cost, qint64 annotatorId, int typesOffered,
                          bool constrained, QString* error) {
    qint64 id = 0;
    const bool ok = m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            id = annotation::DocumentStore::insertCost(db, cost, annotatorId, err);
            if (id == 0)
                return false;
            QSqlQuery c(db);
            c.prepare(QStringLiteral("INSERT INTO team_cost_context (cost_id, type_set_size, constrained, "
                                     "simulated) VALUES (?, ?, ?, 0)"));
            c.addBindValue(id);
            c.addBindValue(typesOffered);
            c.addBindValue(constrained ? 1 : 0);
            return sql::exec(c, err);
        },
        error);
    return ok ? id : 0;
}

} // namespace kcat::team
