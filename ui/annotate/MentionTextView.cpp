#include "ui/annotate/MentionTextView.h"

#include <QMouseEvent>
#include <QTextBlock>

namespace kcat::ui {

MentionTextView::MentionTextView(QWidget* parent)
    : QPlainTextEdit(parent) {
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(false);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    setFont(f);
}

void MentionTextView::setDocument(const QString& text, const QVector<annotation::Mention>& mentions,
                                  qint64 current) {
    if (toPlainText() != text)
        setPlainText(text);
    m_mentions = mentions;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QList<QTextEdit::ExtraSelection> selections;
    for (const annotation::Mention& m : mentions) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(m.start);
        sel.cursor.setPosition(m.end, QTextCursor::KeepAnchor);
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
        selections << sel;
        if (m.id == current) {
            QTextCursor c(document());
            c.setPosition(m.start);
            setTextCursor(c);
            ensureCursorVisible();
        }
    }
    setExtraSelections(selections);
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
