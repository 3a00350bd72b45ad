#include "compute/engine/TrainingConfig.h"

#include "compute/core/Json.h"
#include "compute/engine/Network.h"

#include <cmath>
#include <stdexcept>

namespace kcat::engine {

namespace {

using nlohmann::json;

[[noreturn]] void refuse(const QString& message) {
    throw std::invalid_argument(message.toStdString());
}

template <typename T> T number(const json& params, const char* key, T current) {
    if (!params.contains(key))
        return current;
    const json& v = params.at(key);
    if (std::is_integral_v<T> ? !v.is_number_integer() : !v.is_number())
        refuse(TrainingConfig::tr("parameter '%1': expected %2, got %3")
                   .arg(QLatin1String(key),
                        std::is_integral_v<T> ? TrainingConfig::tr("an integer")
                                              : TrainingConfig::tr("a number"),
                        QString::fromStdString(v.dump())));
    return v.get<T>();
}

QString text(const json& params, const char* key, const QString& current) {
    if (!params.contains(key))
        return current;
    const json& v = params.at(key);
    if (!v.is_string())
        refuse(TrainingConfig::tr("parameter '%1': expected a string, got %2")
                   .arg(QLatin1String(key), QString::fromStdString(v.dump())));
    return core::toQString(v);
}

void range(const char* key, double value, double min, double max) {
    if (!(value >= min && value <= max))
        refuse(TrainingConfig::tr("parameter '%1': %2 is outside [%3, %4]")
                   .arg(QLatin1String(key))
                   .arg(value)
                   .arg(min)
                   .arg(max));
}

void oneOf(const char* key, const QString& value, const QStringList& choices) {
    if (!choices.contains(value))
        refuse(TrainingConfig::tr("parameter '%1': '%2' is not one of %3")
                   .arg(QLatin1String(key), value, choices.join(QStringLiteral(", "))));
}

const QStringList kKeys = {
    QStringLiteral("model"),       QStringLiteral("dataset"),      QStringLiteral("epochs"),
    QStringLiteral("batch_size"),  QStringLiteral("lr"),           QStringLiteral("seed"),
    QStringLiteral("optimizer"),   QStringLiteral("momentum"),     QStringLiteral("weight_decay"),
    QStringLiteral("schedule"),    QStringLiteral("step_epochs"),  QStringLiteral("gamma"),
    QStringLiteral("max_steps"),   QStringLiteral("train_subset"), QStringLiteral("test_subset"),
    QStringLiteral("threads"),     QStringLiteral("log_every"),    QStringLiteral("checkpoints"),
    QStringLiteral("output_dir"),  QStringLiteral("resume_from"),  QStringLiteral("init_from"),
    QStringLiteral("rank"),        QStringLiteral("world_size"),   QStringLiteral("master_host"),
    QStringLiteral("master_port"),
};

} // namespace

TrainingConfig TrainingConfig::fromJson(const json& params) {
    if (!params.is_object())
        refuse(tr("training parameters must be a JSON object"));
    for (const auto& item : params.items())
        if (!kKeys.contains(QString::fromStdString(item.key())))
            refuse(tr("unknown parameter '%1'").arg(QString::fromStdString(item.key())));
    TrainingConfig c;
    c.model = text(params, "model", c.model);
    c.dataset = text(params, "dataset", c.dataset);
    c.epochs = number(params, "epochs", c.epochs);
    c.batchSize = number(params, "batch_size", c.batchSize);
    c.lr = number(params, "lr", c.lr);
    c.seed = number(params, "seed", c.seed);
    c.optimizer = text(params, "optimizer", c.optimizer);
    c.momentum = number(params, "momentum", c.momentum);
    c.weightDecay = number(params, "weight_decay", c.weightDecay);
    c.schedule = text(params, "schedule", c.schedule);
    c.stepEpochs = number(params, "step_epochs", c.stepEpochs);
    c.gamma = number(params, "gamma", c.gamma);
    c.maxSteps = number(params, "max_steps", c.maxSteps);
    c.trainSubset = number(params, "train_subset", c.trainSubset);
    c.testSubset = number(params, "test_subset", c.testSubset);
    c.threads = number(params, "threads", c.threads);
    c.logEvery = number(params, "log_every", c.logEvery);
    if (params.contains("checkpoints")) {
        if (!params.at("checkpoints").is_boolean())
            refuse(tr("parameter '%1': expected true or false").arg(QStringLiteral("checkpoints")));
        c.checkpoints = params.at("checkpoints").get<bool>();
    }
    c.outputDir = text(params, "output_dir", c.outputDir);
    c.resumeFrom = text(params, "resume_from", c.resumeFrom);
    c.initFrom = text(params, "init_from", c.initFrom);
    c.parallel.rank = number(params, "rank", c.parallel.rank);
    c.parallel.worldSize = number(params, "world_size", c.parallel.worldSize);
    c.parallel.masterHost = text(params, "master_host", c.parallel.masterHost);
    c.parallel.masterPort = number(params, "master_port", c.parallel.masterPort);
    c.validate();
    return c;
}

void TrainingConfig::validate() const {
    oneOf("model", model, Network::modelNames());
    range("epochs", epochs, 1, 10000);
    range("batch_size", batchSize, 1, 65536);
    range("lr", lr, 1e-8, 10);
    oneOf("optimizer", optimizer, {QStringLiteral("sgd"), QStringLiteral("adam")});
    range("momentum", momentum, 0, 0.999);
    range("weight_decay", weightDecay, 0, 1);
    oneOf("schedule", schedule, {QStringLiteral("none"), QStringLiteral("step"), QStringLiteral("cosine")});
    range("step_epochs", stepEpochs, 1, 10000);
    range("gamma", gamma, 1e-6, 1);
    range("max_steps", double(maxSteps), 0, 1e12);
    range("train_subset", double(trainSubset), 0, 1e10);
    range("test_subset", double(testSubset), 0, 1e10);
    range("threads", threads, 0, 1024);
    range("log_every", logEvery, 1, 1e9);
    range("world_size", parallel.worldSize, 1, 1024);
    range("rank", parallel.rank, 0, parallel.worldSize - 1);
    range("master_port", parallel.masterPort, 1, 65535);
    if (batchSize % parallel.worldSize != 0)
        refuse(tr("parameter 'batch_size': %1 is not a multiple of the world size %2")
                   .arg(batchSize)
                   .arg(parallel.worldSize));
}

json TrainingConfig::toJson() const {
    return json{{"model", model},
                {"dataset", dataset},
                {"epochs", epochs},
                {"batch_size", batchSize},
                {"lr", lr},
                {"seed", seed},
                {"optimizer", optimizer},
                {"momentum", momentum},
                {"weight_decay", weightDecay},
                {"schedule", schedule},
                {"step_epochs", stepEpochs},
                {"gamma", gamma},
                {"max_steps", maxSteps},
                {"train_subset", trainSubset},
                {"test_subset", testSubset},
                {"threads", threads},
                {"log_every", logEvery}};
}

double TrainingConfig::learningRate(std::int64_t step, std::int64_t stepsPerEpoch) const {
    if (schedule == QLatin1String("step")) {
        const std::int64_t epoch = step / std::max<std::int64_t>(1, stepsPerEpoch);
        return lr * std::pow(gamma, double(epoch / stepEpochs));
    }
    if (schedule == QLatin1String("cosine")) {
        std::int64_t total = std::int64_t(epochs) * stepsPerEpoch;
        if (maxSteps > 0)
            total = std::min(total, maxSteps);
        const double t = std::min(1.0, double(step) / double(std::max<std::int64_t>(1, total)));
        return 0.5 * lr * (1.0 + std::cos(M_PI * t));
    }
    return lr;
}

} // namespace kcat::engine
