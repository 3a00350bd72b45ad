#include "compute/core/RecentWorkspaces.h"

#include <QFileInfo>
#include <QSettings>

namespace kcat::core {

namespace {
const QString Key = QStringLiteral("workspaces/recent");
}

QStringList RecentWorkspaces::list() {
    return QSettings().value(Key).toStringList();
}

void RecentWorkspaces::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > MaxEntries)
        paths.removeLast();
    QSettings().setValue(Key, paths);
}

void RecentWorkspaces::remove(const QString& path) {
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(Key, paths);
}

void RecentWorkspaces::clear() {
    QSettings().remove(Key);
}

} // namespace kcat::core
