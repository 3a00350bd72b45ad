#include "ui/SettingsDialog.h"

#include "compute/core/Translations.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kcat::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_themeLabel(new QLabel(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_languageLabel->setBuddy(m_language);
    m_themeLabel->setBuddy(m_theme);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_themeLabel, m_theme);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();

    const int lang = m_language->findData(core::Translations::savedSetting());
    m_language->setCurrentIndex(lang < 0 ? 0 : lang);
    const int theme = m_theme->findData(Theme::savedSetting());
    m_theme->setCurrentIndex(theme < 0 ? 0 : theme);
}

void SettingsDialog::apply() {
    const QString language = m_language->currentData().toString();
    const QString theme = m_theme->currentData().toString();
    core::Translations::saveSetting(language);
    Theme::saveSetting(theme);
    core::Translations::install(language);
    Theme::apply(theme);
}

void SettingsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate() {
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_themeLabel->setText(tr("&Theme:"));
    m_note->setText(tr("Settings apply at once and are kept for the next start."));

    const QString lang = m_language->currentData().toString();
    m_language->clear();
    m_language->addItem(core::Translations::displayName(QStringLiteral("system")), QStringLiteral("system"));
    for (const QString& code : core::Translations::available())
        m_language->addItem(core::Translations::displayName(code), code);
    if (int i = m_language->findData(lang); i >= 0)
        m_language->setCurrentIndex(i);

    const QString theme = m_theme->currentData().toString();
    m_theme->clear();
    for (const QString& t : Theme::available())
        m_theme->addItem(Theme::displayName(t), t);
    if (int i = m_theme->findData(theme); i >= 0)
        m_theme->setCurrentIndex(i);
}

} // namespace kcat::ui
