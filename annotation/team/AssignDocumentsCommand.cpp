#include "annotation/team/AssignDocumentsCommand.h"

namespace kcat::team {

AssignDocumentsCommand::AssignDocumentsCommand(TeamStore* store, qint64 projectId,
                                               const AssignmentSettings& settings,
                                               QVector<Assignment> assignments, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_project(projectId)
    , m_settings(settings)
    , m_oldSettings(store->settings(projectId))
    , m_assignments(std::move(assignments))
    , m_old(store->assignments(projectId)) {
    setText(tr("Assign documents (overlap %1)").arg(settings.overlap));
}

void AssignDocumentsCommand::redo() {
    if (!m_store->setAssignments(m_project, m_settings, m_assignments, &m_error))
        setObsolete(true);
}

void AssignDocumentsCommand::undo() {
    if (!m_store->setAssignments(m_project, m_oldSettings, m_old, &m_error))
        setObsolete(true);
}

AddMemberCommand::AddMemberCommand(TeamStore* store, const QString& name, Role role, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_name(name)
    , m_role(role) {
    setText(tr("Add %1 to the team").arg(name));
}

void AddMemberCommand::redo() {
    m_id = m_store->addMember(m_name, m_role, false, QString(), &m_error);
    if (m_id == 0)
        setObsolete(true);
}

void AddMemberCommand::undo() {
    if (!m_store->removeMember(m_id, &m_error))
        setObsolete(true);
}

SetRoleCommand::SetRoleCommand(TeamStore* store, qint64 annotatorId, Role role, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_id(annotatorId)
    , m_role(role)
    , m_old(store->member(annotatorId).role) {
    setText(tr("Change role"));
}

void SetRoleCommand::redo() {
    QString error;
    m_store->setRole(m_id, m_role, &error);
}

void SetRoleCommand::undo() {
    QString error;
    m_store->setRole(m_id, m_old, &error);
}

} // namespace kcat::team
