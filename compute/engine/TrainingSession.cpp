#include "compute/engine/TrainingSession.h"

#include "compute/core/Json.h"
#include "compute/engine/DataParallel.h"
#include "compute/engine/EpochSampler.h"
#include "compute/engine/Network.h"
#include "compute/engine/NetworkImpl.inc"
#include "compute/engine/TrainingHooks.h"
#include "compute/engine/TrainingObserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <chrono>
#include <cstdio>

namespace kcat::engine {

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double>(to - from).count();
}

// The training loop's state; one per run() call.
class Session {
    Q_DECLARE_TR_FUNCTIONS(kcat::engine::Trainer)

public:
    Session(const TrainingConfig& config, TrainingObserver& observer, Network& network,
            const ImageDataset& train, const ImageDataset& test, DataParallelGroup* group,
            TrainingHooks* hooks)
        : m_config(config)
        , m_observer(observer)
        , m_network(network)
        , m_module(*network.impl().sequential)
        , m_train(train)
        , m_test(test)
        , m_group(group)
        , m_hooks(hooks)
        , m_sampler(train.count, config.batchSize, config.seed, config.parallel.rank,
                    config.parallel.worldSize) {
        for (int b = 0; b < 256; ++b)
            m_normalised[std::size_t(b)] = (float(b) / 255.0f - train.mean) / train.stddev;
        if (config.optimizer == QLatin1String("adam"))
            m_optimizer = std::make_unique<torch::optim::Adam>(
                m_module.parameters(), torch::optim::AdamOptions(config.lr).weight_decay(config.weightDecay));
        else
            m_optimizer = std::make_unique<torch::optim::SGD>(m_module.parameters(),
                                                              torch::optim::SGDOptions(config.lr)
                                                                  .momentum(config.momentum)
                                                                  .weight_decay(config.weightDecay));
    }

    TrainingResult run();

private:
    bool isWriter() const { return m_config.parallel.rank == 0; }
    QString checkpointFile(const QString& name);
    void saveCheckpoint(const QString& name);
    void loadCheckpoint(const QString& path);
    void gather(const std::vector<std::int64_t>& indices, torch::Tensor& x, torch::Tensor& y) const;
    void reportLayers();
    void reportConfusion(const std::vector<std::vector<std::int64_t>>& confusion);
    double evaluateTest();

    const TrainingConfig& m_config;
    TrainingObserver& m_observer;
    Network& m_network;
    torch::nn::SequentialImpl& m_module;
    const ImageDataset& m_train;
    const ImageDataset& m_test;
    DataParallelGroup* m_group;
    TrainingHooks* m_hooks;
    EpochSampler m_sampler;
    std::array<float, 256> m_normalised{}; // byte -> (byte / 255 - mean) / std
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;

    std::int64_t m_step = 0;
    double m_best = -1.0;
    double m_lastTestAccuracy = -1.0;
    std::int64_t m_lastTestStep = -1;
    TrainingResult m_result;
    const QStringList m_epochKeys{QStringLiteral("test_accuracy"), QStringLiteral("train_loss"),
                                  QStringLiteral("train_accuracy"), QStringLiteral("epoch_seconds"),
                                  QStringLiteral("images_per_second")};
};

QString Session::checkpointFile(const QString& name) {
    QString path = m_observer.checkpointPath(name);
    if (path.isEmpty() && !m_config.outputDir.isEmpty())
        path = QDir(m_config.outputDir).filePath(name + QStringLiteral(".pt"));
    return path;
}

// Model, optimiser state and the loop position, written to a temporary file and renamed, so a crash
// never leaves half a checkpoint under the real name.
void Session::saveCheckpoint(const QString& name) {
    if (!m_config.checkpoints || !isWriter())
        return;
    const QString path = checkpointFile(name);
    if (path.isEmpty())
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    torch::serialize::OutputArchive archive;
    torch::serialize::OutputArchive model;
    m_module.save(model);
    archive.write("model", model);
    torch::serialize::OutputArchive optimizer;
    m_optimizer->save(optimizer);
    archive.write("optimizer", optimizer);
    archive.write("step", torch::tensor(m_step, torch::kLong));
    archive.write("best_test_accuracy", torch::tensor(m_best, torch::kDouble));
    archive.write("model_name", c10::IValue(m_config.model.toStdString()));
    const QString temporary = path + QStringLiteral(".part");
    archive.save_to(QFile::encodeName(temporary).toStdString());
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
        throw std::runtime_error(tr("Checkpoint %1 cannot be written.").arg(path).toStdString());
    const nlohmann::json state{{"step", m_step}, {"best_test_accuracy", m_best}, {"model", m_config.model}};
    m_observer.checkpointSaved(name, path, m_step, state);
    (name == QLatin1String("best") ? m_result.bestCheckpoint : m_result.lastCheckpoint) = path;
}

void Session::loadCheckpoint(const QString& path) {
    if (!QFileInfo(path).isFile())
        throw std::runtime_error(tr("Checkpoint %1 does not exist.").arg(path).toStdString());
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(QFile::encodeName(path).toStdString());
        c10::IValue modelName;
        archive.read("model_name", modelName);
        if (QString::fromStdString(modelName.toStringRef()) != m_config.model)
            throw std::runtime_error(
                tr("Checkpoint %1 holds a %2 network, not %3.")
                    .arg(path, QString::fromStdString(modelName.toStringRef()), m_config.model)
                    .toStdString());
        torch::serialize::InputArchive model;
        archive.read("model", model);
        m_module.load(model);
        torch::serialize::InputArchive optimizer;
        archive.read("optimizer", optimizer);
        m_optimizer->load(optimizer);
        torch::Tensor step;
        archive.read("step", step);
        torch::Tensor best;
        archive.read("best_test_accuracy", best);
        m_step = step.item<std::int64_t>();
        m_best = best.item<double>();
    } catch (const c10::Error& e) {
        throw std::runtime_error(tr("Checkpoint %1 cannot be read: %2")
                                     .arg(path, QString::fromStdString(e.what_without_backtrace()))
                                     .toStdString());
    }
    m_observer.log(tr("Resumed from %1 at step %2.").arg(path).arg(m_step));
}

// The batch loader: a plain copy through a 256-entry table on the training thread. It takes a few
// microseconds per batch (loader_fraction reports its share of the step time), so it needs neither
// worker threads nor LibTorch's intra-op pool.
void Session::gather(const std::vector<std::int64_t>& indices, torch::Tensor& x, torch::Tensor& y) const {
    const std::int64_t n = std::int64_t(indices.size());
    const std::int64_t pixels = m_train.pixels();
    x = torch::empty({n, 1, m_train.rows, m_train.cols}, torch::kFloat);
    y = torch::empty({n}, torch::kLong);
    float* out = x.data_ptr<float>();
    std::int64_t* labels = y.data_ptr<std::int64_t>();
    for (std::int64_t i = 0; i < n; ++i) {
        const std::uint8_t* image = m_train.images.data() + indices[std::size_t(i)] * pixels;
        for (std::int64_t p = 0; p < pixels; ++p)
            out[p] = m_normalised[image[p]];
        out += pixels;
        labels[i] = m_train.labels[std::size_t(indices[std::size_t(i)])];
    }
}

void Session::reportLayers() {
    for (const LayerInfo& layer : m_network.layers()) {
        m_observer.tableRow(QStringLiteral("layers"), 0, QString::fromStdString(layer.name),
                            nlohmann::json{{"type", layer.type},
                                           {"shape", layer.weightShape},
                                           {"weights", layer.weights},
                                           {"biases", layer.biases}});
    }
}

void Session::reportConfusion(const std::vector<std::vector<std::int64_t>>& confusion) {
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t t = 0; t < confusion.size(); ++t) {
        nlohmann::json row = nlohmann::json::object();
        for (std::size_t p = 0; p < confusion[t].size(); ++p)
            row[std::to_string(p)] = confusion[t][p];
        m_observer.tableRow(QStringLiteral("confusion_matrix"), m_step, QString::number(t), row);
        rows.push_back(confusion[t]);
    }
    const QString path = isWriter() ? checkpointFile(QStringLiteral("confusion_matrix")) : QString();
    if (path.isEmpty())
        return;
    const QString jsonPath = QFileInfo(path).absolutePath() + QStringLiteral("/confusion_matrix.json");
    QFile file(jsonPath);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const nlohmann::json doc{
            {"rows_are", "true class"}, {"columns_are", "predicted class"}, {"matrix", rows}};
        file.write(QByteArray::fromStdString(doc.dump(1)));
        file.close();
        m_observer.artifact(QStringLiteral("confusion_matrix"), jsonPath);
    }
}

double Session::evaluateTest() {
    if (m_lastTestStep != m_step) {
        m_lastTestAccuracy = Trainer::evaluate(m_network, m_test);
        m_lastTestStep = m_step;
    }
    return m_lastTestAccuracy;
}

TrainingResult Session::run() {
    if (!m_config.resumeFrom.isEmpty())
        loadCheckpoint(m_config.resumeFrom);
    reportLayers();
    m_observer.metric(QStringLiteral("parameters"), m_step, double(m_network.parameterCount()));
    m_module.train();
    const std::int64_t perEpoch = m_sampler.stepsPerEpoch();
    std::int64_t totalSteps = perEpoch * m_config.epochs;
    if (m_config.maxSteps > 0)
        totalSteps = std::min(totalSteps, m_config.maxSteps);
    const int world = m_config.parallel.worldSize;
    if (m_hooks)
        m_hooks->started(m_network, perEpoch);

    double trainSeconds = 0.0;
    double loaderSeconds = 0.0;
    std::int64_t trainedImages = 0;
    double lastEpochSeconds = 0.0;
    double lastLoss = 0.0;
    double lastTrainAccuracy = 0.0;
    bool stop = m_step >= totalSteps;

    for (std::int64_t epoch = m_step / perEpoch; !stop && epoch < m_config.epochs; ++epoch) {
        m_sampler.startEpoch(epoch);
        std::vector<double> sums{0.0, 0.0, 0.0}; // loss x items, correct, items
        double epochTrain = 0.0;
        std::int64_t s = m_step - epoch * perEpoch;
        for (; s < perEpoch; ++s) {
            if (m_step >= totalSteps) {
                stop = true;
                break;
            }
            const auto t0 = Clock::now();
            const std::vector<std::int64_t> indices = m_sampler.batch(s);
            torch::Tensor x, y;
            gather(indices, x, y);
            const auto t1 = Clock::now();

            const double lr = m_config.learningRate(m_step, perEpoch);
            for (auto& group : m_optimizer->param_groups())
                group.options().set_lr(lr);
            m_optimizer->zero_grad();
            const torch::Tensor logits = m_module.forward(x);
            const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, y);
            torch::Tensor total = loss;
            if (m_hooks)
                m_hooks->addLoss(m_network, total, m_step);
            total.backward();
            bool cancel = m_observer.isCancelled();
            if (m_group)
                cancel = m_group->averageGradients(m_network, cancel);
            m_optimizer->step();
            ++m_step;
            if (m_hooks)
                m_hooks->afterStep(m_network, m_step);

            const double lossValue = loss.item<double>();
            sums[0] += lossValue * double(indices.size());
            sums[1] += double(logits.argmax(1).eq(y).sum().item<std::int64_t>());
            sums[2] += double(indices.size());
            const auto t2 = Clock::now();
            loaderSeconds += seconds(t0, t1);
            epochTrain += seconds(t0, t2);
            if (m_step % m_config.logEvery == 0) {
                m_observer.metric(QStringLiteral("loss"), m_step, lossValue);
                m_observer.metric(QStringLiteral("lr"), m_step, lr);
                m_observer.progress(
                    double(m_step) / double(totalSteps),
                    tr("epoch %1 of %2, step %3").arg(epoch + 1).arg(m_config.epochs).arg(m_step));
            }
            if (cancel) {
                m_result.cancelled = true;
                stop = true;
                ++s;
                break;
            }
        }
        trainSeconds += epochTrain;
        trainedImages += std::int64_t(sums[2]) * world;
        if (m_group)
            m_group->sum(sums);
        if (sums[2] > 0) {
            lastLoss = sums[0] / sums[2];
            lastTrainAccuracy = sums[1] / sums[2];
        }
        if (s < perEpoch || m_result.cancelled)
            break; // a partial epoch: the final report below covers it
        lastEpochSeconds = epochTrain;
        if (m_hooks)
            m_hooks->afterEpoch(m_network, epoch, m_step);
        const double testAccuracy = evaluateTest();
        m_observer.metric(QStringLiteral("train_loss"), m_step, lastLoss);
        m_observer.metric(QStringLiteral("train_accuracy"), m_step, lastTrainAccuracy);
        m_observer.metric(QStringLiteral("test_accuracy"), m_step, testAccuracy);
        m_observer.metric(QStringLiteral("epoch_seconds"), m_step, epochTrain);
        m_observer.metric(QStringLiteral("images_per_second"), m_step, sums[2] / std::max(1e-9, epochTrain));
        m_observer.log(tr("Epoch %1: loss %2, train accuracy %3, test accuracy %4, %5 s.")
                           .arg(epoch + 1)
                           .arg(lastLoss, 0, 'f', 4)
                           .arg(lastTrainAccuracy, 0, 'f', 4)
                           .arg(testAccuracy, 0, 'f', 4)
                           .arg(epochTrain, 0, 'f', 1));
        if (testAccuracy > m_best) {
            m_best = testAccuracy;
            saveCheckpoint(QStringLiteral("best"));
        }
        saveCheckpoint(QStringLiteral("last"));
    }

    // The final report: test accuracy and confusion matrix of the weights as they end.
    std::vector<std::vector<std::int64_t>> confusion;
    const double testAccuracy = Trainer::evaluate(m_network, m_test, &confusion);
    if (testAccuracy > m_best) {
        m_best = testAccuracy;
        saveCheckpoint(QStringLiteral("best"));
    }
    if (m_result.lastCheckpoint.isEmpty() || m_lastTestStep != m_step)
        saveCheckpoint(QStringLiteral("last"));
    reportConfusion(confusion);
    m_result.confusion = std::move(confusion);
    m_result.steps = m_step;
    auto& final = m_result.finalMetrics;
    final["test_accuracy"] = testAccuracy;
    final["best_test_accuracy"] = m_best;
    final["train_loss"] = lastLoss;
    final["train_accuracy"] = lastTrainAccuracy;
    final["images_per_second"] = trainSeconds > 0 ? double(trainedImages) / trainSeconds : 0.0;
    final["epoch_seconds"] = lastEpochSeconds > 0 ? lastEpochSeconds : trainSeconds;
    final["loader_fraction"] = trainSeconds > 0 ? loaderSeconds / trainSeconds : 0.0;
    final["steps"] = double(m_step);
    final["parameters"] = double(m_network.parameterCount());
    // Keys the last epoch already reported at this step are not repeated (steps increase within a key).
    for (const auto& [key, value] : final) {
        const QString name = QString::fromStdString(key);
        if (m_lastTestStep == m_step && !m_result.cancelled && m_epochKeys.contains(name))
            continue;
        m_observer.metric(name, m_step, value);
    }
    m_observer.progress(1.0, tr("done"));
    return m_result;
}

} // namespace

TrainingResult runTrainingSession(const TrainingConfig& config, TrainingObserver& observer, Network& network,
                                  const ImageDataset& train, const ImageDataset& test,
                                  DataParallelGroup* group, TrainingHooks* hooks) {
    Session session(config, observer, network, train, test, group, hooks);
    return session.run();
}

} // namespace kcat::engine
