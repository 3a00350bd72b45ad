// The `kcat` command line with only the modules the compression results need (core, runs, the engine's
// train.baseline and the compression kinds): the same `kcat run` / `kcat runs` implementation, without
// linking every other module. Used to produce compute/compression/README.md's table on the shared
// machine; `kcat run ...` gives the same runs.

#include "compute/compression/Compression.h"
#include "compute/core/AppPaths.h"
#include "compute/core/Cli.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/engine/TorchRuntime.h"
#include "compute/runs/Runs.h"

#include <QCoreApplication>

#include <iostream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    kcat::core::AppPaths::setApplicationIdentity();
    kcat::core::registerCoreSchema();
    kcat::core::registerCoreCommands();
    kcat::runs::registerRunsModule();
    kcat::engine::registerEngineRunKinds();
    kcat::compression::registerCompression();
    kcat::core::CliContext ctx{std::cout, std::cerr};
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return kcat::core::CliRegistry::instance().dispatch(args, ctx);
}
