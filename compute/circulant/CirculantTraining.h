#pragma once

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace kcat::circulant {

// The `compression.circulant` run's parameters.
struct CirculantTrainingConfig {
    int block = 8;
    std::vector<std::string> circulantLayers{"fc1", "fc2", "fc3"};
    QString dataset; // IDX folder; empty: Fashion-MNIST
    int epochs = 10;
    int batchSize = 64;
    double lr = 0.01;
    double momentum = 0.9;
    double weightDecay = 0.0;
    QString schedule = QStringLiteral("cosine"); // none | cosine
    std::uint64_t seed = 1;
    std::int64_t trainSubset = 0;
    std::int64_t testSubset = 0;
    int threads = 0; // 0: all cores
    int logEvery = 50;
    QString initFrom;       // a train.baseline checkpoint of LeNet-5: projected onto the circulant layers
    int timingRepeats = 50; // inference timing passes (median)
    QString outputDir;      // where model.pt goes (empty: not saved)
};

// How the training reports (the run kind forwards these to its RunContext).
struct TrainingCallbacks {
    std::function<void(const QString& key, std::int64_t step, double value)> metric;
    std::function<void(const QString& table, std::int64_t step, const QString& row, const nlohmann::json&)>
        tableRow;
    std::function<void(const QString& line)> log;
    std::function<void(double fraction, const QString& detail)> progress;
    std::function<bool()> cancelled;
    std::function<void(const QString& kind, const QString& path)> artifact;
};

struct CirculantTrainingResult {
    bool cancelled = false;
    std::map<std::string, double> finalMetrics; // test_accuracy, compression_rate, nonzero_weights, ...
};

class CirculantTraining {
    Q_DECLARE_TR_FUNCTIONS(kcat::circulant::CirculantTraining)

public:
    // Loads the data set (engine::DatasetError when it is missing or malformed), trains the circulant
    // LeNet-5 with SGD (momentum; the circulant weights at lr / k) on cross-entropy, evaluates on the test
    // split every epoch, then measures inference time against the dense layers. Reports per-epoch metrics
    // (train_loss, train_accuracy, test_accuracy), tables `layers`, `weight_histogram`, `inference`,
    // `accounting` (rows dense and circulant: storage and batch-1 latency of the whole network), and final
    // metrics test_accuracy, compression_rate (dense weights / stored weights, whole network),
    // nonzero_weights (stored weights), parameters, fc_compression_rate, dense_inference_ms,
    // circulant_inference_ms.
    static CirculantTrainingResult run(const CirculantTrainingConfig& config,
                                       const TrainingCallbacks& callbacks);
};

} // namespace kcat::circulant
