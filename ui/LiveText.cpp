#include "ui/LiveText.h"

#include <QEvent>
#include <QLabel>
#include <QWidget>

namespace kcat::ui {

LiveText::LiveText(QWidget* owner)
    : QObject(owner)
    , m_owner(owner) {
    owner->installEventFilter(this);
}

void LiveText::add(std::function<void()> setter, bool runNow) {
    if (runNow)
        setter();
    m_setters.push_back(std::move(setter));
}

QLabel* LiveText::label(std::function<QString()> text, QWidget* parent) {
    auto* label = new QLabel(parent);
    add([label, text = std::move(text)] { label->setText(text()); });
    return label;
}

void LiveText::applyAll() const {
    for (const auto& setter : m_setters)
        setter();
}

bool LiveText::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_owner && event->type() == QEvent::LanguageChange)
        applyAll();
    return QObject::eventFilter(watched, event);
}

} // namespace kcat::ui
