// snn_kcat: the `kcat` command line with only the modules `snn.train` needs (core, runs, engine facts,
// snn), for measuring on a machine where the whole `kcat` program is not built yet. `snn_kcat run ...`
// executes exactly what `kcat run ...` executes (the same CliRegistry commands and run kind).

#include "compute/core/AppPaths.h"
#include "compute/core/Cli.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/engine/TorchRuntime.h"
#include "compute/runs/Runs.h"
#include "compute/snn/Snn.h"

#include <QCoreApplication>

#include <iostream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    kcat::core::AppPaths::setApplicationIdentity();
    kcat::core::registerCoreSchema();
    kcat::core::registerCoreCommands();
    kcat::engine::registerEngineVersionFacts();
    kcat::runs::registerRunsModule();
    kcat::snn::registerSnnModule();
    kcat::core::CliContext ctx{std::cout, std::cerr};
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return kcat::core::CliRegistry::instance().dispatch(args, ctx);
}
