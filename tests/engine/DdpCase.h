#pragma once

// The training both sides of the data-parallel equivalence test run: engine_ddp_rank (one rank each) and
// tst_dataparallel (one process with the same global batch and seed).

#include "compute/engine/TrainingConfig.h"

namespace kcat::engine::test {

inline TrainingConfig ddpCase() {
    TrainingConfig c;
    c.model = QStringLiteral("lenet5");
    c.trainSubset = 1280;
    c.testSubset = 100;
    c.batchSize = 64; // global: 32 per rank with two ranks
    c.epochs = 2;     // 40 steps
    c.lr = 0.05;
    c.momentum = 0.9;
    c.weightDecay = 1e-4;
    c.seed = 11;
    c.threads = 1;
    c.checkpoints = false;
    return c;
}

} // namespace kcat::engine::test
