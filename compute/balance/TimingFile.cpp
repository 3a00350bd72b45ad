#include "compute/balance/TimingFile.h"

#include "compute/balance/BalanceError.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace kcat::balance {

std::vector<TimingSample> readTimingFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw BalanceError(
            CostModel::tr("cannot read the timings file %1: %2").arg(path, file.errorString()));
    return parseTimings(QString::fromUtf8(file.readAll()), path);
}

std::vector<TimingSample> parseTimings(const QString& text, const QString& source) {
    std::vector<TimingSample> out;
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(ws, Qt::SkipEmptyParts);
        if (fields.size() != 2)
            throw BalanceError(CostModel::tr("%1:%2: expected 'len1,len2,...<TAB>seconds', got %3 fields")
                                   .arg(source)
                                   .arg(i + 1)
                                   .arg(fields.size()));
        TimingSample sample;
        for (const QString& part : fields[0].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int len = part.toInt(&ok);
            if (!ok || len < 1)
                throw BalanceError(CostModel::tr("%1:%2: expected positive whole sequence lengths, got '%3'")
                                       .arg(source)
                                       .arg(i + 1)
                                       .arg(part));
            sample.lengths.push_back(len);
        }
        bool ok = false;
        sample.seconds = fields[1].toDouble(&ok);
        if (!ok || !std::isfinite(sample.seconds) || sample.seconds < 0)
            throw BalanceError(CostModel::tr("%1:%2: expected seconds (a number >= 0), got '%3'")
                                   .arg(source)
                                   .arg(i + 1)
                                   .arg(fields[1]));
        if (sample.lengths.empty())
            throw BalanceError(
                CostModel::tr("%1:%2: expected at least one sequence length").arg(source).arg(i + 1));
        out.push_back(std::move(sample));
    }
    return out;
}

} // namespace kcat::balance
