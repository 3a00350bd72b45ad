// Training throughput of the engine's Trainer: LeNet-5 (or another model) on Fashion-MNIST, SGD with
// momentum, for a fixed number of steps. Prints one JSON line; bench_vs_pytorch.py runs it beside PyTorch.
//   bench_train_throughput [--steps N] [--threads T] [--batch B] [--model M]
#include "compute/engine/Trainer.h"

#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

int main(int argc, char** argv) {
    using namespace kcat::engine;
    TrainingConfig config;
    config.model = QStringLiteral("lenet5");
    config.batchSize = 64;
    config.maxSteps = 1500;
    config.epochs = 100;
    config.threads = 1;
    config.lr = 0.01;
    config.momentum = 0.9;
    config.testSubset = 1000;
    config.checkpoints = false;
    config.logEvery = 1000000;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        const char* value = argv[i + 1];
        if (key == "--steps")
            config.maxSteps = std::atoll(value);
        else if (key == "--threads")
            config.threads = std::atoi(value);
        else if (key == "--batch")
            config.batchSize = std::atoi(value);
        else if (key == "--model")
            config.model = QString::fromUtf8(value);
        else {
            std::fprintf(stderr, "unknown option %s\n", key.c_str());
            return 2;
        }
    }
    try {
        Trainer trainer(config, nullptr);
        const TrainingResult result = trainer.run();
        std::printf("{\"engine\": \"kcat C++ LibTorch\", \"model\": \"%s\", \"batch\": %d, \"threads\": %d, "
                    "\"steps\": %lld, \"images_per_second\": %.1f, \"loader_fraction\": %.4f, "
                    "\"test_accuracy\": %.4f}\n",
                    qPrintable(config.model), config.batchSize, config.threads,
                    static_cast<long long>(result.steps), result.finalMetrics.at("images_per_second"),
                    result.finalMetrics.at("loader_fraction"), result.finalMetrics.at("test_accuracy"));
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench failed: %s\n", e.what());
        return 1;
    }
}
