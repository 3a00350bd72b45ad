#pragma once

// SQL steps shared by the team store, the commands and the simulation (inside an open transaction).

#include "annotation/team/Team.h"

#include <QStringList>

class QSqlDatabase;
class QSqlQuery;

namespace kcat::team::sql {

// Executes a prepared query; on failure sets *error to the driver's message.
bool exec(QSqlQuery& query, QString* error);
bool replaceAssignments(QSqlDatabase& db, qint64 projectId, const AssignmentSettings& settings,
                        const QVector<Assignment>& assignments, QString* error);
// Replaces one annotator's types of a mention (closed under ancestors), state typed/untyped; keeps the link.
bool writeTypes(QSqlDatabase& db, qint64 mentionId, qint64 annotatorId, const QStringList& types,
                QString* error);
bool writeGold(QSqlDatabase& db, qint64 mentionId, const QStringList& types, const QString& source,
               QString* error);

} // namespace kcat::team::sql
