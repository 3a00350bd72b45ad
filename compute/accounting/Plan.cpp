#include "compute/accounting/Plan.inc"

#include "compute/engine/Network.h"
#include "compute/engine/TorchAccess.h"

#include <stdexcept>

namespace kcat::accounting::detail {

namespace nn = torch::nn;

namespace {

std::vector<std::int64_t> pair(const torch::ExpandingArray<2>& a) {
    return {(*a)[0], (*a)[1]};
}

const LayerCompression* findMask(const std::vector<LayerCompression>& masks, const std::string& name) {
    for (const auto& m : masks)
        if (m.layer == name)
            return &m;
    return nullptr;
}

} // namespace

Plan buildPlan(const engine::Network& network, const std::vector<LayerCompression>& masks) {
    torch::NoGradGuard noGrad;
    Plan plan;
    auto module = engine::torchModule(network);
    std::vector<std::string> seen;
    for (const auto& item : module->named_children()) {
        Op op;
        op.name = item.key();
        const auto& child = item.value();
        if (const auto* conv = child->as<nn::Conv2d>()) {
            const auto& o = conv->options;
            const auto* pad = c10::get_if<torch::ExpandingArray<2>>(&o.padding());
            if (!pad || o.groups() != 1 || o.transposed())
                throw std::invalid_argument("layer " + op.name +
                                            ": only plain convolutions with numeric padding are supported");
            op.kind = Op::Kind::Conv;
            op.stride = pair(o.stride());
            op.padding = pair(*pad);
            op.dilation = pair(o.dilation());
            op.weight = conv->weight.detach().clone().contiguous();
            if (conv->bias.defined())
                op.bias = conv->bias.detach().clone().contiguous();
        } else if (const auto* linear = child->as<nn::Linear>()) {
            op.kind = Op::Kind::Linear;
            op.weight = linear->weight.detach().clone().contiguous();
            if (linear->bias.defined())
                op.bias = linear->bias.detach().clone().contiguous();
        } else if (child->as<nn::ReLU>()) {
            op.kind = Op::Kind::Relu;
        } else if (const auto* pool = child->as<nn::MaxPool2d>()) {
            op.kind = Op::Kind::MaxPool;
            op.kernel = pair(pool->options.kernel_size());
            op.poolStride = pair(pool->options.stride());
            op.poolPadding = pair(pool->options.padding());
            op.poolDilation = pair(pool->options.dilation());
            op.ceilMode = pool->options.ceil_mode();
        } else if (child->as<nn::Flatten>()) {
            op.kind = Op::Kind::Flatten;
        } else {
            throw std::invalid_argument("layer " + op.name +
                                        ": the accounting does not know this layer type");
        }
        if (op.weighted()) {
            seen.push_back(op.name);
            if (const LayerCompression* m = findMask(masks, op.name); m && !m->mask.empty()) {
                if (std::int64_t(m->mask.size()) != op.weight.numel())
                    throw std::invalid_argument("the mask of layer " + op.name + " has " +
                                                std::to_string(m->mask.size()) + " entries, expected " +
                                                std::to_string(op.weight.numel()));
                auto maskTensor = torch::from_blob(const_cast<std::uint8_t*>(m->mask.data()),
                                                   {op.weight.numel()}, torch::kUInt8)
                                      .to(torch::kFloat32)
                                      .ne(0)
                                      .to(torch::kFloat32)
                                      .view(op.weight.sizes());
                op.weight.mul_(maskTensor);
            }
        }
        plan.push_back(std::move(op));
    }
    for (const auto& m : masks)
        if (std::find(seen.begin(), seen.end(), m.layer) == seen.end())
            throw std::invalid_argument("no weighted layer named " + m.layer + " in the network");
    return plan;
}

torch::Tensor forwardDense(const Plan& plan, const torch::Tensor& input) {
    torch::Tensor x = input;
    for (const Op& op : plan) {
        switch (op.kind) {
        case Op::Kind::Conv:
            x = torch::conv2d(x, op.weight, op.bias, op.stride, op.padding, op.dilation);
            break;
        case Op::Kind::Linear:
            x = torch::linear(x, op.weight, op.bias);
            break;
        case Op::Kind::Relu:
            x = torch::relu(x);
            break;
        case Op::Kind::MaxPool:
            x = torch::max_pool2d(x, op.kernel, op.poolStride, op.poolPadding, op.poolDilation, op.ceilMode);
            break;
        case Op::Kind::Flatten:
            x = x.flatten(1);
            break;
        }
    }
    return x;
}

void buildCsr(Plan& plan) {
    for (Op& op : plan) {
        if (!op.weighted())
            continue;
        const torch::Tensor w = op.weight.contiguous();
        op.csr = CsrMatrix::fromDense(w.data_ptr<float>(), w.size(0), w.numel() / w.size(0));
    }
}

torch::Tensor forwardCsr(const Plan& plan, const torch::Tensor& input, int threads) {
    torch::Tensor x = input;
    for (const Op& op : plan) {
        if (op.kind == Op::Kind::Conv) {
            const std::int64_t n = x.size(0);
            const std::int64_t kh = op.weight.size(2), kw = op.weight.size(3);
            const std::int64_t oh =
                (x.size(2) + 2 * op.padding[0] - op.dilation[0] * (kh - 1) - 1) / op.stride[0] + 1;
            const std::int64_t ow =
                (x.size(3) + 2 * op.padding[1] - op.dilation[1] * (kw - 1) - 1) / op.stride[1] + 1;
            // im2col: N x (C kh kw) x L, then (C kh kw) x (N L) so one multiply covers the batch.
            torch::Tensor cols = torch::im2col(x, {kh, kw}, op.dilation, op.padding, op.stride);
            cols = cols.permute({1, 0, 2}).contiguous();
            const std::int64_t columns = n * oh * ow;
            torch::Tensor y = torch::empty({op.outputs(), columns});
            op.csr.multiply(cols.data_ptr<float>(), columns, y.data_ptr<float>(), threads);
            y = y.view({op.outputs(), n, oh, ow}).permute({1, 0, 2, 3});
            if (op.bias.defined())
                y = y + op.bias.view({1, -1, 1, 1});
            x = y.contiguous();
        } else if (op.kind == Op::Kind::Linear) {
            const torch::Tensor in = x.contiguous();
            torch::Tensor y = torch::empty({in.size(0), op.outputs()});
            op.csr.multiplyTransposed(in.data_ptr<float>(), in.size(0), y.data_ptr<float>(), threads);
            if (op.bias.defined())
                y.add_(op.bias);
            x = y;
        } else if (op.kind == Op::Kind::Relu) {
            x = torch::relu(x);
        } else if (op.kind == Op::Kind::MaxPool) {
            x = torch::max_pool2d(x, op.kernel, op.poolStride, op.poolPadding, op.poolDilation, op.ceilMode);
        } else {
            x = x.flatten(1);
        }
    }
    return x;
}

std::vector<std::int64_t> outputPositions(const Plan& plan, const engine::InputShape& input) {
    torch::NoGradGuard noGrad;
    std::vector<std::int64_t> positions;
    torch::Tensor x = torch::zeros({1, input.channels, input.rows, input.cols});
    for (const Op& op : plan) {
        Plan single{op};
        x = forwardDense(single, x);
        if (op.kind == Op::Kind::Conv)
            positions.push_back(x.size(2) * x.size(3));
        else if (op.kind == Op::Kind::Linear)
            positions.push_back(1);
    }
    return positions;
}

std::int64_t denseMacs(const Plan& plan, const std::vector<std::int64_t>& positions) {
    std::int64_t macs = 0;
    size_t i = 0;
    for (const Op& op : plan)
        if (op.weighted())
            macs += op.weight.numel() * positions[i++];
    return macs;
}

} // namespace kcat::accounting::detail
