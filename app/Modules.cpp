#include "app/Modules.h"

#include "annotation/crowd/CrowdModule.h"
#include "annotation/documents/DocumentsModule.h"
#include "annotation/knowledge/KnowledgeModule.h"
#include "compute/balance/Balance.h"
#include "compute/core/Cli.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/engine/TorchRuntime.h"
#include "compute/runs/Runs.h"
#include "topics/core/TopicModelStore.h"

#include <QtPlugin>

namespace kcat::app {

void registerModules() {
    core::registerCoreSchema();
    core::registerCoreCommands();
    engine::registerEngineVersionFacts();
    runs::registerRunsModule();
    engine::registerEngineRunKinds();
    topics::registerTopicsModule();
    annotation::registerKnowledgeModule();
    annotation::registerDocumentsModule();
    crowd::registerCrowdModule();
    balance::registerBalanceModule();
}

} // namespace kcat::app
