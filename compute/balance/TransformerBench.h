#pragma once

#include "compute/balance/TransformerShape.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <random>
#include <vector>

namespace kcat::balance {

// A small causal transformer in LibTorch (token embedding, `layers` pre-norm blocks of multi-head attention
// + GELU MLP (4·hidden), language-model head, next-token cross-entropy). A micro-batch packs several
// sequences into one tensor of Σs tokens: the projections and the MLP run on all tokens at once, attention
// runs within each sequence only (no cross-contamination), so a micro-batch costs a·Σs² + b·Σs + c.
class TransformerBench {
    Q_DECLARE_TR_FUNCTIONS(kcat::balance::TransformerBench)

public:
    // Weights from LibTorch's default initialisation after seeding its generator with seed.
    TransformerBench(const TransformerShape& shape, std::uint64_t seed);
    ~TransformerBench();
    TransformerBench(const TransformerBench&) = delete;
    TransformerBench& operator=(const TransformerBench&) = delete;

    const TransformerShape& shape() const { return m_shape; }
    std::int64_t parameterCount() const;

    // Forward + backward of one packed micro-batch of synthetic token sequences (a noisy affine recurrence
    // over the vocabulary, drawn from rng); gradients accumulate. Returns the mean next-token loss.
    double trainMicroBatch(const std::vector<int>& lengths, std::mt19937_64& rng);
    void zeroGradients();
    // Every gradient concatenated (parameters in registration order), and back.
    std::vector<double> gradients() const;
    void setGradients(const std::vector<double>& values);
    // Plain SGD: w -= lr·g.
    void sgdStep(double lr);

    // The last layer's hidden states (Σs × hidden, row-major) for given tokens packed as `lengths`, in
    // evaluation: what tests compare between packed and one-by-one evaluation.
    std::vector<float> hiddenStates(const std::vector<int>& tokens, const std::vector<int>& lengths) const;

    // Sets LibTorch's intra-op threads of this process.
    static void setThreads(int threads);

private:
    struct Impl;
    TransformerShape m_shape;
    std::unique_ptr<Impl> m_impl;
};

} // namespace kcat::balance
