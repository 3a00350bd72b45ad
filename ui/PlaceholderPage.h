#pragma once

#include "ui/WorkspacePage.h"

class QLabel;

namespace kcat::ui {

// The page a workspace view shows until its feature lands: what it will do, with no made-up data.
class PlaceholderPage : public WorkspacePage {
    Q_OBJECT

public:
    // title and plans are untranslated source strings (QT_TRANSLATE_NOOP in context "kcat::ui::MainWindow").
    PlaceholderPage(const QString& iconPath, const char* title, const char* plans, QWidget* parent = nullptr);

    void setWorkspace(core::Workspace* workspace) override;
    QString titleText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const char* m_title;
    const char* m_plans;
    QLabel* m_titleLabel;
    QLabel* m_plansLabel;
    QLabel* m_noteLabel;
};

} // namespace kcat::ui
