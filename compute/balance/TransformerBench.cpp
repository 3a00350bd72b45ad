#include "compute/balance/TransformerBench.h"

#include "compute/balance/BalanceError.h"

#include <torch/torch.h>

#include <cmath>

namespace kcat::balance {

namespace {

struct BlockImpl : torch::nn::Module {
    BlockImpl(int hidden, int heads)
        : heads(heads)
        , ln1(register_module("ln1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({hidden}))))
        , qkv(register_module("qkv", torch::nn::Linear(hidden, 3 * hidden)))
        , proj(register_module("proj", torch::nn::Linear(hidden, hidden)))
        , ln2(register_module("ln2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({hidden}))))
        , fc1(register_module("fc1", torch::nn::Linear(hidden, 4 * hidden)))
        , fc2(register_module("fc2", torch::nn::Linear(4 * hidden, hidden))) {}

    // x: Σs × hidden; attention stays within each sequence of `lengths` and is causal.
    torch::Tensor forward(const torch::Tensor& x, const std::vector<int>& lengths) {
        const std::int64_t hidden = x.size(1);
        const std::int64_t d = hidden / heads;
        const auto parts = qkv(ln1(x)).chunk(3, 1);
        std::vector<torch::Tensor> outs;
        outs.reserve(lengths.size());
        std::int64_t offset = 0;
        const double scale = 1.0 / std::sqrt(double(d));
        for (int s : lengths) {
            const auto head = [&](const torch::Tensor& t) {
                return t.narrow(0, offset, s).view({s, heads, d}).transpose(0, 1);
            };
            torch::Tensor att = torch::matmul(head(parts[0]), head(parts[1]).transpose(1, 2)) * scale;
            att = att.masked_fill(torch::ones({s, s}, torch::kBool).triu(1), -INFINITY).softmax(-1);
            outs.push_back(torch::matmul(att, head(parts[2])).transpose(0, 1).reshape({s, hidden}));
            offset += s;
        }
        torch::Tensor h = x + proj(torch::cat(outs, 0));
        return h + fc2(torch::gelu(fc1(ln2(h))));
    }

    int heads;
    torch::nn::LayerNorm ln1;
    torch::nn::Linear qkv, proj;
    torch::nn::LayerNorm ln2;
    torch::nn::Linear fc1, fc2;
};
TORCH_MODULE(Block);

struct ModelImpl : torch::nn::Module {
    explicit ModelImpl(const TransformerShape& s)
        : embedding(register_module("embedding", torch::nn::Embedding(s.vocabulary, s.hidden)))
        , norm(register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({s.hidden}))))
        , head(register_module("head", torch::nn::Linear(s.hidden, s.vocabulary))) {
        for (int l = 0; l < s.layers; ++l)
            blocks.push_back(register_module("block" + std::to_string(l), Block(s.hidden, s.heads)));
    }

    torch::Tensor hidden(const torch::Tensor& tokens, const std::vector<int>& lengths) {
        torch::Tensor x = embedding(tokens);
        for (auto& b : blocks)
            x = b->forward(x, lengths);
        return x;
    }

    torch::nn::Embedding embedding;
    torch::nn::LayerNorm norm;
    torch::nn::Linear head;
    std::vector<Block> blocks;
};
TORCH_MODULE(Model);

} // namespace

struct TransformerBench::Impl {
    Model model{nullptr};
};

TransformerBench::TransformerBench(const TransformerShape& shape, std::uint64_t seed)
    : m_shape(shape)
    , m_impl(std::make_unique<Impl>()) {
    shape.validate();
    torch::manual_seed(seed);
    m_impl->model = Model(shape);
    m_impl->model->train();
}

TransformerBench::~TransformerBench() = default;

std::int64_t TransformerBench::parameterCount() const {
    std::int64_t n = 0;
    for (const auto& p : m_impl->model->parameters())
        n += p.numel();
    return n;
}

double TransformerBench::trainMicroBatch(const std::vector<int>& lengths, std::mt19937_64& rng) {
    std::int64_t total = 0;
    for (int s : lengths)
        total += s;
    if (total <= 0)
        return 0;
    // Tokens follow t' = (5t + 3 + noise) mod V with noise in {0, 1}: learnable, so the loss falls.
    std::vector<std::int64_t> tokens(static_cast<size_t>(total)), targets(static_cast<size_t>(total), -100);
    const int v = m_shape.vocabulary;
    std::uniform_int_distribution<int> start(0, v - 1), noise(0, 1);
    size_t i = 0;
    for (int s : lengths) {
        int t = start(rng);
        for (int k = 0; k < s; ++k, ++i) {
            tokens[i] = t;
            t = (5 * t + 3 + noise(rng)) % v;
            if (k + 1 < s)
                targets[i] = t;
        }
    }
    const torch::Tensor in = torch::from_blob(tokens.data(), {total}, torch::kLong);
    const torch::Tensor target = torch::from_blob(targets.data(), {total}, torch::kLong);
    torch::Tensor logits = m_impl->model->head(m_impl->model->norm(m_impl->model->hidden(in, lengths)));
    torch::Tensor loss = torch::nn::functional::cross_entropy(
        logits, target, torch::nn::functional::CrossEntropyFuncOptions().ignore_index(-100));
    loss.backward();
    return loss.item<double>();
}

void TransformerBench::zeroGradients() {
    for (auto& p : m_impl->model->parameters())
        if (p.grad().defined())
            p.mutable_grad().zero_();
}

std::vector<double> TransformerBench::gradients() const {
    std::vector<double> out;
    out.reserve(size_t(parameterCount()));
    for (const auto& p : m_impl->model->parameters()) {
        if (!p.grad().defined()) {
            out.insert(out.end(), size_t(p.numel()), 0.0);
            continue;
        }
        const torch::Tensor g = p.grad().reshape(-1).to(torch::kDouble).contiguous();
        out.insert(out.end(), g.data_ptr<double>(), g.data_ptr<double>() + g.numel());
    }
    return out;
}

void TransformerBench::setGradients(const std::vector<double>& values) {
    torch::NoGradGuard noGrad;
    size_t offset = 0;
    for (auto& p : m_impl->model->parameters()) {
        const torch::Tensor g =
            torch::from_blob(const_cast<double*>(values.data() + offset), {p.numel()}, torch::kDouble)
                .to(p.scalar_type())
                .view_as(p);
        if (p.grad().defined())
            p.mutable_grad().copy_(g);
        else
            p.mutable_grad() = g.clone();
        offset += size_t(p.numel());
    }
}

void TransformerBench::sgdStep(double lr) {
    torch::NoGradGuard noGrad;
    for (auto& p : m_impl->model->parameters())
        if (p.grad().defined())
            p.sub_(p.grad() * lr);
}

std::vector<float> TransformerBench::hiddenStates(const std::vector<int>& tokens,
                                                  const std::vector<int>& lengths) const {
    torch::NoGradGuard noGrad;
    std::vector<std::int64_t> ids(tokens.begin(), tokens.end());
    const torch::Tensor in = torch::from_blob(ids.data(), {std::int64_t(ids.size())}, torch::kLong);
    const torch::Tensor h = m_impl->model->hidden(in, lengths).contiguous();
    return std::vector<float>(h.data_ptr<float>(), h.data_ptr<float>() + h.numel());
}

void TransformerBench::setThreads(int threads) {
    at::set_num_threads(std::max(1, threads));
}

} // namespace kcat::balance
