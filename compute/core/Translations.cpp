#include "compute/core/Translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace kcat::core {

namespace {
std::vector<std::unique_ptr<QTranslator>>& installed() {
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
QString& currentCode() {
    static QString code = QStringLiteral("en");
    return code;
}
const QString SettingKey = QStringLiteral("ui/language");
} // namespace

QStringList Translations::available() {
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::displayName(const QString& code) {
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return tr("Follow the system");
}

QString Translations::resolve(const QString& setting) {
    if (available().contains(setting))
        return setting;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Translations::install(const QString& setting) {
    const QString code = resolve(setting);
    for (auto& t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
    currentCode() = code;

    // English is the source language; its files only carry plural forms.
    QStringList files;
    const QDir i18n(QStringLiteral(":/i18n"));
    for (const QString& name : i18n.entryList({QStringLiteral("*_%1.qm").arg(code)}, QDir::Files))
        files << i18n.filePath(name);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (code != QLatin1String("en"))
        files << QDir(qtDir).filePath(QStringLiteral("qtbase_%1.qm").arg(code));
    for (const QString& file : files) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file) && QCoreApplication::installTranslator(translator.get()))
            installed().push_back(std::move(translator));
    }
    return code;
}

QString Translations::current() {
    return currentCode();
}

QString Translations::savedSetting() {
    return QSettings().value(SettingKey, QStringLiteral("system")).toString();
}

void Translations::saveSetting(const QString& setting) {
    QSettings().setValue(SettingKey, setting);
}

} // namespace kcat::core
