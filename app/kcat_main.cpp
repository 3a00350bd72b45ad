// kcat: the command-line twin of KCAT Studio. Argument dispatch only; the commands live in the libraries.

#include "app/Modules.h"
#include "compute/core/AppPaths.h"
#include "compute/core/Cli.h"

#include <QCoreApplication>

#include <iostream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    kcat::core::AppPaths::setApplicationIdentity();
    kcat::app::registerModules();
    kcat::core::CliContext ctx{std::cout, std::cerr};
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return kcat::core::CliRegistry::instance().dispatch(args, ctx);
}
