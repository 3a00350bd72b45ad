#pragma once

#include <QString>

namespace kcat::engine {

// The LibTorch runtime as the rest of the program sees it (no LibTorch types in this header).
struct TorchRuntime {
    static QString version();
    static int intraOpThreads();
    // LibTorch starts with one intra-op thread here; training sets it to the machine's cores.
    static void useAllCores();
    static int coreCount();
};

// Adds LibTorch's version and threads to `kcat version`.
void registerEngineVersionFacts();

// Registers the engine's run kinds (`train.baseline`, BaselineRunKind.cpp) with the run platform.
void registerEngineRunKinds();

} // namespace kcat::engine
