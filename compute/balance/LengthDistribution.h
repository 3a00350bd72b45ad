#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <random>
#include <vector>

namespace kcat::balance {

// A distribution of training-sequence lengths (tokens): a mixture of capped lognormals, point masses and
// empirical histograms. Built-in shapes, a lognormal with chosen parameters, or a user's file.
class LengthDistribution {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::LengthDistribution)

public:
    static QStringList builtinNames(); // "webtext", "code", "bert512"
    // Throws BalanceError for an unknown name.
    static LengthDistribution builtin(const QString& name);
    // Lengths exp(N(ln median, sigma²)) rounded, at least minLength; longer ones are truncated to cap.
    static LengthDistribution lognormal(double median, double sigma, int cap, int minLength = 16);
    // A file of lengths: one length per line, or `length<TAB>count` (a histogram); blank lines and lines
    // starting with '#' are skipped. Throws BalanceError naming the file and line.
    static LengthDistribution fromFile(const QString& path);
    static LengthDistribution fromText(const QString& text, const QString& sourceName);

    const QString& name() const { return m_name; }
    const QString& description() const { return m_description; }
    int maxLength() const { return m_cap; }

    int sample(std::mt19937_64& rng) const;
    // Sequences drawn until the batch holds exactly tokenBudget tokens: the last one is cut to what remains
    // (as a packed pre-training loader does), unless that would leave fewer than 16 tokens.
    std::vector<int> sampleBatch(qint64 tokenBudget, std::mt19937_64& rng) const;
    // Mean length estimated from 200,000 draws with a fixed seed (exact for empirical distributions).
    double meanLength() const;

    nlohmann::json toJson() const;

private:
    struct Component {
        enum Kind { Lognormal, Point, Empirical } kind = Point;
        double weight = 1;
        double median = 0;
        double sigma = 0;
        int lo = 1;
        int hi = 1;
        std::vector<int> values;        // Empirical
        std::vector<double> cumulative; // Empirical: cumulative counts
    };

    QString m_name;
    QString m_description;
    int m_cap = 1;
    std::vector<Component> m_components;
};

// Sequences and tokens per length range, ranges doubling from 16 tokens: [1, 32), [32, 64), [64, 128), ...
// up to the range holding the longest length.
struct HistogramBin {
    int lo = 0; // inclusive
    int hi = 0; // exclusive
    qint64 sequences = 0;
    qint64 tokens = 0;
};
std::vector<HistogramBin> lengthHistogram(const std::vector<int>& lengths);

} // namespace kcat::balance
