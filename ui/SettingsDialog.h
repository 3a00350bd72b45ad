#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace kcat::ui {

// Application settings kept in QSettings: interface language and theme. Applied on OK.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Saves the chosen settings and applies them to the running application.
    void apply();
    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QComboBox* m_language;
    QComboBox* m_theme;
    QLabel* m_languageLabel;
    QLabel* m_themeLabel;
    QLabel* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace kcat::ui
