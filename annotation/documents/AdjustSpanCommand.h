#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace kcat::annotation {

class DocumentStore;

// Moves a mention's edges to [start, end); consecutive adjustments of one mention merge into one step.
class AdjustSpanCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::AdjustSpanCommand)

public:
    AdjustSpanCommand(DocumentStore* store, qint64 mentionId, int start, int end,
                      QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return 0x4b01; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    DocumentStore* m_store;
    qint64 m_mention;
    int m_oldStart = 0;
    int m_oldEnd = 0;
    int m_start;
    int m_end;
};

} // namespace kcat::annotation
