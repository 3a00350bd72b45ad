#include "compute/circulant/CirculantNetwork.h"

#include "compute/accounting/Accounting.h"
#include "compute/circulant/CirculantNetwork.inc"

#include <QFile>

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace kcat::circulant {

namespace detail {

LeNetCirculantImpl::LeNetCirculantImpl(const engine::InputShape& in, int block,
                                       const std::vector<std::string>& circulant) {
    const std::int64_t side = ((in.rows / 2) - 4) / 2;
    const std::int64_t sideW = ((in.cols / 2) - 4) / 2;
    if (side < 1 || sideW < 1)
        throw std::invalid_argument("the circulant LeNet-5 needs inputs of at least 12x12 pixels");
    if (block < 1)
        throw std::invalid_argument("the block size must be at least 1");
    for (const auto& name : circulant)
        if (name != "fc1" && name != "fc2" && name != "fc3")
            throw std::invalid_argument("unknown fully connected layer " + name +
                                        " (expected fc1, fc2, fc3)");
    auto k = [&](const char* name) {
        return std::find(circulant.begin(), circulant.end(), name) != circulant.end() ? block : 1;
    };
    namespace nn = torch::nn;
    conv1 = register_module("conv1", nn::Conv2d(nn::Conv2dOptions(in.channels, 6, 5).padding(2)));
    conv2 = register_module("conv2", nn::Conv2d(nn::Conv2dOptions(6, 16, 5)));
    fc1 = register_module("fc1", CirculantLinear(16 * side * sideW, 120, k("fc1")));
    fc2 = register_module("fc2", CirculantLinear(120, 84, k("fc2")));
    fc3 = register_module("fc3", CirculantLinear(84, in.classes, k("fc3")));
}

torch::Tensor LeNetCirculantImpl::forward(torch::Tensor x, bool denseEquivalent) {
    x = torch::max_pool2d(torch::relu(conv1->forward(x)), 2);
    x = torch::max_pool2d(torch::relu(conv2->forward(x)), 2).flatten(1);
    auto fc = [&](CirculantLinear& layer, const torch::Tensor& in) {
        return denseEquivalent ? torch::linear(in, layer->denseWeight(), layer->bias) : layer->forward(in);
    };
    x = torch::relu(fc(fc1, x));
    x = torch::relu(fc(fc2, x));
    return fc(fc3, x);
}

std::vector<CirculantLinear*> LeNetCirculantImpl::fcLayers() {
    return {&fc1, &fc2, &fc3};
}

} // namespace detail

namespace {

torch::Tensor imagesTensor(const engine::InputShape& in, const std::vector<float>& images, int batch) {
    const std::int64_t per = std::int64_t(in.channels) * in.rows * in.cols;
    if (batch < 1 || std::int64_t(images.size()) != per * batch)
        throw std::invalid_argument("expected " + std::to_string(per * std::max(batch, 0)) +
                                    " input values, got " + std::to_string(images.size()));
    return torch::from_blob(const_cast<float*>(images.data()), {batch, in.channels, in.rows, in.cols},
                            torch::kFloat32);
}

std::vector<float> toFloats(const torch::Tensor& t) {
    const torch::Tensor c = t.contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace

CirculantNetwork::CirculantNetwork(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
CirculantNetwork::CirculantNetwork(CirculantNetwork&&) noexcept = default;
CirculantNetwork& CirculantNetwork::operator=(CirculantNetwork&&) noexcept = default;
CirculantNetwork::~CirculantNetwork() = default;

QStringList CirculantNetwork::fcLayerNames() {
    return {QStringLiteral("fc1"), QStringLiteral("fc2"), QStringLiteral("fc3")};
}

CirculantNetwork CirculantNetwork::create(const engine::InputShape& input, int block,
                                          const std::vector<std::string>& circulantLayers,
                                          std::uint64_t seed) {
    torch::manual_seed(seed);
    auto impl = std::make_unique<Impl>();
    impl->input = input;
    impl->block = block;
    impl->module = detail::LeNetCirculant(input, block, circulantLayers);
    return CirculantNetwork(std::move(impl));
}

engine::InputShape CirculantNetwork::input() const {
    return m_impl->input;
}

std::vector<CirculantLayerInfo> CirculantNetwork::layers() const {
    std::vector<CirculantLayerInfo> result;
    auto& m = *m_impl->module;
    for (auto* conv : {&m.conv1, &m.conv2}) {
        CirculantLayerInfo info;
        info.name = conv == &m.conv1 ? "conv1" : "conv2";
        info.type = "conv2d";
        info.rows = (*conv)->weight.size(0);
        info.cols = (*conv)->weight.numel() / info.rows;
        info.storedWeights = info.denseWeights = (*conv)->weight.numel();
        info.biases = (*conv)->bias.numel();
        result.push_back(info);
    }
    const char* names[] = {"fc1", "fc2", "fc3"};
    int i = 0;
    for (auto* fc : m.fcLayers()) {
        const auto& layer = **fc;
        CirculantLayerInfo info;
        info.name = names[i++];
        info.type = layer.shape.k > 1 ? "circulant" : "linear";
        info.rows = layer.shape.rows;
        info.cols = layer.shape.cols;
        info.block = layer.shape.k;
        info.storedWeights = layer.weight.numel();
        info.denseWeights = info.rows * info.cols;
        info.biases = layer.bias.numel();
        result.push_back(info);
    }
    return result;
}

std::int64_t CirculantNetwork::storedWeights() const {
    std::int64_t n = 0;
    for (const auto& l : layers())
        n += l.storedWeights;
    return n;
}

std::int64_t CirculantNetwork::denseWeights() const {
    std::int64_t n = 0;
    for (const auto& l : layers())
        n += l.denseWeights;
    return n;
}

std::int64_t CirculantNetwork::parameterCount() const {
    std::int64_t n = 0;
    for (const auto& l : layers())
        n += l.storedWeights + l.biases;
    return n;
}

void CirculantNetwork::initialiseFrom(const engine::Network& dense) {
    if (dense.model() != QLatin1String("lenet5") || dense.input().channels != m_impl->input.channels ||
        dense.input().rows != m_impl->input.rows || dense.input().cols != m_impl->input.cols ||
        dense.input().classes != m_impl->input.classes)
        throw std::invalid_argument(
            "the initial network must be a LeNet-5 for the same input shape and classes");
    torch::NoGradGuard noGrad;
    auto copy = [&](torch::Tensor& target, const std::string& name) {
        const std::vector<float> values = dense.parameter(name);
        target.copy_(torch::tensor(values).view(target.sizes()));
    };
    auto& m = *m_impl->module;
    copy(m.conv1->weight, "conv1.weight");
    copy(m.conv1->bias, "conv1.bias");
    copy(m.conv2->weight, "conv2.weight");
    copy(m.conv2->bias, "conv2.bias");
    const char* names[] = {"fc1", "fc2", "fc3"};
    int i = 0;
    for (auto* fc : m.fcLayers()) {
        auto& layer = **fc;
        const std::string name = names[i++];
        const std::vector<float> w = dense.parameter(name + ".weight");
        const std::vector<double> blocks =
            projectBlockCirculant(std::vector<double>(w.begin(), w.end()), layer.shape);
        layer.weight.copy_(
            torch::tensor(blocks, torch::kFloat64).to(torch::kFloat32).view(layer.weight.sizes()));
        copy(layer.bias, name + ".bias");
    }
}

std::vector<float> CirculantNetwork::forward(const std::vector<float>& images, int batch) const {
    torch::NoGradGuard noGrad;
    return toFloats(m_impl->module->forward(imagesTensor(m_impl->input, images, batch), false));
}

std::vector<float> CirculantNetwork::forwardDenseEquivalent(const std::vector<float>& images,
                                                            int batch) const {
    torch::NoGradGuard noGrad;
    return toFloats(m_impl->module->forward(imagesTensor(m_impl->input, images, batch), true));
}

void CirculantNetwork::save(const QString& path) const {
    torch::serialize::OutputArchive archive;
    for (const auto& item : m_impl->module->named_parameters(true))
        archive.write(item.key(), item.value().detach());
    archive.save_to(path.toStdString());
    nlohmann::json layers = nlohmann::json::array();
    for (const auto& l : this->layers())
        layers.push_back({{"name", l.name},
                          {"type", l.type},
                          {"rows", l.rows},
                          {"cols", l.cols},
                          {"block", l.block},
                          {"stored_weights", l.storedWeights},
                          {"dense_weights", l.denseWeights}});
    const nlohmann::json meta = {{"format", "kcat.circulant_lenet5"}, {"version", 1}, {"layers", layers}};
    QFile file(path + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + file.fileName().toStdString());
    file.write(QByteArray::fromStdString(meta.dump(2)));
}

std::vector<InferenceTiming> timeInference(const CirculantNetwork& network, const std::vector<int>& batches,
                                           int repeats) {
    torch::NoGradGuard noGrad;
    auto& m = *network.impl().module.ptr();
    m.eval();
    std::vector<InferenceTiming> result;
    const auto in = network.input();
    const char* names[] = {"fc1", "fc2", "fc3"};
    for (int batch : batches) {
        int i = 0;
        for (auto* fc : m.fcLayers()) {
            auto& layer = **fc;
            const std::string name = names[i++];
            if (layer.shape.k == 1)
                continue;
            const torch::Tensor x = torch::randn({batch, layer.shape.cols});
            const torch::Tensor dense = layer.denseWeight();
            InferenceTiming t{name, batch};
            t.denseMs =
                accounting::medianMilliseconds([&] { torch::linear(x, dense, layer.bias); }, repeats, 5);
            t.circulantMs = accounting::medianMilliseconds([&] { layer.forward(x); }, repeats, 5);
            result.push_back(t);
        }
        const torch::Tensor images = torch::randn({batch, in.channels, in.rows, in.cols});
        InferenceTiming t{"network", batch};
        // The dense equivalent expands the blocks once, outside the timed call.
        std::vector<torch::Tensor> expanded;
        for (auto* fc : m.fcLayers())
            expanded.push_back((*fc)->denseWeight());
        auto denseNet = [&] {
            torch::Tensor x = torch::max_pool2d(torch::relu(m.conv1->forward(images)), 2);
            x = torch::max_pool2d(torch::relu(m.conv2->forward(x)), 2).flatten(1);
            x = torch::relu(torch::linear(x, expanded[0], m.fc1->bias));
            x = torch::relu(torch::linear(x, expanded[1], m.fc2->bias));
            return torch::linear(x, expanded[2], m.fc3->bias);
        };
        t.denseMs = accounting::medianMilliseconds([&] { denseNet(); }, repeats, 5);
        t.circulantMs = accounting::medianMilliseconds([&] { m.forward(images, false); }, repeats, 5);
        result.push_back(t);
    }
    return result;
}

std::vector<InferenceTiming> timeLayer(std::int64_t rows, std::int64_t cols, int k,
                                       const std::vector<int>& batches, int repeats, std::uint64_t seed) {
    torch::NoGradGuard noGrad;
    torch::manual_seed(seed);
    detail::CirculantLinear layer(cols, rows, k);
    const torch::Tensor dense = layer->denseWeight();
    std::vector<InferenceTiming> result;
    for (int batch : batches) {
        const torch::Tensor x = torch::randn({batch, cols});
        InferenceTiming t{std::to_string(rows) + "x" + std::to_string(cols), batch};
        t.denseMs = accounting::medianMilliseconds([&] { torch::linear(x, dense, layer->bias); }, repeats, 5);
        t.circulantMs = accounting::medianMilliseconds([&] { layer->forward(x); }, repeats, 5);
        result.push_back(t);
    }
    return result;
}

} // namespace kcat::circulant
