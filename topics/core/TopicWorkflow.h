#pragma once

#include "topics/core/Corpus.h"
#include "topics/core/TopicPipeline.h"

#include <QCoreApplication>

namespace kcat::topics {

// Where a corpus comes from when the explorer imports it.
struct ImportRequest {
    enum Source { Folder, Jsonl, Csv, WordnetDemo };
    Source source = WordnetDemo;
    QString path;       // file or folder; unused for the WordNet demo
    CsvColumns columns; // CSV only
    int sample = 0;     // keep a seeded random sample of this many documents (0: all)
    quint64 seed = 1;
    QString name; // name in the workspace
};

// The explorer's background work, each step on its own workspace connection (it runs on a pool thread) and
// in one transaction: import a corpus, fit and save a model. Throws CorpusError with a message for the user
// and Cancelled when progress says so; nothing is left half-written either way.
class TopicWorkflow {
    Q_DECLARE_TR_FUNCTIONS(kcat::topics::TopicWorkflow)

public:
    static qint64 importCorpus(const QString& workspacePath, const ImportRequest& request,
                               const Progress& progress = {});
    static qint64 fitModel(const QString& workspacePath, qint64 corpusId, const QString& name,
                           const FitOptions& options, const Progress& progress = {});
};

} // namespace kcat::topics
