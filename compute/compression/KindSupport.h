#pragma once

// Parameters and helpers the compression run kinds share (not a public header of the library).

#include "compute/compression/CompressionSession.h"
#include "compute/compression/Pruning.h"
#include "compute/runs/RunKind.h"

namespace kcat::compression {

// The common parameters plus `extra` (the kind's own).
runs::ParameterSchema withCommon(const std::vector<runs::ParamSpec>& extra);
// rho, rho_growth, rho_max, updates_per_epoch.
std::vector<runs::ParamSpec> admmParams();
AdmmSettings admmSettings(const nlohmann::json& params);
// Reads `sparsity` / `layer_sparsity` / `global` and the given structure.
PruneTarget pruneTarget(const CompressionSession& session, PruneStructure structure,
                        const QString& sparsityKey, const QString& listKey, bool global);
// The metrics every compression kind declares.
QVector<runs::MetricSpec> compressionMetrics();

} // namespace kcat::compression
