#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kcat::ui {

// The look of the application: "system" leaves the platform's style and palette alone (the default);
// "light" and "dark" use Fusion with a matching palette.
class Theme {
    Q_DECLARE_TR_FUNCTIONS(kcat::ui::Theme)

public:
    static QStringList available();
    static QString displayName(const QString& theme);
    static void apply(const QString& theme);
    static QString savedSetting();
    static void saveSetting(const QString& theme);
};

} // namespace kcat::ui
