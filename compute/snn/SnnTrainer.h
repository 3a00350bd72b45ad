#pragma once

#include "compute/engine/ImageDataset.h"
#include "compute/snn/SnnConfig.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <memory>
#include <string>

namespace kcat::engine {
class TrainingObserver;
}

namespace kcat::snn {

struct SnnResult {
    // test_accuracy, train_loss, peak_memory_bytes, step_memory_bytes, peak_rss_bytes, epoch_seconds,
    // backward_seconds (mean per step), backward_flops (per step), reconstruction_error, steps, ...
    std::map<std::string, double> finalMetrics;
    bool cancelled = false;
    std::int64_t steps = 0;
};

// Trains the spiking CNN with Adam on an IDX image set, measuring the bytes LibTorch holds during every
// training step with the counting allocator, and reports metrics, per-layer spike rates, membrane traces
// and a raster of one test image to the observer.
class SnnTrainer {
    Q_DECLARE_TR_FUNCTIONS(kcat::snn::SnnTrainer)

public:
    // observer may be null; throws std::invalid_argument for an invalid config.
    SnnTrainer(SnnConfig config, engine::TrainingObserver* observer);
    ~SnnTrainer();

    // Optional: data in memory (else read from config.dataset or Fashion-MNIST when run() starts).
    void setData(engine::ImageDataset train, engine::ImageDataset test);
    // Where to write the probe file (membrane traces and raster as JSON); empty: none.
    void setOutputDir(const QString& dir);

    // Throws engine::DatasetError for unusable data.
    SnnResult run();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace kcat::snn
