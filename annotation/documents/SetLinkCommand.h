#pragma once

#include "annotation/documents/Annotation.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kcat::annotation {

class DocumentStore;

// Links a mention to an entity, to NIL, or back to undecided; undo restores the previous link.
class SetLinkCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::SetLinkCommand)

public:
    SetLinkCommand(DocumentStore* store, qint64 mentionId, LinkState link, const QString& entity,
                   QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DocumentStore* m_store;
    qint64 m_mention;
    LinkState m_oldLink = LinkState::Unlinked;
    QString m_oldEntity;
    LinkState m_link;
    QString m_entity;
};

} // namespace kcat::annotation
