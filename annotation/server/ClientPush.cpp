#include "annotation/server/ClientCache.h"

#include "annotation/server/IdMap.h"
#include "compute/core/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVector>

namespace kcat::server {

namespace {

// The current local state of one outbox entry, read before the server transaction.
struct Change {
    QString kind; // span | labels | cost
    qint64 localId = 0;
    qint64 mention = 0; // local mention id
    bool mentionExists = false;
    qint64 document = 0; // local document id
    int start = 0, end = 0;
    bool hasLabel = false;
    bool linked = false, flagged = false;
    QVariant entity;
    QString state;
    QStringList types;
    // cost
    qint64 ms = 0;
    int keystrokes = 0, clicks = 0;
    QString view, confirmed;
    QVariant typeSetSize, constrained; // team_cost_context, NULL when absent
};

bool readChanges(QSqlDatabase db, qint64 upTo, qint64 me, QVector<Change>* out, QString* e) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT DISTINCT kind, local_id FROM server_outbox WHERE id <= ? ORDER BY kind "
                             "DESC, local_id"));
    q.addBindValue(upTo);
    if (!q.exec()) {
        *e = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Change c;
        c.kind = q.value(0).toString();
        c.localId = q.value(1).toLongLong();
        out->push_back(c);
    }
    QSqlQuery m(db), l(db), t(db), k(db);
    m.prepare(
        QStringLiteral("SELECT document_id, start_offset, end_offset FROM annotation_mentions WHERE id = ?"));
    l.prepare(QStringLiteral("SELECT linked, entity, flagged, state FROM annotation_mention_labels WHERE "
                             "mention_id = ? AND annotator_id = ?"));
    t.prepare(QStringLiteral("SELECT type_path FROM annotation_mention_types WHERE mention_id = ? AND "
                             "annotator_id = ? ORDER BY type_path"));
    k.prepare(
        QStringLiteral("SELECT mention_id, focus_to_confirm_ms, keystrokes, clicks, view, confirmed FROM "
                       "annotation_costs WHERE id = ? AND annotator_id = ?"));
    // What the annotator was offered (annotation/team's team_cost_context), when the cache has the table.
    QSqlQuery x(db);
    const bool hasContext =
        x.exec(QStringLiteral(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'team_cost_context'")) &&
        x.next();
    x.prepare(QStringLiteral("SELECT type_set_size, constrained FROM team_cost_context WHERE cost_id = ?"));
    for (Change& c : *out) {
        if (c.kind == QStringLiteral("cost")) {
            k.addBindValue(c.localId);
            k.addBindValue(me);
            if (!k.exec() || !k.next())
                continue; // the cost row is gone (its mention was removed): nothing to send
            c.mention = k.value(0).toLongLong();
            c.ms = k.value(1).toLongLong();
            c.keystrokes = k.value(2).toInt();
            c.clicks = k.value(3).toInt();
            c.view = k.value(4).toString();
            c.confirmed = k.value(5).toString();
            if (hasContext) {
                x.addBindValue(c.localId);
                if (x.exec() && x.next()) {
                    c.typeSetSize = x.value(0);
                    c.constrained = x.value(1).toInt() != 0;
                }
            }
        } else {
            c.mention = c.localId;
        }
        m.addBindValue(c.mention);
        if (m.exec() && m.next()) {
            c.mentionExists = true;
            c.document = m.value(0).toLongLong();
            c.start = m.value(1).toInt();
            c.end = m.value(2).toInt();
        }
        if (c.kind == QStringLiteral("cost") || !c.mentionExists)
            continue;
        l.addBindValue(c.mention);
        l.addBindValue(me);
        if (l.exec() && l.next()) {
            c.hasLabel = true;
            c.linked = l.value(0).toBool();
            c.entity = l.value(1);
            c.flagged = l.value(2).toBool();
            c.state = l.value(3).toString();
        }
        t.addBindValue(c.mention);
        t.addBindValue(me);
        if (t.exec())
            while (t.next())
                c.types << t.value(0).toString();
    }
    return true;
}

} // namespace

bool ClientCache::push(core::Workspace& cache, ServerConnection& connection, int* pushed, ServerError* error,
                       QString* refused) {
    *pushed = 0;
    if (refused)
        refused->clear();
    QSqlDatabase local = cache.database();
    QSqlQuery q(local);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM server_outbox")) || !q.next()) {
        *error = {ServerFailure::Workspace,
                  tr("cannot read the outbox of %1: %2").arg(cache.path(), q.lastError().text())};
        return false;
    }
    const qint64 upTo = q.value(0).toLongLong();
    if (upTo == 0)
        return true;
    q.finish();
    QSqlQuery me(local);
    if (!me.exec(QStringLiteral(
            "SELECT id FROM annotation_annotators WHERE is_default = 1 ORDER BY id LIMIT 1")) ||
        !me.next()) {
        *error = {ServerFailure::Workspace, tr("the cache %1 has no default annotator").arg(cache.path())};
        return false;
    }
    QVector<Change> changes;
    QString localError;
    if (!readChanges(local, upTo, me.value(0).toLongLong(), &changes, &localError)) {
        *error = {ServerFailure::Workspace,
                  tr("cannot read the outbox of %1: %2").arg(cache.path(), localError)};
        return false;
    }
    IdMap documents(local, QStringLiteral("document"));
    IdMap mentions(local, QStringLiteral("mention"));
    const QString clientKeyPrefix = cache.id() + QLatin1Char(':');
    int sent = 0;
    QVector<qint64> movedAway, arrived; // server mentions left by / reached by span moves (server_moved)
    const bool ok = connection.transaction(
        [&](QSqlDatabase& db, ServerError* err) {
            QSqlQuery ins(db), find(db), label(db), delLabel(db), delTypes(db), type(db), cost(db);
            ins.prepare(
                QStringLiteral("INSERT INTO kcat.mentions (document_id, start_offset, end_offset) VALUES "
                               "(?, ?, ?) ON CONFLICT (document_id, start_offset, end_offset) DO NOTHING "
                               "RETURNING id"));
            find.prepare(
                QStringLiteral("SELECT id FROM kcat.mentions WHERE document_id = ? AND start_offset = ? "
                               "AND end_offset = ?"));
            label.prepare(QStringLiteral(
                "INSERT INTO kcat.mention_labels (mention_id, linked, entity, flagged, state, updated) "
                "VALUES "
                "(?, ?, ?, ?, ?, now()) ON CONFLICT (mention_id, annotator) DO UPDATE SET linked = "
                "EXCLUDED.linked, entity = EXCLUDED.entity, flagged = EXCLUDED.flagged, state = "
                "EXCLUDED.state, updated = now()"));
            delLabel.prepare(QStringLiteral(
                "DELETE FROM kcat.mention_labels WHERE mention_id = ? AND annotator = current_user"));
            delTypes.prepare(QStringLiteral(
                "DELETE FROM kcat.mention_types WHERE mention_id = ? AND annotator = current_user"));
            type.prepare(
                QStringLiteral("INSERT INTO kcat.mention_types (mention_id, type_path) VALUES (?, ?)"));
            cost.prepare(QStringLiteral(
                "INSERT INTO kcat.costs (mention_id, client_key, focus_to_confirm_ms, keystrokes, clicks, "
                "view, confirmed, type_set_size, constrained) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS "
                "timestamptz), "
                "?, ?) ON CONFLICT (annotator, client_key) DO NOTHING"));
            // The server mention at the local mention's span, created (shared by span) in the mapped
            // document.
            auto mentionAtSpan = [&](const Change& c) -> qint64 {
                const qint64 doc = documents.server(c.document);
                if (!c.mentionExists || doc == 0)
                    return 0;
                ins.addBindValue(doc);
                ins.addBindValue(c.start);
                ins.addBindValue(c.end);
                if (!connection.exec(ins, err))
                    return -1;
                qint64 id = ins.next() ? ins.value(0).toLongLong() : 0;
                if (id == 0) { // another annotator created the same span first
                    find.addBindValue(doc);
                    find.addBindValue(c.start);
                    find.addBindValue(c.end);
                    if (!connection.exec(find, err))
                        return -1;
                    id = find.next() ? find.value(0).toLongLong() : 0;
                }
                if (id > 0)
                    mentions.set(c.mention, id);
                return id;
            };
            // The server mention of a local one: mapped, or created at its span.
            auto serverMention = [&](const Change& c) -> qint64 {
                if (const qint64 id = mentions.server(c.mention))
                    return id;
                return mentionAtSpan(c);
            };
            QVector<qint64> changeMoved, changeArrived; // of the change being applied
            // One change: its server rows, or nothing when the server refuses it.
            auto apply = [&](const Change& c) -> bool {
                if (c.kind == QStringLiteral("span")) {
                    // The span was adjusted here: this annotator's labels leave the old server mention
                    // (others keep theirs there) and go to the mention at the new span.
                    if (const qint64 old = mentions.server(c.mention)) {
                        delTypes.addBindValue(old);
                        delLabel.addBindValue(old);
                        if (!connection.exec(delTypes, err) || !connection.exec(delLabel, err))
                            return false;
                        changeMoved << old;
                    }
                    const qint64 now = c.mentionExists ? mentionAtSpan(c) : 0;
                    if (now < 0)
                        return false;
                    if (now > 0)
                        changeArrived << now;
                }
                const qint64 sm = serverMention(c);
                if (sm < 0)
                    return false;
                if (sm == 0)
                    return true; // a document that did not come from this server: stays local
                if (c.kind == QStringLiteral("cost")) {
                    cost.addBindValue(sm);
                    cost.addBindValue(clientKeyPrefix + QString::number(c.localId));
                    cost.addBindValue(c.ms);
                    cost.addBindValue(c.keystrokes);
                    cost.addBindValue(c.clicks);
                    cost.addBindValue(c.view);
                    cost.addBindValue(c.confirmed + QStringLiteral("+00"));
                    cost.addBindValue(c.typeSetSize.isNull() ? QVariant(QMetaType::fromType<int>())
                                                             : c.typeSetSize);
                    cost.addBindValue(c.constrained.isNull() ? QVariant(QMetaType::fromType<bool>())
                                                             : c.constrained);
                    if (!connection.exec(cost, err))
                        return false;
                    ++sent;
                    return true;
                }
                delTypes.addBindValue(sm);
                if (!connection.exec(delTypes, err))
                    return false;
                if (!c.hasLabel) { // the mention (or its label) was removed here
                    delLabel.addBindValue(sm);
                    if (!connection.exec(delLabel, err))
                        return false;
                    ++sent;
                    return true;
                }
                label.addBindValue(sm);
                label.addBindValue(c.linked);
                label.addBindValue(c.entity.isNull() ? QVariant(QMetaType::fromType<QString>()) : c.entity);
                label.addBindValue(c.flagged);
                label.addBindValue(c.state);
                if (!connection.exec(label, err))
                    return false;
                for (const QString& path : c.types) {
                    type.addBindValue(sm);
                    type.addBindValue(path);
                    if (!connection.exec(type, err))
                        return false;
                }
                ++sent;
                return true;
            };
            int refusedCount = 0;
            for (const Change& c : changes) {
                if (c.kind == QStringLiteral("cost") && c.mention == 0)
                    continue;
                const qint64 wasMapped = mentions.server(c.mention);
                changeMoved.clear();
                changeArrived.clear();
                if (!connection.exec(QStringLiteral("SAVEPOINT kcat_change"), err))
                    return false;
                if (apply(c)) {
                    if (!connection.exec(QStringLiteral("RELEASE SAVEPOINT kcat_change"), err))
                        return false;
                    movedAway << changeMoved;
                    arrived << changeArrived;
                    continue;
                }
                if (err->kind != ServerFailure::Query)
                    return false; // connection lost: the whole outbox waits
                if (wasMapped == 0)
                    mentions.unset(c.mention);
                else if (mentions.server(c.mention) != wasMapped)
                    mentions.set(c.mention, wasMapped); // a refused span move keeps the old mention
                if (refused && refusedCount == 0)
                    *refused = err->message;
                ++refusedCount;
                *err = {};
                if (!connection.exec(QStringLiteral("ROLLBACK TO SAVEPOINT kcat_change"), err))
                    return false;
            }
            if (refused && refusedCount > 0)
                *refused = tr("%n edit(s) refused by the team server, e.g.: %1", nullptr, refusedCount)
                               .arg(*refused);
            return true;
        },
        error);
    if (!ok)
        return false; // the outbox keeps everything; the next push sends it again
    if (!cache.transaction(
            [&](QSqlDatabase& db, QString* e) {
                if (!mentions.save(db, e))
                    return false;
                QSqlQuery moved(db), back(db);
                moved.prepare(QStringLiteral("INSERT OR IGNORE INTO server_moved (server_id) VALUES (?)"));
                back.prepare(QStringLiteral("DELETE FROM server_moved WHERE server_id = ?"));
                for (qint64 id : movedAway) {
                    moved.addBindValue(id);
                    if (!moved.exec()) {
                        *e = moved.lastError().text();
                        return false;
                    }
                }
                for (qint64 id : arrived) {
                    back.addBindValue(id);
                    if (!back.exec()) {
                        *e = back.lastError().text();
                        return false;
                    }
                }
                QSqlQuery del(db);
                del.prepare(QStringLiteral("DELETE FROM server_outbox WHERE id <= ?"));
                del.addBindValue(upTo);
                if (!del.exec()) {
                    *e = del.lastError().text();
                    return false;
                }
                return true;
            },
            &localError)) {
        *error = {ServerFailure::Workspace,
                  tr("the server has the edits, but the outbox of %1 could not be cleared (they will be sent "
                     "again, harmlessly): %2")
                      .arg(cache.path(), localError)};
        return false;
    }
    *pushed = sent;
    return true;
}

} // namespace kcat::server
