#pragma once

#include <functional>

class QAction;

namespace kcat::ui {

class MainWindow;

// Lets the main window offer "Connect to Team Server…" without linking the team-server UI: app/Pages.cpp
// sets the factory (registerTeamServerUi), MainWindow adds the action it returns to the File menu.
using TeamServerActionFactory = std::function<QAction*(MainWindow* window)>;

inline TeamServerActionFactory& teamServerActionFactory() {
    static TeamServerActionFactory factory;
    return factory;
}

} // namespace kcat::ui
