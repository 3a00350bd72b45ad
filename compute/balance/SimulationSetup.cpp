#include "compute/balance/SimulationSetup.h"

#include "compute/balance/BalanceError.h"
#include "compute/balance/CalibrationFile.h"

#include <QStringList>

namespace kcat::balance {

LengthDistribution SimulationSetup::lengths() const {
    if (!lengthsFile.isEmpty())
        return LengthDistribution::fromFile(lengthsFile);
    if (!lognormal.isEmpty()) {
        const QStringList parts = lognormal.split(QLatin1Char(','));
        bool ok1 = false, ok2 = false, ok3 = false;
        if (parts.size() == 3) {
            const double median = parts[0].toDouble(&ok1);
            const double sigma = parts[1].toDouble(&ok2);
            const int cap = parts[2].toInt(&ok3);
            if (ok1 && ok2 && ok3)
                return LengthDistribution::lognormal(median, sigma, cap);
        }
        throw BalanceError(
            tr("lognormal: expected MEDIAN,SIGMA,CAP (e.g. 700,1.3,32768), got '%1'").arg(lognormal));
    }
    return LengthDistribution::builtin(distribution);
}

CostModel SimulationSetup::costModel() const {
    const CostPreset p = CostModel::preset(preset);
    if (calibrationFile.isEmpty())
        return CostModel(p);
    return CostModel(p, CalibratedCoefficients::readFile(calibrationFile).scaledTo(p));
}

} // namespace kcat::balance
