#pragma once

#include "annotation/documents/Annotation.h"
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

    // For the Annotate page (issue 4 client): other members' labels of a mention (non-blind projects
    // show them next to one's own), by name; the final layer and annotatorId itself are left out.
    struct OtherLabel {
        QString annotator;
        QStringList types; // closed under ancestors
        bool flagged = false;
    };
    QVector<OtherLabel> otherLabels(qint64 mentionId, qint64 annotatorId) const;
    // Logs a confirmed mention's cost row for annotatorId and, in the SAME transaction, its
    // team_cost_context row: how many types were offered and whether the knowledge constraint was on.
    // Returns the cost row's id, or 0 with *error (nothing written).
    qint64 logCost(const annotation::CostEntry& cost, qint64 annotatorId, int typesOffered, bool constrained,
                   QString* error);

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
