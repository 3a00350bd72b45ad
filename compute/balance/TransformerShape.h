#pragma once

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace kcat::balance {

// The shape of the tiny causal transformer balance.calibrate times and balance.measure trains.
struct TransformerShape {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::TransformerShape)

public:
    int hidden = 128;
    int heads = 4;
    int layers = 1;
    int vocabulary = 64;

    nlohmann::json toJson() const;
    // Throws BalanceError naming the key for a missing or out-of-range value.
    static TransformerShape fromJson(const nlohmann::json& j);
    void validate() const;
};

} // namespace kcat::balance
