#pragma once

#include "annotation/server/ServerConnection.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>

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
    //
    // progress (optional) is called with done/total steps and returns false to cancel: the server
    // transaction is rolled back, the workspace is left unchanged and *error is Cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static bool publish(core::Workspace& workspace, ServerConnection& connection, const QString& project,
                        SyncCounts* counts, ServerError* error, const Progress& progress = {});
    static bool pull(core::Workspace& workspace, ServerConnection& connection, SyncCounts* counts,
                     ServerError* error, const Progress& progress = {});
    // Replaces the server assignments of the published documents of project (workspace name) by plan:
    // (workspace document id, annotator login, gold). One server transaction; documents of the project
    // not in the plan end up unassigned. Every document must have been published from this workspace and
    // every annotator must be a login on the server. *counts->assignments = rows written.
    struct PlannedAssignment {
        qint64 document = 0;
        QString annotator;
        bool gold = false;
    };
    static bool assign(core::Workspace& workspace, ServerConnection& connection, const QString& project,
                       const QVector<PlannedAssignment>& plan, SyncCounts* counts, ServerError* error);
    // The message for a cancelled transfer.
    static ServerError cancelled();
};

} // namespace kcat::server
