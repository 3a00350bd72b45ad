#pragma once

#include "compute/core/Json.h"
#include "topics/core/TopicPipeline.h"

#include <QCoreApplication>
#include <QStringList>

namespace kcat::core {
class Workspace;
}

namespace kcat::topics {

// One saved model as the comparison table lists it.
struct ModelSummary {
    qint64 id = 0;
    QString name, created, corpus, model, features; // model: lda | rsm; features: bow | semantic-locality
    int topics = 0;
    qint64 corpusId = 0; // the workspace corpus it was fitted on (0: fitted from a file by the CLI)
    bool explorable = false;
    nlohmann::json params, metrics;
};

// A saved model with everything the explorer shows. Topic ids are the model's own.
struct StoredTopicModel {
    ModelSummary summary;
    QStringList featureNames;
    Eigen::MatrixXd topicWord;     // K x features, rows summing to one (RSM: softmax(b + W_j))
    Eigen::VectorXd frequency;     // training counts of each feature
    Eigen::VectorXd prevalence;    // K
    QStringList documentIds;       // training documents
    Eigen::MatrixXd documentTopic; // training documents x K
    // p(w) for LDAvis relevance: the model's marginal sum_t prevalence_t * p(w | t).
    Eigen::VectorXd marginal() const;
};

// Fitted topic models in the workspace (schema module "topics"): the model's parameters and metrics,
// each topic's top features and every training document's topic vector.
class TopicModelStore {
    Q_DECLARE_TR_FUNCTIONS(kcat::topics::TopicModelStore)

public:
    // Saves (or replaces) the model called name in one transaction; returns its id or throws CorpusError.
    static qint64 save(core::Workspace& workspace, const QString& name, const QString& corpus,
                       const FitOptions& options, const FitResult& result, int termsPerTopic = 30,
                       qint64 corpusId = 0);
    static QVector<ModelSummary> list(core::Workspace& workspace);
    // Throws CorpusError when there is no such model or it lacks its matrices.
    static StoredTopicModel load(core::Workspace& workspace, qint64 id);
    static void remove(core::Workspace& workspace, qint64 id);
    static QStringList names(core::Workspace& workspace);
};

// Registers the "topics" workspace migrations (once).
void registerTopicsSchema();
// Schema and `kcat topics ...` commands; called from app/Modules.cpp.
void registerTopicsModule();

} // namespace kcat::topics
