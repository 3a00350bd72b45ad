#pragma once

#include "annotation/documents/Annotation.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kcat::annotation {

class DocumentStore;

// Removes a mention; undo restores it with its id, link, types, flag and candidates.
class RemoveMentionCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::RemoveMentionCommand)

public:
    RemoveMentionCommand(DocumentStore* store, qint64 mentionId, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DocumentStore* m_store;
    Mention m_saved;
};

} // namespace kcat::annotation
