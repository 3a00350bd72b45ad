#include "compute/engine/TorchRuntime.h"

#include "compute/core/Cli.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <QThread>

namespace kcat::engine {

QString TorchRuntime::version() {
    return QStringLiteral(TORCH_VERSION);
}

int TorchRuntime::intraOpThreads() {
    return at::get_num_threads();
}

int TorchRuntime::coreCount() {
    return std::max(1, QThread::idealThreadCount());
}

void TorchRuntime::useAllCores() {
    at::set_num_threads(coreCount());
}

void registerEngineVersionFacts() {
    auto& registry = core::CliRegistry::instance();
    registry.addVersionFact(QStringLiteral("libtorch"), [] { return TorchRuntime::version().toStdString(); });
    registry.addVersionFact(QStringLiteral("intra_op_threads"),
                            [] { return TorchRuntime::intraOpThreads(); });
    registry.addVersionFact(QStringLiteral("cores"), [] { return TorchRuntime::coreCount(); });
}

} // namespace kcat::engine
