#pragma once

// Plans who annotates which document: every document to `overlap` annotators, the load balanced (the counts
// per annotator differ by at most one), gold documents (chosen by the seed) given to every annotator.

#include "annotation/team/Team.h"

namespace kcat::team {

class AssignmentPlanner {
    Q_DECLARE_TR_FUNCTIONS(kcat::team::AssignmentPlanner)

public:
    // documents in project order; annotators are annotation_annotators ids. Returns false with *error when
    // the overlap is not in 1 .. annotators or there are more gold documents than documents.
    static bool plan(const QVector<qint64>& documents, const QVector<qint64>& annotators,
                     const AssignmentSettings& settings, QVector<Assignment>* out, QString* error);
};

} // namespace kcat::team
