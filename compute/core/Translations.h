#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kcat::core {

// Installs the program's translations (every :/i18n/*_<lang>.qm, one per module) and Qt's own for the
// chosen language. Switching sends QEvent::LanguageChange to every widget, which retranslates itself.
class Translations {
    Q_DECLARE_TR_FUNCTIONS(kcat::core::Translations)

public:
    // Language codes the program ships: "en" and "zh_CN".
    static QStringList available();
    static QString displayName(const QString& code);
    // "system" (or empty) resolves to zh_CN on a Chinese system, else en.
    static QString resolve(const QString& setting);
    // Installs the translators for a language code or "system"; returns the code installed.
    static QString install(const QString& setting);
    static QString current();
    // The language setting in QSettings ("system", "en" or "zh_CN").
    static QString savedSetting();
    static void saveSetting(const QString& setting);
};

} // namespace kcat::core
