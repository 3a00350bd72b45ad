#pragma once

#include "compute/balance/CostModel.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

namespace kcat::balance {

// What balance.calibrate fitted, as written to its coefficients.json: a, b, c of one micro-batch of the
// timed model (embedding + `layers` transformer layers + head), the same per layer, the fit quality and
// the model shape.
struct CalibratedCoefficients {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::CalibratedCoefficients)

public:
    CostCoefficients model;    // the whole timed model
    CostCoefficients perLayer; // model / layers
    int layers = 1;
    double rSquared = 0;
    nlohmann::json shape; // the timed model's shape (hidden, heads, layers, vocabulary)
    QString source;       // the file it was read from

    nlohmann::json toJson() const;
    // Throws BalanceError naming the file and the missing or bad key.
    static CalibratedCoefficients fromJson(const nlohmann::json& j, const QString& sourceName);
    static CalibratedCoefficients readFile(const QString& path);
    // Writes the JSON (to a temporary name, then renamed); throws BalanceError when it cannot.
    void writeFile(const QString& path) const;

    // Single-GPU coefficients of a preset's whole model from the per-layer ones: a, b, c × preset layers.
    // Throws BalanceError unless a >= 0 and b > 0.
    CostCoefficients scaledTo(const CostPreset& preset) const;
};

} // namespace kcat::balance
