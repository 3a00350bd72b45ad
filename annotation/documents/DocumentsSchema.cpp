#include "annotation/documents/DocumentsSchema.h"

#include "compute/core/WorkspaceSchema.h"

namespace kcat::annotation {

void registerDocumentsSchema() {
    auto& schema = core::WorkspaceSchema::instance();
    if (schema.hasModule(QStringLiteral("annotation")))
        return;
    core::Migration m;
    m.module = QStringLiteral("annotation");
    m.version = 1;
    m.description = QStringLiteral("annotation projects, documents, mentions, labels and cost log");
    m.statements = {
        QStringLiteral("CREATE TABLE annotation_projects (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                       "type_set TEXT NOT NULL, created TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"),
        // Labels are per annotator; issue 4 adds teams. The default local annotator has is_default = 1.
        QStringLiteral(
            "CREATE TABLE annotation_annotators (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
            "is_default INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO annotation_annotators (name, is_default) VALUES ('local', 1)"),
        QStringLiteral(
            "CREATE TABLE annotation_documents (id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL "
            "REFERENCES annotation_projects(id) ON DELETE CASCADE, name TEXT NOT NULL, "
            "text TEXT NOT NULL, ord INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX annotation_documents_project ON annotation_documents(project_id, ord)"),
        // Spans are shared by all annotators; end_offset is EXCLUSIVE (character offsets into text).
        QStringLiteral(
            "CREATE TABLE annotation_mentions (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL "
            "REFERENCES annotation_documents(id) ON DELETE CASCADE, start_offset INTEGER NOT NULL, "
            "end_offset INTEGER NOT NULL, CHECK (start_offset >= 0 AND end_offset > start_offset))"),
        QStringLiteral(
            "CREATE INDEX annotation_mentions_document ON annotation_mentions(document_id, start_offset)"),
        // The linker's ranked candidate entities of a mention (not per annotator).
        QStringLiteral(
            "CREATE TABLE annotation_candidates (mention_id INTEGER NOT NULL REFERENCES "
            "annotation_mentions(id) ON DELETE CASCADE, rank INTEGER NOT NULL, entity TEXT NOT NULL, "
            "score REAL NOT NULL, PRIMARY KEY (mention_id, rank))"),
        // Per annotator: link (linked = 0 undecided; 1 with entity NULL = NIL) and the flag.
        QStringLiteral(
            "CREATE TABLE annotation_mention_labels (mention_id INTEGER NOT NULL REFERENCES "
            "annotation_mentions(id) ON DELETE CASCADE, annotator_id INTEGER NOT NULL REFERENCES "
            "annotation_annotators(id) ON DELETE CASCADE, linked INTEGER NOT NULL DEFAULT 0, "
            "entity TEXT, flagged INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'untyped', "
            "PRIMARY KEY (mention_id, annotator_id))"),
        // Per annotator, multi-label: the mention's types, closed under ancestors.
        QStringLiteral("CREATE TABLE annotation_mention_types (mention_id INTEGER NOT NULL REFERENCES "
                       "annotation_mentions(id) ON DELETE CASCADE, annotator_id INTEGER NOT NULL REFERENCES "
                       "annotation_annotators(id) ON DELETE CASCADE, type_path TEXT NOT NULL, "
                       "PRIMARY KEY (mention_id, annotator_id, type_path))"),
        QStringLiteral(
            "CREATE TABLE annotation_costs (id INTEGER PRIMARY KEY, mention_id INTEGER NOT NULL "
            "REFERENCES annotation_mentions(id) ON DELETE CASCADE, annotator_id INTEGER NOT NULL "
            "REFERENCES annotation_annotators(id) ON DELETE CASCADE, focus_to_confirm_ms INTEGER NOT "
            "NULL, keystrokes INTEGER NOT NULL, clicks INTEGER NOT NULL, view TEXT NOT NULL, "
            "confirmed TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"),
        QStringLiteral("CREATE INDEX annotation_costs_mention ON annotation_costs(mention_id)"),
    };
    schema.add(m);
}

} // namespace kcat::annotation
