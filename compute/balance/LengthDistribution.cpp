#include "compute/balance/LengthDistribution.h"

#include "compute/balance/BalanceError.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace kcat::balance {

QStringList LengthDistribution::builtinNames() {
    return {QStringLiteral("webtext"), QStringLiteral("code"), QStringLiteral("bert512")};
}

LengthDistribution LengthDistribution::builtin(const QString& name) {
    if (name == QLatin1String("webtext")) {
        // Web documents: median ~700 tokens, heavy right tail (≈3% over 8K), documents over 32K truncated.
        LengthDistribution d = lognormal(700, 1.3, 32768, 16);
        d.m_name = name;
        d.m_description = QStringLiteral("web-text-like: lognormal, median 700 tokens, sigma 1.3, cut at "
                                         "32768 (shape of CommonCrawl-style "
                                         "corpora as plotted in the Hydraulis paper, Fig. 1; synthetic)");
        return d;
    }
    if (name == QLatin1String("code")) {
        // Source files: longer and heavier-tailed than prose (many short files, some very long ones).
        LengthDistribution d = lognormal(1500, 1.5, 32768, 16);
        d.m_name = name;
        d.m_description = QStringLiteral("code-like: lognormal, median 1500 tokens, sigma 1.5, cut at 32768 "
                                         "(heavier tail than web text, as "
                                         "for source-file corpora such as The Stack; synthetic)");
        return d;
    }
    if (name == QLatin1String("bert512")) {
        // BERT phase-2 Wikipedia samples: a spike at the 512 limit plus a spread of shorter ones; padding to
        // 512 wastes about half the tokens (Krell et al. 2021, "Efficient Sequence Packing", Fig. 1).
        LengthDistribution d;
        d.m_name = name;
        d.m_description = QStringLiteral(
            "BERT-Wikipedia-512-like: 15% exactly 512, 85% lognormal median 180 sigma 0.9 within [16, 511] "
            "(shape after Krell et al. 2021, Fig. 1, about half the tokens would be padding; synthetic)");
        d.m_cap = 512;
        Component spike;
        spike.kind = Component::Point;
        spike.weight = 0.15;
        spike.lo = spike.hi = 512;
        Component body;
        body.kind = Component::Lognormal;
        body.weight = 0.85;
        body.median = 180;
        body.sigma = 0.9;
        body.lo = 16;
        body.hi = 511;
        d.m_components = {spike, body};
        return d;
    }
    throw BalanceError(tr("unknown length distribution '%1' (expected one of: %2)")
                           .arg(name, builtinNames().join(QStringLiteral(", "))));
}

LengthDistribution LengthDistribution::lognormal(double median, double sigma, int cap, int minLength) {
    if (!(median > 0) || !(sigma > 0) || cap < 1 || minLength < 1 || minLength > cap)
        throw BalanceError(
            tr("lognormal lengths need median > 0, sigma > 0 and 1 <= minimum <= cap; got median "
               "%1, sigma %2, cap %3")
                .arg(median)
                .arg(sigma)
                .arg(cap));
    LengthDistribution d;
    d.m_name = QStringLiteral("lognormal");
    d.m_description =
        QStringLiteral("lognormal, median %1 tokens, sigma %2, cut at %3").arg(median).arg(sigma).arg(cap);
    d.m_cap = cap;
    Component c;
    c.kind = Component::Lognormal;
    c.median = median;
    c.sigma = sigma;
    c.lo = minLength;
    c.hi = cap;
    d.m_components = {c};
    return d;
}

LengthDistribution LengthDistribution::fromFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw BalanceError(tr("cannot read the lengths file %1: %2").arg(path, file.errorString()));
    return fromText(QString::fromUtf8(file.readAll()), path);
}

LengthDistribution LengthDistribution::fromText(const QString& text, const QString& source) {
    std::vector<std::pair<int, double>> counts;
    const QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(ws, Qt::SkipEmptyParts);
        const int lineNo = i + 1;
        if (fields.size() > 2)
            throw BalanceError(tr("%1:%2: expected a length or 'length<TAB>count', got %3 fields")
                                   .arg(source)
                                   .arg(lineNo)
                                   .arg(fields.size()));
        bool ok = false;
        const qlonglong length = fields[0].toLongLong(&ok);
        if (!ok || length < 1 || length > 100000000)
            throw BalanceError(tr("%1:%2: expected a positive whole number of tokens, got '%3'")
                                   .arg(source)
                                   .arg(lineNo)
                                   .arg(fields[0]));
        qlonglong count = 1;
        if (fields.size() == 2) {
            count = fields[1].toLongLong(&ok);
            if (!ok || count < 0)
                throw BalanceError(tr("%1:%2: expected a count (a whole number >= 0), got '%3'")
                                       .arg(source)
                                       .arg(lineNo)
                                       .arg(fields[1]));
        }
        if (count > 0)
            counts.emplace_back(int(length), double(count));
    }
    if (counts.empty())
        throw BalanceError(tr("%1: no sequence lengths found (expected one length per line, or "
                              "'length<TAB>count')")
                               .arg(source));
    std::sort(counts.begin(), counts.end());
    LengthDistribution d;
    d.m_name = QStringLiteral("file");
    Component c;
    c.kind = Component::Empirical;
    double total = 0;
    for (const auto& [len, n] : counts) {
        if (!c.values.empty() && c.values.back() == len) {
            c.cumulative.back() += n;
        } else {
            c.values.push_back(len);
            c.cumulative.push_back(total + n);
        }
        total += n;
    }
    c.lo = c.values.front();
    c.hi = c.values.back();
    d.m_cap = c.hi;
    d.m_description = QStringLiteral("lengths from %1: %2 sequences, %3 distinct lengths, %4 to %5 tokens")
                          .arg(source)
                          .arg(qlonglong(total))
                          .arg(c.values.size())
                          .arg(c.lo)
                          .arg(c.hi);
    d.m_components = {c};
    return d;
}

int LengthDistribution::sample(std::mt19937_64& rng) const {
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    double totalWeight = 0;
    for (const Component& c : m_components)
        totalWeight += c.weight;
    double pick = unit(rng) * totalWeight;
    const Component* chosen = &m_components.back();
    for (const Component& c : m_components) {
        if (pick < c.weight) {
            chosen = &c;
            break;
        }
        pick -= c.weight;
    }
    switch (chosen->kind) {
    case Component::Point:
        return chosen->lo;
    case Component::Empirical: {
        const double u = unit(rng) * chosen->cumulative.back();
        const auto it = std::upper_bound(chosen->cumulative.begin(), chosen->cumulative.end(), u);
        return chosen->values[size_t(std::min<std::ptrdiff_t>(it - chosen->cumulative.begin(),
                                                              std::ptrdiff_t(chosen->values.size()) - 1))];
    }
    case Component::Lognormal: {
        std::normal_distribution<double> normal(std::log(chosen->median), chosen->sigma);
        for (;;) {
            const double x = std::round(std::exp(normal(rng)));
            if (x < chosen->lo)
                continue; // below the minimum: draw again
            return int(std::min<double>(x, chosen->hi));
        }
    }
    }
    return chosen->lo;
}

std::vector<int> LengthDistribution::sampleBatch(qint64 tokenBudget, std::mt19937_64& rng) const {
    std::vector<int> batch;
    qint64 remaining = tokenBudget;
    while (remaining > 0) {
        const int s = sample(rng);
        if (s <= remaining) {
            batch.push_back(s);
            remaining -= s;
        } else {
            if (remaining >= 16 || batch.empty())
                batch.push_back(int(remaining));
            break;
        }
    }
    return batch;
}

double LengthDistribution::meanLength() const {
    if (m_components.size() == 1 && m_components.front().kind == Component::Empirical) {
        const Component& c = m_components.front();
        double sum = 0, prev = 0;
        for (size_t i = 0; i < c.values.size(); ++i) {
            sum += c.values[i] * (c.cumulative[i] - prev);
            prev = c.cumulative[i];
        }
        return sum / c.cumulative.back();
    }
    std::mt19937_64 rng(12345);
    double sum = 0;
    const int n = 200000;
    for (int i = 0; i < n; ++i)
        sum += sample(rng);
    return sum / n;
}

nlohmann::json LengthDistribution::toJson() const {
    return {{"name", m_name.toStdString()},
            {"description", m_description.toStdString()},
            {"max_length", m_cap},
            {"mean_length", meanLength()}};
}

std::vector<HistogramBin> lengthHistogram(const std::vector<int>& lengths) {
    std::vector<HistogramBin> bins;
    if (lengths.empty())
        return bins;
    const int longest = *std::max_element(lengths.begin(), lengths.end());
    bins.push_back({1, 32});
    while (bins.back().hi <= longest)
        bins.push_back({bins.back().hi, bins.back().hi * 2});
    for (int s : lengths) {
        size_t b = 0;
        while (b + 1 < bins.size() && s >= bins[b].hi)
            ++b;
        ++bins[b].sequences;
        bins[b].tokens += s;
    }
    return bins;
}

} // namespace kcat::balance
