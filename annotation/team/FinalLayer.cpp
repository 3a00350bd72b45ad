#include "annotation/team/FinalLayer.h"

#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/TypePaths.h"
#include "annotation/team/TeamSql.h"
#include "annotation/team/TeamStore.h"
#include "compute/core/Workspace.h"

#include <QSqlQuery>

namespace kcat::team {

FinalLayer::FinalLayer(core::Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace) {
    m_annotator = TeamStore(workspace).finalAnnotator(&m_error);
}

QVector<Decision> FinalLayer::decisions(const QVector<qint64>& mentionIds) const {
    QVector<Decision> out;
    QSqlDatabase db = m_workspace->database();
    QSqlQuery d(db), t(db);
    d.prepare(QStringLiteral("SELECT decision, method, confidence FROM team_decisions WHERE mention_id = ?"));
    t.prepare(QStringLiteral("SELECT type_path FROM annotation_mention_types WHERE mention_id = ? AND "
                             "annotator_id = ? ORDER BY 1"));
    for (qint64 id : mentionIds) {
        Decision decision;
        decision.mentionId = id;
        d.addBindValue(id);
        if (d.exec() && d.next()) {
            decision.decision = d.value(0).toString();
            decision.method = d.value(1).toString();
            decision.confidence = d.value(2).isNull() ? -1 : d.value(2).toDouble();
            t.addBindValue(id);
            t.addBindValue(m_annotator);
            if (t.exec())
                while (t.next())
                    decision.types << t.value(0).toString();
        }
        out << decision;
    }
    return out;
}

bool FinalLayer::write(const QVector<Decision>& decisions, QString* error) {
    if (!isValid()) {
        *error = m_error;
        return false;
    }
    QVector<Decision> stored = decisions;
    const bool ok = m_workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery delDecision(db), delTypes(db), delLabel(db), insDecision(db), link(db), setLink(db);
            delDecision.prepare(QStringLiteral("DELETE FROM team_decisions WHERE mention_id = ?"));
            delTypes.prepare(QStringLiteral(
                "DELETE FROM annotation_mention_types WHERE mention_id = ? AND annotator_id = ?"));
            delLabel.prepare(QStringLiteral(
                "DELETE FROM annotation_mention_labels WHERE mention_id = ? AND annotator_id = ?"));
            insDecision.prepare(QStringLiteral(
                "INSERT INTO team_decisions (mention_id, decision, method, confidence) VALUES (?, ?, ?, ?)"));
            link.prepare(
                QStringLiteral("SELECT entity, count(*) AS n FROM annotation_mention_labels WHERE mention_id "
                               "= ? AND annotator_id "
                               "<> ? AND linked = 1 GROUP BY entity ORDER BY n DESC, entity LIMIT 1"));
            setLink.prepare(QStringLiteral("UPDATE annotation_mention_labels SET linked = 1, entity = ? "
                                           "WHERE mention_id = ? AND annotator_id "
                                           "= ?"));
            for (Decision& dec : stored) {
                dec.types = annotation::TypePaths::closeUnderAncestors(dec.types);
                delDecision.addBindValue(dec.mentionId);
                if (!sql::exec(delDecision, err))
                    return false;
                if (dec.decision.isEmpty()) {
                    for (QSqlQuery* q : {&delTypes, &delLabel}) {
                        q->addBindValue(dec.mentionId);
                        q->addBindValue(m_annotator);
                        if (!sql::exec(*q, err))
                            return false;
                    }
                    continue;
                }
                if (!sql::writeTypes(db, dec.mentionId, m_annotator, dec.types, err))
                    return false;
                link.addBindValue(dec.mentionId);
                link.addBindValue(m_annotator);
                if (!sql::exec(link, err))
                    return false;
                if (link.next()) {
                    setLink.addBindValue(link.value(0)); // NULL entity = NIL
                    setLink.addBindValue(dec.mentionId);
                    setLink.addBindValue(m_annotator);
                    if (!sql::exec(setLink, err))
                        return false;
                }
                link.finish();
                insDecision.addBindValue(dec.mentionId);
                insDecision.addBindValue(dec.decision);
                insDecision.addBindValue(dec.method);
                insDecision.addBindValue(dec.confidence < 0 ? QVariant(QMetaType::fromType<double>())
                                                            : QVariant(dec.confidence));
                if (!sql::exec(insDecision, err))
                    return false;
            }
            return true;
        },
        error);
    if (ok)
        Q_EMIT decisionsChanged(stored);
    return ok;
}

QStringList FinalLayer::exportProject(qint64 projectId, annotation::DocumentImporter::Format format,
                                      const QString& folder, QString* error) const {
    annotation::DocumentStore store(m_workspace);
    store.setAnnotator(m_annotator);
    return annotation::DocumentImporter(&store, {}).exportProject(projectId, format, folder, error);
}

} // namespace kcat::team
