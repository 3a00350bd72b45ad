#pragma once

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>

namespace kcat::snn {

// The parameters of an `snn.train` run (see compute/snn/README.md for what each one does).
struct SnnConfig {
    QString node = QStringLiteral("lif");          // lif | reversible
    QString backward = QStringLiteral("autograd"); // autograd | naive | streamlined
    int timesteps = 8;
    double threshold = 1.0;
    double decay = 0.9;                                 // beta: V <- beta * V + I
    QString reset = QStringLiteral("soft");             // hard | soft
    QString surrogate = QStringLiteral("fast_sigmoid"); // fast_sigmoid | arctan
    QString encoding = QStringLiteral("direct");        // direct | poisson
    int width = 8;                                      // channels of conv1 (conv2 has 2 * width)
    int epochs = 1;
    int batchSize = 64;
    double lr = 1e-3;
    std::uint64_t seed = 1;
    std::int64_t trainSubset = 0;
    std::int64_t testSubset = 0;
    std::int64_t maxSteps = 0;
    int threads = 0;
    int logEvery = 10;
    QString dataset; // empty: Fashion-MNIST

    bool reversible() const { return node == QLatin1String("reversible"); }
    bool usesReversibleBackward() const { return backward != QLatin1String("autograd"); }

    // Throws std::invalid_argument naming the parameter (unknown choice, out of range, or a combination
    // that cannot work: a recomputing backward needs the reversible node, the reversible node a soft
    // reset and an even width).
    static SnnConfig fromJson(const nlohmann::json& params);
    void validate() const;
    nlohmann::json toJson() const;
};

// The reversible node computes exactly in fixed point (compute/snn/README.md): the decay is the fraction
// n / d nearest to `decay` with d <= 100 (0.9 = 9 / 10), and every neuron keeps an information buffer of
// the bits the decay's rounding discards; after k steps it holds at most reversibleBufferBound(decay, k).
struct DecayFraction {
    std::int64_t n = 1, d = 1;
};
DecayFraction decayFraction(double decay);
double reversibleBufferBound(double decay, int timesteps);

} // namespace kcat::snn
