#pragma once

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>

namespace kcat::engine {

// Data-parallel placement of this process (world size 1: a single process).
struct DataParallelConfig {
    int rank = 0;
    int worldSize = 1;
    QString masterHost = QStringLiteral("127.0.0.1");
    int masterPort = 29500;
};

// Everything a baseline training run is parameterised by. JSON keys are the `train.baseline` parameter
// names (snake_case, as in toJson()).
struct TrainingConfig {
    Q_DECLARE_TR_FUNCTIONS(kcat::engine::TrainingConfig)

public:
    QString model = QStringLiteral("lenet5");
    QString dataset; // folder with {train,t10k}-{images-idx3,labels-idx1}-ubyte[.gz]; empty: Fashion-MNIST
    int epochs = 10;
    int batchSize = 64; // the global batch (split over data-parallel ranks)
    double lr = 0.01;
    std::uint64_t seed = 1;
    QString optimizer = QStringLiteral("sgd"); // sgd | adam
    double momentum = 0.9;                     // SGD only
    double weightDecay = 0.0;
    QString schedule = QStringLiteral("none"); // none | step | cosine
    int stepEpochs = 5;                        // step schedule: multiply by gamma every stepEpochs epochs
    double gamma = 0.1;
    std::int64_t maxSteps = 0;    // stop after this many optimiser steps (0: train all epochs)
    std::int64_t trainSubset = 0; // first n training images only (0: all)
    std::int64_t testSubset = 0;  // first n test images only (0: all)
    int threads = 0;              // LibTorch intra-op threads (0: all cores)
    int logEvery = 50;            // steps between "loss" metric points
    bool checkpoints = true;      // write best.pt / last.pt into outputDir
    QString outputDir;            // where checkpoints and the confusion matrix go (empty: nowhere)
    QString resumeFrom;           // checkpoint to continue from (empty: fresh start)
    QString
        initFrom; // weights to start from (checkpoint or model file; fresh optimiser, step 0; empty: seed)
    DataParallelConfig parallel;

    // Reads the keys present, keeping defaults for the others; throws std::invalid_argument naming the
    // parameter for an unknown key, a wrong type or a value out of range.
    static TrainingConfig fromJson(const nlohmann::json& params);
    nlohmann::json toJson() const;
    // Throws std::invalid_argument naming the first parameter out of range.
    void validate() const;
    // Learning rate at a global step (schedules are functions of the step, so resume needs no state).
    double learningRate(std::int64_t step, std::int64_t stepsPerEpoch) const;
};

} // namespace kcat::engine
