#include "compute/snn/SnnChecks.h"

#include "compute/snn/CountingAllocator.h"
#include "compute/snn/SpikingNetImpl.inc"

#include <algorithm>
#include <chrono>

namespace kcat::snn {

using namespace detail;
using torch::Tensor;

namespace {

NodeSpec reversibleSpec(int timesteps, double beta, double theta) {
    NodeSpec spec;
    spec.reversible = true;
    spec.beta = beta;
    spec.theta = theta;
    spec.timesteps = timesteps;
    return spec;
}

double maxAbs(const Tensor& t) {
    return t.abs().max().item<double>();
}

std::pair<Tensor, Tensor> halves(const Tensor& v) {
    const int64_t h = v.size(1) / 2;
    return {v.narrow(1, 0, h), v.narrow(1, h, h)};
}

} // namespace

StepInverseCheck checkStepInverse(int channels, int side, double beta, double theta, std::uint64_t seed) {
    torch::NoGradGuard noGrad;
    torch::manual_seed(seed);
    const NodeSpec spec = reversibleSpec(1, beta, theta);
    const Tensor va = torch::randn({2, channels / 2, side, side}) * theta;
    const Tensor vb = torch::randn({2, channels / 2, side, side}) * theta;
    const Tensor current = torch::randn({2, channels, side, side}) * theta;
    auto [va1, vb1] = reversibleStep(va, vb, current, spec);
    auto [ra, rb] = reversibleInverse(va1, vb1, current, spec);
    StepInverseCheck out;
    out.potentialError = std::max(maxAbs(ra - va), maxAbs(rb - vb));
    out.maxPotential = std::max(maxAbs(va), maxAbs(vb));
    out.spikes =
        heaviside(va1 - theta).sum().item<std::int64_t>() + heaviside(vb1 - theta).sum().item<std::int64_t>();
    return out;
}

NetworkInverseCheck checkNetworkInverse(int width, int side, int timesteps, double beta, double theta,
                                        std::uint64_t seed) {
    torch::NoGradGuard noGrad;
    torch::manual_seed(seed);
    const NodeSpec spec = reversibleSpec(timesteps, beta, theta);
    SpikingNet net(width, 10, side, side);
    const Tensor x = torch::randn({3, 1, side, side}) * 2.0;
    auto conv = [](const Tensor& in, torch::nn::Conv2d c) { return c->forward(in); };
    auto pool = [](const Tensor& s) { return torch::avg_pool2d(s, {2, 2}); };
    std::vector<Tensor> v1{torch::zeros({3, width, side, side})},
        v2{torch::zeros({3, 2 * width, side / 2, side / 2})};
    std::vector<Tensor> i1s, i2s, s1s;
    for (int t = 0; t < timesteps; ++t) {
        const Tensor i1 = conv(x, net->conv1);
        auto [a, b] = halves(v1.back());
        auto [a1, b1] = reversibleStep(a, b, i1, spec);
        v1.push_back(torch::cat({a1, b1}, 1));
        const Tensor s1 = heaviside(v1.back() - theta);
        const Tensor i2 = conv(pool(s1), net->conv2);
        auto [c, d] = halves(v2.back());
        auto [c1, d1] = reversibleStep(c, d, i2, spec);
        v2.push_back(torch::cat({c1, d1}, 1));
        i1s.push_back(i1);
        i2s.push_back(i2);
        s1s.push_back(s1);
    }
    NetworkInverseCheck out;
    Tensor r1 = v1.back(), r2 = v2.back();
    for (int t = timesteps - 1; t >= 0; --t) {
        // Inputs of step t from the potentials after it: the image, layer 1's spikes, the currents.
        const Tensor s1 = heaviside(r1 - theta);
        const Tensor i1 = conv(x, net->conv1);
        const Tensor i2 = conv(pool(s1), net->conv2);
        out.spikeMismatches += (s1 - s1s[std::size_t(t)]).abs().sum().item<std::int64_t>();
        out.spikes += s1.sum().item<std::int64_t>() + heaviside(r2 - theta).sum().item<std::int64_t>();
        out.currentError =
            std::max({out.currentError, maxAbs(i1 - i1s[std::size_t(t)]), maxAbs(i2 - i2s[std::size_t(t)])});
        auto [a, b] = halves(r1);
        auto [pa, pb] = reversibleInverse(a, b, i1, spec);
        auto [c, d] = halves(r2);
        auto [pc, pd] = reversibleInverse(c, d, i2, spec);
        r1 = torch::cat({pa, pb}, 1);
        r2 = torch::cat({pc, pd}, 1);
        out.maxPotential =
            std::max({out.maxPotential, maxAbs(v1[std::size_t(t)]), maxAbs(v2[std::size_t(t)])});
        out.potentialError =
            std::max({out.potentialError, maxAbs(r1 - v1[std::size_t(t)]), maxAbs(r2 - v2[std::size_t(t)])});
    }
    return out;
}

GradientCheck checkGradients(int width, int side, int batch, int timesteps, double beta, double theta,
                             const QString& surrogate, const QString& encoding, std::uint64_t seed) {
    torch::manual_seed(seed);
    NodeSpec spec = reversibleSpec(timesteps, beta, theta);
    spec.surrogate = surrogate == QLatin1String("arctan") ? Surrogate::Arctan : Surrogate::FastSigmoid;
    spec.poisson = encoding == QLatin1String("poisson");
    spec.encodingSeed = seed;
    SpikingNet net(width, 10, side, side);
    const Tensor x =
        spec.poisson ? torch::rand({batch, 1, side, side}) : torch::randn({batch, 1, side, side}) * 2.0;
    const Tensor y = torch::randint(0, 10, {batch}, torch::kInt64);
    auto gradients = [&](int mode, double* loss, double* flops) {
        net->zero_grad();
        BackwardStats stats;
        NodeSpec s = spec;
        s.streamlined = mode == 2;
        const Tensor logits = mode == 0 ? forwardAutograd(net, x, s) : forwardReversible(net, x, s, &stats);
        const Tensor l = torch::nn::functional::cross_entropy(logits, y);
        l.backward();
        *loss = l.item<double>();
        if (flops)
            *flops = stats.flops;
        std::vector<Tensor> g;
        for (const auto& p : net->parameters())
            g.push_back(p.grad().clone());
        return g;
    };
    GradientCheck out;
    double lossNaive = 0, lossStreamlined = 0;
    const auto reference = gradients(0, &out.lossAutograd, nullptr);
    const auto naive = gradients(1, &lossNaive, &out.naiveFlops);
    const auto streamlined = gradients(2, &lossStreamlined, &out.streamlinedFlops);
    out.lossReversible = lossStreamlined;
    for (std::size_t i = 0; i < reference.size(); ++i) {
        out.maxGradient = std::max(out.maxGradient, maxAbs(reference[i]));
        out.naiveError = std::max(out.naiveError, maxAbs(naive[i] - reference[i]));
        out.streamlinedError = std::max(out.streamlinedError, maxAbs(streamlined[i] - reference[i]));
    }
    return out;
}

SurrogateCheck checkSurrogate(const QString& surrogate, const std::vector<double>& xs) {
    const Surrogate s = surrogate == QLatin1String("arctan") ? Surrogate::Arctan : Surrogate::FastSigmoid;
    const int64_t n = int64_t(xs.size());
    const Tensor row = torch::tensor(xs, torch::kFloat64);
    const Tensor x = row.repeat({2, 3, 1}).requires_grad_();
    const Tensor out = spike(x, s);
    out.sum().backward();
    SurrogateCheck check;
    const Tensor values = out.detach()[1][2].contiguous();
    const Tensor grads = x.grad()[1][2].contiguous();
    check.values.assign(values.data_ptr<double>(), values.data_ptr<double>() + n);
    check.gradients.assign(grads.data_ptr<double>(), grads.data_ptr<double>() + n);
    check.gradientShape = x.grad().sizes().vec();
    return check;
}

StepMeasurement measureTrainingStep(const SnnConfig& config, int repeats) {
    using Clock = std::chrono::steady_clock;
    torch::manual_seed(config.seed);
    if (config.threads > 0)
        torch::set_num_threads(config.threads);
    CountingAllocatorScope scope;
    CountingAllocator& counter = CountingAllocator::instance();
    NodeSpec spec = nodeSpec(config);
    SpikingNet net(config.width, 10, 28, 28);
    const Tensor x = spec.poisson ? torch::rand({config.batchSize, 1, 28, 28})
                                  : torch::randn({config.batchSize, 1, 28, 28});
    const Tensor y = torch::randint(0, 10, {config.batchSize}, torch::kInt64);
    std::vector<double> forward, backward;
    StepMeasurement out;
    for (int r = 0; r < std::max(1, repeats); ++r) {
        net->zero_grad();
        const std::int64_t before = counter.currentBytes();
        counter.resetPeak();
        BackwardStats stats;
        const auto f0 = Clock::now();
        const Tensor logits = config.usesReversibleBackward() ? forwardReversible(net, x, spec, &stats)
                                                              : forwardAutograd(net, x, spec);
        const Tensor loss = torch::nn::functional::cross_entropy(logits, y);
        const auto b0 = Clock::now();
        loss.backward();
        const auto b1 = Clock::now();
        out.peakBytes = std::max(out.peakBytes, double(counter.peakBytes() - before));
        forward.push_back(std::chrono::duration<double>(b0 - f0).count());
        backward.push_back(std::chrono::duration<double>(b1 - b0).count());
        out.backwardFlops = config.usesReversibleBackward()
                                ? stats.flops
                                : autogradBackwardFlops(net, config.batchSize, config.timesteps);
    }
    std::sort(forward.begin(), forward.end());
    std::sort(backward.begin(), backward.end());
    out.forwardSeconds = forward[forward.size() / 2];
    out.backwardSeconds = backward[backward.size() / 2];
    return out;
}

} // namespace kcat::snn
