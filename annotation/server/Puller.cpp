#include "annotation/server/IdMap.h"
#include "annotation/server/TeamSync.h"

#include "compute/core/Workspace.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVector>

namespace kcat::server {

namespace {

struct ServerLabel {
    qint64 mention;
    QString annotator;
    bool linked;
    QVariant entity;
    bool flagged;
    QString state;
};

struct ServerCost {
    qint64 id;
    qint64 mention;
    QString annotator;
    qint64 ms;
    int keystrokes;
    int clicks;
    QString view;
    QString confirmed;
    QVariant typeSetSize; // NULL when the client did not say what it offered
    QVariant constrained;
};

struct ServerMention {
    qint64 document;
    int start;
    int end;
};

struct Snapshot {
    QStringList annotators;
    QVector<ServerLabel> labels;
    QHash<QString, QStringList> types; // "mention/annotator" -> paths
    QHash<qint64, ServerMention> mentions;
    QVector<ServerCost> costs;
};

QString typeKey(qint64 mention, const QString& annotator) {
    return QString::number(mention) + QLatin1Char('/') + annotator;
}

bool readSnapshot(ServerConnection& c, QSqlDatabase& db, Snapshot* s, ServerError* err) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM kcat.annotators ORDER BY name"));
    if (!c.exec(q, err))
        return false;
    while (q.next())
        s->annotators << q.value(0).toString();
    q.prepare(QStringLiteral("SELECT mention_id, annotator, linked, entity, flagged, state FROM "
                             "kcat.mention_labels ORDER BY mention_id, annotator"));
    if (!c.exec(q, err))
        return false;
    while (q.next())
        s->labels.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool(), q.value(3),
                             q.value(4).toBool(), q.value(5).toString()});
    q.prepare(QStringLiteral("SELECT mention_id, annotator, type_path FROM kcat.mention_types"));
    if (!c.exec(q, err))
        return false;
    while (q.next())
        s->types[typeKey(q.value(0).toLongLong(), q.value(1).toString())] << q.value(2).toString();
    q.prepare(QStringLiteral("SELECT id, document_id, start_offset, end_offset FROM kcat.mentions"));
    if (!c.exec(q, err))
        return false;
    while (q.next())
        s->mentions.insert(q.value(0).toLongLong(),
                           {q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt()});
    q.prepare(
        QStringLiteral("SELECT id, mention_id, annotator, focus_to_confirm_ms, keystrokes, clicks, view, "
                       "to_char(confirmed AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), type_set_size, "
                       "constrained FROM kcat.costs ORDER BY id"));
    if (!c.exec(q, err))
        return false;
    while (q.next())
        s->costs.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                            q.value(3).toLongLong(), q.value(4).toInt(), q.value(5).toInt(),
                            q.value(6).toString(), q.value(7).toString(), q.value(8), q.value(9)});
    return true;
}

bool run(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

// The workspace mention of a server mention: mapped, or found / created by span in the mapped document.
qint64 localMention(QSqlDatabase& db, const Snapshot& s, qint64 serverMention, IdMap& mentions,
                    const IdMap& documents, QString* error) {
    if (const qint64 id = mentions.local(serverMention))
        return id;
    const auto it = s.mentions.constFind(serverMention);
    if (it == s.mentions.cend())
        return 0;
    const qint64 doc = documents.local(it->document);
    if (doc == 0)
        return 0;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id FROM annotation_mentions WHERE document_id = ? AND start_offset = ? AND "
                       "end_offset = ?"));
    q.addBindValue(doc);
    q.addBindValue(it->start);
    q.addBindValue(it->end);
    if (!run(q, error))
        return -1;
    qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    if (id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO annotation_mentions (document_id, start_offset, end_offset) VALUES (?, ?, ?)"));
        q.addBindValue(doc);
        q.addBindValue(it->start);
        q.addBindValue(it->end);
        if (!run(q, error))
            return -1;
        id = q.lastInsertId().toLongLong();
    }
    mentions.set(id, serverMention);
    return id;
}

} // namespace

bool TeamSync::pull(core::Workspace& workspace, ServerConnection& connection, SyncCounts* counts,
                    ServerError* error, const Progress& progress) {
    if (progress && !progress(0, 3)) {
        *error = cancelled();
        return false;
    }
    Snapshot s;
    // One read-only transaction: a consistent snapshot even while annotators keep writing.
    if (!connection.transaction(
            [&](QSqlDatabase& db, ServerError* err) {
                return connection.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"),
                                       err) &&
                       readSnapshot(connection, db, &s, err);
            },
            error))
        return false;
    if (progress && !progress(1, 3)) { // after reading: the workspace is still untouched
        *error = cancelled();
        return false;
    }
    SyncCounts n;
    QString localError;
    bool cancelledHere = false;
    const bool ok = workspace.transaction(
        [&](QSqlDatabase& db, QString* e) {
            IdMap documents(db, QStringLiteral("document"));
            IdMap mentions(db, QStringLiteral("mention"));
            IdMap costs(db, QStringLiteral("cost"));
            QHash<QString, qint64> annotatorIds;
            QSqlQuery q(db);
            for (const QString& name : s.annotators) {
                q.prepare(QStringLiteral("INSERT OR IGNORE INTO annotation_annotators (name) VALUES (?)"));
                q.addBindValue(name);
                if (!run(q, e))
                    return false;
                q.prepare(QStringLiteral("SELECT id FROM annotation_annotators WHERE name = ?"));
                q.addBindValue(name);
                if (!run(q, e) || !q.next())
                    return false;
                const qint64 id = q.value(0).toLongLong();
                annotatorIds.insert(name, id);
                ++n.annotators;
                // The server holds each annotator's complete labels of the published mentions: replace.
                for (const char* table : {"annotation_mention_labels", "annotation_mention_types"}) {
                    q.prepare(
                        QStringLiteral("DELETE FROM %1 WHERE annotator_id = ? AND mention_id IN (SELECT "
                                       "local_id FROM server_ids WHERE kind = 'mention')")
                            .arg(QLatin1String(table)));
                    q.addBindValue(id);
                    if (!run(q, e))
                        return false;
                }
            }
            QSqlQuery label(db), type(db), cost(db);
            label.prepare(
                QStringLiteral("INSERT OR REPLACE INTO annotation_mention_labels (mention_id, "
                               "annotator_id, linked, entity, flagged, state) VALUES (?, ?, ?, ?, ?, ?)"));
            type.prepare(QStringLiteral("INSERT OR IGNORE INTO annotation_mention_types (mention_id, "
                                        "annotator_id, type_path) VALUES (?, ?, ?)"));
            for (const ServerLabel& l : s.labels) {
                const qint64 mention = localMention(db, s, l.mention, mentions, documents, e);
                if (mention < 0)
                    return false;
                if (mention == 0 || !annotatorIds.contains(l.annotator)) {
                    ++n.skipped;
                    continue;
                }
                const qint64 annotator = annotatorIds.value(l.annotator);
                label.addBindValue(mention);
                label.addBindValue(annotator);
                label.addBindValue(l.linked ? 1 : 0);
                label.addBindValue(l.entity);
                label.addBindValue(l.flagged ? 1 : 0);
                label.addBindValue(l.state);
                if (!run(label, e))
                    return false;
                ++n.labels;
                for (const QString& path : s.types.value(typeKey(l.mention, l.annotator))) {
                    type.addBindValue(mention);
                    type.addBindValue(annotator);
                    type.addBindValue(path);
                    if (!run(type, e))
                        return false;
                }
            }
            if (progress && !progress(2, 3)) {
                *e = cancelled().message;
                cancelledHere = true;
                return false;
            }
            // The cost rows' context goes to annotation/team's table when the workspace has it.
            QSqlQuery context(db);
            const bool hasContext =
                context.exec(QStringLiteral(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'team_cost_context'")) &&
                context.next();
            context.prepare(
                QStringLiteral("INSERT OR REPLACE INTO team_cost_context (cost_id, type_set_size, "
                               "constrained, simulated) VALUES (?, ?, ?, 0)"));
            cost.prepare(
                QStringLiteral("INSERT INTO annotation_costs (mention_id, annotator_id, "
                               "focus_to_confirm_ms, keystrokes, clicks, view, confirmed) VALUES (?, ?, "
                               "?, ?, ?, ?, ?)"));
            for (const ServerCost& c : s.costs) {
                if (costs.local(c.id) != 0)
                    continue;
                const qint64 mention = localMention(db, s, c.mention, mentions, documents, e);
                if (mention < 0)
                    return false;
                if (mention == 0 || !annotatorIds.contains(c.annotator)) {
                    ++n.skipped;
                    continue;
                }
                cost.addBindValue(mention);
                cost.addBindValue(annotatorIds.value(c.annotator));
                cost.addBindValue(c.ms);
                cost.addBindValue(c.keystrokes);
                cost.addBindValue(c.clicks);
                cost.addBindValue(c.view);
                cost.addBindValue(c.confirmed);
                if (!run(cost, e))
                    return false;
                const qint64 localCost = cost.lastInsertId().toLongLong();
                costs.set(localCost, c.id);
                ++n.costs;
                if (hasContext && !c.typeSetSize.isNull() && !c.constrained.isNull()) {
                    context.addBindValue(localCost);
                    context.addBindValue(c.typeSetSize.toInt());
                    context.addBindValue(c.constrained.toBool() ? 1 : 0);
                    if (!run(context, e))
                        return false;
                }
            }
            return mentions.save(db, e) && costs.save(db, e);
        },
        &localError);
    if (!ok && cancelledHere) {
        *error = cancelled();
        return false;
    }
    if (!ok) {
        *error = {ServerFailure::Workspace,
                  tr("could not store the pulled labels in %1 (nothing was changed): %2")
                      .arg(workspace.path(), localError)};
        return false;
    }
    *counts = n;
    return true;
}

} // namespace kcat::server
