// Opens a workspace holding a 1,000-document project (12 mentions each, a third typed) and shows the first
// document the way the Annotate page does: workspace open, document list with progress, first document's
// mentions. Prints the median and worst of several cold opens against the target of 300 ms.

#include "annotation/documents/DocumentListModel.h"
#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/DocumentsSchema.h"
#include "annotation/documents/MentionListModel.h"
#include "annotation/documents/ProjectStore.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace kcat::annotation;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    kcat::core::registerCoreSchema();
    registerDocumentsSchema();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.kcat"));
    const int documents = 1000;
    {
        kcat::core::WorkspaceError error;
        auto ws = kcat::core::Workspace::create(path, &error);
        QString err;
        const qint64 project =
            ProjectStore(ws.get()).createProject(QStringLiteral("bench"), QStringLiteral("figer"), &err);
        std::mt19937 rng(7);
        QVector<DocumentData> docs;
        for (int d = 0; d < documents; ++d) {
            DocumentData doc;
            doc.name = QStringLiteral("doc-%1").arg(d, 4, 10, QLatin1Char('0'));
            for (int m = 0; m < 12; ++m) {
                Mention mention;
                mention.start = int(doc.text.size());
                doc.text += QStringLiteral("Entity%1 ").arg(m);
                mention.end = int(doc.text.size()) - 1;
                doc.text += QStringLiteral("is mentioned in a sentence of ordinary length with some words. ");
                if (m % 3 == 0)
                    mention.types = {QStringLiteral("/person/artist")};
                mention.link = LinkState::Linked;
                mention.entity = QStringLiteral("wn:%1").arg(rng() % 100000);
                mention.candidates = {{mention.entity, 0.8}, {QStringLiteral("wn:1"), 0.1}};
                doc.mentions << mention;
            }
            docs << doc;
        }
        DocumentStore store(ws.get());
        if (store.addDocuments(project, docs, &err).size() != documents) {
            std::fprintf(stderr, "cannot build the project: %s\n", qPrintable(err));
            return 1;
        }
    }
    std::vector<double> times;
    int shownMentions = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        kcat::core::WorkspaceError error;
        auto ws = kcat::core::Workspace::open(path, &error);
        DocumentStore store(ws.get());
        const qint64 project = ProjectStore(ws.get()).projects().value(0).id;
        DocumentListModel list;
        list.setStore(&store, project);
        MentionListModel mentions;
        mentions.setStore(&store);
        mentions.setDocument(list.documentId(0));
        shownMentions = mentions.rowCount();
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (list.rowCount() != documents || shownMentions != 12) {
            std::fprintf(stderr, "unexpected project shape\n");
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    std::printf("open a %d-document project and show the first document (%d mentions):\n", documents,
                shownMentions);
    std::printf("  median %.1f ms, worst %.1f ms over %zu opens; target (issue 3) <= 300 ms: %s\n",
                times[times.size() / 2], times.back(), times.size(), times.back() <= 300 ? "met" : "MISSED");
    return 0;
}
