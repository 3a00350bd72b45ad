#pragma once

namespace kcat::runs {

// Registers the "runs" schema module and the `kcat run` / `kcat runs ...` commands (called once from
// app/Modules.cpp). Run kinds register themselves separately with RunKindRegistry.
void registerRunsModule();
void registerRunsCommands();

} // namespace kcat::runs
