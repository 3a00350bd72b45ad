#include "annotation/documents/SetLinkCommand.h"

#include "annotation/documents/DocumentStore.h"

namespace kcat::annotation {

SetLinkCommand::SetLinkCommand(DocumentStore* store, qint64 mentionId, LinkState link, const QString& entity,
                               QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_mention(mentionId)
    , m_link(link)
    , m_entity(entity) {
    const Mention m = store->mention(mentionId);
    m_oldLink = m.link;
    m_oldEntity = m.entity;
    setText(link == LinkState::Nil ? tr("Set link to NIL") : tr("Link to %1").arg(entity));
}

void SetLinkCommand::redo() {
    QString error;
    if (!m_store->setLink(m_mention, m_link, m_entity, &error))
        setObsolete(true);
}

void SetLinkCommand::undo() {
    QString error;
    m_store->setLink(m_mention, m_oldLink, m_oldEntity, &error);
}

} // namespace kcat::annotation
