#pragma once

#include "annotation/documents/Annotation.h"

#include <QPlainTextEdit>

namespace kcat::ui {

// The document's text, read-only, with every mention highlighted by its state (untyped, typed, flagged)
// and the current one outlined. Selecting text with the mouse asks for a new mention over the selection.
class MentionTextView : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit MentionTextView(QWidget* parent = nullptr);

    void setDocument(const QString& text, const QVector<annotation::Mention>& mentions, qint64 current);
    // The selection as a character span, trimmed of surrounding spaces; false when empty.
    bool selectedSpan(int* start, int* end) const;

Q_SIGNALS:
    void spanSelected(int start, int end);
    void mentionClicked(qint64 mentionId);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QVector<annotation::Mention> m_mentions;
};

} // namespace kcat::ui
