#include "app/Modules.h"

#include "compute/core/Cli.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/engine/TorchRuntime.h"

#include <QtPlugin>

namespace kcat::app {

void registerModules() {
    core::registerCoreSchema();
    core::registerCoreCommands();
    engine::registerEngineVersionFacts();
}

} // namespace kcat::app
