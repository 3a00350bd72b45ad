#pragma once

#include "compute/balance/LengthDistribution.h"
#include "compute/balance/Simulator.h"

#include <QCoreApplication>
#include <QString>

namespace kcat::balance {

// What a simulation is asked for in words (distribution name or file, preset name) and numbers; shared by
// `kcat balance simulate` and the balance.simulate run kind.
struct SimulationSetup {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::SimulationSetup)

public:
    SimulationOptions options;
    QString distribution = QStringLiteral("webtext");
    QString lognormal;   // "median,sigma,cap" when set
    QString lengthsFile; // when set
    QString preset = QStringLiteral("llama7b-a100");
    QString
        calibrationFile; // coefficients.json of a balance.calibrate run (empty: the preset's analytic ones)

    // Throws BalanceError for a bad name, file or lognormal triple.
    LengthDistribution lengths() const;
    // The preset's cost model, with measured per-layer coefficients × the preset's layers when a calibration
    // file is set. Throws BalanceError for an unknown preset or a bad file.
    CostModel costModel() const;
};

} // namespace kcat::balance
