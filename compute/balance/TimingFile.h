#pragma once

#include "compute/balance/CostModel.h"

#include <QString>

#include <vector>

namespace kcat::balance {

// Reads measured micro-batch timings for fitCoefficients(): one per line, `len1,len2,...<TAB>seconds` (the
// lengths of the sequences in the micro-batch, then its forward+backward seconds); blank lines and '#'
// comments skipped. Throws BalanceError naming the file and line.
std::vector<TimingSample> readTimingFile(const QString& path);
std::vector<TimingSample> parseTimings(const QString& text, const QString& source);

} // namespace kcat::balance
