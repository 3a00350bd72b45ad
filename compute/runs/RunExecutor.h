#pragma once

#include "compute/runs/RunContext.h"

#include <QCoreApplication>
#include <QString>

#include <ostream>

namespace kcat::core {
class Workspace;
}

namespace kcat::runs {

// Executes one run in this process: what `kcat run` does. Marks the run running (with this pid and host),
// hands the kind a RunContext, and ends the run succeeded, failed or cancelled. Prints one JSON line per
// event on out ({"event":"metric",...}, "progress", "log", "checkpoint") and last {"event":"finished",
// "status":..., "metrics":{key: last value}}. SIGTERM and SIGINT make ctx.isCancelled() true.
class RunExecutor {
    Q_DECLARE_TR_FUNCTIONS(kcat::runs::RunExecutor)

public:
    struct Outcome {
        bool started = false; // false: refused before anything ran (message in error)
        QString status;       // "succeeded", "failed", "cancelled"
        QString error;
    };

    // Runs the queued run id of workspace (or resumes it from its checkpoint when resume is set).
    static Outcome execute(core::Workspace& workspace, qint64 runId, bool resume,
                           const DistributedOptions& dist, std::ostream& out);
    // A non-zero rank of a distributed run: the same kind and parameters, nothing written to a workspace.
    static Outcome executeDetached(const QString& kind, const nlohmann::json& parameters, quint64 seed,
                                   const DistributedOptions& dist, const QString& artifactFolder,
                                   std::ostream& out);

    // Installs the SIGTERM/SIGINT handlers that set the cancel flag, and ignores SIGPIPE (a parent that went
    // away must not kill a run that still writes to the workspace).
    static void installSignalHandlers();
    static bool cancelRequested();
    // For tests running a kind in-process.
    static void requestCancel();
    static void resetCancel();
};

} // namespace kcat::runs
