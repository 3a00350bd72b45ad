#pragma once

#include "compute/engine/Network.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kcat::circulant {

// One weight-bearing layer of a CirculantNetwork.
struct CirculantLayerInfo {
    std::string name;               // "conv1", "fc1", ...
    std::string type;               // "conv2d", "linear" or "circulant"
    std::int64_t rows = 0;          // outputs
    std::int64_t cols = 0;          // inputs (x kh x kw for a convolution)
    std::int64_t block = 1;         // k (1 for conv2d and linear)
    std::int64_t storedWeights = 0; // values kept in memory: p q k for circulant, rows x cols otherwise
    std::int64_t denseWeights = 0;  // rows x cols
    std::int64_t biases = 0;
};

// LeNet-5 (the engine's layout: conv 5x5 6 - pool - conv 5x5 16 - pool - fc 120 - fc 84 - fc classes) whose
// chosen fully connected layers are block-circulant with block size k (FFT forward and backward).
class CirculantNetwork {
    Q_DECLARE_TR_FUNCTIONS(kcat::circulant::CirculantNetwork)

public:
    struct Impl;

    static QStringList fcLayerNames(); // fc1, fc2, fc3
    // Throws std::invalid_argument for an unknown layer name, k < 1 or an input smaller than 12 x 12.
    static CirculantNetwork create(const engine::InputShape& input, int block,
                                   const std::vector<std::string>& circulantLayers, std::uint64_t seed);

    CirculantNetwork(CirculantNetwork&&) noexcept;
    CirculantNetwork& operator=(CirculantNetwork&&) noexcept;
    ~CirculantNetwork();

    engine::InputShape input() const;
    std::vector<CirculantLayerInfo> layers() const;
    std::int64_t storedWeights() const;  // weights only
    std::int64_t denseWeights() const;   // of the dense LeNet-5 with the same shapes
    std::int64_t parameterCount() const; // stored weights + biases

    // Copies the convolutions and dense layers of a trained engine LeNet-5 and projects its circulant
    // layers onto block-circulant matrices (averaging the wrapped diagonals). Throws std::invalid_argument
    // when the network is not a LeNet-5 of the same input shape.
    void initialiseFrom(const engine::Network& dense);

    // Logits (batch x classes, row-major) in evaluation mode.
    std::vector<float> forward(const std::vector<float>& images, int batch) const;
    // Logits with every circulant layer replaced by its expanded dense matrix (torch linear).
    std::vector<float> forwardDenseEquivalent(const std::vector<float>& images, int batch) const;

    // A LibTorch archive of the parameters (name -> tensor), with a JSON sidecar (path + ".json").
    void save(const QString& path) const;

    Impl& impl() { return *m_impl; }
    const Impl& impl() const { return *m_impl; }

private:
    explicit CirculantNetwork(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// Measured CPU inference time of one layer (or the whole network, layer "network") at a batch size:
// the expanded dense matrix through torch linear against the FFT block-circulant form.
struct InferenceTiming {
    std::string layer;
    int batch = 1;
    double denseMs = 0;
    double circulantMs = 0;
};

std::vector<InferenceTiming> timeInference(const CirculantNetwork& network, const std::vector<int>& batches,
                                           int repeats);
// The same for a stand-alone rows x cols layer with random weights and block size k (benchmarks).
std::vector<InferenceTiming> timeLayer(std::int64_t rows, std::int64_t cols, int k,
                                       const std::vector<int>& batches, int repeats, std::uint64_t seed = 1);

} // namespace kcat::circulant
