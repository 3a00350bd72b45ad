#include "compute/engine/Network.h"

#include "compute/engine/NetworkImpl.inc"
#include "compute/engine/TorchAccess.h"

#include <QFile>

#include <stdexcept>

namespace kcat::engine {

namespace {

namespace nn = torch::nn;

void addConv(nn::Sequential& seq, const std::string& name, int in, int out, int kernel, int padding) {
    seq->push_back(name, nn::Conv2d(nn::Conv2dOptions(in, out, kernel).padding(padding)).ptr());
}

// LeNet-5 (LeCun et al. 1998) with ReLU and max pooling: conv 5x5 (6) - pool - conv 5x5 (16) - pool -
// fc 120 - fc 84 - fc classes. The first convolution pads by 2 so 28x28 inputs give the classic 5x5x16.
nn::Sequential lenet5(const InputShape& in) {
    nn::Sequential seq;
    addConv(seq, "conv1", in.channels, 6, 5, 2);
    seq->push_back("relu1", nn::ReLU());
    seq->push_back("pool1", nn::MaxPool2d(2));
    addConv(seq, "conv2", 6, 16, 5, 0);
    seq->push_back("relu2", nn::ReLU());
    seq->push_back("pool2", nn::MaxPool2d(2));
    const int side = ((in.rows / 2) - 4) / 2;
    const int sideW = ((in.cols / 2) - 4) / 2;
    if (side < 1 || sideW < 1)
        throw std::invalid_argument("lenet5 needs inputs of at least 12x12 pixels");
    seq->push_back("flatten", nn::Flatten());
    seq->push_back("fc1", nn::Linear(16 * side * sideW, 120));
    seq->push_back("relu3", nn::ReLU());
    seq->push_back("fc2", nn::Linear(120, 84));
    seq->push_back("relu4", nn::ReLU());
    seq->push_back("fc3", nn::Linear(84, in.classes));
    return seq;
}

// LeNet-300-100: the fully connected network of the pruning literature.
nn::Sequential lenet300(const InputShape& in) {
    nn::Sequential seq;
    seq->push_back("flatten", nn::Flatten());
    seq->push_back("fc1", nn::Linear(in.channels * in.rows * in.cols, 300));
    seq->push_back("relu1", nn::ReLU());
    seq->push_back("fc2", nn::Linear(300, 100));
    seq->push_back("relu2", nn::ReLU());
    seq->push_back("fc3", nn::Linear(100, in.classes));
    return seq;
}

// A small VGG-style CNN: two blocks of two 3x3 convolutions (32, 64) each followed by 2x2 max pooling,
// then fc 256 and the classifier.
nn::Sequential vggSmall(const InputShape& in) {
    nn::Sequential seq;
    addConv(seq, "conv1", in.channels, 32, 3, 1);
    seq->push_back("relu1", nn::ReLU());
    addConv(seq, "conv2", 32, 32, 3, 1);
    seq->push_back("relu2", nn::ReLU());
    seq->push_back("pool1", nn::MaxPool2d(2));
    addConv(seq, "conv3", 32, 64, 3, 1);
    seq->push_back("relu3", nn::ReLU());
    addConv(seq, "conv4", 64, 64, 3, 1);
    seq->push_back("relu4", nn::ReLU());
    seq->push_back("pool2", nn::MaxPool2d(2));
    const int rows = in.rows / 4;
    const int cols = in.cols / 4;
    if (rows < 1 || cols < 1)
        throw std::invalid_argument("vgg_small needs inputs of at least 4x4 pixels");
    seq->push_back("flatten", nn::Flatten());
    seq->push_back("fc1", nn::Linear(64 * rows * cols, 256));
    seq->push_back("relu5", nn::ReLU());
    seq->push_back("fc2", nn::Linear(256, in.classes));
    return seq;
}

torch::Tensor findParameter(const Network::Impl& impl, const std::string& name) {
    const auto params = impl.sequential->named_parameters(true);
    const torch::Tensor* found = params.find(name);
    if (!found)
        throw std::out_of_range("no parameter named " + name);
    return *found;
}

} // namespace

QStringList Network::modelNames() {
    return {QStringLiteral("lenet5"), QStringLiteral("lenet300"), QStringLiteral("vgg_small")};
}

Network::Network(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
Network::Network(Network&&) noexcept = default;
Network& Network::operator=(Network&&) noexcept = default;
Network::~Network() = default;

Network Network::create(const QString& model, const InputShape& input, std::uint64_t seed) {
    if (input.channels < 1 || input.rows < 1 || input.cols < 1 || input.classes < 2)
        throw std::invalid_argument("the input needs at least one channel, one pixel and two classes");
    torch::manual_seed(seed);
    auto impl = std::make_unique<Impl>();
    impl->model = model;
    impl->input = input;
    if (model == QLatin1String("lenet5"))
        impl->sequential = lenet5(input);
    else if (model == QLatin1String("lenet300"))
        impl->sequential = lenet300(input);
    else if (model == QLatin1String("vgg_small"))
        impl->sequential = vggSmall(input);
    else
        throw std::invalid_argument("unknown model " + model.toStdString() + " (expected one of " +
                                    modelNames().join(QStringLiteral(", ")).toStdString() + ")");
    return Network(std::move(impl));
}

QString Network::model() const {
    return m_impl->model;
}

InputShape Network::input() const {
    return m_impl->input;
}

std::vector<LayerInfo> Network::layers() const {
    std::vector<LayerInfo> result;
    for (const auto& item : m_impl->sequential->named_children()) {
        LayerInfo info;
        info.name = item.key();
        if (item.value()->as<nn::Conv2d>())
            info.type = "conv2d";
        else if (item.value()->as<nn::Linear>())
            info.type = "linear";
        else
            continue;
        const auto params = item.value()->named_parameters(false);
        const torch::Tensor weight = params["weight"];
        info.weightShape = weight.sizes().vec();
        info.weights = weight.numel();
        if (const torch::Tensor* bias = params.find("bias"))
            info.biases = bias->numel();
        result.push_back(std::move(info));
    }
    return result;
}

std::int64_t Network::parameterCount() const {
    std::int64_t count = 0;
    for (const auto& p : m_impl->sequential->parameters())
        count += p.numel();
    return count;
}

std::vector<std::string> Network::parameterNames() const {
    return m_impl->sequential->named_parameters(true).keys();
}

std::vector<std::int64_t> Network::parameterShape(const std::string& name) const {
    return findParameter(*m_impl, name).sizes().vec();
}

std::vector<float> Network::parameter(const std::string& name) const {
    const torch::Tensor p = findParameter(*m_impl, name).detach().contiguous();
    return std::vector<float>(p.data_ptr<float>(), p.data_ptr<float>() + p.numel());
}

void Network::setParameter(const std::string& name, const std::vector<float>& values) {
    torch::Tensor p = findParameter(*m_impl, name);
    if (std::int64_t(values.size()) != p.numel())
        throw std::invalid_argument("parameter " + name + " has " + std::to_string(p.numel()) +
                                    " values, not " + std::to_string(values.size()));
    torch::NoGradGuard noGrad;
    p.copy_(torch::from_blob(const_cast<float*>(values.data()), p.sizes(), torch::kFloat));
}

std::vector<float> Network::flatParameters() const {
    std::vector<float> all;
    for (const auto& p : m_impl->sequential->parameters()) {
        const torch::Tensor c = p.detach().contiguous();
        all.insert(all.end(), c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
    }
    return all;
}

std::vector<float> Network::forward(const std::vector<float>& images, int batch) const {
    const InputShape& in = m_impl->input;
    const std::int64_t per = std::int64_t(in.channels) * in.rows * in.cols;
    if (batch < 1 || std::int64_t(images.size()) != batch * per)
        throw std::invalid_argument("forward needs batch x channels x rows x cols values");
    torch::NoGradGuard noGrad;
    const bool wasTraining = m_impl->sequential->is_training();
    m_impl->sequential->eval();
    torch::Tensor x = torch::from_blob(const_cast<float*>(images.data()),
                                       {batch, in.channels, in.rows, in.cols}, torch::kFloat);
    torch::Tensor logits = m_impl->sequential->forward(x).contiguous();
    m_impl->sequential->train(wasTraining);
    return std::vector<float>(logits.data_ptr<float>(), logits.data_ptr<float>() + logits.numel());
}

void Network::save(const QString& path) const {
    torch::serialize::OutputArchive archive;
    m_impl->sequential->save(archive);
    archive.save_to(QFile::encodeName(path).toStdString());
}

void Network::load(const QString& path) {
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(QFile::encodeName(path).toStdString());
        // A training checkpoint keeps the weights in its "model" sub-archive.
        torch::serialize::InputArchive model;
        if (archive.try_read("model", model))
            m_impl->sequential->load(model);
        else
            m_impl->sequential->load(archive);
    } catch (const c10::Error& e) {
        throw std::runtime_error(
            tr("Model file %1 cannot be loaded into a %2 network: %3")
                .arg(path, m_impl->model, QString::fromStdString(e.what_without_backtrace()))
                .toStdString());
    }
}

std::shared_ptr<torch::nn::Module> torchModule(const Network& network) {
    return network.impl().sequential.ptr();
}

at::Tensor torchForward(const Network& network, const at::Tensor& input) {
    return network.impl().sequential.ptr()->forward(input);
}

} // namespace kcat::engine
