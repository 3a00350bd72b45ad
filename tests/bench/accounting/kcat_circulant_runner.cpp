// The `kcat` command line with only the modules a compression.circulant run needs (core, runs, the engine's
// and the circulant run kinds): `kcat_circulant_runner run --workspace W --kind compression.circulant ...`
// executes exactly what `kcat run` does with the same arguments, without building every other module.
#include "compute/circulant/Circulant.h"
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
    kcat::circulant::registerCirculant();
    kcat::core::CliContext ctx{std::cout, std::cerr};
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return kcat::core::CliRegistry::instance().dispatch(args, ctx);
}
