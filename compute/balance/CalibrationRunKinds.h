#pragma once

#include "compute/balance/TransformerShape.h"

#include "compute/runs/ParameterSchema.h"

#include <vector>

namespace kcat::balance {

// The model-shape parameters (hidden, heads, layers, vocabulary) balance.calibrate and balance.measure share.
std::vector<runs::ParamSpec> modelShapeParams();
// Reads them from validated parameters; throws BalanceError for an impossible shape.
TransformerShape modelShapeFrom(const nlohmann::json& parameters);
// `points` lengths from minLength to maxLength, evenly spaced on a log scale, multiples of multipleOf,
// strictly increasing (duplicates after rounding dropped).
std::vector<int> sweepLengths(int minLength, int maxLength, int points, int multipleOf);

// Register the LibTorch run kinds (called by registerBalanceRunKinds()).
void registerCalibrateRunKind();
void registerMeasureRunKind();

} // namespace kcat::balance
