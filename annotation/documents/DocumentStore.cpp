#include "annotation/documents/DocumentStore.h"

#include "annotation/documents/ProjectStore.h"
#include "annotation/documents/TypePaths.h"
#include "compute/core/Workspace.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace kcat::annotation {

namespace {

bool exec(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

void sortMentions(QVector<Mention>& mentions) {
    std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end > b.end;
        return a.id < b.id;
    });
}

} // namespace

DocumentStore::DocumentStore(core::Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_annotator(ProjectStore(workspace).defaultAnnotator()) {}

QVector<DocumentSummary> DocumentStore::documents(qint64 projectId) const {
    QVector<DocumentSummary> out;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT d.id, d.name, d.ord, "
        "(SELECT count(*) FROM annotation_mentions m WHERE m.document_id = d.id), "
        "(SELECT count(*) FROM annotation_mentions m JOIN annotation_mention_labels l ON l.mention_id = m.id "
        " AND l.annotator_id = ? WHERE m.document_id = d.id AND l.state = 'typed') "
        "FROM annotation_documents d WHERE d.project_id = ? ORDER BY d.ord, d.id"));
    q.addBindValue(m_annotator);
    q.addBindValue(projectId);
    if (q.exec())
        while (q.next())
            out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                           q.value(3).toInt(), q.value(4).toInt()});
    return out;
}

DocumentSummary DocumentStore::summary(qint64 documentId) const {
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral(
        "SELECT d.id, d.name, d.ord, "
        "(SELECT count(*) FROM annotation_mentions m WHERE m.document_id = d.id), "
        "(SELECT count(*) FROM annotation_mentions m JOIN annotation_mention_labels l ON l.mention_id = m.id "
        " AND l.annotator_id = ? WHERE m.document_id = d.id AND l.state = 'typed') "
        "FROM annotation_documents d WHERE d.id = ?"));
    q.addBindValue(m_annotator);
    q.addBindValue(documentId);
    if (q.exec() && q.next())
        return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                q.value(4).toInt()};
    return {};
}

Document DocumentStore::document(qint64 documentId) const {
    QSqlQuery q(m_workspace->database());
    q.prepare(
        QStringLiteral("SELECT id, project_id, name, text, ord FROM annotation_documents WHERE id = ?"));
    q.addBindValue(documentId);
    if (q.exec() && q.next())
        return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toInt()};
    return {};
}

QVector<Mention> DocumentStore::loadMentions(const QString& where, qint64 key) const {
    QVector<Mention> out;
    QHash<qint64, int> index;
    QSqlDatabase db = m_workspace->database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.id, m.document_id, m.start_offset, m.end_offset, l.linked, l.entity, "
                             "l.flagged FROM annotation_mentions m LEFT JOIN annotation_mention_labels l ON "
                             "l.mention_id = m.id AND l.annotator_id = ? WHERE m.%1 = ?")
                  .arg(where));
    q.addBindValue(m_annotator);
    q.addBindValue(key);
    if (!q.exec())
        return out;
    while (q.next()) {
        Mention m;
        m.id = q.value(0).toLongLong();
        m.documentId = q.value(1).toLongLong();
        m.start = q.value(2).toInt();
        m.end = q.value(3).toInt();
        if (q.value(4).toInt() == 1) {
            m.link = q.value(5).isNull() ? LinkState::Nil : LinkState::Linked;
            m.entity = q.value(5).toString();
        }
        m.flagged = q.value(6).toInt() == 1;
        index.insert(m.id, out.size());
        out.push_back(m);
    }
    if (out.isEmpty())
        return out;
    QSqlQuery t(db);
    t.setForwardOnly(true);
    t.prepare(
        QStringLiteral("SELECT t.mention_id, t.type_path FROM annotation_mention_types t JOIN "
                       "annotation_mentions m ON m.id = t.mention_id WHERE t.annotator_id = ? AND m.%1 = ? "
                       "ORDER BY t.type_path")
            .arg(where));
    t.addBindValue(m_annotator);
    t.addBindValue(key);
    if (t.exec())
        while (t.next())
            out[index.value(t.value(0).toLongLong())].types << t.value(1).toString();
    QSqlQuery c(db);
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT c.mention_id, c.entity, c.score FROM annotation_candidates c JOIN "
                             "annotation_mentions m ON m.id = c.mention_id WHERE m.%1 = ? ORDER BY c.rank")
                  .arg(where));
    c.addBindValue(key);
    if (c.exec())
        while (c.next())
            out[index.value(c.value(0).toLongLong())].candidates.push_back(
                {c.value(1).toString(), c.value(2).toDouble()});
    sortMentions(out);
    return out;
}

QVector<Mention> DocumentStore::mentions(qint64 documentId) const {
    return loadMentions(QStringLiteral("document_id"), documentId);
}

Mention DocumentStore::mention(qint64 mentionId) const {
    const QVector<Mention> found = loadMentions(QStringLiteral("id"), mentionId);
    return found.isEmpty() ? Mention() : found.first();
}

QString DocumentStore::checkSpan(const QString& text, const QVector<Mention>& others, int start, int end) {
    if (start < 0 || end > text.size() || start >= end)
        return QCoreApplication::translate("kcat::annotation::DocumentStore",
                                           "span %1-%2 is outside the text (expected 0 <= start < end <= %3)")
            .arg(start)
            .arg(end)
            .arg(text.size());
    for (const Mention& o : others) {
        const bool crosses = (start < o.start && end > o.start && end < o.end) ||
                             (start > o.start && start < o.end && end > o.end);
        if (crosses)
            return QCoreApplication::translate("kcat::annotation::DocumentStore",
                                               "span %1-%2 crosses the mention at %3-%4 (expected nested or "
                                               "disjoint spans)")
                .arg(start)
                .arg(end)
                .arg(o.start)
                .arg(o.end);
        if (start == o.start && end == o.end)
            return QCoreApplication::translate("kcat::annotation::DocumentStore",
                                               "span %1-%2 is already a mention")
                .arg(start)
                .arg(end);
    }
    return QString();
}

qint64 DocumentStore::insertDocument(QSqlDatabase& db, qint64 projectId, qint64 annotator,
                                     const DocumentData& doc, int order, QString* error) {
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO annotation_documents (project_id, name, text, ord) VALUES (?, ?, ?, ?)"));
    q.addBindValue(projectId);
    q.addBindValue(doc.name);
    q.addBindValue(doc.text);
    q.addBindValue(order);
    if (!exec(q, error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    for (Mention m : doc.mentions) {
        m.id = 0;
        m.documentId = id;
        if (insertMention(db, annotator, m, error) == 0)
            return 0;
    }
    return id;
}

bool DocumentStore::storeLabels(QSqlDatabase& db, qint64 annotator, const Mention& m, QString* error) {
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO annotation_mention_labels (mention_id, annotator_id, linked, "
                       "entity, flagged, state) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m.id);
    q.addBindValue(annotator);
    q.addBindValue(m.link == LinkState::Unlinked ? 0 : 1);
    q.addBindValue(m.link == LinkState::Linked ? QVariant(m.entity)
                                               : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(m.flagged ? 1 : 0);
    q.addBindValue(stateName(m.state()));
    if (!exec(q, error))
        return false;
    QSqlQuery del(db);
    del.prepare(
        QStringLiteral("DELETE FROM annotation_mention_types WHERE mention_id = ? AND annotator_id = ?"));
    del.addBindValue(m.id);
    del.addBindValue(annotator);
    if (!exec(del, error))
        return false;
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral(
        "INSERT INTO annotation_mention_types (mention_id, annotator_id, type_path) VALUES (?, ?, ?)"));
    for (const QString& t : TypePaths::closeUnderAncestors(m.types)) {
        ins.addBindValue(m.id);
        ins.addBindValue(annotator);
        ins.addBindValue(t);
        if (!exec(ins, error))
            return false;
    }
    return true;
}

qint64 DocumentStore::insertMention(QSqlDatabase& db, qint64 annotator, const Mention& mention,
                                    QString* error) {
    QSqlQuery q(db);
    if (mention.id != 0) {
        q.prepare(
            QStringLiteral("INSERT INTO annotation_mentions (id, document_id, start_offset, end_offset) "
                           "VALUES (?, ?, ?, ?)"));
        q.addBindValue(mention.id);
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO annotation_mentions (document_id, start_offset, end_offset) VALUES (?, ?, ?)"));
    }
    q.addBindValue(mention.documentId);
    q.addBindValue(mention.start);
    q.addBindValue(mention.end);
    if (!exec(q, error))
        return 0;
    Mention stored = mention;
    stored.id = q.lastInsertId().toLongLong();
    QSqlQuery c(db);
    c.prepare(QStringLiteral(
        "INSERT INTO annotation_candidates (mention_id, rank, entity, score) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < mention.candidates.size(); ++i) {
        c.addBindValue(stored.id);
        c.addBindValue(i);
        c.addBindValue(mention.candidates[i].entity);
        c.addBindValue(mention.candidates[i].score);
        if (!exec(c, error))
            return 0;
    }
    return storeLabels(db, annotator, stored, error) ? stored.id : 0;
}

QVector<qint64> DocumentStore::addDocuments(qint64 projectId, const QVector<DocumentData>& documents,
                                            QString* error) {
    QVector<qint64> ids;
    const bool ok = m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT coalesce(max(ord), -1) FROM annotation_documents WHERE project_id = ?"));
            q.addBindValue(projectId);
            if (!exec(q, err) || !q.next())
                return false;
            int order = q.value(0).toInt() + 1;
            for (const DocumentData& doc : documents) {
                const qint64 id = insertDocument(db, projectId, m_annotator, doc, order++, err);
                if (id == 0)
                    return false;
                ids << id;
            }
            return true;
        },
        error);
    if (!ok)
        return {};
    Q_EMIT documentsAdded(projectId);
    return ids;
}

DocumentData DocumentStore::documentData(qint64 documentId) const {
    const Document doc = document(documentId);
    return {doc.name, doc.text, mentions(documentId)};
}

qint64 DocumentStore::addMention(const Mention& mention, QString* error) {
    const Document doc = document(mention.documentId);
    if (doc.id == 0) {
        *error = tr("document %1 does not exist").arg(mention.documentId);
        return 0;
    }
    const QString problem = checkSpan(doc.text, mentions(doc.id), mention.start, mention.end);
    if (!problem.isEmpty()) {
        *error = problem;
        return 0;
    }
    qint64 id = 0;
    m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            id = insertMention(db, m_annotator, mention, err);
            return id != 0;
        },
        error);
    if (id != 0)
        Q_EMIT mentionAdded(mention.documentId, id);
    return id;
}

bool DocumentStore::snapshot(QSqlDatabase& db, qint64 mentionId, MentionSnapshot* out, QString* error) {
    out->mentionId = mentionId;
    out->rows.clear();
    // The mention's own row, then every table with a foreign key to annotation_mentions (found in the
    // schema, so tables of later migrations are kept too). Names come from the database's own schema.
    std::vector<std::pair<QString, QString>> sources{
        {QStringLiteral("annotation_mentions"), QStringLiteral("id")}};
    QSqlQuery tables(db);
    tables.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"));
    if (!exec(tables, error))
        return false;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery fk(db);
        fk.prepare(QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)"));
        fk.addBindValue(table);
        if (!exec(fk, error))
            return false;
        while (fk.next())
            if (fk.value(0).toString() == QLatin1String("annotation_mentions"))
                sources.emplace_back(table, fk.value(1).toString());
    }
    for (const auto& [table, column] : sources) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT * FROM \"%1\" WHERE \"%2\" = ?").arg(table, column));
        q.addBindValue(mentionId);
        if (!exec(q, error))
            return false;
        while (q.next()) {
            QVariantMap row;
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i)
                row.insert(r.fieldName(i), r.value(i));
            if (table == QLatin1String("annotation_mentions"))
                out->documentId = row.value(QStringLiteral("document_id")).toLongLong();
            out->rows.emplace_back(table, row);
        }
    }
    return true;
}

bool DocumentStore::removeMention(qint64 mentionId, QString* error, MentionSnapshot* removed) {
    const Mention m = mention(mentionId);
    if (m.id == 0) {
        *error = tr("mention %1 does not exist").arg(mentionId);
        return false;
    }
    const bool ok = m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            if (removed && !snapshot(db, mentionId, removed, err))
                return false;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM annotation_mentions WHERE id = ?"));
            q.addBindValue(mentionId);
            return exec(q, err);
        },
        error);
    if (ok)
        Q_EMIT mentionRemoved(m.documentId, mentionId);
    return ok;
}

bool DocumentStore::restoreMention(const MentionSnapshot& snap, QString* error) {
    if (snap.isEmpty() || snap.rows.front().first != QLatin1String("annotation_mentions")) {
        *error = tr("nothing to restore for mention %1").arg(snap.mentionId);
        return false;
    }
    const QVariantMap& own = snap.rows.front().second;
    const Document doc = document(snap.documentId);
    if (doc.id == 0) {
        *error = tr("document %1 does not exist").arg(snap.documentId);
        return false;
    }
    const QString problem =
        checkSpan(doc.text, mentions(doc.id), own.value(QStringLiteral("start_offset")).toInt(),
                  own.value(QStringLiteral("end_offset")).toInt());
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const bool ok = m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            for (const auto& [table, row] : snap.rows) {
                QStringList columns;
                QStringList marks;
                for (auto it = row.cbegin(); it != row.cend(); ++it) {
                    columns << QStringLiteral("\"%1\"").arg(it.key());
                    marks << QStringLiteral("?");
                }
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                              .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
                for (auto it = row.cbegin(); it != row.cend(); ++it)
                    q.addBindValue(it.value());
                if (!exec(q, err))
                    return false;
            }
            return true;
        },
        error);
    if (ok)
        Q_EMIT mentionAdded(snap.documentId, snap.mentionId);
    return ok;
}

bool DocumentStore::setSpan(qint64 mentionId, int start, int end, QString* error) {
    const Mention m = mention(mentionId);
    if (m.id == 0) {
        *error = tr("mention %1 does not exist").arg(mentionId);
        return false;
    }
    QVector<Mention> others = mentions(m.documentId);
    others.erase(
        std::remove_if(others.begin(), others.end(), [&](const Mention& o) { return o.id == mentionId; }),
        others.end());
    const QString problem = checkSpan(document(m.documentId).text, others, start, end);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const bool ok = m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "UPDATE annotation_mentions SET start_offset = ?, end_offset = ? WHERE id = ?"));
            q.addBindValue(start);
            q.addBindValue(end);
            q.addBindValue(mentionId);
            return exec(q, err);
        },
        error);
    if (ok)
        Q_EMIT mentionChanged(m.documentId, mentionId);
    return ok;
}

bool DocumentStore::writeLabels(qint64 mentionId, const std::function<void(Mention&)>& change,
                                QString* error) {
    Mention m = mention(mentionId);
    if (m.id == 0) {
        *error = tr("mention %1 does not exist").arg(mentionId);
        return false;
    }
    change(m);
    const bool ok = m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) { return storeLabels(db, m_annotator, m, err); }, error);
    if (ok)
        Q_EMIT mentionChanged(m.documentId, mentionId);
    return ok;
}

bool DocumentStore::setTypes(qint64 mentionId, const QStringList& types, QString* error) {
    return writeLabels(
        mentionId, [&](Mention& m) { m.types = TypePaths::closeUnderAncestors(types); }, error);
}

bool DocumentStore::setLink(qint64 mentionId, LinkState link, const QString& entity, QString* error) {
    return writeLabels(
        mentionId,
        [&](Mention& m) {
            m.link = link;
            m.entity = link == LinkState::Linked ? entity : QString();
        },
        error);
}

bool DocumentStore::setFlagged(qint64 mentionId, bool flagged, QString* error) {
    return writeLabels(
        mentionId, [&](Mention& m) { m.flagged = flagged; }, error);
}

bool DocumentStore::setCandidates(qint64 mentionId, const QVector<EntityCandidate>& candidates,
                                  QString* error) {
    const Mention m = mention(mentionId);
    const bool ok = m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery del(db);
            del.prepare(QStringLiteral("DELETE FROM annotation_candidates WHERE mention_id = ?"));
            del.addBindValue(mentionId);
            if (!exec(del, err))
                return false;
            QSqlQuery c(db);
            c.prepare(QStringLiteral(
                "INSERT INTO annotation_candidates (mention_id, rank, entity, score) VALUES (?, ?, ?, ?)"));
            for (int i = 0; i < candidates.size(); ++i) {
                c.addBindValue(mentionId);
                c.addBindValue(i);
                c.addBindValue(candidates[i].entity);
                c.addBindValue(candidates[i].score);
                if (!exec(c, err))
                    return false;
            }
            return true;
        },
        error);
    if (ok)
        Q_EMIT mentionChanged(m.documentId, mentionId);
    return ok;
}

qint64 DocumentStore::insertCost(QSqlDatabase& db, const CostEntry& cost, qint64 annotatorId,
                                 QString* error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO annotation_costs (mention_id, annotator_id, focus_to_confirm_ms, "
                             "keystrokes, clicks, view) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(cost.mentionId);
    q.addBindValue(annotatorId);
    q.addBindValue(cost.focusToConfirmMs);
    q.addBindValue(cost.keystrokes);
    q.addBindValue(cost.clicks);
    q.addBindValue(cost.view);
    return exec(q, error) ? q.lastInsertId().toLongLong() : 0;
}

bool DocumentStore::logCost(const CostEntry& cost, QString* error) {
    return m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) { return insertCost(db, cost, m_annotator, err) != 0; }, error);
}

QVector<CostEntry> DocumentStore::costs(qint64 mentionId) const {
    QVector<CostEntry> out;
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT mention_id, focus_to_confirm_ms, keystrokes, clicks, view FROM "
                             "annotation_costs WHERE mention_id = ? AND annotator_id = ? ORDER BY id"));
    q.addBindValue(mentionId);
    q.addBindValue(m_annotator);
    if (q.exec())
        while (q.next())
            out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                           q.value(3).toInt(), q.value(4).toString()});
    return out;
}

} // namespace kcat::annotation
