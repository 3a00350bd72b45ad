#pragma once

#include "annotation/documents/Annotation.h"
#include "annotation/documents/DocumentStore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kcat::annotation {

// Adds a mention over [start, end) of a document; undo removes it, redo brings it back with the same id.
class AddMentionCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::AddMentionCommand)

public:
    AddMentionCommand(DocumentStore* store, const Mention& mention, QUndoCommand* parent = nullptr);

    qint64 mentionId() const { return m_mention.id; }
    QString error() const { return m_error; }
    void redo() override;
    void undo() override;

private:
    DocumentStore* m_store;
    Mention m_mention;
    QString m_error;
    MentionSnapshot m_removed; // what undo deleted (cost rows included), put back by redo
};

} // namespace kcat::annotation
