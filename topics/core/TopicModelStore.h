#pragma once

#include "topics/core/TopicPipeline.h"

#include <QCoreApplication>
#include <QStringList>

namespace kcat::core {
class Workspace;
}

namespace kcat::topics {

// Fitted topic models in the workspace (schema module "topics"): the model's parameters and metrics,
// each topic's top features and every training document's topic vector.
class TopicModelStore {
    Q_DECLARE_TR_FUNCTIONS(kcat::topics::TopicModelStore)

public:
    // Saves (or replaces) the model called name in one transaction; returns its id or throws CorpusError.
    static qint64 save(core::Workspace& workspace, const QString& name, const QString& corpus,
                       const FitOptions& options, const FitResult& result, int termsPerTopic = 30);
    static QStringList names(core::Workspace& workspace);
};

// Registers the "topics" workspace migrations (once).
void registerTopicsSchema();
// Schema and `kcat topics ...` commands; called from app/Modules.cpp.
void registerTopicsModule();

} // namespace kcat::topics
