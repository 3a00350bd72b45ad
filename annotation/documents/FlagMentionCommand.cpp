#include "annotation/documents/FlagMentionCommand.h"

#include "annotation/documents/DocumentStore.h"

namespace kcat::annotation {

FlagMentionCommand::FlagMentionCommand(DocumentStore* store, qint64 mentionId, bool flagged,
                                       QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_mention(mentionId)
    , m_old(store->mention(mentionId).flagged)
    , m_flagged(flagged) {
    setText(flagged ? tr("Flag mention") : tr("Clear flag"));
}

void FlagMentionCommand::redo() {
    QString error;
    if (!m_store->setFlagged(m_mention, m_flagged, &error))
        setObsolete(true);
}

void FlagMentionCommand::undo() {
    QString error;
    m_store->setFlagged(m_mention, m_old, &error);
}

} // namespace kcat::annotation
