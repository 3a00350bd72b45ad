#pragma once

namespace kcat::app {

// Registers every module's workspace migrations, CLI commands and version facts. Called once by both
// executables (and by tests that need the whole program's schema) before any workspace is opened.
void registerModules();

} // namespace kcat::app
