#include "annotation/server/ClientCache.h"

#include "annotation/server/IdMap.h"
#include "compute/core/Workspace.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVector>

namespace kcat::server {

namespace {

bool run(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

qint64 defaultAnnotator(QSqlDatabase db) {
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT id FROM annotation_annotators WHERE is_default = 1 ORDER BY id "
                                 "LIMIT 1")) &&
                   q.next()
               ? q.value(0).toLongLong()
               : 0;
}

struct Rows {
    QVector<QVector<QVariant>> projects, documents, mentions, candidates, labels, types;
};

bool readRows(ServerConnection& c, QSqlDatabase& db, Rows* r, ServerError* err) {
    const std::pair<const char*, QVector<QVector<QVariant>>*> reads[] = {
        {"SELECT id, name, type_set FROM kcat.projects ORDER BY id", &r->projects},
        {"SELECT id, project_id, name, text, ord FROM kcat.documents ORDER BY project_id, ord, id",
         &r->documents},
        {"SELECT id, document_id, start_offset, end_offset FROM kcat.mentions ORDER BY id", &r->mentions},
        {"SELECT mention_id, rank, entity, score FROM kcat.candidates ORDER BY mention_id, rank",
         &r->candidates},
        {"SELECT mention_id, linked, entity, flagged FROM kcat.mention_labels WHERE annotator = current_user",
         &r->labels},
        {"SELECT mention_id, type_path FROM kcat.mention_types WHERE annotator = current_user", &r->types},
    };
    QSqlQuery q(db);
    for (const auto& [sql, out] : reads) {
        q.prepare(QString::fromLatin1(sql));
        if (!c.exec(q, err))
            return false;
        const int columns = q.record().count();
        while (q.next()) {
            QVector<QVariant> row;
            for (int i = 0; i < columns; ++i)
                row << q.value(i);
            out->push_back(row);
        }
    }
    return true;
}

} // namespace

QString ClientCache::connectedDsn(core::Workspace& cache) {
    QSqlQuery q(cache.database());
    return q.exec(QStringLiteral("SELECT dsn FROM server_client WHERE id = 1")) && q.next()
               ? q.value(0).toString()
               : QString();
}

int ClientCache::pending(core::Workspace& cache) {
    QSqlQuery q(cache.database());
    return q.exec(
               QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT kind, local_id FROM server_outbox)")) &&
                   q.next()
               ? q.value(0).toInt()
               : 0;
}

bool ClientCache::download(core::Workspace& cache, ServerConnection& connection, SyncCounts* counts,
                           ServerError* error) {
    // A cache belongs to one login on one server; an ordinary workspace with documents is never turned into
    // one.
    const QString owner = connectedDsn(cache);
    if (!owner.isEmpty() && owner != connection.settings().displayDsn()) {
        *error = {ServerFailure::Workspace,
                  tr("%1 is the team cache of \"%2\", not of \"%3\"")
                      .arg(cache.path(), owner, connection.settings().displayDsn())};
        return false;
    }
    QSqlQuery any(cache.database());
    if (owner.isEmpty() && any.exec(QStringLiteral("SELECT 1 FROM annotation_documents LIMIT 1")) &&
        any.next()) {
        *error = {ServerFailure::Workspace,
                  tr("%1 already holds documents and is not a team cache; use a new file for the annotator's "
                     "copy")
                      .arg(cache.path())};
        return false;
    }
    any.finish();
    Rows r;
    if (!connection.transaction(
            [&](QSqlDatabase& db, ServerError* err) {
                return connection.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"),
                                       err) &&
                       readRows(connection, db, &r, err);
            },
            error))
        return false;
    SyncCounts n;
    QString localError;
    const bool ok = cache.transaction(
        [&](QSqlDatabase& db, QString* e) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("UPDATE server_client SET recording = 0 WHERE id = 1"))) {
                *e = q.lastError().text();
                return false;
            }
            const qint64 me = defaultAnnotator(db);
            QSet<qint64> pendingMentions;
            if (q.exec(QStringLiteral(
                    "SELECT DISTINCT local_id FROM server_outbox WHERE kind IN ('labels', 'span')")))
                while (q.next())
                    pendingMentions.insert(q.value(0).toLongLong());
            QSet<qint64> moved; // server mentions this annotator moved a span away from
            if (q.exec(QStringLiteral("SELECT server_id FROM server_moved")))
                while (q.next())
                    moved.insert(q.value(0).toLongLong());
            IdMap projects(db, QStringLiteral("project")), documents(db, QStringLiteral("document")),
                mentions(db, QStringLiteral("mention"));
            for (const auto& p : r.projects) {
                qint64 id = projects.local(p[0].toLongLong());
                if (id == 0) {
                    q.prepare(QStringLiteral("SELECT id FROM annotation_projects WHERE name = ?"));
                    q.addBindValue(p[1]);
                    if (!run(q, e))
                        return false;
                    id = q.next() ? q.value(0).toLongLong() : 0;
                }
                if (id == 0) {
                    q.prepare(
                        QStringLiteral("INSERT INTO annotation_projects (name, type_set) VALUES (?, ?)"));
                    q.addBindValue(p[1]);
                    q.addBindValue(p[2]);
                    if (!run(q, e))
                        return false;
                    id = q.lastInsertId().toLongLong();
                }
                projects.set(id, p[0].toLongLong());
                ++n.projects;
            }
            for (const auto& d : r.documents) {
                const qint64 project = projects.local(d[1].toLongLong());
                qint64 id = documents.local(d[0].toLongLong());
                q.prepare(id != 0
                              ? QStringLiteral("UPDATE annotation_documents SET project_id = ?, name = ?, "
                                               "text = ?, ord = ? WHERE id = ?")
                              : QStringLiteral("INSERT INTO annotation_documents (project_id, name, text, "
                                               "ord) VALUES (?, ?, ?, ?)"));
                q.addBindValue(project);
                q.addBindValue(d[2]);
                q.addBindValue(d[3]);
                q.addBindValue(d[4]);
                if (id != 0)
                    q.addBindValue(id);
                if (!run(q, e))
                    return false;
                if (id == 0)
                    id = q.lastInsertId().toLongLong();
                documents.set(id, d[0].toLongLong());
                ++n.documents;
            }
            QSet<qint64> fresh; // local mentions whose labels come from the server now
            for (const auto& m : r.mentions) {
                qint64 id = mentions.local(m[0].toLongLong());
                if (id != 0 && pendingMentions.contains(id))
                    continue; // edited (or removed) here and not pushed yet
                if (id == 0 && moved.contains(m[0].toLongLong()))
                    continue; // its span was adjusted here: the annotator's mention is the one at the new
                              // span
                const qint64 doc = documents.local(m[1].toLongLong());
                if (id == 0) {
                    q.prepare(QStringLiteral("SELECT id FROM annotation_mentions WHERE document_id = ? AND "
                                             "start_offset = ? AND end_offset = ?"));
                    q.addBindValue(doc);
                    q.addBindValue(m[2]);
                    q.addBindValue(m[3]);
                    if (!run(q, e))
                        return false;
                    id = q.next() ? q.value(0).toLongLong() : 0;
                    if (id != 0 && pendingMentions.contains(id))
                        continue;
                }
                if (id == 0) {
                    q.prepare(QStringLiteral("INSERT INTO annotation_mentions (document_id, start_offset, "
                                             "end_offset) VALUES (?, ?, ?)"));
                    q.addBindValue(doc);
                    q.addBindValue(m[2]);
                    q.addBindValue(m[3]);
                    if (!run(q, e))
                        return false;
                    id = q.lastInsertId().toLongLong();
                }
                mentions.set(id, m[0].toLongLong());
                fresh.insert(id);
                ++n.mentions;
            }
            for (qint64 id : fresh)
                for (const char* sql : {"DELETE FROM annotation_candidates WHERE mention_id = ?",
                                        "DELETE FROM annotation_mention_types WHERE mention_id = ?",
                                        "DELETE FROM annotation_mention_labels WHERE mention_id = ?"}) {
                    q.prepare(QString::fromLatin1(sql));
                    q.addBindValue(id);
                    if (!run(q, e))
                        return false;
                }
            q.prepare(QStringLiteral(
                "INSERT INTO annotation_candidates (mention_id, rank, entity, score) VALUES (?, ?, ?, ?)"));
            for (const auto& c : r.candidates) {
                const qint64 id = mentions.local(c[0].toLongLong());
                if (!fresh.contains(id))
                    continue;
                q.addBindValue(id);
                q.addBindValue(c[1]);
                q.addBindValue(c[2]);
                q.addBindValue(c[3]);
                if (!run(q, e))
                    return false;
            }
            QHash<qint64, QStringList> types;
            for (const auto& t : r.types)
                types[mentions.local(t[0].toLongLong())] << t[1].toString();
            QHash<qint64, QVector<QVariant>> labels;
            for (const auto& l : r.labels)
                labels.insert(mentions.local(l[0].toLongLong()), l);
            QSqlQuery label(db), type(db);
            label.prepare(QStringLiteral("INSERT INTO annotation_mention_labels (mention_id, annotator_id, "
                                         "linked, entity, flagged, state) VALUES (?, ?, ?, ?, ?, ?)"));
            type.prepare(QStringLiteral("INSERT INTO annotation_mention_types (mention_id, annotator_id, "
                                        "type_path) VALUES (?, ?, ?)"));
            for (qint64 id : fresh) {
                const QVector<QVariant> l = labels.value(id);
                const QStringList ts = types.value(id);
                const bool flagged = !l.isEmpty() && l[3].toBool();
                label.addBindValue(id);
                label.addBindValue(me);
                label.addBindValue(!l.isEmpty() && l[1].toBool() ? 1 : 0);
                label.addBindValue(l.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : l[2]);
                label.addBindValue(flagged ? 1 : 0);
                label.addBindValue(flagged        ? QStringLiteral("flagged")
                                   : ts.isEmpty() ? QStringLiteral("untyped")
                                                  : QStringLiteral("typed"));
                if (!run(label, e))
                    return false;
                if (!l.isEmpty())
                    ++n.labels;
                for (const QString& path : ts) {
                    type.addBindValue(id);
                    type.addBindValue(me);
                    type.addBindValue(path);
                    if (!run(type, e))
                        return false;
                }
            }
            if (!projects.save(db, e) || !documents.save(db, e) || !mentions.save(db, e))
                return false;
            q.prepare(QStringLiteral("UPDATE server_client SET recording = 1, dsn = ?, user = ?, last_sync = "
                                     "CURRENT_TIMESTAMP WHERE id = 1"));
            q.addBindValue(connection.settings().displayDsn());
            q.addBindValue(connection.settings().user);
            return run(q, e);
        },
        &localError);
    if (!ok) {
        *error = {
            ServerFailure::Workspace,
            tr("could not store the assigned documents in the cache %1: %2").arg(cache.path(), localError)};
        return false;
    }
    *counts = n;
    return true;
}

} // namespace kcat::server
