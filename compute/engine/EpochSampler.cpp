#include "compute/engine/EpochSampler.h"

#include <numeric>
#include <random>
#include <stdexcept>

namespace kcat::engine {

EpochSampler::EpochSampler(std::int64_t items, int globalBatch, std::uint64_t seed, int rank, int worldSize)
    : m_items(items)
    , m_globalBatch(globalBatch)
    , m_seed(seed)
    , m_rank(rank)
    , m_worldSize(worldSize) {
    if (worldSize < 1 || rank < 0 || rank >= worldSize)
        throw std::invalid_argument("rank must be in [0, world size)");
    if (globalBatch < 1 || globalBatch % worldSize != 0)
        throw std::invalid_argument("the batch size must be a positive multiple of the world size");
    if (items < globalBatch)
        throw std::invalid_argument("the data set has fewer items than one batch");
}

void EpochSampler::startEpoch(std::int64_t epoch) {
    m_order.resize(std::size_t(m_items));
    std::iota(m_order.begin(), m_order.end(), std::int64_t(0));
    // Fisher-Yates with our own draws: std::shuffle's algorithm is not specified by the standard.
    std::mt19937_64 rng(m_seed * 0x9E3779B97F4A7C15ull + std::uint64_t(epoch) * 0xBF58476D1CE4E5B9ull + 1);
    for (std::int64_t i = m_items - 1; i > 0; --i) {
        const std::int64_t j = std::int64_t(rng() % std::uint64_t(i + 1));
        std::swap(m_order[std::size_t(i)], m_order[std::size_t(j)]);
    }
}

std::vector<std::int64_t> EpochSampler::batch(std::int64_t step) const {
    if (m_order.empty())
        throw std::logic_error("startEpoch() before batch()");
    if (step < 0 || step >= stepsPerEpoch())
        throw std::out_of_range("step outside the epoch");
    const std::int64_t begin = step * m_globalBatch + std::int64_t(m_rank) * localBatch();
    return std::vector<std::int64_t>(m_order.begin() + begin, m_order.begin() + begin + localBatch());
}

} // namespace kcat::engine
