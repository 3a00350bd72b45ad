#include "compute/snn/SnnTrainer.h"

#include "compute/engine/EpochSampler.h"
#include "compute/engine/TorchRuntime.h"
#include "compute/engine/TrainingObserver.h"
#include "compute/snn/CountingAllocator.h"
#include "compute/snn/SpikingNetImpl.inc"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <chrono>
#include <optional>

namespace kcat::snn {

using namespace detail;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

// Batch of images as floats N x 1 x H x W: normalised (direct encoding) or intensities in [0, 1] (Poisson).
torch::Tensor makeBatch(const engine::ImageDataset& data, const std::vector<std::int64_t>& items, bool raw) {
    const std::int64_t pixels = data.pixels();
    torch::Tensor out = torch::empty({std::int64_t(items.size()), 1, data.rows, data.cols});
    float* dst = out.data_ptr<float>();
    const float scale = raw ? 1.0f / 255.0f : 1.0f / (255.0f * data.stddev);
    const float shift = raw ? 0.0f : data.mean / data.stddev;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::uint8_t* src = data.images.data() + items[i] * pixels;
        for (std::int64_t p = 0; p < pixels; ++p)
            dst[std::int64_t(i) * pixels + p] = float(src[p]) * scale - shift;
    }
    return out;
}

torch::Tensor makeLabels(const engine::ImageDataset& data, const std::vector<std::int64_t>& items) {
    torch::Tensor out = torch::empty({std::int64_t(items.size())}, torch::kInt64);
    auto* dst = out.data_ptr<std::int64_t>();
    for (std::size_t i = 0; i < items.size(); ++i)
        dst[i] = data.labels[std::size_t(items[i])];
    return out;
}

} // namespace

struct SnnTrainer::State {
    SnnConfig config;
    engine::TrainingObserver* observer = nullptr;
    engine::TrainingObserver fallback;
    std::optional<engine::ImageDataset> train, test;
    QString outputDir;

    engine::TrainingObserver& obs() { return observer ? *observer : fallback; }
};

SnnTrainer::SnnTrainer(SnnConfig config, engine::TrainingObserver* observer)
    : m_state(std::make_unique<State>()) {
    config.validate();
    m_state->config = std::move(config);
    m_state->observer = observer;
}

SnnTrainer::~SnnTrainer() = default;

void SnnTrainer::setData(engine::ImageDataset train, engine::ImageDataset test) {
    m_state->train = std::move(train);
    m_state->test = std::move(test);
}

void SnnTrainer::setOutputDir(const QString& dir) {
    m_state->outputDir = dir;
}

namespace {

struct Evaluation {
    double accuracy = 0;
    SpikeCounts counts;
    std::int64_t images = 0;
};

Evaluation evaluate(SpikingNet& net, const engine::ImageDataset& test, const NodeSpec& spec, bool raw) {
    torch::NoGradGuard noGrad;
    Evaluation e;
    std::int64_t correct = 0;
    const std::int64_t chunk = 250;
    for (std::int64_t start = 0; start < test.count; start += chunk) {
        std::vector<std::int64_t> items;
        for (std::int64_t i = start; i < std::min(test.count, start + chunk); ++i)
            items.push_back(i);
        const torch::Tensor logits =
            forwardAutograd(net, makeBatch(test, items, raw), spec, nullptr, &e.counts);
        correct += logits.argmax(1).eq(makeLabels(test, items)).sum().item<std::int64_t>();
    }
    e.images = test.count;
    e.accuracy = test.count > 0 ? double(correct) / double(test.count) : 0.0;
    return e;
}

nlohmann::json toVector(const torch::Tensor& t) {
    const torch::Tensor c = t.contiguous().to(torch::kFloat64);
    return std::vector<double>(c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
}

// Membrane traces of a few neurons and a raster of one layer of test image 0.
void reportProbe(SpikingNet& net, const engine::ImageDataset& test, const NodeSpec& spec, bool raw,
                 std::int64_t step, engine::TrainingObserver& obs, const QString& outputDir) {
    torch::NoGradGuard noGrad;
    Probe probe;
    forwardAutograd(net, makeBatch(test, {0}, raw), spec, &probe);
    nlohmann::json file = {
        {"threshold", spec.theta}, {"timesteps", spec.timesteps}, {"label", test.labels[0]}};
    const std::vector<std::pair<const char*, const std::vector<torch::Tensor>*>> layers{{"conv1", &probe.v1},
                                                                                        {"conv2", &probe.v2}};
    const std::vector<const std::vector<torch::Tensor>*> spikes{&probe.s1, &probe.s2};
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const torch::Tensor v = torch::stack(*layers[l].second).flatten(1); // T x neurons
        const torch::Tensor s = torch::stack(*spikes[l]).flatten(1);
        const torch::Tensor counts = s.sum(0);
        // The traces: the three neurons that fire most often without firing at every step (else the most
        // often firing ones), which shows charging, threshold crossings and resets.
        const torch::Tensor partial = counts.lt(double(spec.timesteps)).to(torch::kFloat32);
        const torch::Tensor order = (counts + 1e6 * partial).argsort(0, true);
        const QString layer = QString::fromLatin1(layers[l].first);
        nlohmann::json traces = nlohmann::json::array();
        for (int k = 0; k < 3 && k < order.numel(); ++k) {
            const std::int64_t n = order[k].item<std::int64_t>();
            nlohmann::json row = {{"layer", layers[l].first},
                                  {"neuron", n},
                                  {"potential", toVector(v.select(1, n))},
                                  {"spikes", toVector(s.select(1, n))},
                                  {"threshold", spec.theta}};
            obs.tableRow(QStringLiteral("membrane"), step, QStringLiteral("%1/%2").arg(layer).arg(n), row);
            traces.push_back(row);
        }
        // The raster: the first 64 neurons (by index) that fire at least once.
        const torch::Tensor active = counts.gt(0).nonzero().flatten();
        const std::int64_t shown = std::min<std::int64_t>(64, active.numel());
        nlohmann::json events = nlohmann::json::array();
        for (std::int64_t k = 0; k < shown; ++k) {
            const std::int64_t n = active[k].item<std::int64_t>();
            for (int t = 0; t < spec.timesteps; ++t)
                if (s[t][n].item<float>() > 0.5f)
                    events.push_back({t, k});
        }
        nlohmann::json raster = {{"layer", layers[l].first},        {"neurons", shown},
                                 {"timesteps", spec.timesteps},     {"active_neurons", active.numel()},
                                 {"total_neurons", counts.numel()}, {"events", events}};
        obs.tableRow(QStringLiteral("raster"), step, layer, raster);
        file[layers[l].first] = {{"traces", traces}, {"raster", raster}};
    }
    if (outputDir.isEmpty())
        return;
    QDir().mkpath(outputDir);
    const QString path = QDir(outputDir).filePath(QStringLiteral("snn_probe.json"));
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QByteArray::fromStdString(file.dump()));
        if (out.commit())
            obs.artifact(QStringLiteral("snn_probe"), path);
    }
}

} // namespace

SnnResult SnnTrainer::run() {
    const SnnConfig& c = m_state->config;
    engine::TrainingObserver& obs = m_state->obs();
    if (!m_state->train) {
        const QString dir = c.dataset.isEmpty() ? engine::ImageDatasetLoader::fashionMnistDir() : c.dataset;
        m_state->train = engine::ImageDatasetLoader::loadSplit(dir, true);
        m_state->test = engine::ImageDatasetLoader::loadSplit(dir, false);
    }
    engine::ImageDataset& train = *m_state->train;
    engine::ImageDataset& test = *m_state->test;
    if (train.rows % 4 != 0 || train.cols % 4 != 0)
        throw std::invalid_argument(tr("the images are %1 x %2 pixels; the spiking CNN needs sides that are "
                                       "multiples of 4")
                                        .arg(train.rows)
                                        .arg(train.cols)
                                        .toStdString());
    train.truncate(c.trainSubset);
    test.truncate(c.testSubset);
    train.computeNormalisation();
    test.mean = train.mean;
    test.stddev = train.stddev;
    if (train.count < c.batchSize)
        throw std::invalid_argument(tr("parameter batch_size: %1 is more than the %2 training images")
                                        .arg(c.batchSize)
                                        .arg(train.count)
                                        .toStdString());

    torch::set_num_threads(c.threads > 0 ? c.threads : engine::TorchRuntime::coreCount());
    torch::manual_seed(c.seed);
    CountingAllocatorScope counting;
    CountingAllocator& counter = CountingAllocator::instance();

    SpikingNet net(c.width, std::max(train.classes, test.classes), train.rows, train.cols);
    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(c.lr));
    NodeSpec spec = nodeSpec(c);
    const bool raw = spec.poisson;
    const bool recomputing = c.usesReversibleBackward();
    engine::EpochSampler sampler(train.count, c.batchSize, c.seed);
    const std::int64_t perEpoch = sampler.stepsPerEpoch();
    const std::int64_t totalSteps =
        c.maxSteps > 0 ? std::min<std::int64_t>(c.maxSteps, perEpoch * c.epochs) : perEpoch * c.epochs;

    SnnResult result;
    std::int64_t step = 0;
    double peakBytes = 0, stepBytes = 0, backwardTotal = 0, epochTotal = 0, flops = 0, reconstruction = 0;
    int epochsDone = 0;
    Evaluation last;
    double lastTrainLoss = 0;
    obs.log(tr("snn.train: node %1, backward %2, T = %3, %4 training and %5 test images, %6 steps")
                .arg(c.node, c.backward)
                .arg(c.timesteps)
                .arg(train.count)
                .arg(test.count)
                .arg(totalSteps));
    for (int epoch = 0; epoch < c.epochs && step < totalSteps && !result.cancelled; ++epoch) {
        net->train();
        sampler.startEpoch(epoch);
        double lossSum = 0, backwardEpoch = 0, epochPeak = 0;
        std::int64_t correct = 0, seen = 0, steps = 0;
        const auto epochStart = Clock::now();
        for (std::int64_t s = 0; s < perEpoch && step < totalSteps; ++s) {
            if (obs.isCancelled()) {
                result.cancelled = true;
                break;
            }
            const auto items = sampler.batch(s);
            const torch::Tensor x = makeBatch(train, items, raw);
            const torch::Tensor y = makeLabels(train, items);
            spec.encodingSeed = c.seed * 1000003ULL + std::uint64_t(step);
            optimizer.zero_grad();
            const std::int64_t before = counter.currentBytes();
            counter.resetPeak();
            BackwardStats stats;
            const torch::Tensor logits =
                recomputing ? forwardReversible(net, x, spec, &stats) : forwardAutograd(net, x, spec);
            const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, y);
            const auto b0 = Clock::now();
            loss.backward();
            const double backwardSeconds = seconds(b0, Clock::now());
            optimizer.step();
            const double peak = double(counter.peakBytes());
            epochPeak = std::max(epochPeak, peak);
            stepBytes = std::max(stepBytes, peak - double(before));
            flops = recomputing ? stats.flops : autogradBackwardFlops(net, x.size(0), c.timesteps);
            reconstruction = std::max(reconstruction, stats.reconstructionError);
            backwardEpoch += backwardSeconds;
            const double lossValue = loss.item<double>();
            lossSum += lossValue;
            correct += logits.argmax(1).eq(y).sum().item<std::int64_t>();
            seen += x.size(0);
            ++steps;
            ++step;
            if (step % c.logEvery == 0) {
                obs.metric(QStringLiteral("loss"), step, lossValue);
                obs.progress(double(step) / double(totalSteps), tr("epoch %1 of %2, step %3 of %4")
                                                                    .arg(epoch + 1)
                                                                    .arg(c.epochs)
                                                                    .arg(step)
                                                                    .arg(totalSteps));
            }
        }
        if (steps == 0)
            break;
        const double epochSeconds = seconds(epochStart, Clock::now());
        peakBytes = std::max(peakBytes, epochPeak);
        backwardTotal += backwardEpoch;
        epochTotal += epochSeconds;
        ++epochsDone;
        result.steps = step;
        lastTrainLoss = lossSum / double(steps);
        net->eval();
        last = evaluate(net, test, spec, raw);
        obs.metric(QStringLiteral("train_loss"), step, lastTrainLoss);
        obs.metric(QStringLiteral("train_accuracy"), step, double(correct) / double(seen));
        obs.metric(QStringLiteral("test_accuracy"), step, last.accuracy);
        obs.metric(QStringLiteral("epoch_seconds"), step, epochSeconds);
        obs.metric(QStringLiteral("backward_seconds"), step, backwardEpoch / double(steps));
        obs.metric(QStringLiteral("peak_memory_bytes"), step, epochPeak);
        obs.log(tr("epoch %1: loss %2, test accuracy %3, %4 s, backward %5 s per step, peak %6 bytes")
                    .arg(epoch + 1)
                    .arg(lastTrainLoss)
                    .arg(last.accuracy)
                    .arg(epochSeconds)
                    .arg(backwardEpoch / double(steps))
                    .arg(epochPeak));
    }
    if (result.steps == 0)
        return result;

    const double neurons1 = double(c.width) * train.rows * train.cols;
    const double neurons2 = double(2 * c.width) * (train.rows / 2) * (train.cols / 2);
    const double denominator = double(std::max<std::int64_t>(1, last.images)) * c.timesteps;
    const double rate1 = last.counts.layer1 / (neurons1 * denominator);
    const double rate2 = last.counts.layer2 / (neurons2 * denominator);
    obs.tableRow(QStringLiteral("spike_rates"), step, QStringLiteral("conv1"),
                 {{"rate", rate1},
                  {"neurons", neurons1},
                  {"spikes_per_image", last.counts.layer1 / std::max<double>(1, last.images)}});
    obs.tableRow(QStringLiteral("spike_rates"), step, QStringLiteral("conv2"),
                 {{"rate", rate2},
                  {"neurons", neurons2},
                  {"spikes_per_image", last.counts.layer2 / std::max<double>(1, last.images)}});
    net->eval();
    reportProbe(net, test, spec, raw, step, obs, m_state->outputDir);

    auto& m = result.finalMetrics;
    m["test_accuracy"] = last.accuracy;
    m["train_loss"] = lastTrainLoss;
    m["peak_memory_bytes"] = peakBytes;
    m["step_memory_bytes"] = stepBytes;
    m["peak_rss_bytes"] = double(processPeakRssBytes());
    m["epoch_seconds"] = epochTotal / epochsDone;
    m["backward_seconds"] = backwardTotal / double(result.steps);
    m["backward_flops"] = flops;
    m["reconstruction_error"] = reconstruction;
    m["spike_rate_conv1"] = rate1;
    m["spike_rate_conv2"] = rate2;
    m["steps"] = double(result.steps);
    m["timesteps"] = c.timesteps;
    for (const char* key : {"peak_rss_bytes", "step_memory_bytes", "backward_flops", "reconstruction_error",
                            "spike_rate_conv1", "spike_rate_conv2"})
        obs.metric(QString::fromLatin1(key), step, m[key]);
    return result;
}

} // namespace kcat::snn
