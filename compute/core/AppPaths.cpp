#include "compute/core/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace kcat::core {

void AppPaths::setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QLatin1String(OrganizationName));
    QCoreApplication::setApplicationName(QLatin1String(ApplicationName));
    QCoreApplication::setApplicationVersion(QStringLiteral(KCAT_VERSION));
}

QString AppPaths::defaultWorkspacePath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("default.") + QLatin1String(WorkspaceSuffix));
}

QString AppPaths::artifactFolder(const QString& workspacePath) {
    const QFileInfo info(workspacePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".files"));
}

} // namespace kcat::core
