#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kcat::engine {
class Network;
}

namespace kcat::accounting {

// Per-layer state of a compressed network as the accounting and compaction see it. Layers not listed are
// dense 32-bit layers whose pruned weights are whatever is exactly zero.
struct LayerCompression {
    std::string layer;               // "conv1", "fc3" (engine::LayerInfo::name)
    std::vector<std::uint8_t> mask;  // 1 = kept, one per weight (row-major); empty: the weights' zeros
    int weightBits = 32;             // bits per stored weight value (1 binary, 2 ternary, n-bit, 32 float)
    std::int64_t extraBits = 0;      // stored once for the layer: a scale alpha, a codebook
    std::int64_t unifiedBlocks = 0;  // weight unification: blocks that share one magnitude
    std::int64_t unifiedWeights = 0; // non-zero weights inside those blocks (they keep one sign bit each)
};

// One weight-bearing layer of a compacted model and what was removed from it.
struct CompactLayerInfo {
    std::string name;
    std::string type;                        // "conv2d" or "linear"
    std::vector<std::int64_t> originalShape; // out x in (x kh x kw)
    std::vector<std::int64_t> shape;         // after compaction
    std::vector<std::int64_t> keptOutputs;   // indices into the original outputs (filters / units)
    std::vector<std::int64_t> keptInputs;    // indices into the original inputs (channels / features)
    std::int64_t macs = 0;                   // per image, after compaction
    std::int64_t originalMacs = 0;           // per image, dense original
    std::int64_t foldedChannels = 0;         // removed channels with a constant output folded into the
                                             // next layer's bias (zero filter, positive bias)
};

// Unused path removal (P-RM): the masked network rebuilt as a physically smaller dense network.
//  - A filter (output unit) of layer l whose masked weights are all zero outputs the constant
//    act(bias): it is removed together with input channel k of layer l+1 when that constant is 0 after
//    the ReLU (bias <= 0), or when layer l+1 has no padding (its contribution is then a constant folded
//    into layer l+1's bias: exact). Otherwise it is kept.
//  - An input channel k of layer l+1 whose weights are zero in every remaining filter removes the filter
//    k of layer l that feeds it (and its bias).
//  - Through a flatten, channel k of a conv maps to the block of k*H*W..(k+1)*H*W-1 fc inputs; a channel
//    is unused only when its whole block is zero.
// The rules are applied until nothing changes. The input image channels and the classifier's outputs
// are never removed. The compacted model's logits equal the masked network's (up to float rounding).
class CompactModel {
    Q_DECLARE_TR_FUNCTIONS(kcat::accounting::CompactModel)

public:
    struct Impl;

    // masks: per-layer masks applied to the weights before compaction (empty: the weights as they are).
    // Throws std::invalid_argument when a mask's layer is unknown or its size differs from the weights.
    static CompactModel compact(const engine::Network& network,
                                const std::vector<LayerCompression>& masks = {});

    CompactModel(CompactModel&&) noexcept;
    CompactModel& operator=(CompactModel&&) noexcept;
    ~CompactModel();

    const std::vector<CompactLayerInfo>& layers() const;
    std::int64_t parameterCount() const; // weights + biases of the compacted model
    std::int64_t weightCount() const;    // weights only
    std::int64_t macs() const;           // multiply-accumulates per image
    std::int64_t originalParameterCount() const;
    std::int64_t originalMacs() const;

    // Logits (batch x classes, row-major) for batch images of the network's input shape.
    std::vector<float> forward(const std::vector<float>& images, int batch) const;
    // The compacted weights as a TorchScript-free LibTorch archive (torch::save of name -> tensor) plus
    // a JSON sidecar (path + ".json") with the layer shapes and kept indices.
    void save(const QString& path) const;

    Impl& impl() { return *m_impl; }
    const Impl& impl() const { return *m_impl; }

private:
    explicit CompactModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace kcat::accounting
