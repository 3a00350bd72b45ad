#pragma once

// Optional callbacks into the training loop for run kinds that change how a network trains (ADMM
// compression: an extra loss term, masks after each step, dual updates at epoch ends). Declared without
// LibTorch: the loss is a forward-declared at::Tensor, so only compute/ .cpp files that include LibTorch
// themselves can implement addLoss().

#include <cstdint>

namespace at {
class Tensor;
}

namespace kcat::engine {

class Network;

class TrainingHooks {
public:
    virtual ~TrainingHooks() = default;

    // Once, after the network is built (and loaded from TrainingConfig::initFrom) and before the first
    // step (also when resuming).
    virtual void started(Network& network, std::int64_t stepsPerEpoch) {}
    // Before backward: may replace loss by loss + an extra term (the reported "loss" stays the data
    // loss). step is the number of optimiser steps taken so far.
    virtual void addLoss(Network& network, at::Tensor& loss, std::int64_t step) {}
    // After each optimiser step; step counts it (1 after the first step).
    virtual void afterStep(Network& network, std::int64_t step) {}
    // After each complete epoch (0-based), before its test evaluation and checkpoints.
    virtual void afterEpoch(Network& network, std::int64_t epoch, std::int64_t step) {}
};

} // namespace kcat::engine
