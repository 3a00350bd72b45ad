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
    const qint64 id = m_store->addMention(m_mention, &m_error);
    if (id == 0) {
        setObsolete(true); // refused (e.g. crossing spans): the stack drops it
        return;
    }
    m_mention.id = id;
}

void AddMentionCommand::undo() {
    m_store->removeMention(m_mention.id, &m_error);
}

} // namespace kcat::annotation
