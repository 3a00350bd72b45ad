#pragma once

#include "annotation/team/Team.h"

#include <QObject>
#include <QSet>

class QSqlDatabase;

namespace kcat::core {
class Workspace;
}

namespace kcat::team {

// The team tables of a workspace (see README.md). Every write is one transaction and, on success, emits
// a change signal the models follow.
class TeamStore : public QObject {
    Q_OBJECT

public:
    explicit TeamStore(core::Workspace* workspace, QObject* parent = nullptr);
    core::Workspace* workspace() const { return m_workspace; }

    QVector<Member> members() const; // by name; without the final-layer row
    Member member(qint64 annotatorId) const;
    // Creates the annotator (or reuses a row of that name) and makes it a member; returns its id, 0 + error.
    qint64 addMember(const QString& name, Role role, bool simulated, const QString& description,
                     QString* error);
    // Removes the membership (the annotator's labels stay); refused while it has assignments.
    bool removeMember(qint64 annotatorId, QString* error);
    bool setRole(qint64 annotatorId, Role role, QString* error);
    // The annotator row that holds the final layer (created on first use).
    qint64 finalAnnotator(QString* error);

    AssignmentSettings settings(qint64 projectId) const;
    QVector<Assignment> assignments(qint64 projectId) const;
    // Replaces the project's assignments and settings in one transaction.
    bool setAssignments(qint64 projectId, const AssignmentSettings& settings,
                        const QVector<Assignment>& assignments, QString* error);
    // Documents an annotator may open; empty set = no assignments in this project (everything open).
    QSet<qint64> assignedDocuments(qint64 projectId, qint64 annotatorId) const;
    // In blind projects an annotator sees only their own labels.
    bool isBlind(qint64 projectId) const { return settings(projectId).blind; }

    // Inside an open transaction.
    static qint64 insertMember(QSqlDatabase& db, const QString& name, Role role, bool simulated,
                               const QString& description, QString* error);

Q_SIGNALS:
    void membersChanged();
    void assignmentsChanged(qint64 projectId);

private:
    core::Workspace* m_workspace;
};

} // namespace kcat::team
