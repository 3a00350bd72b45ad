#include "annotation/server/ServerSchema.h"

#include <QSqlQuery>

namespace kcat::server {

namespace {

// An annotator's login may touch a row of these tables only when the row's document is assigned to it.
const char* const AssignedMention =
    "EXISTS (SELECT 1 FROM kcat.mentions m JOIN kcat.assignments a ON a.document_id = m.document_id "
    "WHERE m.id = %1.mention_id AND a.annotator = current_user)";

QString assignedMention(const char* table) {
    return QString::fromLatin1(AssignedMention).arg(QLatin1String(table));
}

} // namespace

QStringList ServerSchema::tableStatements() {
    return {
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS kcat"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS kcat.meta (key text PRIMARY KEY, value text NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS kcat.projects (id bigserial PRIMARY KEY, name text NOT NULL "
            "UNIQUE, type_set text NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS kcat.documents (id bigserial PRIMARY KEY, project_id bigint "
            "NOT NULL REFERENCES kcat.projects(id) ON DELETE CASCADE, name text NOT NULL, "
            "text text NOT NULL, ord integer NOT NULL, UNIQUE (project_id, ord, name))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS kcat.mentions (id bigserial PRIMARY KEY, document_id bigint NOT NULL "
            "REFERENCES kcat.documents(id) ON DELETE CASCADE, start_offset integer NOT NULL, end_offset "
            "integer NOT NULL, created_by text NOT NULL DEFAULT current_user, CHECK (start_offset >= 0 AND "
            "end_offset > start_offset), UNIQUE (document_id, start_offset, end_offset))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS kcat.candidates (mention_id bigint NOT NULL REFERENCES "
                       "kcat.mentions(id) ON DELETE CASCADE, rank integer NOT NULL, entity text NOT NULL, "
                       "score double precision NOT NULL, PRIMARY KEY (mention_id, rank))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS kcat.annotators (name text PRIMARY KEY, is_manager boolean "
            "NOT NULL DEFAULT false, created timestamptz NOT NULL DEFAULT now())"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS kcat.assignments (document_id bigint NOT NULL REFERENCES "
            "kcat.documents(id) ON DELETE CASCADE, annotator text NOT NULL REFERENCES kcat.annotators(name) "
            "ON DELETE CASCADE, gold boolean NOT NULL DEFAULT false, PRIMARY KEY (document_id, annotator))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS assignments_annotator ON kcat.assignments (annotator)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS kcat.mention_labels (mention_id bigint NOT NULL REFERENCES "
            "kcat.mentions(id) ON DELETE CASCADE, annotator text NOT NULL DEFAULT current_user REFERENCES "
            "kcat.annotators(name) ON DELETE CASCADE, linked boolean NOT NULL DEFAULT false, entity text, "
            "flagged boolean NOT NULL DEFAULT false, state text NOT NULL DEFAULT 'untyped', updated "
            "timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (mention_id, annotator))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS kcat.mention_types (mention_id bigint NOT NULL REFERENCES "
            "kcat.mentions(id) ON DELETE CASCADE, annotator text NOT NULL DEFAULT current_user REFERENCES "
            "kcat.annotators(name) ON DELETE CASCADE, type_path text NOT NULL, PRIMARY KEY (mention_id, "
            "annotator, type_path))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS kcat.costs (id bigserial PRIMARY KEY, mention_id bigint NOT NULL "
            "REFERENCES kcat.mentions(id) ON DELETE CASCADE, annotator text NOT NULL DEFAULT current_user "
            "REFERENCES kcat.annotators(name) ON DELETE CASCADE, client_key text NOT NULL, "
            "focus_to_confirm_ms bigint NOT NULL, keystrokes integer NOT NULL, clicks integer NOT NULL, "
            "view text NOT NULL, confirmed timestamptz NOT NULL DEFAULT now(), UNIQUE (annotator, "
            "client_key))"),
        // v2: what the annotator faced when a cost row was logged (team_cost_context of the workspace):
        // the number of types offered and whether the knowledge constraint was on; NULL when not known.
        QStringLiteral("ALTER TABLE kcat.costs ADD COLUMN IF NOT EXISTS type_set_size integer, ADD COLUMN IF "
                       "NOT EXISTS constrained boolean"),
        // Makes a login role with a bound (never spliced) name and password; only a role that may create
        // roles can run it successfully.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION kcat.create_login(login text, secret text, grp text) RETURNS void "
            "LANGUAGE plpgsql AS $f$ BEGIN "
            "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN "
            "EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, secret); "
            "ELSE EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, secret); END IF; "
            "EXECUTE format('GRANT %I TO %I', grp, login); END $f$"),
        QStringLiteral("REVOKE ALL ON FUNCTION kcat.create_login(text, text, text) FROM PUBLIC"),
        QStringLiteral("DO $r$ BEGIN "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kcat_annotator') THEN "
                       "CREATE ROLE kcat_annotator NOLOGIN; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kcat_manager') THEN "
                       "CREATE ROLE kcat_manager NOLOGIN; END IF; END $r$"),
        QStringLiteral("GRANT USAGE ON SCHEMA kcat TO kcat_annotator, kcat_manager"),
        QStringLiteral("GRANT SELECT ON kcat.meta TO kcat_annotator, kcat_manager"),
        QStringLiteral(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON kcat.projects, kcat.documents, kcat.mentions, "
            "kcat.candidates, kcat.annotators, kcat.assignments, kcat.mention_labels, "
            "kcat.mention_types, kcat.costs TO kcat_manager"),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA kcat TO kcat_manager"),
        QStringLiteral("GRANT SELECT ON kcat.projects, kcat.documents, kcat.mentions, kcat.candidates, "
                       "kcat.annotators, kcat.assignments TO kcat_annotator"),
        QStringLiteral("GRANT INSERT ON kcat.mentions TO kcat_annotator"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON kcat.mention_labels, kcat.mention_types TO "
                       "kcat_annotator"),
        QStringLiteral("GRANT SELECT, INSERT ON kcat.costs TO kcat_annotator"),
        QStringLiteral("GRANT USAGE ON SEQUENCE kcat.mentions_id_seq, kcat.costs_id_seq TO kcat_annotator"),
        QStringLiteral(
            "INSERT INTO kcat.meta (key, value) VALUES ('schema_version', '2') "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value WHERE kcat.meta.value::int < 2"),
    };
}

QStringList ServerSchema::policyStatements() {
    const QStringList tables = {
        QStringLiteral("projects"),       QStringLiteral("documents"),     QStringLiteral("mentions"),
        QStringLiteral("candidates"),     QStringLiteral("annotators"),    QStringLiteral("assignments"),
        QStringLiteral("mention_labels"), QStringLiteral("mention_types"), QStringLiteral("costs")};
    QStringList s;
    for (const QString& t : tables) {
        s << QStringLiteral("ALTER TABLE kcat.%1 ENABLE ROW LEVEL SECURITY").arg(t);
        for (const char* p : {"manager_all", "annotator_read", "annotator_insert", "annotator_own"})
            s << QStringLiteral("DROP POLICY IF EXISTS %1 ON kcat.%2").arg(QLatin1String(p), t);
        s << QStringLiteral(
                 "CREATE POLICY manager_all ON kcat.%1 TO kcat_manager USING (true) WITH CHECK (true)")
                 .arg(t);
    }
    const QString assignedDocument =
        QStringLiteral("EXISTS (SELECT 1 FROM kcat.assignments a WHERE a.document_id = %1 AND "
                       "a.annotator = current_user)");
    s << QStringLiteral("CREATE POLICY annotator_read ON kcat.projects FOR SELECT TO kcat_annotator USING "
                        "(EXISTS (SELECT 1 FROM kcat.documents d WHERE d.project_id = projects.id))")
      << QStringLiteral(
             "CREATE POLICY annotator_read ON kcat.documents FOR SELECT TO kcat_annotator USING (%1)")
             .arg(assignedDocument.arg(QStringLiteral("documents.id")))
      << QStringLiteral(
             "CREATE POLICY annotator_read ON kcat.mentions FOR SELECT TO kcat_annotator USING (%1)")
             .arg(assignedDocument.arg(QStringLiteral("mentions.document_id")))
      << QStringLiteral("CREATE POLICY annotator_insert ON kcat.mentions FOR INSERT TO kcat_annotator WITH "
                        "CHECK (created_by = current_user AND %1)")
             .arg(assignedDocument.arg(QStringLiteral("mentions.document_id")))
      << QStringLiteral("CREATE POLICY annotator_read ON kcat.candidates FOR SELECT TO kcat_annotator USING "
                        "(EXISTS (SELECT 1 FROM kcat.mentions m WHERE m.id = candidates.mention_id))")
      << QStringLiteral("CREATE POLICY annotator_read ON kcat.annotators FOR SELECT TO kcat_annotator USING "
                        "(name = current_user)")
      << QStringLiteral("CREATE POLICY annotator_read ON kcat.assignments FOR SELECT TO kcat_annotator USING "
                        "(annotator = current_user)");
    for (const char* t : {"mention_labels", "mention_types"})
        s << QStringLiteral(
                 "CREATE POLICY annotator_own ON kcat.%1 FOR ALL TO kcat_annotator USING (annotator "
                 "= current_user AND %2) WITH CHECK (annotator = current_user AND %2)")
                 .arg(QLatin1String(t), assignedMention(t));
    s << QStringLiteral("CREATE POLICY annotator_read ON kcat.costs FOR SELECT TO kcat_annotator USING "
                        "(annotator = current_user)")
      << QStringLiteral(
             "CREATE POLICY annotator_insert ON kcat.costs FOR INSERT TO kcat_annotator WITH CHECK "
             "(annotator = current_user AND %1)")
             .arg(assignedMention("costs"));
    return s;
}

int ServerSchema::version(ServerConnection& connection, ServerError* error) {
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral("SELECT to_regclass('kcat.meta') IS NOT NULL"));
    if (!connection.exec(q, error) || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    q.prepare(QStringLiteral("SELECT value FROM kcat.meta WHERE key = 'schema_version'"));
    if (!connection.exec(q, error))
        return -1;
    return q.next() ? q.value(0).toInt() : 0;
}

bool ServerSchema::check(ServerConnection& connection, ServerError* error) {
    const int found = version(connection, error);
    if (found < 0)
        return false;
    const QString where =
        connection.settings().endpoint() + QLatin1Char('/') + connection.settings().database;
    if (found == 0) {
        *error = {ServerFailure::NoSchema,
                  tr("the team server %1 has no KCAT schema yet; the administrator runs `kcat server init`")
                      .arg(where)};
        return false;
    }
    if (found < Version) {
        *error = {ServerFailure::SchemaTooOld,
                  tr("the team server %1 has schema version %2, this program needs %3; the administrator "
                     "runs `kcat server init` to upgrade it")
                      .arg(where)
                      .arg(found)
                      .arg(Version)};
        return false;
    }
    if (found > Version) {
        *error = {ServerFailure::SchemaTooNew,
                  tr("the team server %1 has schema version %2, newer than this program's %3; update KCAT "
                     "Studio")
                      .arg(where)
                      .arg(found)
                      .arg(Version)};
        return false;
    }
    return true;
}

bool ServerSchema::init(ServerConnection& connection, ServerError* error) {
    {
        const int found = version(connection, error);
        if (found < 0)
            return false;
        if (found > Version)
            return check(connection, error);
    }
    return connection.transaction(
        [&](QSqlDatabase&, ServerError* err) {
            // Concurrent `init` runs queue here instead of failing on the role catalogue.
            if (!connection.exec(QStringLiteral("SET LOCAL client_min_messages = warning"), err) ||
                !connection.exec(QStringLiteral("SELECT pg_advisory_xact_lock(74657265)"), err))
                return false;
            for (const QString& statement : tableStatements() + policyStatements())
                if (!connection.exec(statement, err))
                    return false;
            return true;
        },
        error);
}

} // namespace kcat::server
