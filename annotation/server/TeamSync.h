#pragma once

#include "annotation/server/ServerConnection.h"

#include <QCoreApplication>

namespace kcat::core {
class Workspace;
}

namespace kcat::server {

// What one publish, pull, download or push moved.
struct SyncCounts {
    int projects = 0;
    int documents = 0;
    int mentions = 0;
    int labels = 0; // label rows (one per mention and annotator)
    int costs = 0;
    int assignments = 0;
    int annotators = 0;
    int skipped = 0; // server rows that could not be placed (e.g. a document that was never published here)
};

// The manager's side: the workspace's projects, documents, mentions and candidates go to the server
// (publish), every annotator's labels and cost log come back as per-annotator labels (pull). Each runs in
// one server transaction and one workspace transaction, and may be repeated.
class TeamSync {
    Q_DECLARE_TR_FUNCTIONS(kcat::server::TeamSync)

public:
    // project empty = every project of the workspace. Also publishes the workspace's team assignments
    // (table team_assignments of annotation/team, when present) of annotators with a server login; the
    // others are counted in skipped.
    static bool publish(core::Workspace& workspace, ServerConnection& connection, const QString& project,
                        SyncCounts* counts, ServerError* error);
    static bool pull(core::Workspace& workspace, ServerConnection& connection, SyncCounts* counts,
                     ServerError* error);
};

} // namespace kcat::server
