#pragma once

#include "annotation/documents/Annotation.h"

#include <QCoreApplication>
#include <QVector>

namespace kcat::core {
class Workspace;
}

namespace kcat::annotation {

// Annotation projects and annotators of a workspace. Each method that writes is one transaction.
class ProjectStore {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::ProjectStore)

public:
    explicit ProjectStore(core::Workspace* workspace);

    QVector<Project> projects() const;
    Project project(qint64 id) const; // id 0 when missing
    Project projectNamed(const QString& name) const;
    // Creates a project; returns its id, or 0 with *error set (e.g. the name is taken).
    qint64 createProject(const QString& name, const QString& typeSet, QString* error);
    bool removeProject(qint64 id, QString* error);
    // The default local annotator (labels are stored per annotator).
    qint64 defaultAnnotator() const;
    qint64 annotatorNamed(const QString& name, QString* error); // creates it when missing

private:
    core::Workspace* m_workspace;
};

} // namespace kcat::annotation
