#include "compute/core/WorkspaceSchema.h"

#include <stdexcept>

namespace kcat::core {

WorkspaceSchema& WorkspaceSchema::instance() {
    static WorkspaceSchema schema;
    return schema;
}

void WorkspaceSchema::add(const Migration& migration) {
    if (migration.version != latestVersion(migration.module) + 1)
        throw std::logic_error("migrations of module " + migration.module.toStdString() +
                               " must be registered in order without gaps");
    m_migrations.append(migration);
}

bool WorkspaceSchema::hasModule(const QString& module) const {
    return latestVersion(module) > 0;
}

int WorkspaceSchema::latestVersion(const QString& module) const {
    int latest = 0;
    for (const Migration& m : m_migrations)
        if (m.module == module)
            latest = std::max(latest, m.version);
    return latest;
}

void WorkspaceSchema::removeModule(const QString& module) {
    m_migrations.erase(std::remove_if(m_migrations.begin(), m_migrations.end(),
                                      [&](const Migration& m) { return m.module == module; }),
                       m_migrations.end());
}

void registerCoreSchema() {
    WorkspaceSchema& schema = WorkspaceSchema::instance();
    if (schema.hasModule(QStringLiteral("core")))
        return;
    Migration v1;
    v1.module = QStringLiteral("core");
    v1.version = 1;
    v1.description = QStringLiteral("workspace identity and settings");
    v1.statements = {
        QStringLiteral("CREATE TABLE kcat_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE workspace_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
    schema.add(v1);
}

} // namespace kcat::core
