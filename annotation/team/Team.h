#pragma once

// Plain data of an annotation team: members, assignments and their settings.

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace kcat::team {

enum class Role { Annotator, Manager, Final };

QString roleName(Role role); // "annotator", "manager", "final" (stored)
bool roleFromName(const QString& name, Role* role);

// An annotator of annotation_annotators that belongs to the team.
struct Member {
    qint64 id = 0; // annotation_annotators.id
    QString name;
    Role role = Role::Annotator;
    bool simulated = false;
    QString description; // e.g. the simulated accuracy and error pattern
};

struct Assignment {
    qint64 documentId = 0;
    qint64 annotatorId = 0;
    bool gold = false;
    bool operator==(const Assignment& o) const {
        return documentId == o.documentId && annotatorId == o.annotatorId && gold == o.gold;
    }
};

struct AssignmentSettings {
    int overlap = 2;       // every document to this many annotators
    bool blind = false;    // an annotator never sees another's labels
    int goldDocuments = 0; // documents given to every annotator, scored against gold types
    quint64 seed = 1;      // which documents are gold, and the tie order of the balancing
    bool operator==(const AssignmentSettings& o) const {
        return overlap == o.overlap && blind == o.blind && goldDocuments == o.goldDocuments && seed == o.seed;
    }
};

// The name of the annotator row that holds a workspace's adjudicated final layer.
inline QString finalAnnotatorName() {
    return QStringLiteral("final layer");
}

} // namespace kcat::team
