#pragma once

#include "annotation/documents/Annotation.h"
#include "annotation/documents/DocumentStore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kcat::annotation {

// Removes a mention; undo restores it exactly: id, span, candidates, and every annotator's link, types,
// flag and cost-log rows (DocumentStore::restoreMention).
class RemoveMentionCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::RemoveMentionCommand)

public:
    RemoveMentionCommand(DocumentStore* store, qint64 mentionId, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DocumentStore* m_store;
    Mention m_saved;
    MentionSnapshot m_removed;
};

} // namespace kcat::annotation
