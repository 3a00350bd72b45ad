#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

namespace kcat::annotation {

class DocumentStore;

// Sets a type on a mention (with its ancestors) or unsets it (with its descendants); undo restores the
// mention's previous types exactly.
class SetTypeCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::SetTypeCommand)

public:
    SetTypeCommand(DocumentStore* store, qint64 mentionId, const QString& type, bool set,
                   QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DocumentStore* m_store;
    qint64 m_mention;
    QStringList m_before;
    QStringList m_after;
};

} // namespace kcat::annotation
