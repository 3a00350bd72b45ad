#include "annotation/team/TeamSchema.h"

#include "annotation/documents/DocumentsSchema.h"
#include "compute/core/WorkspaceSchema.h"

namespace kcat::team {

void registerTeamSchema() {
    annotation::registerDocumentsSchema(); // the team tables reference the annotation tables
    auto& schema = core::WorkspaceSchema::instance();
    if (schema.hasModule(QStringLiteral("team")))
        return;
    core::Migration m;
    m.module = QStringLiteral("team");
    m.version = 1;
    m.description = QStringLiteral("annotation team: members, assignments, gold, final layer, cost context");
    m.statements = {
        // One row per annotator of annotation_annotators that belongs to the team.
        QStringLiteral(
            "CREATE TABLE team_members (annotator_id INTEGER PRIMARY KEY REFERENCES "
            "annotation_annotators(id) "
            "ON DELETE CASCADE, role TEXT NOT NULL CHECK (role IN ('annotator', 'manager', 'final')), "
            "simulated INTEGER NOT NULL DEFAULT 0, description TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE team_project_settings (project_id INTEGER PRIMARY KEY REFERENCES "
                       "annotation_projects(id) ON DELETE CASCADE, overlap INTEGER NOT NULL, blind INTEGER "
                       "NOT NULL DEFAULT 0, gold_documents INTEGER NOT NULL DEFAULT 0, seed INTEGER NOT NULL "
                       "DEFAULT 1)"),
        QStringLiteral(
            "CREATE TABLE team_assignments (document_id INTEGER NOT NULL REFERENCES annotation_documents(id) "
            "ON DELETE CASCADE, annotator_id INTEGER NOT NULL REFERENCES annotation_annotators(id) ON DELETE "
            "CASCADE, is_gold INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (document_id, annotator_id))"),
        QStringLiteral("CREATE INDEX team_assignments_annotator ON team_assignments(annotator_id)"),
        // Gold types of a mention (closed under ancestors), for quality control.
        QStringLiteral("CREATE TABLE team_gold_types (mention_id INTEGER NOT NULL REFERENCES "
                       "annotation_mentions(id) ON DELETE CASCADE, type_path TEXT NOT NULL, source TEXT NOT "
                       "NULL DEFAULT 'manager', PRIMARY KEY (mention_id, type_path))"),
        // The adjudicated decision per mention; its types are the final annotator's labels.
        QStringLiteral("CREATE TABLE team_decisions (mention_id INTEGER PRIMARY KEY REFERENCES "
                       "annotation_mentions(id) ON DELETE CASCADE, decision TEXT NOT NULL CHECK (decision IN "
                       "('accepted', 'overridden')), method TEXT NOT NULL, confidence REAL, decided TEXT NOT "
                       "NULL DEFAULT CURRENT_TIMESTAMP)"),
        // What the annotator faced when a cost row was logged: how many types were offered, constrained?
        QStringLiteral("CREATE TABLE team_cost_context (cost_id INTEGER PRIMARY KEY REFERENCES "
                       "annotation_costs(id) ON DELETE CASCADE, type_set_size INTEGER NOT NULL, constrained "
                       "INTEGER NOT NULL, simulated INTEGER NOT NULL DEFAULT 0)"),
    };
    schema.add(m);
}

} // namespace kcat::team
