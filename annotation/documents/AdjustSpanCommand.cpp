#include "annotation/documents/AdjustSpanCommand.h"

#include "annotation/documents/DocumentStore.h"

namespace kcat::annotation {

AdjustSpanCommand::AdjustSpanCommand(DocumentStore* store, qint64 mentionId, int start, int end,
                                     QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_mention(mentionId)
    , m_start(start)
    , m_end(end) {
    const Mention m = store->mention(mentionId);
    m_oldStart = m.start;
    m_oldEnd = m.end;
    setText(tr("Adjust mention span"));
}

void AdjustSpanCommand::redo() {
    QString error;
    if (!m_store->setSpan(m_mention, m_start, m_end, &error))
        setObsolete(true);
}

void AdjustSpanCommand::undo() {
    QString error;
    m_store->setSpan(m_mention, m_oldStart, m_oldEnd, &error);
}

bool AdjustSpanCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const AdjustSpanCommand*>(other);
    if (o->m_mention != m_mention)
        return false;
    m_start = o->m_start;
    m_end = o->m_end;
    return true;
}

} // namespace kcat::annotation
