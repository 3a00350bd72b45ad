#include "annotation/server/ClientSchema.h"

#include "annotation/documents/DocumentsSchema.h"
#include "compute/core/WorkspaceSchema.h"

namespace kcat::server {

namespace {

// One outbox row per change; the sync pushes the current state of the mention (or the cost row) it names.
QString outboxTrigger(const QString& name, const QString& event, const QString& table, const QString& kind,
                      const QString& ref) {
    return QStringLiteral(
               "CREATE TRIGGER %1 AFTER %2 ON %3 WHEN (SELECT recording FROM server_client WHERE "
               "id = 1) = 1 BEGIN INSERT INTO server_outbox (kind, local_id) VALUES ('%4', %5); END")
        .arg(name, event, table, kind, ref);
}

} // namespace

void registerServerSchema() {
    annotation::registerDocumentsSchema();
    auto& schema = core::WorkspaceSchema::instance();
    if (schema.hasModule(QStringLiteral("server")))
        return;
    core::Migration m;
    m.module = QStringLiteral("server");
    m.version = 1;
    m.description = QStringLiteral("team server id map, cache connection and label outbox");
    m.statements = {
        QStringLiteral(
            "CREATE TABLE server_client (id INTEGER PRIMARY KEY CHECK (id = 1), recording INTEGER NOT "
            "NULL DEFAULT 0, dsn TEXT NOT NULL DEFAULT '', user TEXT NOT NULL DEFAULT '', "
            "last_sync TEXT)"),
        QStringLiteral("INSERT INTO server_client (id) VALUES (1)"),
        // kind: project, document, mention, cost. One server row per workspace row and back.
        QStringLiteral("CREATE TABLE server_ids (kind TEXT NOT NULL, local_id INTEGER NOT NULL, server_id "
                       "INTEGER NOT NULL, PRIMARY KEY (kind, local_id), UNIQUE (kind, server_id))"),
        // kind: labels (local_id = mention id) or cost (local_id = annotation_costs id).
        QStringLiteral(
            "CREATE TABLE server_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
            "local_id INTEGER NOT NULL, created TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"),
        outboxTrigger(QStringLiteral("server_outbox_label_ins"), QStringLiteral("INSERT"),
                      QStringLiteral("annotation_mention_labels"), QStringLiteral("labels"),
                      QStringLiteral("NEW.mention_id")),
        outboxTrigger(QStringLiteral("server_outbox_label_upd"), QStringLiteral("UPDATE"),
                      QStringLiteral("annotation_mention_labels"), QStringLiteral("labels"),
                      QStringLiteral("NEW.mention_id")),
        outboxTrigger(QStringLiteral("server_outbox_label_del"), QStringLiteral("DELETE"),
                      QStringLiteral("annotation_mention_labels"), QStringLiteral("labels"),
                      QStringLiteral("OLD.mention_id")),
        outboxTrigger(QStringLiteral("server_outbox_type_ins"), QStringLiteral("INSERT"),
                      QStringLiteral("annotation_mention_types"), QStringLiteral("labels"),
                      QStringLiteral("NEW.mention_id")),
        outboxTrigger(QStringLiteral("server_outbox_type_del"), QStringLiteral("DELETE"),
                      QStringLiteral("annotation_mention_types"), QStringLiteral("labels"),
                      QStringLiteral("OLD.mention_id")),
        outboxTrigger(QStringLiteral("server_outbox_mention_ins"), QStringLiteral("INSERT"),
                      QStringLiteral("annotation_mentions"), QStringLiteral("labels"),
                      QStringLiteral("NEW.id")),
        outboxTrigger(QStringLiteral("server_outbox_mention_del"), QStringLiteral("DELETE"),
                      QStringLiteral("annotation_mentions"), QStringLiteral("labels"),
                      QStringLiteral("OLD.id")),
        outboxTrigger(QStringLiteral("server_outbox_cost_ins"), QStringLiteral("INSERT"),
                      QStringLiteral("annotation_costs"), QStringLiteral("cost"), QStringLiteral("NEW.id")),
    };
    schema.add(m);

    // v2: span adjustments of mentions reach the server. kind 'span' (local_id = mention id): the
    // annotator's labels move to the mention at the new span (shared by span, as new mentions are), and the
    // server mention they left is remembered in server_moved so that a download does not bring it back.
    core::Migration v2;
    v2.module = QStringLiteral("server");
    v2.version = 2;
    v2.description = QStringLiteral("team server: span adjustments in the outbox");
    v2.statements = {
        QStringLiteral("CREATE TABLE server_moved (server_id INTEGER PRIMARY KEY)"),
        outboxTrigger(QStringLiteral("server_outbox_mention_span"),
                      QStringLiteral("UPDATE OF start_offset, end_offset"),
                      QStringLiteral("annotation_mentions"), QStringLiteral("span"),
                      QStringLiteral("NEW.id")),
    };
    schema.add(v2);
}

} // namespace kcat::server
