#pragma once

namespace kcat::app {

// Gives the main window the real page of every workspace view that has landed. Called by kcat-studio and
// the GUI tests before a MainWindow is made.
void registerPages();

} // namespace kcat::app
