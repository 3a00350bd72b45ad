#pragma once

// Everything the Manage page shows of one project, read in a few queries: documents, mentions, every team
// annotator's types, gold types, the final layer, assignments and the cost log. Plain data, so the
// statistics and aggregation can run on a worker thread; the read itself runs on any thread that owns the
// connection it is given (the Manage page reads on a worker through a ReadConnection).

#include "annotation/team/Team.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace kcat::core {
class Workspace;
}

namespace kcat::team {

struct ProjectSnapshot {
    struct Document {
        qint64 id = 0;
        QString name;
    };
    struct MentionRow {
        qint64 id = 0;
        int document = 0; // index into documents
        QString surface;
    };
    // One annotator's answer for one mention; types index the snapshot's interned type sets.
    struct Label {
        int mention = 0;   // index into mentions
        int annotator = 0; // index into annotators
        int types = 0;     // index into typeSets (closed under ancestors; may be empty = untyped)
        bool done = false; // typed or flagged
    };
    struct Cost {
        int mention = 0, annotator = 0;
        double seconds = 0;
        int actions = 0;      // keystrokes + clicks
        int typeSetSize = -1; // from team_cost_context; -1 = unknown
        bool constrained = false;
    };
    struct AssignmentRow {
        int document = 0, annotator = 0;
        bool gold = false;
    };

    qint64 projectId = 0;
    QString projectName, typeSet;
    AssignmentSettings settings;
    std::vector<Document> documents;
    std::vector<MentionRow> mentions;
    QVector<Member> annotators; // team annotators with labels or assignments (not the final layer)
    std::vector<QStringList> typeSets;
    std::vector<Label> labels;     // sorted by mention, then annotator
    std::vector<int> gold;         // per mention: typeSets index, -1 = no gold
    std::vector<int> final;        // per mention: typeSets index of the final layer, -1 = not adjudicated
    std::vector<QString> decision; // per mention: "accepted", "overridden" or ""
    std::vector<AssignmentRow> assignments;
    std::vector<Cost> costs;
    qint64 finalAnnotatorId = 0;

    // Labels of mention m: labels[labelBegin[m] .. labelBegin[m + 1]).
    std::vector<qsizetype> labelBegin;

    const QStringList& typesOf(int setIndex) const { return typeSets[size_t(setIndex)]; }
    int annotatorIndex(qint64 annotatorId) const { return m_annotatorIndex.value(annotatorId, -1); }
    int intern(const QStringList& sortedTypes);

    // Reads the project; annotators = team members (role annotator or manager) plus any annotator with
    // labels in the project (e.g. the default local one), never the final layer.
    static ProjectSnapshot load(core::Workspace* workspace, qint64 projectId, QString* error);
    // The same through a connection of the calling thread. Labels, types and costs are range scans over
    // the project's mention ids (whole-table scans when the project holds most of the workspace). With
    // costsPath (the workspace file), the cost log is read at the same time on a second thread with its own
    // read-only connection.
    static ProjectSnapshot load(const QSqlDatabase& db, qint64 projectId, QString* error,
                                const QString& costsPath = QString());

private:
    QHash<qint64, int> m_annotatorIndex;
    QHash<QStringList, int> m_setIndex;
};

} // namespace kcat::team
