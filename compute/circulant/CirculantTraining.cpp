#include "compute/circulant/CirculantTraining.h"

#include "compute/circulant/CirculantNetwork.inc"
#include "compute/engine/EpochSampler.h"
#include "compute/engine/ImageDataset.h"
#include "compute/engine/Network.h"
#include "compute/engine/TorchRuntime.h"

#include <QDir>
#include <QElapsedTimer>

#include <cmath>

namespace kcat::circulant {

namespace {

// Histogram of values over [lo, hi] in `bins` equal bins.
nlohmann::json histogram(const torch::Tensor& values, double lo, double hi, int bins) {
    std::vector<double> edges;
    for (int i = 0; i <= bins; ++i)
        edges.push_back(lo + (hi - lo) * i / bins);
    const torch::Tensor counts = torch::histc(values.to(torch::kFloat64), bins, lo, hi);
    std::vector<std::int64_t> c;
    for (int i = 0; i < bins; ++i)
        c.push_back(std::int64_t(std::llround(counts[i].item<double>())));
    return {{"edges", edges}, {"counts", c}};
}

std::map<std::string, torch::Tensor> weightsByLayer(detail::LeNetCirculantImpl& m) {
    return {{"conv1", m.conv1->weight.detach().flatten().clone()},
            {"conv2", m.conv2->weight.detach().flatten().clone()},
            {"fc1", m.fc1->weight.detach().flatten().clone()},
            {"fc2", m.fc2->weight.detach().flatten().clone()},
            {"fc3", m.fc3->weight.detach().flatten().clone()}};
}

double evaluate(detail::LeNetCirculantImpl& m, const engine::ImageDataset& data) {
    torch::NoGradGuard noGrad;
    const torch::Tensor images = torch::from_blob(const_cast<std::uint8_t*>(data.images.data()),
                                                  {data.count, 1, data.rows, data.cols}, torch::kUInt8);
    const torch::Tensor labels =
        torch::from_blob(const_cast<std::uint8_t*>(data.labels.data()), {data.count}, torch::kUInt8)
            .to(torch::kLong);
    const float scale = 1.0f / (255.0f * data.stddev);
    const float shift = data.mean / data.stddev;
    std::int64_t correct = 0;
    for (std::int64_t begin = 0; begin < data.count; begin += 1000) {
        const std::int64_t end = std::min(data.count, begin + 1000);
        const torch::Tensor x = images.slice(0, begin, end).to(torch::kFloat).mul_(scale).sub_(shift);
        correct += m.forward(x).argmax(1).eq(labels.slice(0, begin, end)).sum().item<std::int64_t>();
    }
    return data.count ? double(correct) / double(data.count) : 0.0;
}

} // namespace

CirculantTrainingResult CirculantTraining::run(const CirculantTrainingConfig& config,
                                               const TrainingCallbacks& cb) {
    if (config.threads > 0)
        torch::set_num_threads(config.threads);
    else
        engine::TorchRuntime::useAllCores();
    const QString dir =
        config.dataset.isEmpty() ? engine::ImageDatasetLoader::fashionMnistDir() : config.dataset;
    engine::ImageDataset train = engine::ImageDatasetLoader::loadSplit(dir, true);
    engine::ImageDataset test = engine::ImageDatasetLoader::loadSplit(dir, false);
    train.truncate(config.trainSubset);
    test.truncate(config.testSubset);
    if (train.rows != test.rows || train.cols != test.cols)
        throw std::invalid_argument("the training and test images differ in size");
    train.computeNormalisation();
    test.mean = train.mean;
    test.stddev = train.stddev;
    const engine::InputShape input{1, train.rows, train.cols, std::max({train.classes, test.classes, 2})};

    CirculantNetwork network =
        CirculantNetwork::create(input, config.block, config.circulantLayers, config.seed);
    if (!config.initFrom.isEmpty()) {
        engine::Network dense = engine::Network::create(QStringLiteral("lenet5"), input, config.seed);
        dense.load(config.initFrom);
        network.initialiseFrom(dense);
        cb.log(tr("Initial weights projected from %1.").arg(config.initFrom));
    }
    auto& m = *network.impl().module.ptr();
    const auto before = weightsByLayer(m);
    cb.log(tr("Block size %1: %2 stored weights for %3 dense weights.")
               .arg(config.block)
               .arg(network.storedWeights())
               .arg(network.denseWeights()));

    // Each stored circulant value stands for k entries of the dense matrix, so its gradient is the sum of k
    // dense gradients: the circulant weights learn at lr / k, which makes an SGD step the projection of the
    // dense step onto the block-circulant matrices (the mean over each wrapped diagonal). With lr alone the
    // fc layers take k times larger steps and training at lr 0.04, k = 8 stalled at chance (measured).
    std::vector<torch::Tensor> plain;
    std::vector<torch::Tensor> circulantWeights;
    for (auto* fc : m.fcLayers()) {
        if ((*fc)->shape.k > 1)
            circulantWeights.push_back((*fc)->weight);
        else
            plain.push_back((*fc)->weight);
        plain.push_back((*fc)->bias);
    }
    for (const auto& p : m.conv1->parameters())
        plain.push_back(p);
    for (const auto& p : m.conv2->parameters())
        plain.push_back(p);
    std::vector<torch::optim::OptimizerParamGroup> groups;
    std::vector<double> lrScale;
    auto options = [&](double scale) {
        return std::make_unique<torch::optim::SGDOptions>(torch::optim::SGDOptions(config.lr * scale)
                                                              .momentum(config.momentum)
                                                              .weight_decay(config.weightDecay));
    };
    groups.emplace_back(plain, options(1.0));
    lrScale.push_back(1.0);
    if (!circulantWeights.empty()) {
        groups.emplace_back(circulantWeights, options(1.0 / config.block));
        lrScale.push_back(1.0 / config.block);
    }
    torch::optim::SGD optimizer(groups, torch::optim::SGDOptions(config.lr));
    engine::EpochSampler sampler(train.count, config.batchSize, config.seed);
    const std::int64_t stepsPerEpoch = sampler.stepsPerEpoch();
    if (stepsPerEpoch < 1)
        throw std::invalid_argument("the training set has fewer images than one batch");
    const std::int64_t totalSteps = stepsPerEpoch * config.epochs;
    const torch::Tensor images =
        torch::from_blob(train.images.data(), {train.count, 1, train.rows, train.cols}, torch::kUInt8);
    const torch::Tensor labels =
        torch::from_blob(train.labels.data(), {train.count}, torch::kUInt8).to(torch::kLong);
    const float scale = 1.0f / (255.0f * train.stddev);
    const float shift = train.mean / train.stddev;

    CirculantTrainingResult result;
    std::int64_t step = 0;
    double testAccuracy = 0, bestAccuracy = 0;
    for (int epoch = 0; epoch < config.epochs; ++epoch) {
        QElapsedTimer timer;
        timer.start();
        sampler.startEpoch(epoch);
        m.train();
        double lossSum = 0;
        std::int64_t correct = 0, seen = 0;
        for (std::int64_t s = 0; s < stepsPerEpoch; ++s, ++step) {
            if (cb.cancelled && cb.cancelled()) {
                result.cancelled = true;
                return result;
            }
            double lr = config.lr;
            if (config.schedule == QLatin1String("cosine"))
                lr = 0.5 * config.lr * (1.0 + std::cos(M_PI * double(step) / double(totalSteps)));
            for (size_t g = 0; g < optimizer.param_groups().size(); ++g)
                static_cast<torch::optim::SGDOptions&>(optimizer.param_groups()[g].options())
                    .lr(lr * lrScale[g]);
            const std::vector<std::int64_t> batch = sampler.batch(s);
            const torch::Tensor index = torch::tensor(batch, torch::kInt64);
            const torch::Tensor x = images.index_select(0, index).to(torch::kFloat).mul_(scale).sub_(shift);
            const torch::Tensor y = labels.index_select(0, index);
            optimizer.zero_grad();
            const torch::Tensor logits = m.forward(x);
            const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, y);
            loss.backward();
            optimizer.step();
            const double lossValue = loss.item<double>();
            if (!std::isfinite(lossValue))
                throw std::runtime_error("the loss diverged (not finite) at step " + std::to_string(step));
            lossSum += lossValue * double(batch.size());
            correct += logits.argmax(1).eq(y).sum().item<std::int64_t>();
            seen += std::int64_t(batch.size());
            if (step % config.logEvery == 0) {
                cb.metric(QStringLiteral("loss"), step, lossValue);
                cb.metric(QStringLiteral("lr"), step, lr);
            }
            if (s % 20 == 0)
                cb.progress(double(step) / double(totalSteps),
                            tr("epoch %1 of %2").arg(epoch + 1).arg(config.epochs));
        }
        m.eval();
        testAccuracy = evaluate(m, test);
        bestAccuracy = std::max(bestAccuracy, testAccuracy);
        const double seconds = double(timer.elapsed()) / 1000.0;
        cb.metric(QStringLiteral("train_loss"), step, lossSum / double(std::max<std::int64_t>(seen, 1)));
        cb.metric(QStringLiteral("train_accuracy"), step,
                  double(correct) / double(std::max<std::int64_t>(seen, 1)));
        cb.metric(QStringLiteral("test_accuracy"), step, testAccuracy);
        cb.metric(QStringLiteral("epoch_seconds"), step, seconds);
        cb.metric(QStringLiteral("images_per_second"), step, double(seen) / std::max(seconds, 1e-9));
        cb.log(tr("Epoch %1: test accuracy %2.").arg(epoch + 1).arg(testAccuracy, 0, 'f', 4));
    }
    m.eval();

    // Per-layer table and weight histograms (the stored values before and after training).
    std::int64_t fcDense = 0, fcStored = 0;
    for (const auto& l : network.layers()) {
        const QString row = QString::fromStdString(l.name);
        cb.tableRow(QStringLiteral("layers"), step, row,
                    {{"type", l.type},
                     {"weights", l.denseWeights},
                     {"nonzero", l.storedWeights},
                     {"sparsity", 1.0 - double(l.storedWeights) / double(l.denseWeights)},
                     {"bits", 32},
                     {"block", l.block},
                     {"biases", l.biases}});
        if (l.name.rfind("fc", 0) == 0) {
            fcDense += l.denseWeights;
            fcStored += l.storedWeights;
        }
    }
    const auto after = weightsByLayer(m);
    for (const auto& [name, w] : after) {
        const torch::Tensor& b = before.at(name);
        double lo = std::min(b.min().item<double>(), w.min().item<double>());
        double hi = std::max(b.max().item<double>(), w.max().item<double>());
        if (hi <= lo)
            hi = lo + 1e-6;
        cb.tableRow(QStringLiteral("weight_histogram"), step, QString::fromStdString(name + "/before"),
                    histogram(b, lo, hi, 40));
        cb.tableRow(QStringLiteral("weight_histogram"), step, QString::fromStdString(name + "/after"),
                    histogram(w, lo, hi, 40));
    }

    cb.progress(1.0, tr("measuring inference time"));
    double denseMs = 0, circulantMs = 0, denseBatchMs = 0, circulantBatchMs = 0;
    for (const InferenceTiming& t : timeInference(network, {1, 64}, config.timingRepeats)) {
        cb.tableRow(QStringLiteral("inference"), step,
                    QString::fromStdString(t.layer) + QStringLiteral("/batch%1").arg(t.batch),
                    {{"batch", t.batch},
                     {"dense_ms", t.denseMs},
                     {"circulant_ms", t.circulantMs},
                     {"speedup", t.denseMs / std::max(t.circulantMs, 1e-9)}});
        if (t.layer == "network") {
            (t.batch == 1 ? denseMs : denseBatchMs) = t.denseMs;
            (t.batch == 1 ? circulantMs : circulantBatchMs) = t.circulantMs;
        }
    }

    // Storage against latency at batch 1 (table `accounting`): the dense LeNet-5 with the same shapes and
    // the circulant one, 32-bit values, biases included.
    std::int64_t biases = 0;
    for (const auto& l : network.layers())
        biases += l.biases;
    const std::int64_t convPositions1 = std::int64_t(input.rows) * input.cols;
    const std::int64_t convPositions2 = std::int64_t((input.rows / 2) - 4) * ((input.cols / 2) - 4);
    const auto layerList = network.layers();
    const std::int64_t denseMacs = layerList[0].denseWeights * convPositions1 +
                                   layerList[1].denseWeights * convPositions2 + layerList[2].denseWeights +
                                   layerList[3].denseWeights + layerList[4].denseWeights;
    cb.tableRow(QStringLiteral("accounting"), step, QStringLiteral("dense"),
                {{"storage_bytes", double(network.denseWeights() + biases) * 4.0},
                 {"weight_bits", 32},
                 {"index_bits", 0},
                 {"macs", denseMacs},
                 {"parameters", network.denseWeights() + biases},
                 {"latency_ms", denseMs}});
    cb.tableRow(QStringLiteral("accounting"), step, QStringLiteral("circulant"),
                {{"storage_bytes", double(network.parameterCount()) * 4.0},
                 {"weight_bits", 32},
                 {"index_bits", 0},
                 {"parameters", network.parameterCount()},
                 {"latency_ms", circulantMs}});

    if (!config.outputDir.isEmpty()) {
        QDir().mkpath(config.outputDir);
        const QString path = QDir(config.outputDir).filePath(QStringLiteral("model.pt"));
        network.save(path);
        if (cb.artifact) {
            cb.artifact(QStringLiteral("model"), path);
            cb.artifact(QStringLiteral("model_meta"), path + QStringLiteral(".json"));
        }
    }

    auto& f = result.finalMetrics;
    f["test_accuracy"] = testAccuracy;
    f["best_test_accuracy"] = bestAccuracy;
    f["nonzero_weights"] = double(network.storedWeights());
    f["dense_weights"] = double(network.denseWeights());
    f["compression_rate"] = double(network.denseWeights()) / double(network.storedWeights());
    f["fc_compression_rate"] = double(fcDense) / double(std::max<std::int64_t>(fcStored, 1));
    f["parameters"] = double(network.parameterCount());
    f["dense_inference_ms"] = denseMs;
    f["circulant_inference_ms"] = circulantMs;
    f["dense_inference_ms_batch64"] = denseBatchMs;
    f["circulant_inference_ms_batch64"] = circulantBatchMs;
    f["steps"] = double(step);
    for (const auto& [key, value] : f)
        if (key != "test_accuracy")
            cb.metric(QString::fromStdString(key), step, value);
    return result;
}

} // namespace kcat::circulant
