// The `kcat` command line with the test run kind added: what the runs tests start as a child process.

#include "CounterRunKind.h"
#include "compute/core/AppPaths.h"
#include "compute/core/Cli.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/runs/Runs.h"

#include <QCoreApplication>

#include <iostream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    kcat::core::AppPaths::setApplicationIdentity();
    kcat::core::registerCoreSchema();
    kcat::core::registerCoreCommands();
    kcat::runs::registerRunsModule();
    kcat::runs::testing::registerCounterRunKind();
    kcat::core::CliContext ctx{std::cout, std::cerr};
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return kcat::core::CliRegistry::instance().dispatch(args, ctx);
}
