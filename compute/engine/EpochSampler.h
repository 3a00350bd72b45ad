#pragma once

#include <cstdint>
#include <vector>

namespace kcat::engine {

// Which items each step of an epoch trains on. Every epoch is a permutation drawn from (seed, epoch) alone,
// so a resumed run and every data-parallel rank see the same order. A global batch is split evenly over
// the ranks (rank r takes the r-th slice); the last incomplete global batch is dropped so every step has
// the same size on every rank (what makes N ranks equal one process with the same global batch).
class EpochSampler {
public:
    EpochSampler(std::int64_t items, int globalBatch, std::uint64_t seed, int rank = 0, int worldSize = 1);

    std::int64_t stepsPerEpoch() const { return m_items / m_globalBatch; }
    int localBatch() const { return m_globalBatch / m_worldSize; }
    void startEpoch(std::int64_t epoch);
    // The local batch of step `step` (0-based within the epoch) of the current epoch.
    std::vector<std::int64_t> batch(std::int64_t step) const;
    const std::vector<std::int64_t>& order() const { return m_order; }

private:
    std::int64_t m_items;
    int m_globalBatch;
    std::uint64_t m_seed;
    int m_rank;
    int m_worldSize;
    std::vector<std::int64_t> m_order;
};

} // namespace kcat::engine
