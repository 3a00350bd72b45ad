#pragma once

#include "compute/engine/Trainer.h"

namespace kcat::engine {

class DataParallelGroup;
class TrainingHooks;

// The training loop behind Trainer::run(): the network is built and (data-parallel) synchronised, the
// data loaded and normalised. group is null for a single process; hooks may be null.
TrainingResult runTrainingSession(const TrainingConfig& config, TrainingObserver& observer, Network& network,
                                  const ImageDataset& train, const ImageDataset& test,
                                  DataParallelGroup* group, TrainingHooks* hooks = nullptr);

} // namespace kcat::engine
