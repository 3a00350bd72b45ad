#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kcat::engine {

// One weight-bearing layer of a network, in forward order: what per-layer tables and masks refer to.
struct LayerInfo {
    std::string name; // "conv1", "fc3": the parameters are "<name>.weight", "<name>.bias"
    std::string type; // "conv2d" or "linear"
    std::vector<std::int64_t> weightShape; // out x in (x kh x kw)
    std::int64_t weights = 0;
    std::int64_t biases = 0;
};

// The shape of the input the network is built for.
struct InputShape {
    int channels = 1;
    int rows = 28;
    int cols = 28;
    int classes = 10;
};

// A classification network (LeNet-5, LeNet-300-100, a small VGG-style CNN) as the rest of the program sees
// it: layers and parameters by name, as plain vectors. The LibTorch module behind it is reached from
// compute/ .cpp files through TorchAccess.h.
class Network {
    Q_DECLARE_TR_FUNCTIONS(kcat::engine::Network)

public:
    struct Impl;

    // "lenet5", "lenet300", "vgg_small".
    static QStringList modelNames();
    // Weights drawn from LibTorch's default initialisation after seeding its generator with seed.
    // Throws std::invalid_argument for an unknown model or an input it cannot take.
    static Network create(const QString& model, const InputShape& input, std::uint64_t seed);

    Network(Network&&) noexcept;
    Network& operator=(Network&&) noexcept;
    ~Network();

    QString model() const;
    InputShape input() const;
    std::vector<LayerInfo> layers() const;
    std::int64_t parameterCount() const;
    std::vector<std::string> parameterNames() const;
    std::vector<std::int64_t> parameterShape(const std::string& name) const;
    // Copies of a parameter's values (row-major); throws std::out_of_range for an unknown name.
    std::vector<float> parameter(const std::string& name) const;
    void setParameter(const std::string& name, const std::vector<float>& values);
    // Every parameter concatenated in parameterNames() order.
    std::vector<float> flatParameters() const;

    // Logits (batch x classes, row-major) for batch images of channels x rows x cols, in evaluation mode.
    std::vector<float> forward(const std::vector<float>& images, int batch) const;

    // The weights alone, in LibTorch's archive format (torch::save of the module).
    void save(const QString& path) const;
    // Also reads a Trainer checkpoint (best.pt, last.pt). Throws std::runtime_error naming the file when it
    // cannot be read or does not fit this network.
    void load(const QString& path);

    Impl& impl() { return *m_impl; }
    const Impl& impl() const { return *m_impl; }

private:
    explicit Network(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace kcat::engine
