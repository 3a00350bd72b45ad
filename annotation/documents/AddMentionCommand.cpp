#include "annotation/documents/AddMentionCommand.h"

#include "annotation/documents/DocumentStore.h"

namespace kcat::annotation {

AddMentionCommand::AddMentionCommand(DocumentStore* store, const Mention& mention, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_mention(mention) {
    setText(tr("Add mention"));
}

void AddMentionCommand::redo() {
    if (!m_removed.isEmpty()) { // redo after undo: put back what was there, cost rows included
        if (m_store->restoreMention(m_removed, &m_error))
            return;
        setObsolete(true);
        return;
    }
    const qint64 id = m_store->addMention(m_mention, &m_error);
    if (id == 0) {
        setObsolete(true); // refused (e.g. crossing spans): the stack drops it
        return;
    }
    m_mention.id = id;
}

void AddMentionCommand::undo() {
    m_store->removeMention(m_mention.id, &m_error, &m_removed);
}

} // namespace kcat::annotation
