#pragma once

#include "annotation/documents/Annotation.h"

#include <QPlainTextEdit>

namespace kcat::ui {

// The document's text, read-only, with every mention highlighted by its state (untyped, typed, flagged)
// and the current one outlined. Selecting text with the mouse asks for a new mention over the selection;
// pressing on a mention's first or last character edge (the pointer turns into a resize arrow) and dragging
// moves that edge, previewed while dragging and asked for on release (spanAdjusted).
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
    // A drag moved an edge of a mention: its new span [start, end).
    void spanAdjusted(qint64 mentionId, int start, int end);

public:
    // The window position of a mention's start (or end) edge, for tests and tooltips; null when hidden.
    QPoint edgePosition(qint64 mentionId, bool endEdge) const;
    // The window position of the middle of character `offset`.
    QPoint characterPosition(int offset) const;

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    struct Edge {
        qint64 mention = 0;
        bool end = false; // false: the start edge
    };
    Edge edgeAt(const QPoint& pos) const;
    int offsetAt(const QPoint& pos) const; // the character boundary nearest to pos
    void paintMentions();

    QVector<annotation::Mention> m_mentions;
    qint64 m_current = 0;
    Edge m_drag;
    int m_dragStart = 0;
    int m_dragEnd = 0;
};

} // namespace kcat::ui
