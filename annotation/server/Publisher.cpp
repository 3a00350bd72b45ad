#include "annotation/server/IdMap.h"
#include "annotation/server/TeamSync.h"

#include "compute/core/Workspace.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVector>

namespace kcat::server {

namespace {

struct LocalMention {
    qint64 id;
    int start;
    int end;
    QVector<std::pair<QString, double>> candidates;
};

struct LocalDocument {
    qint64 id;
    QString name;
    QString text;
    int order;
    QVector<LocalMention> mentions;
};

struct LocalProject {
    qint64 id;
    QString name;
    QString typeSet;
    QVector<LocalDocument> documents;
};

bool readProjects(QSqlDatabase db, const QString& only, QVector<LocalProject>* out, QString* error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, type_set FROM annotation_projects WHERE ? = '' OR name = ? "
                             "ORDER BY id"));
    const QString name = only.isEmpty() ? QStringLiteral("") : only; // never NULL
    q.addBindValue(name);
    q.addBindValue(name);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}});
    QSqlQuery d(db);
    d.prepare(
        QStringLiteral("SELECT id, name, text, ord FROM annotation_documents WHERE project_id = ? ORDER "
                       "BY ord, id"));
    QSqlQuery m(db);
    m.prepare(QStringLiteral("SELECT id, start_offset, end_offset FROM annotation_mentions WHERE document_id "
                             "= ? ORDER BY start_offset, end_offset DESC"));
    QSqlQuery c(db);
    c.prepare(QStringLiteral("SELECT entity, score FROM annotation_candidates WHERE mention_id = ? ORDER BY "
                             "rank"));
    for (LocalProject& p : *out) {
        d.addBindValue(p.id);
        if (!d.exec()) {
            *error = d.lastError().text();
            return false;
        }
        while (d.next())
            p.documents.push_back({d.value(0).toLongLong(),
                                   d.value(1).toString(),
                                   d.value(2).toString(),
                                   d.value(3).toInt(),
                                   {}});
        for (LocalDocument& doc : p.documents) {
            m.addBindValue(doc.id);
            if (!m.exec()) {
                *error = m.lastError().text();
                return false;
            }
            while (m.next())
                doc.mentions.push_back({m.value(0).toLongLong(), m.value(1).toInt(), m.value(2).toInt(), {}});
            for (LocalMention& men : doc.mentions) {
                c.addBindValue(men.id);
                if (!c.exec()) {
                    *error = c.lastError().text();
                    return false;
                }
                while (c.next())
                    men.candidates.push_back({c.value(0).toString(), c.value(1).toDouble()});
            }
        }
    }
    return true;
}

// The manager's assignments from the workspace's team module (annotation/team), when it is there.
struct LocalAssignment {
    qint64 document;
    QString annotator;
    bool gold;
};

bool readAssignments(QSqlDatabase db, QVector<LocalAssignment>* out, QString* error) {
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'team_assignments'")))
        return true;
    if (!q.next())
        return true;
    if (!q.exec(QStringLiteral(
            "SELECT t.document_id, a.name, t.is_gold FROM team_assignments t JOIN "
            "annotation_annotators a ON a.id = t.annotator_id ORDER BY t.document_id, a.name"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()});
    return true;
}

qint64 returningId(ServerConnection& connection, QSqlQuery& q, ServerError* error) {
    if (!connection.exec(q, error))
        return 0;
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

bool TeamSync::publish(core::Workspace& workspace, ServerConnection& connection, const QString& project,
                       SyncCounts* counts, ServerError* error, const Progress& progress) {
    QVector<LocalProject> projects;
    QString localError;
    if (!readProjects(workspace.database(), project, &projects, &localError)) {
        *error = {ServerFailure::Workspace,
                  tr("cannot read the workspace %1: %2").arg(workspace.path(), localError)};
        return false;
    }
    QVector<LocalAssignment> assignments;
    if (!readAssignments(workspace.database(), &assignments, &localError)) {
        *error = {ServerFailure::Workspace,
                  tr("cannot read the assignments of %1: %2").arg(workspace.path(), localError)};
        return false;
    }
    if (!project.isEmpty() && projects.isEmpty()) {
        *error = {ServerFailure::Workspace,
                  tr("the workspace %1 has no project named \"%2\"").arg(workspace.path(), project)};
        return false;
    }
    IdMap projectIds(workspace.database(), QStringLiteral("project"));
    IdMap documentIds(workspace.database(), QStringLiteral("document"));
    IdMap mentionIds(workspace.database(), QStringLiteral("mention"));
    SyncCounts n;
    QSet<qint64> publishedDocuments;
    qint64 total = 1, done = 0; // every document, then the assignments
    for (const LocalProject& lp : projects)
        total += lp.documents.size();
    const bool ok = connection.transaction(
        [&](QSqlDatabase& db, ServerError* err) {
            QSqlQuery p(db), d(db), m(db), delCand(db), cand(db);
            p.prepare(QStringLiteral("INSERT INTO kcat.projects (name, type_set) VALUES (?, ?) ON CONFLICT "
                                     "(name) DO UPDATE SET type_set = EXCLUDED.type_set RETURNING id"));
            d.prepare(QStringLiteral(
                "INSERT INTO kcat.documents (project_id, name, text, ord) VALUES (?, ?, ?, ?) ON CONFLICT "
                "(project_id, ord, name) DO UPDATE SET text = EXCLUDED.text RETURNING id"));
            m.prepare(QStringLiteral(
                "INSERT INTO kcat.mentions (document_id, start_offset, end_offset) VALUES (?, ?, ?) ON "
                "CONFLICT (document_id, start_offset, end_offset) DO UPDATE SET start_offset = "
                "EXCLUDED.start_offset RETURNING id"));
            delCand.prepare(QStringLiteral("DELETE FROM kcat.candidates WHERE mention_id = ?"));
            cand.prepare(QStringLiteral(
                "INSERT INTO kcat.candidates (mention_id, rank, entity, score) VALUES (?, ?, ?, ?)"));
            for (const LocalProject& lp : projects) {
                p.addBindValue(lp.name);
                p.addBindValue(lp.typeSet);
                const qint64 pid = returningId(connection, p, err);
                if (pid == 0)
                    return false;
                projectIds.set(lp.id, pid);
                ++n.projects;
                for (const LocalDocument& ld : lp.documents) {
                    if (progress && !progress(done++, total)) {
                        *err = cancelled();
                        return false;
                    }
                    d.addBindValue(pid);
                    d.addBindValue(ld.name);
                    d.addBindValue(ld.text);
                    d.addBindValue(ld.order);
                    const qint64 did = returningId(connection, d, err);
                    if (did == 0)
                        return false;
                    documentIds.set(ld.id, did);
                    publishedDocuments.insert(ld.id);
                    ++n.documents;
                    for (const LocalMention& lm : ld.mentions) {
                        m.addBindValue(did);
                        m.addBindValue(lm.start);
                        m.addBindValue(lm.end);
                        const qint64 mid = returningId(connection, m, err);
                        if (mid == 0)
                            return false;
                        mentionIds.set(lm.id, mid);
                        ++n.mentions;
                        delCand.addBindValue(mid);
                        if (!connection.exec(delCand, err))
                            return false;
                        for (int r = 0; r < lm.candidates.size(); ++r) {
                            cand.addBindValue(mid);
                            cand.addBindValue(r);
                            cand.addBindValue(lm.candidates[r].first);
                            cand.addBindValue(lm.candidates[r].second);
                            if (!connection.exec(cand, err))
                                return false;
                        }
                    }
                }
            }
            // Assignments of the published documents to annotators that have a login on the server.
            QSqlQuery names(db);
            names.prepare(QStringLiteral("SELECT name FROM kcat.annotators"));
            if (!connection.exec(names, err))
                return false;
            QSet<QString> logins;
            while (names.next())
                logins.insert(names.value(0).toString());
            QSqlQuery a(db);
            a.prepare(
                QStringLiteral("INSERT INTO kcat.assignments (document_id, annotator, gold) VALUES (?, ?, ?) "
                               "ON CONFLICT (document_id, annotator) DO UPDATE SET gold = EXCLUDED.gold"));
            for (const LocalAssignment& la : assignments) {
                const qint64 did = documentIds.server(la.document);
                if (did == 0 || !publishedDocuments.contains(la.document))
                    continue;
                if (!logins.contains(la.annotator)) {
                    ++n.skipped;
                    continue;
                }
                a.addBindValue(did);
                a.addBindValue(la.annotator);
                a.addBindValue(la.gold);
                if (!connection.exec(a, err))
                    return false;
                ++n.assignments;
            }
            if (progress && !progress(done, total)) {
                *err = cancelled();
                return false;
            }
            return true;
        },
        error);
    if (!ok)
        return false;
    if (!workspace.transaction(
            [&](QSqlDatabase& db, QString* e) {
                return projectIds.save(db, e) && documentIds.save(db, e) && mentionIds.save(db, e);
            },
            &localError)) {
        *error = {ServerFailure::Workspace,
                  tr("published, but could not record the server ids in %1: %2 (publishing again repairs it)")
                      .arg(workspace.path(), localError)};
        return false;
    }
    *counts = n;
    if (progress)
        progress(total, total);
    return true;
}

ServerError TeamSync::cancelled() {
    return {ServerFailure::Cancelled, tr("cancelled; nothing was changed on the server or in the workspace")};
}

bool TeamSync::assign(core::Workspace& workspace, ServerConnection& connection, const QString& project,
                      const QVector<PlannedAssignment>& plan, SyncCounts* counts, ServerError* error) {
    QVector<LocalProject> projects;
    QString localError;
    if (!readProjects(workspace.database(), project, &projects, &localError) || projects.size() != 1) {
        *error = {ServerFailure::Workspace,
                  localError.isEmpty()
                      ? tr("the workspace %1 has no project named \"%2\"").arg(workspace.path(), project)
                      : tr("cannot read the workspace %1: %2").arg(workspace.path(), localError)};
        return false;
    }
    IdMap documentIds(workspace.database(), QStringLiteral("document"));
    QVector<qint64> serverDocuments;
    for (const LocalDocument& ld : projects.first().documents) {
        const qint64 id = documentIds.server(ld.id);
        if (id == 0) {
            *error = {ServerFailure::Workspace,
                      tr("document \"%1\" of project \"%2\" is not on the team server yet; publish the "
                         "project first")
                          .arg(ld.name, project)};
            return false;
        }
        serverDocuments << id;
    }
    SyncCounts n;
    const bool ok = connection.transaction(
        [&](QSqlDatabase& db, ServerError* err) {
            QSqlQuery names(db);
            names.prepare(QStringLiteral("SELECT name FROM kcat.annotators"));
            if (!connection.exec(names, err))
                return false;
            QSet<QString> logins;
            while (names.next())
                logins.insert(names.value(0).toString());
            QSqlQuery del(db), ins(db);
            del.prepare(QStringLiteral("DELETE FROM kcat.assignments WHERE document_id = ?"));
            for (qint64 id : serverDocuments) {
                del.addBindValue(id);
                if (!connection.exec(del, err))
                    return false;
            }
            ins.prepare(QStringLiteral("INSERT INTO kcat.assignments (document_id, annotator, gold) VALUES "
                                       "(?, ?, ?)"));
            for (const PlannedAssignment& a : plan) {
                const qint64 id = documentIds.server(a.document);
                if (id == 0 || !serverDocuments.contains(id)) {
                    *err = {ServerFailure::Workspace,
                            tr("document %1 is not a published document of project \"%2\"")
                                .arg(a.document)
                                .arg(project)};
                    return false;
                }
                if (!logins.contains(a.annotator)) {
                    *err = {ServerFailure::Query,
                            tr("no annotator \"%1\" on the team server at %2 (add one with `kcat server "
                               "add-annotator`)")
                                .arg(a.annotator, connection.settings().endpoint())};
                    return false;
                }
                ins.addBindValue(id);
                ins.addBindValue(a.annotator);
                ins.addBindValue(a.gold);
                if (!connection.exec(ins, err))
                    return false;
                ++n.assignments;
            }
            return true;
        },
        error);
    if (!ok)
        return false;
    *counts = n;
    return true;
}

} // namespace kcat::server
