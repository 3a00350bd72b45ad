#include "compute/snn/SnnChecks.h"

#include "compute/engine/ImageDataset.h"
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

double maxAbs(const ExactLayer& l) {
    return std::max({maxAbs(l.a), maxAbs(l.b), maxAbs(l.bufA), maxAbs(l.bufB)});
}

Tensor potentials(const ExactLayer& l) {
    return torch::cat({toFloat(l.a), toFloat(l.b)}, 1);
}

// The first `count` test images of a Fashion-MNIST directory (N x 1 x 28 x 28) normalised as the trainer
// does (raw = intensities in [0, 1]), and their labels.
std::pair<Tensor, Tensor> fashionMnist(const QString& dir, int count, bool raw) {
    engine::ImageDataset test = engine::ImageDatasetLoader::loadSplit(dir, false);
    test.truncate(count);
    test.computeNormalisation();
    const int64_t pixels = test.pixels();
    Tensor x = torch::empty({test.count, 1, test.rows, test.cols});
    Tensor y = torch::empty({test.count}, torch::kInt64);
    const float scale = raw ? 1.0f / 255.0f : 1.0f / (255.0f * test.stddev);
    const float shift = raw ? 0.0f : test.mean / test.stddev;
    for (int64_t i = 0; i < test.count * pixels; ++i)
        x.data_ptr<float>()[i] = float(test.images[std::size_t(i)]) * scale - shift;
    for (int64_t i = 0; i < test.count; ++i)
        y.data_ptr<int64_t>()[i] = test.labels[std::size_t(i)];
    return {x, y};
}

} // namespace

StepInverseCheck checkStepInverse(int channels, int side, double beta, double theta, std::uint64_t seed) {
    torch::NoGradGuard noGrad;
    torch::manual_seed(seed);
    const NodeSpec spec = reversibleSpec(8, beta, theta);
    const Fixed f = fixedOf(spec);
    const int64_t half = channels / 2;
    // Random potentials on the grid and buffers as an earlier step may have left them.
    ExactLayer l = ExactLayer::zeros(2, half, side, side, f);
    l.a = (torch::randn({2, half, side, side}) * (theta * FixedScale)).round().to(torch::kInt32);
    l.b = (torch::randn({2, half, side, side}) * (theta * FixedScale)).round().to(torch::kInt32);
    l.bufA = torch::randint(0, 200, l.a.sizes(), torch::TensorOptions().dtype(f.bufferType));
    l.bufB = torch::randint(0, 200, l.b.sizes(), torch::TensorOptions().dtype(f.bufferType));
    const ExactLayer before = l.clone();
    const Tensor w = torch::randn({channels, 1, 3, 3}) * theta, b = torch::randn({channels}) * theta;
    const Tensor input = torch::randn({2, 1, side, side});
    reversibleLayerStep(l, input, w, b, f);
    StepInverseCheck out;
    out.spikes = (l.a.ge(f.thetaQ).sum() + l.b.ge(f.thetaQ).sum()).item<std::int64_t>();
    out.resetsUndone = (before.b.ge(f.thetaQ).sum() + l.a.ge(f.thetaQ).sum()).item<std::int64_t>();
    reversibleLayerInverse(l, input, w, b, f);
    out.potentialError = std::max(maxAbs(l.a - before.a), maxAbs(l.b - before.b)) / FixedScale;
    out.bufferError = std::max(maxAbs(l.bufA - before.bufA), maxAbs(l.bufB - before.bufB));
    out.maxPotential = std::max(maxAbs(before.a), maxAbs(before.b)) / FixedScale;
    return out;
}

NetworkInverseCheck checkNetworkInverse(int width, int side, int timesteps, double beta, double theta,
                                        std::uint64_t seed, const QString& dataset, int images) {
    torch::NoGradGuard noGrad;
    torch::manual_seed(seed);
    const NodeSpec spec = reversibleSpec(timesteps, beta, theta);
    const Fixed f = fixedOf(spec);
    SpikingNet net(width, 10, side, side);
    const Tensor x = dataset.isEmpty() ? torch::randn({images, 1, side, side}) * 2.0
                                       : fashionMnist(dataset, images, false).first;
    const Tensor &w1 = net->conv1->weight, &b1 = net->conv1->bias, &w2 = net->conv2->weight,
                 &b2 = net->conv2->bias;
    auto pool = [](const Tensor& s) { return torch::avg_pool2d(s, {2, 2}); };
    auto spikes = [&](const ExactLayer& l) {
        return torch::cat({l.a.ge(f.thetaQ), l.b.ge(f.thetaQ)}, 1).to(torch::kFloat32);
    };
    auto currents = [&](const Tensor& in, const Tensor& w, const Tensor& b) {
        const int64_t h = w.size(0) / 2;
        return torch::cat({conv(in, w, b, 0, h), conv(in, w, b, h, h)}, 1);
    };
    const int64_t n = x.size(0);
    ExactLayer l1 = ExactLayer::zeros(n, width / 2, side, side, f);
    ExactLayer l2 = ExactLayer::zeros(n, width, side / 2, side / 2, f);
    std::vector<Tensor> v1{potentials(l1)}, v2{potentials(l2)}, i1s, i2s, s1s;
    for (int t = 0; t < timesteps; ++t) {
        i1s.push_back(currents(x, w1, b1));
        reversibleLayerStep(l1, x, w1, b1, f);
        s1s.push_back(spikes(l1));
        i2s.push_back(currents(pool(s1s.back()), w2, b2));
        reversibleLayerStep(l2, pool(s1s.back()), w2, b2, f);
        v1.push_back(potentials(l1));
        v2.push_back(potentials(l2));
    }
    NetworkInverseCheck out;
    for (int t = timesteps - 1; t >= 0; --t) {
        const auto k = std::size_t(t);
        // Inputs of step t from the states after it: the image, layer 1's spikes, the currents.
        const Tensor s1 = spikes(l1);
        out.spikeMismatches += (s1 - s1s[k]).abs().sum().item<std::int64_t>();
        out.spikes += s1.sum().item<std::int64_t>() + spikes(l2).sum().item<std::int64_t>();
        out.currentError = std::max({out.currentError, maxAbs(currents(x, w1, b1) - i1s[k]),
                                     maxAbs(currents(pool(s1), w2, b2) - i2s[k])});
        reversibleLayerInverse(l2, pool(s1), w2, b2, f);
        reversibleLayerInverse(l1, x, w1, b1, f);
        out.maxPotential = std::max({out.maxPotential, maxAbs(v1[k + 1]), maxAbs(v2[k + 1])});
        out.potentialError =
            std::max({out.potentialError, maxAbs(potentials(l1) - v1[k]), maxAbs(potentials(l2) - v2[k])});
    }
    out.finalResidue = std::max(maxAbs(l1), maxAbs(l2));
    return out;
}

GradientCheck checkGradients(int width, int side, int batch, int timesteps, double beta, double theta,
                             const QString& surrogate, const QString& encoding, std::uint64_t seed,
                             const QString& dataset) {
    torch::manual_seed(seed);
    NodeSpec spec = reversibleSpec(timesteps, beta, theta);
    spec.surrogate = surrogate == QLatin1String("arctan") ? Surrogate::Arctan : Surrogate::FastSigmoid;
    spec.poisson = encoding == QLatin1String("poisson");
    spec.encodingSeed = seed;
    SpikingNet net(width, 10, side, side);
    Tensor x, y;
    if (dataset.isEmpty()) {
        x = spec.poisson ? torch::rand({batch, 1, side, side}) : torch::randn({batch, 1, side, side}) * 2.0;
        y = torch::randint(0, 10, {batch}, torch::kInt64);
    } else {
        std::tie(x, y) = fashionMnist(dataset, batch, spec.poisson);
    }
    GradientCheck out;
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
        out.reconstructionError = std::max(out.reconstructionError, stats.reconstructionError);
        std::vector<Tensor> g;
        for (const auto& p : net->parameters())
            g.push_back(p.grad().clone());
        return g;
    };
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
