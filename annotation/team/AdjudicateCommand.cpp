#include "annotation/team/AdjudicateCommand.h"

namespace kcat::team {

AdjudicateCommand::AdjudicateCommand(FinalLayer* layer, QVector<Decision> decisions, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_layer(layer)
    , m_after(std::move(decisions)) {
    QVector<qint64> ids;
    for (const Decision& d : m_after)
        ids << d.mentionId;
    m_before = m_layer->decisions(ids);
    const bool override = !m_after.isEmpty() && m_after.first().decision == QLatin1String("overridden");
    if (m_after.size() == 1)
        setText(override ? tr("Override types") : tr("Accept suggestion"));
    else
        setText(tr("Accept %n suggestion(s)", nullptr, int(m_after.size())));
}

void AdjudicateCommand::redo() {
    if (!m_layer->write(m_after, &m_error))
        setObsolete(true);
}

void AdjudicateCommand::undo() {
    if (!m_layer->write(m_before, &m_error))
        setObsolete(true);
}

} // namespace kcat::team
