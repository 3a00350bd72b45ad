#include "ui/annotate/MentionTextView.h"

#include <QMouseEvent>
#include <QTextBlock>

#include <algorithm>

namespace kcat::ui {

MentionTextView::MentionTextView(QWidget* parent)
    : QPlainTextEdit(parent) {
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(false);
    viewport()->setMouseTracking(true);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    setFont(f);
}

void MentionTextView::setDocument(const QString& text, const QVector<annotation::Mention>& mentions,
                                  qint64 current) {
    if (toPlainText() != text)
        setPlainText(text);
    m_mentions = mentions;
    m_current = current;
    m_drag = {};
    paintMentions();
    for (const annotation::Mention& m : mentions)
        if (m.id == current) {
            QTextCursor c(document());
            c.setPosition(m.start);
            setTextCursor(c);
            ensureCursorVisible();
        }
}

void MentionTextView::paintMentions() {
    const qint64 current = m_current;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QList<QTextEdit::ExtraSelection> selections;
    for (const annotation::Mention& m : std::as_const(m_mentions)) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        const bool dragged = m_drag.mention == m.id;
        sel.cursor.setPosition(dragged ? m_dragStart : m.start);
        sel.cursor.setPosition(dragged ? m_dragEnd : m.end, QTextCursor::KeepAnchor);
        QColor color;
        switch (m.state()) {
        case annotation::MentionState::Untyped:
            color = dark ? QColor(0x7a, 0x5c, 0x00) : QColor(0xff, 0xe0, 0x82);
            break;
        case annotation::MentionState::Typed:
            color = dark ? QColor(0x1b, 0x5e, 0x20) : QColor(0xa5, 0xd6, 0xa7);
            break;
        case annotation::MentionState::Flagged:
            color = dark ? QColor(0x8e, 0x24, 0x24) : QColor(0xef, 0x9a, 0x9a);
            break;
        }
        sel.format.setBackground(color);
        if (m.id == current) {
            sel.format.setFontWeight(QFont::Bold);
            sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            sel.format.setUnderlineColor(palette().color(QPalette::Highlight));
            sel.format.setBackground(color.darker(dark ? 70 : 125));
        }
        if (dragged)
            sel.format.setFontUnderline(true);
        selections << sel;
    }
    setExtraSelections(selections);
}

QPoint MentionTextView::characterPosition(int offset) const {
    QTextCursor c(document());
    c.setPosition(offset);
    const QRect left = cursorRect(c);
    c.setPosition(qMin(offset + 1, document()->characterCount() - 1));
    const QRect right = cursorRect(c);
    const int x = right.top() == left.top() && right.left() > left.left() ? (left.left() + right.left()) / 2
                                                                          : left.left() + 3;
    return QPoint(x, left.center().y());
}

QPoint MentionTextView::edgePosition(qint64 mentionId, bool endEdge) const {
    for (const annotation::Mention& m : m_mentions)
        if (m.id == mentionId) {
            QTextCursor c(document());
            if (endEdge) {
                // The right side of the last character (the end is exclusive).
                c.setPosition(m.end - 1);
                const QRect last = cursorRect(c);
                c.setPosition(m.end);
                const QRect after = cursorRect(c);
                return after.top() == last.top()
                           ? QPoint(after.left(), after.center().y())
                           : QPoint(last.left() + fontMetrics().averageCharWidth(), last.center().y());
            }
            c.setPosition(m.start);
            const QRect r = cursorRect(c);
            return QPoint(r.left(), r.center().y());
        }
    return {};
}

MentionTextView::Edge MentionTextView::edgeAt(const QPoint& pos) const {
    const int slack = qMax(3, fontMetrics().averageCharWidth() / 2);
    const int halfLine = fontMetrics().height() / 2;
    Edge best;
    int bestDistance = slack + 1;
    // The current mention first, so that its edges win where nested mentions share one.
    QVector<annotation::Mention> order = m_mentions;
    std::stable_partition(order.begin(), order.end(),
                          [&](const annotation::Mention& m) { return m.id == m_current; });
    for (const annotation::Mention& m : std::as_const(order))
        for (const bool endEdge : {false, true}) {
            const QPoint p = edgePosition(m.id, endEdge);
            const int dx = std::abs(p.x() - pos.x());
            if (std::abs(p.y() - pos.y()) <= halfLine && dx < bestDistance) {
                best = {m.id, endEdge};
                bestDistance = dx;
            }
        }
    return best;
}

int MentionTextView::offsetAt(const QPoint& pos) const {
    return cursorForPosition(pos).position();
}

void MentionTextView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        const Edge edge = edgeAt(event->position().toPoint());
        if (edge.mention != 0) {
            for (const annotation::Mention& m : std::as_const(m_mentions))
                if (m.id == edge.mention) {
                    m_dragStart = m.start;
                    m_dragEnd = m.end;
                }
            m_drag = edge;
            event->accept();
            return;
        }
    }
    QPlainTextEdit::mousePressEvent(event);
}

void MentionTextView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (m_drag.mention != 0) {
        const int offset = offsetAt(pos);
        for (const annotation::Mention& m : std::as_const(m_mentions))
            if (m.id == m_drag.mention) {
                // An edge never passes the other one: a mention keeps at least one character.
                if (m_drag.end)
                    m_dragEnd = qMax(m.start + 1, offset);
                else
                    m_dragStart = qMin(m.end - 1, offset);
            }
        paintMentions();
        event->accept();
        return;
    }
    viewport()->setCursor(edgeAt(pos).mention != 0 ? Qt::SizeHorCursor : Qt::IBeamCursor);
    QPlainTextEdit::mouseMoveEvent(event);
}

bool MentionTextView::selectedSpan(int* start, int* end) const {
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return false;
    int s = c.selectionStart();
    int e = c.selectionEnd();
    const QString text = toPlainText();
    while (s < e && text.at(s).isSpace())
        ++s;
    while (e > s && text.at(e - 1).isSpace())
        --e;
    if (s >= e)
        return false;
    *start = s;
    *end = e;
    return true;
}

void MentionTextView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_drag.mention != 0) {
        const Edge drag = m_drag;
        m_drag = {};
        paintMentions();
        for (const annotation::Mention& m : std::as_const(m_mentions))
            if (m.id == drag.mention && (m.start != m_dragStart || m.end != m_dragEnd))
                Q_EMIT spanAdjusted(drag.mention, m_dragStart, m_dragEnd);
        event->accept();
        return;
    }
    QPlainTextEdit::mouseReleaseEvent(event);
    int start = 0;
    int end = 0;
    if (selectedSpan(&start, &end)) {
        Q_EMIT spanSelected(start, end);
        return;
    }
    const int pos = cursorForPosition(event->position().toPoint()).position();
    for (const annotation::Mention& m : m_mentions)
        if (pos >= m.start && pos < m.end) {
            Q_EMIT mentionClicked(m.id);
            return;
        }
}

} // namespace kcat::ui
