#pragma once

#include "compute/engine/ImageDataset.h"
#include "compute/engine/TrainingConfig.h"

#include <QCoreApplication>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kcat::engine {

class Network;
class TrainingHooks;
class TrainingObserver;

// What a finished (or stopped) training run leaves behind.
struct TrainingResult {
    // test_accuracy, best_test_accuracy, train_loss, train_accuracy, images_per_second, epoch_seconds,
    // loader_fraction (share of step time spent building batches), steps, parameters.
    std::map<std::string, double> finalMetrics;
    // confusion[true][predicted] on the test set with the final weights.
    std::vector<std::vector<std::int64_t>> confusion;
    bool cancelled = false;
    std::int64_t steps = 0;
    QString lastCheckpoint;
    QString bestCheckpoint;
};

// Supervised training of one of the engine's networks on an IDX image set (`train.baseline`): SGD or
// Adam with a step or cosine schedule, per-step and per-epoch metrics, best/last checkpoints with resume,
// a test-set confusion matrix, and data-parallel training over ranks (gradient all-reduce) when the
// config's world size is above 1. Deterministic for a seed with one intra-op thread.
class Trainer {
    Q_DECLARE_TR_FUNCTIONS(kcat::engine::Trainer)

public:
    // observer may be null. Throws std::invalid_argument for an invalid config.
    Trainer(TrainingConfig config, TrainingObserver* observer);
    ~Trainer();

    // Optional: data sets already in memory (otherwise read from config.dataset when run() starts).
    void setData(ImageDataset train, ImageDataset test);

    // Optional: callbacks into the loop (extra loss, after step/epoch); not owned, must outlive run().
    void setHooks(TrainingHooks* hooks);

    // Trains; throws DatasetError for unusable data and std::runtime_error for other failures (a
    // checkpoint that does not fit, a data-parallel group that cannot form).
    TrainingResult run();

    // The network as it stands (after run(): the final weights). Null before run().
    const Network* network() const;

    // Accuracy and confusion matrix of a network on a data set (normalised with the set's mean/stddev).
    static double evaluate(const Network& network, const ImageDataset& data,
                           std::vector<std::vector<std::int64_t>>* confusion = nullptr);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace kcat::engine
