#include "compute/engine/Trainer.h"

#include "compute/engine/DataParallel.h"
#include "compute/engine/IdxReader.h"
#include "compute/engine/Network.h"
#include "compute/engine/NetworkImpl.inc"
#include "compute/engine/TorchRuntime.h"
#include "compute/engine/TrainingObserver.h"
#include "compute/engine/TrainingSession.h"

namespace kcat::engine {

struct Trainer::State {
    TrainingConfig config;
    TrainingObserver* observer = nullptr;
    TrainingObserver silent;
    TrainingHooks* hooks = nullptr;
    std::optional<ImageDataset> train;
    std::optional<ImageDataset> test;
    std::optional<Network> network;
};

Trainer::Trainer(TrainingConfig config, TrainingObserver* observer)
    : m_state(std::make_unique<State>()) {
    config.validate();
    m_state->config = std::move(config);
    m_state->observer = observer ? observer : &m_state->silent;
}

Trainer::~Trainer() = default;

void Trainer::setData(ImageDataset train, ImageDataset test) {
    m_state->train = std::move(train);
    m_state->test = std::move(test);
}

void Trainer::setHooks(TrainingHooks* hooks) {
    m_state->hooks = hooks;
}

const Network* Trainer::network() const {
    return m_state->network ? &*m_state->network : nullptr;
}

TrainingResult Trainer::run() {
    const TrainingConfig& config = m_state->config;
    if (config.threads > 0)
        at::set_num_threads(config.threads);
    else
        TorchRuntime::useAllCores();

    if (!m_state->train) {
        const QString dir = config.dataset.isEmpty() ? ImageDatasetLoader::fashionMnistDir() : config.dataset;
        m_state->train = ImageDatasetLoader::loadSplit(dir, true);
        m_state->test = ImageDatasetLoader::loadSplit(dir, false);
    }
    ImageDataset& train = *m_state->train;
    ImageDataset& test = *m_state->test;
    train.truncate(config.trainSubset);
    test.truncate(config.testSubset);
    if (train.rows != test.rows || train.cols != test.cols)
        throw DatasetError(tr("The training images are %1x%2 pixels but the test images %3x%4.")
                               .arg(train.rows)
                               .arg(train.cols)
                               .arg(test.rows)
                               .arg(test.cols));
    // Both splits are normalised with the training set's statistics.
    train.computeNormalisation();
    test.mean = train.mean;
    test.stddev = train.stddev;

    const InputShape input{1, train.rows, train.cols, std::max({train.classes, test.classes, 2})};
    m_state->network = Network::create(config.model, input, config.seed);
    if (!config.initFrom.isEmpty() && config.resumeFrom.isEmpty()) {
        m_state->network->load(config.initFrom);
        m_state->observer->log(tr("Initial weights from %1.").arg(config.initFrom));
    }

    std::unique_ptr<DataParallelGroup> group;
    if (config.parallel.worldSize > 1) {
        m_state->observer->log(tr("Joining the data-parallel group at %1:%2 as rank %3 of %4.")
                                   .arg(config.parallel.masterHost)
                                   .arg(config.parallel.masterPort)
                                   .arg(config.parallel.rank)
                                   .arg(config.parallel.worldSize));
        group = std::make_unique<DataParallelGroup>(config.parallel);
        group->broadcastParameters(*m_state->network);
    }

    return runTrainingSession(config, *m_state->observer, *m_state->network, train, test, group.get(),
                              m_state->hooks);
}

double Trainer::evaluate(const Network& network, const ImageDataset& data,
                         std::vector<std::vector<std::int64_t>>* confusion) {
    torch::NoGradGuard noGrad;
    auto& module = *network.impl().sequential.ptr();
    const bool wasTraining = module.is_training();
    module.eval();
    const int classes = network.input().classes;
    torch::Tensor matrix = torch::zeros({classes, classes}, torch::kLong);
    const torch::Tensor images = torch::from_blob(const_cast<std::uint8_t*>(data.images.data()),
                                                  {data.count, 1, data.rows, data.cols}, torch::kUInt8);
    const torch::Tensor labels =
        torch::from_blob(const_cast<std::uint8_t*>(data.labels.data()), {data.count}, torch::kUInt8)
            .to(torch::kLong);
    const float scale = 1.0f / (255.0f * data.stddev);
    const float shift = data.mean / data.stddev;
    std::int64_t correct = 0;
    constexpr std::int64_t kChunk = 1000;
    for (std::int64_t begin = 0; begin < data.count; begin += kChunk) {
        const std::int64_t end = std::min(data.count, begin + kChunk);
        const torch::Tensor x = images.slice(0, begin, end).to(torch::kFloat).mul_(scale).sub_(shift);
        const torch::Tensor y = labels.slice(0, begin, end);
        const torch::Tensor predicted = module.forward(x).argmax(1);
        correct += predicted.eq(y).sum().item<std::int64_t>();
        matrix.view(-1).index_add_(0, y * classes + predicted, torch::ones({end - begin}, torch::kLong));
    }
    module.train(wasTraining);
    if (confusion) {
        confusion->assign(std::size_t(classes), std::vector<std::int64_t>(std::size_t(classes), 0));
        const auto m = matrix.accessor<std::int64_t, 2>();
        for (int t = 0; t < classes; ++t)
            for (int p = 0; p < classes; ++p)
                (*confusion)[std::size_t(t)][std::size_t(p)] = m[t][p];
    }
    return data.count > 0 ? double(correct) / double(data.count) : 0.0;
}

} // namespace kcat::engine
