#pragma once

#include "annotation/team/TeamStore.h"

#include <QUndoCommand>

namespace kcat::team {

// Replaces a project's assignments and settings (one transaction); undo restores the previous ones.
class AssignDocumentsCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::team::AssignDocumentsCommand)

public:
    AssignDocumentsCommand(TeamStore* store, qint64 projectId, const AssignmentSettings& settings,
                           QVector<Assignment> assignments, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    QString error() const { return m_error; }

private:
    TeamStore* m_store;
    qint64 m_project;
    AssignmentSettings m_settings, m_oldSettings;
    QVector<Assignment> m_assignments, m_old;
    QString m_error;
};

// Adds a team member; undo removes the membership again (the annotator row and its labels stay).
class AddMemberCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::team::AddMemberCommand)

public:
    AddMemberCommand(TeamStore* store, const QString& name, Role role, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    QString error() const { return m_error; }
    qint64 annotatorId() const { return m_id; }

private:
    TeamStore* m_store;
    QString m_name;
    Role m_role;
    qint64 m_id = 0;
    QString m_error;
};

// Changes a member's role (annotator or manager).
class SetRoleCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::team::SetRoleCommand)

public:
    SetRoleCommand(TeamStore* store, qint64 annotatorId, Role role, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TeamStore* m_store;
    qint64 m_id;
    Role m_role, m_old;
};

} // namespace kcat::team
