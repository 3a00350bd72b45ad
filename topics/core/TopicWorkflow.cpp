#include "topics/core/TopicWorkflow.h"

#include "compute/core/Workspace.h"
#include "topics/core/CorpusStore.h"
#include "topics/core/TopicModelStore.h"

namespace kcat::topics {

namespace {

std::unique_ptr<core::Workspace> openWorkspace(const QString& path) {
    core::WorkspaceError error;
    auto ws = core::Workspace::open(path, &error);
    if (!ws)
        throw CorpusError(error.message);
    return ws;
}

} // namespace

qint64 TopicWorkflow::importCorpus(const QString& workspacePath, const ImportRequest& request,
                                   const Progress& progress) {
    progress.tick(0, 0);
    Corpus corpus;
    switch (request.source) {
    case ImportRequest::Folder:
        corpus = CorpusImporter::fromFolder(request.path);
        break;
    case ImportRequest::Jsonl:
        corpus = CorpusImporter::fromJsonl(request.path);
        break;
    case ImportRequest::Csv:
        corpus = CorpusImporter::fromCsv(request.path, request.columns);
        break;
    case ImportRequest::WordnetDemo:
        corpus = CorpusImporter::wordnetNounGlosses(
            request.path.isEmpty() ? QStringLiteral("/usr/share/wordnet") : request.path);
        break;
    }
    if (progress.isCancelled())
        throw Cancelled{};
    corpus = sampleDocuments(corpus, request.sample, request.seed);
    auto ws = openWorkspace(workspacePath);
    const QString name = request.name.trimmed().isEmpty() ? corpus.source : request.name.trimmed();
    return CorpusStore::save(*ws, name, corpus, progress);
}

qint64 TopicWorkflow::fitModel(const QString& workspacePath, qint64 corpusId, const QString& name,
                               const FitOptions& options, const Progress& progress) {
    auto ws = openWorkspace(workspacePath);
    const Corpus corpus = CorpusStore::load(*ws, corpusId);
    const FitResult result = TopicPipeline::run(corpus, options, progress);
    if (progress.isCancelled())
        throw Cancelled{};
    QString corpusName = corpus.source;
    for (const CorpusInfo& info : CorpusStore::list(*ws))
        if (info.id == corpusId)
            corpusName = info.name;
    return TopicModelStore::save(*ws, name, corpusName, options, result, 30, corpusId);
}

} // namespace kcat::topics
