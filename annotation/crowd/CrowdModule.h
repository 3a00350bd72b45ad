#pragma once

#include "annotation/crowd/CrowdSimulator.h"
#include "compute/core/Cli.h"

#include <functional>

namespace kcat::crowd {

// `kcat crowd simulate --project P`: annotation/team installs this (it needs the documents store and the
// knowledge base, which this library does not link). `declare` adds its options; `run` gets the annotators
// (accuracy and pattern set, names empty) and the seed from the shared options.
struct ProjectSimulationHandler {
    std::function<void(QCommandLineParser&)> declare;
    std::function<int(const QCommandLineParser&, core::CliContext&, const std::vector<SimulatedAnnotator>&,
                      std::uint64_t seed)>
        run;
    explicit operator bool() const { return bool(run); }
};
void setProjectSimulationHandler(ProjectSimulationHandler handler);

// Registers `kcat agree`, `kcat aggregate` and `kcat crowd simulate` (called once from app/Modules.cpp).
void registerCrowdModule();

} // namespace kcat::crowd
