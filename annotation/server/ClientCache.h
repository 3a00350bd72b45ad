#pragma once

#include "annotation/server/ServerConnection.h"
#include "annotation/server/TeamSync.h"

#include <QCoreApplication>

namespace kcat::core {
class Workspace;
}

namespace kcat::server {

// The annotator's side: a local cache workspace holding the documents assigned to the login, with the
// annotator's own labels in the workspace's default annotator. Label edits made in the cache are recorded
// in server_outbox by triggers and pushed to the server; nothing leaves the outbox before the server has
// committed it.
class ClientCache {
    Q_DECLARE_TR_FUNCTIONS(kcat::server::ClientCache)

public:
    // Brings the assigned projects, documents, mentions, candidates and the login's labels into the cache
    // (one transaction each side) and switches recording on. Mentions with edits still in the outbox keep
    // their local labels.
    static bool download(core::Workspace& cache, ServerConnection& connection, SyncCounts* counts,
                         ServerError* error);
    // Pushes the outbox in one server transaction; on success removes the pushed rows. *pushed = mentions
    // and cost rows sent. An edit the server refuses (e.g. its document is no longer assigned to the login)
    // is rolled back alone (savepoint), dropped from the outbox and reported in *refused, so it cannot block
    // the others.
    static bool push(core::Workspace& cache, ServerConnection& connection, int* pushed, ServerError* error,
                     QString* refused = nullptr);
    // Number of edited mentions and cost rows waiting in the outbox (0 when the workspace is not a cache).
    static int pending(core::Workspace& cache);
    // The connection the cache belongs to ("" for an ordinary workspace).
    static QString connectedDsn(core::Workspace& cache);
};

} // namespace kcat::server
