#include "annotation/documents/SetTypeCommand.h"

#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/TypePaths.h"

namespace kcat::annotation {

SetTypeCommand::SetTypeCommand(DocumentStore* store, qint64 mentionId, const QString& type, bool set,
                               QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_mention(mentionId)
    , m_before(store->mention(mentionId).types) {
    m_after = set ? TypePaths::closeUnderAncestors(m_before + QStringList{type})
                  : TypePaths::removeWithDescendants(m_before, type);
    setText(set ? tr("Set type %1").arg(type) : tr("Unset type %1").arg(type));
}

void SetTypeCommand::redo() {
    QString error;
    if (!m_store->setTypes(m_mention, m_after, &error))
        setObsolete(true);
}

void SetTypeCommand::undo() {
    QString error;
    m_store->setTypes(m_mention, m_before, &error);
}

} // namespace kcat::annotation
