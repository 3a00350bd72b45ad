#pragma once

#include "annotation/server/ServerConnection.h"

#include <QCoreApplication>
#include <QStringList>

namespace kcat::server {

// The team server's schema "kcat" (projects, documents, mentions, candidates, annotators, assignments,
// labels, types, costs, meta), the group roles kcat_manager and kcat_annotator, and the row-level-security
// policies that confine an annotator's login to its assigned documents and its own labels.
class ServerSchema {
    Q_DECLARE_TR_FUNCTIONS(kcat::server::ServerSchema)

public:
    static constexpr int Version = 2; // 2: costs carry their type-set context

    // Creates or completes the schema, roles, grants and policies in one transaction; running it again
    // changes nothing. Needs a login that may create roles (a superuser or CREATEROLE owner).
    static bool init(ServerConnection& connection, ServerError* error);
    // Requires the schema at exactly Version (NoSchema / SchemaTooOld / SchemaTooNew otherwise).
    static bool check(ServerConnection& connection, ServerError* error);
    // The schema version on the server, 0 when there is none.
    static int version(ServerConnection& connection, ServerError* error);

private:
    static QStringList tableStatements();
    static QStringList policyStatements();
};

} // namespace kcat::server
