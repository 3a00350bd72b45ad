#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QLabel;
class QWidget;

namespace kcat::ui {

// Texts that follow the UI language. Every setter given to add() runs now and again whenever the owner
// widget receives QEvent::LanguageChange (Qt sends one to every widget when a translator is installed or
// removed), so a page written as `m_live.add([=] { button->setText(tr("Fit Model…")); })` switches between
// English and Chinese without a restart. Texts computed from data (chart titles, summaries) are refreshed by
// adding the function that rebuilds them with `runNow = false`.
class LiveText : public QObject {
public:
    explicit LiveText(QWidget* owner);

    void add(std::function<void()> setter, bool runNow = true);
    // A label whose text follows the language.
    QLabel* label(std::function<QString()> text, QWidget* parent);
    // Runs every setter (what a language change does).
    void applyAll() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_owner;
    std::vector<std::function<void()>> m_setters;
};

} // namespace kcat::ui
