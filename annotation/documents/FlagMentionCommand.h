#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace kcat::annotation {

class DocumentStore;

// Flags a mention for review (or clears the flag); undo restores the previous flag.
class FlagMentionCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::FlagMentionCommand)

public:
    FlagMentionCommand(DocumentStore* store, qint64 mentionId, bool flagged, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DocumentStore* m_store;
    qint64 m_mention;
    bool m_old = false;
    bool m_flagged;
};

} // namespace kcat::annotation
