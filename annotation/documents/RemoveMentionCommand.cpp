#include "annotation/documents/RemoveMentionCommand.h"

#include "annotation/documents/DocumentStore.h"

namespace kcat::annotation {

RemoveMentionCommand::RemoveMentionCommand(DocumentStore* store, qint64 mentionId, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_saved(store->mention(mentionId)) {
    setText(tr("Remove mention"));
}

void RemoveMentionCommand::redo() {
    QString error;
    if (m_saved.id == 0 || !m_store->removeMention(m_saved.id, &error, &m_removed))
        setObsolete(true);
}

void RemoveMentionCommand::undo() {
    QString error;
    m_store->restoreMention(m_removed, &error);
}

} // namespace kcat::annotation
