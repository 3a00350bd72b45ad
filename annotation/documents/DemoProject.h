#pragma once

#include "annotation/documents/Annotation.h"

#include <QCoreApplication>

#include <cstdint>
#include <functional>
#include <vector>

namespace kcat::core {
class Workspace;
}

namespace kcat::annotation {

class Knowledge;

// The demo project every new default workspace gets: documents made of WordNet glosses (definition and
// example sentences) that mention at least two knowledge-base entities, with the mentions the detector
// finds, linked by the entity linker, untyped.
class DemoProject {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::DemoProject)

public:
    static constexpr const char* TypeSet = "figer";
    static constexpr int DocumentCount = 200;

    static QString projectName();
    // Pure computation, safe on a worker thread: the first `count` glosses (in data.noun order) with at
    // least two detected mentions. cancelled() is polled between synsets. `sources`, when given, receives
    // each document's synset offset (for WordNet gold links).
    static QVector<DocumentData> buildDocuments(const Knowledge& knowledge, int count = DocumentCount,
                                                const std::function<bool()>& cancelled = {},
                                                std::vector<uint32_t>* sources = nullptr);
    // True when the workspace has no annotation project yet.
    static bool isNeeded(core::Workspace* workspace);
    // Stores the project and its documents in one transaction; returns its id (0 with *error, nothing
    // stored).
    static qint64 store(core::Workspace* workspace, const QVector<DocumentData>& documents, QString* error);
};

} // namespace kcat::annotation
