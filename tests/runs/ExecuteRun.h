#pragma once

// Runs a kind in the test's own process, as `kcat run` does in the foreground: the parameters validated
// by the kind's schema, a new run in `store`, then RunExecutor. For view tests that need real runs.

#include "compute/core/Workspace.h"
#include "compute/runs/RunExecutor.h"
#include "compute/runs/RunKind.h"
#include "compute/runs/RunStore.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace kcat::testing {

// The new run's id, or 0 with `error` saying what failed (unknown kind, invalid parameters, failed run).
inline qint64 executeRun(core::Workspace& ws, runs::RunStore& store, const QString& kind,
                         const nlohmann::json& params, QString* error, quint64 seed = 1) {
    const runs::RunKind* k = runs::RunKindRegistry::instance().find(kind);
    if (!k) {
        *error = QStringLiteral("no run kind %1").arg(kind);
        return 0;
    }
    const auto valid = k->schema().validate(params, error);
    if (!valid)
        return 0;
    const qint64 id = store.createRun(kind, kind, *valid, seed, error);
    if (id <= 0)
        return 0;
    std::ostringstream out;
    const auto outcome = runs::RunExecutor::execute(ws, id, false, {}, out);
    if (outcome.status != QLatin1String("succeeded")) {
        *error = QStringLiteral("%1: %2 %3").arg(kind, outcome.status, outcome.error);
        return 0;
    }
    return id;
}

} // namespace kcat::testing
