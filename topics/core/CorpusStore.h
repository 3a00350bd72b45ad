#pragma once

#include "topics/core/Corpus.h"
#include "topics/core/TokenizedCorpus.h"

#include <QCoreApplication>
#include <QVector>

namespace kcat::core {
class Workspace;
}

namespace kcat::topics {

// A corpus kept in the workspace (table topic_corpora).
struct CorpusInfo {
    qint64 id = 0;
    QString name;
    QString source;
    QString created;
    int documents = 0;
    int labels = 0; // distinct non-empty labels
};

// Imported corpora in the workspace: one transaction per import, so a cancelled or failed import leaves
// nothing behind.
class CorpusStore {
    Q_DECLARE_TR_FUNCTIONS(kcat::topics::CorpusStore)

public:
    // Saves the whole corpus under name (replacing one of that name); throws Cancelled when progress says so
    // and CorpusError when the workspace refuses; returns the new id.
    static qint64 save(core::Workspace& workspace, const QString& name, const Corpus& corpus,
                       const Progress& progress = {});
    static QVector<CorpusInfo> list(core::Workspace& workspace);
    // The corpus with its documents in import order; throws CorpusError when there is none with that id.
    static Corpus load(core::Workspace& workspace, qint64 id);
    static void remove(core::Workspace& workspace, qint64 id);
};

// A seeded random sample of count documents, kept in their original order (the whole corpus when it has
// no more than count).
Corpus sampleDocuments(const Corpus& corpus, int count, quint64 seed);

} // namespace kcat::topics
