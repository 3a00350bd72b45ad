#pragma once

// A fresh workspace with the annotation schema in a temporary folder, for the documents tests.

#include "annotation/documents/DocumentsSchema.h"
#include "annotation/documents/ProjectStore.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct TestWorkspace {
    QTemporaryDir dir;
    std::unique_ptr<kcat::core::Workspace> workspace;
    qint64 project = 0;

    explicit TestWorkspace(const QString& typeSet = QStringLiteral("figer")) {
        kcat::core::registerCoreSchema();
        kcat::annotation::registerDocumentsSchema();
        kcat::core::WorkspaceError error;
        workspace = kcat::core::Workspace::create(dir.filePath(QStringLiteral("w.kcat")), &error);
        if (!workspace)
            qFatal("cannot create workspace: %s", qPrintable(error.message));
        QString err;
        project = kcat::annotation::ProjectStore(workspace.get())
                      .createProject(QStringLiteral("test"), typeSet, &err);
    }
};
