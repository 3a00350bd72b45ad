#pragma once

#include <QString>

namespace kcat::core {

// Where the program keeps its files. Both executables set the same organisation and application names,
// so the GUI and the CLI agree on the default workspace.
struct AppPaths {
    static constexpr const char* OrganizationName = "kcat";
    static constexpr const char* ApplicationName = "kcat-studio";
    static constexpr const char* WorkspaceSuffix = "kcat";

    // Call first thing in main() of every executable.
    static void setApplicationIdentity();
    // The workspace opened on first start: <AppDataLocation>/default.kcat
    static QString defaultWorkspacePath();
    // Folder beside a workspace that holds its artifacts (checkpoints, exported models): W.kcat -> W.files/
    static QString artifactFolder(const QString& workspacePath);
};

} // namespace kcat::core
