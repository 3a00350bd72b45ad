#pragma once

#include "annotation/team/FinalLayer.h"

#include <QUndoCommand>

namespace kcat::team {

// Accepts suggestions or overrides them for one or more mentions (one transaction); undo restores what the
// final layer held before. A write that fails marks the command obsolete so the stack drops it.
class AdjudicateCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::team::AdjudicateCommand)

public:
    AdjudicateCommand(FinalLayer* layer, QVector<Decision> decisions, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    QString error() const { return m_error; }

private:
    FinalLayer* m_layer;
    QVector<Decision> m_after, m_before;
    QString m_error;
};

} // namespace kcat::team
