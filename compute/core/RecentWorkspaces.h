#pragma once

#include <QString>
#include <QStringList>

namespace kcat::core {

// The most recently opened workspaces, newest first, kept in QSettings.
class RecentWorkspaces {
public:
    static constexpr int MaxEntries = 8;

    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace kcat::core
