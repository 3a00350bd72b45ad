#pragma once

#include "annotation/documents/Annotation.h"

#include <QCoreApplication>
#include <QObject>
#include <QVector>

#include <QVariantMap>

#include <functional>
#include <utility>
#include <vector>

class QSqlDatabase;

namespace kcat::core {
class Workspace;
}

namespace kcat::annotation {

// Everything stored about one mention, for undo: its annotation_mentions row and the rows of every table
// that references it (labels, types, candidates, the cost log, and tables other modules add later), for
// every annotator, column by column as stored (ids and timestamps included).
struct MentionSnapshot {
    qint64 mentionId = 0;
    qint64 documentId = 0;
    std::vector<std::pair<QString, QVariantMap>> rows; // (table, row); annotation_mentions first
    bool isEmpty() const { return rows.empty(); }
};

// Documents and mentions of a workspace's annotation projects, as seen by one annotator (the default
// local one unless set). Every method that writes is one transaction and, on success, emits a signal the
// models listen to. Offsets are character offsets with an exclusive end (see Annotation.h).
class DocumentStore : public QObject {
    Q_OBJECT

public:
    explicit DocumentStore(core::Workspace* workspace, QObject* parent = nullptr);

    core::Workspace* workspace() const { return m_workspace; }
    qint64 annotator() const { return m_annotator; }
    void setAnnotator(qint64 annotatorId) { m_annotator = annotatorId; }

    QVector<DocumentSummary> documents(qint64 projectId) const;
    DocumentSummary summary(qint64 documentId) const;
    Document document(qint64 documentId) const;
    QVector<Mention> mentions(qint64 documentId) const; // sorted by start, then longer first
    Mention mention(qint64 mentionId) const;            // id 0 when missing

    // Stores documents with their mentions in ONE transaction: all or nothing. Returns the new ids.
    QVector<qint64> addDocuments(qint64 projectId, const QVector<DocumentData>& documents, QString* error);
    // The document with its mentions, ready for an exporter.
    DocumentData documentData(qint64 documentId) const;

    // Adds a mention (id 0) or restores a removed one with its labels (id set, for undo). Returns its id.
    qint64 addMention(const Mention& mention, QString* error);
    // Removes a mention and everything referencing it; `removed` (optional) receives what was deleted.
    bool removeMention(qint64 mentionId, QString* error, MentionSnapshot* removed = nullptr);
    // Puts back a removed mention exactly as it was (labels and cost rows of every annotator), in one
    // transaction; refuses a span that now crosses another mention.
    bool restoreMention(const MentionSnapshot& snapshot, QString* error);
    bool setSpan(qint64 mentionId, int start, int end, QString* error);
    // Replaces the mention's types (closed under ancestors before storing).
    bool setTypes(qint64 mentionId, const QStringList& types, QString* error);
    bool setLink(qint64 mentionId, LinkState link, const QString& entity, QString* error);
    bool setFlagged(qint64 mentionId, bool flagged, QString* error);
    bool setCandidates(qint64 mentionId, const QVector<EntityCandidate>& candidates, QString* error);
    bool logCost(const CostEntry& cost, QString* error);
    // Inserts one annotation_costs row for annotatorId inside the caller's transaction; the row's id, or 0
    // with *error. (TeamStore::logCost adds its context row in the same transaction.)
    static qint64 insertCost(QSqlDatabase& db, const CostEntry& cost, qint64 annotatorId, QString* error);
    QVector<CostEntry> costs(qint64 mentionId) const;

    // Checks a span against the document text and its other mentions (no crossing); "" when fine.
    static QString checkSpan(const QString& text, const QVector<Mention>& others, int start, int end);

    // Inside an open transaction (importers, migrations, the demo builder).
    static qint64 insertDocument(QSqlDatabase& db, qint64 projectId, qint64 annotator,
                                 const DocumentData& doc, int order, QString* error);
    static qint64 insertMention(QSqlDatabase& db, qint64 annotator, const Mention& mention, QString* error);

Q_SIGNALS:
    void documentsAdded(qint64 projectId);
    void mentionAdded(qint64 documentId, qint64 mentionId);
    void mentionRemoved(qint64 documentId, qint64 mentionId);
    void mentionChanged(qint64 documentId, qint64 mentionId);

private:
    bool writeLabels(qint64 mentionId, const std::function<void(Mention&)>& change, QString* error);
    static bool storeLabels(QSqlDatabase& db, qint64 annotator, const Mention& mention, QString* error);
    QVector<Mention> loadMentions(const QString& where, qint64 key) const;
    static bool snapshot(QSqlDatabase& db, qint64 mentionId, MentionSnapshot* out, QString* error);

    core::Workspace* m_workspace;
    qint64 m_annotator = 0;
};

} // namespace kcat::annotation
