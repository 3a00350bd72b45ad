#pragma once

#include "annotation/server/ServerSettings.h"

#include <QCoreApplication>
#include <QString>

class QObject;

namespace kcat::core {
class ConcurrentJob;
}

namespace kcat::ui {

// The manager's team-server actions as background jobs (File menu: Publish / Assign / Pull): each opens its
// own workspace and server connection on a worker thread, reports progress, can be cancelled, and either
// completes or leaves the server and the workspace as they were (each side one transaction). A failure names
// the server (host:port) and what went wrong: unreachable, refused login, a login without the manager role.
// The job's result is a one-line summary for the user.
class TeamServerJobs {
    Q_DECLARE_TR_FUNCTIONS(kcat::ui::TeamServerJobs)

public:
    struct AssignOptions {
        int overlap = 2;   // every document to this many annotators (server logins without --manager)
        bool blind = true; // recorded in the workspace; the server never shows an annotator another's labels
        int goldDocuments = 0; // documents given to every annotator for quality control
        quint64 seed = 1;
    };

    // Sends the project (its documents, mentions, linker candidates, team assignments) to the server.
    static core::ConcurrentJob* publish(const QString& workspacePath, const server::ServerSettings& settings,
                                        const QString& project, QObject* parent = nullptr);
    // Publishes the project, plans the assignments over the server's annotator logins (overlap k, balanced,
    // gold documents to everyone), replaces the project's assignments on the server, then records the team
    // members, assignments and settings (blind, gold) in the workspace for the Manage page.
    static core::ConcurrentJob* assign(const QString& workspacePath, const server::ServerSettings& settings,
                                       const QString& project, const AssignOptions& options,
                                       QObject* parent = nullptr);
    // Brings every annotator's labels and cost log back into the workspace as per-annotator labels.
    static core::ConcurrentJob* pull(const QString& workspacePath, const server::ServerSettings& settings,
                                     QObject* parent = nullptr);
};

} // namespace kcat::ui
