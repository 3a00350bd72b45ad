#include "app/Modules.h"

#include "annotation/crowd/CrowdModule.h"
#include "annotation/documents/DocumentsModule.h"
#include "annotation/knowledge/KnowledgeModule.h"
#include "annotation/server/ServerModule.h"
#include "annotation/team/TeamModule.h"
#include "compute/balance/Balance.h"
#include "compute/circulant/Circulant.h"
#include "compute/compression/Compression.h"
#include "compute/core/Cli.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/engine/TorchRuntime.h"
#include "compute/runs/Runs.h"
#include "compute/snn/Snn.h"
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
    team::registerTeamModule();
    server::registerServerModule();
    balance::registerBalanceModule();
    circulant::registerCirculant();
    compression::registerCompression();
    snn::registerSnnModule();
}

} // namespace kcat::app
