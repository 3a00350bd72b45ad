#include "compute/accounting/Compaction.h"

#include "compute/accounting/Plan.inc"
#include "compute/engine/Network.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace kcat::accounting {

struct CompactModel::Impl {
    engine::InputShape input;
    detail::Plan plan;
    std::vector<CompactLayerInfo> layers;
    std::int64_t originalParameters = 0;
    std::int64_t originalMacs = 0;
};

namespace {

using detail::Op;

// The weighted ops' indices in plan order.
std::vector<size_t> weightedOps(const detail::Plan& plan) {
    std::vector<size_t> result;
    for (size_t i = 0; i < plan.size(); ++i)
        if (plan[i].weighted())
            result.push_back(i);
    return result;
}

std::vector<std::int64_t> indicesOf(const std::vector<bool>& kept) {
    std::vector<std::int64_t> result;
    for (size_t i = 0; i < kept.size(); ++i)
        if (kept[i])
            result.push_back(std::int64_t(i));
    return result;
}

torch::Tensor indexTensor(const std::vector<std::int64_t>& indices) {
    return torch::tensor(indices, torch::kInt64);
}

// What happens to a constant channel between two weighted ops (ReLU clips it, pooling and flattening
// keep it).
float throughActivations(const detail::Plan& plan, size_t from, size_t to, float value) {
    for (size_t i = from + 1; i < to; ++i)
        if (plan[i].kind == Op::Kind::Relu)
            value = std::max(value, 0.0f);
    return value;
}

} // namespace

CompactModel::CompactModel(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
CompactModel::CompactModel(CompactModel&&) noexcept = default;
CompactModel& CompactModel::operator=(CompactModel&&) noexcept = default;
CompactModel::~CompactModel() = default;

CompactModel CompactModel::compact(const engine::Network& network,
                                   const std::vector<LayerCompression>& masks) {
    torch::NoGradGuard noGrad;
    auto impl = std::make_unique<Impl>();
    impl->input = network.input();
    detail::Plan plan = detail::buildPlan(network, masks);
    const std::vector<size_t> weighted = weightedOps(plan);
    const std::vector<std::int64_t> positions = detail::outputPositions(plan, impl->input);
    impl->originalMacs = detail::denseMacs(plan, positions);
    for (size_t w : weighted)
        impl->originalParameters +=
            plan[w].weight.numel() + (plan[w].bias.defined() ? plan[w].bias.numel() : 0);

    // kept[j]: which outputs of weighted op j survive; inputs of op j+1 follow them.
    std::vector<std::vector<bool>> kept;
    std::vector<std::int64_t> folded(weighted.size(), 0);
    for (size_t w : weighted)
        kept.emplace_back(size_t(plan[w].outputs()), true);
    // Weights of op j viewed as outputs x input channels x (positions per channel).
    // Input channels of every weighted op in the original network (taken before any op shrinks).
    std::vector<std::int64_t> channelsIn;
    for (size_t j = 0; j < weighted.size(); ++j)
        channelsIn.push_back(j == 0 ? plan[weighted[0]].inputs() : plan[weighted[j - 1]].outputs());
    auto grouped = [&](size_t j) {
        const Op& op = plan[weighted[j]];
        const std::int64_t channels = channelsIn[j];
        if (op.weight[0].numel() % channels != 0)
            throw std::invalid_argument("layer " + op.name + ": its inputs do not split into the " +
                                        std::to_string(channels) + " channels of the layer before");
        return op.weight.reshape({op.outputs(), channels, -1});
    };
    auto keptCount = [](const std::vector<bool>& v) { return std::count(v.begin(), v.end(), true); };

    bool changed = true;
    while (changed) {
        changed = false;
        for (size_t j = 0; j + 1 < weighted.size(); ++j) {
            Op& a = plan[weighted[j]];
            Op& b = plan[weighted[j + 1]];
            const torch::Tensor wa = grouped(j);
            const torch::Tensor wb = grouped(j + 1);
            const torch::Tensor keptInA =
                j == 0 ? torch::arange(wa.size(1)) : indexTensor(indicesOf(kept[j - 1]));
            const torch::Tensor keptOutB = indexTensor(indicesOf(kept[j + 1]));
            // Rule 1: a zero filter of a; its constant output either vanishes or folds into b's bias.
            const torch::Tensor rowAbs = wa.index_select(1, keptInA).abs().sum(at::IntArrayRef{1, 2});
            for (std::int64_t k = 0; k < a.outputs(); ++k) {
                if (!kept[j][size_t(k)] || keptCount(kept[j]) <= 1 || rowAbs[k].item<float>() != 0.0f)
                    continue;
                const float bias = a.bias.defined() ? a.bias[k].item<float>() : 0.0f;
                const float constant = throughActivations(plan, weighted[j], weighted[j + 1], bias);
                if (constant != 0.0f) {
                    if (b.padded())
                        continue; // zero padding makes the contribution position-dependent: keep it
                    if (!b.bias.defined())
                        b.bias = torch::zeros({b.outputs()});
                    b.bias.add_(wb.select(1, k).sum(1) * constant);
                    ++folded[j];
                }
                kept[j][size_t(k)] = false;
                changed = true;
            }
            // Rule 2: an input channel of b that no remaining filter of b reads removes a's filter k.
            const torch::Tensor colAbs = wb.index_select(0, keptOutB).abs().sum(at::IntArrayRef{0, 2});
            for (std::int64_t k = 0; k < a.outputs(); ++k) {
                if (!kept[j][size_t(k)] || keptCount(kept[j]) <= 1 || colAbs[k].item<float>() != 0.0f)
                    continue;
                kept[j][size_t(k)] = false;
                changed = true;
            }
        }
    }

    // Rebuild the weighted ops with the kept rows and input channels.
    for (size_t j = 0; j < weighted.size(); ++j) {
        Op& op = plan[weighted[j]];
        CompactLayerInfo info;
        info.name = op.name;
        info.type = op.kind == Op::Kind::Conv ? "conv2d" : "linear";
        info.originalShape = op.weight.sizes().vec();
        info.originalMacs = op.weight.numel() * positions[j];
        info.foldedChannels = folded[j];
        const std::vector<std::int64_t> outs = indicesOf(kept[j]);
        torch::Tensor w = grouped(j).index_select(0, indexTensor(outs));
        const std::int64_t perChannel = w.size(2);
        std::vector<std::int64_t> channels;
        if (j == 0) {
            for (std::int64_t c = 0; c < w.size(1); ++c)
                channels.push_back(c);
        } else {
            channels = indicesOf(kept[j - 1]);
            w = w.index_select(1, indexTensor(channels));
        }
        std::vector<std::int64_t> shape = info.originalShape;
        shape[0] = std::int64_t(outs.size());
        if (op.kind == Op::Kind::Conv)
            shape[1] = std::int64_t(channels.size());
        else
            shape[1] = std::int64_t(channels.size()) * perChannel;
        op.weight = w.reshape(shape).contiguous();
        if (op.bias.defined())
            op.bias = op.bias.index_select(0, indexTensor(outs)).contiguous();
        info.shape = shape;
        info.keptOutputs = outs;
        if (op.kind == Op::Kind::Linear && perChannel > 1) {
            for (std::int64_t c : channels)
                for (std::int64_t s = 0; s < perChannel; ++s)
                    info.keptInputs.push_back(c * perChannel + s);
        } else {
            info.keptInputs = channels;
        }
        info.macs = op.weight.numel() * positions[j];
        impl->layers.push_back(std::move(info));
    }
    impl->plan = std::move(plan);
    return CompactModel(std::move(impl));
}

const std::vector<CompactLayerInfo>& CompactModel::layers() const {
    return m_impl->layers;
}

std::int64_t CompactModel::weightCount() const {
    std::int64_t n = 0;
    for (const Op& op : m_impl->plan)
        if (op.weighted())
            n += op.weight.numel();
    return n;
}

std::int64_t CompactModel::parameterCount() const {
    std::int64_t n = weightCount();
    for (const Op& op : m_impl->plan)
        if (op.weighted() && op.bias.defined())
            n += op.bias.numel();
    return n;
}

std::int64_t CompactModel::macs() const {
    std::int64_t n = 0;
    for (const auto& l : m_impl->layers)
        n += l.macs;
    return n;
}

std::int64_t CompactModel::originalParameterCount() const {
    return m_impl->originalParameters;
}

std::int64_t CompactModel::originalMacs() const {
    return m_impl->originalMacs;
}

std::vector<float> CompactModel::forward(const std::vector<float>& images, int batch) const {
    torch::NoGradGuard noGrad;
    const auto& in = m_impl->input;
    const std::int64_t per = std::int64_t(in.channels) * in.rows * in.cols;
    if (batch < 1 || std::int64_t(images.size()) != per * batch)
        throw std::invalid_argument("expected " + std::to_string(per * std::max(batch, 0)) +
                                    " input values, got " + std::to_string(images.size()));
    torch::Tensor x = torch::from_blob(const_cast<float*>(images.data()),
                                       {batch, in.channels, in.rows, in.cols}, torch::kFloat32);
    const torch::Tensor y = detail::forwardDense(m_impl->plan, x).contiguous();
    return std::vector<float>(y.data_ptr<float>(), y.data_ptr<float>() + y.numel());
}

namespace detail {
torch::Tensor forwardCompact(const CompactModel& model, const torch::Tensor& input) {
    return forwardDense(model.impl().plan, input);
}
} // namespace detail

void CompactModel::save(const QString& path) const {
    torch::serialize::OutputArchive archive;
    nlohmann::json layers = nlohmann::json::array();
    for (size_t i = 0; i < m_impl->layers.size(); ++i) {
        const auto& info = m_impl->layers[i];
        layers.push_back({{"name", info.name},
                          {"type", info.type},
                          {"shape", info.shape},
                          {"original_shape", info.originalShape},
                          {"kept_outputs", info.keptOutputs},
                          {"kept_inputs", info.keptInputs},
                          {"macs", info.macs},
                          {"folded_channels", info.foldedChannels}});
    }
    for (const Op& op : m_impl->plan) {
        if (!op.weighted())
            continue;
        archive.write(op.name + ".weight", op.weight);
        if (op.bias.defined())
            archive.write(op.name + ".bias", op.bias);
    }
    archive.save_to(path.toStdString());
    const nlohmann::json meta = {{"format", "kcat.compact_model"},
                                 {"version", 1},
                                 {"parameters", parameterCount()},
                                 {"macs", macs()},
                                 {"layers", layers}};
    QFile file(path + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + file.fileName().toStdString());
    file.write(QByteArray::fromStdString(meta.dump(2)));
}

} // namespace kcat::accounting
