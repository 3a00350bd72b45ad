// ProcessGroupGloo.hpp declares its classes only with USE_C10D_GLOO (set for this file in CMakeLists.txt).
#include "compute/engine/DataParallel.h"

#include "compute/engine/Network.h"
#include "compute/engine/NetworkImpl.inc"

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <chrono>

namespace kcat::engine {

struct DataParallelGroup::Impl {
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
    int rank = 0;
    int worldSize = 1;
};

namespace {

constexpr auto kTimeout = std::chrono::seconds(120);

void wait(const c10::intrusive_ptr<c10d::Work>& work) {
    work->wait(kTimeout);
}

std::shared_ptr<::gloo::transport::Device> deviceFor(const QString& master) {
    // Loopback masters keep every rank on this machine: bind Gloo to loopback too, whatever the host name
    // resolves to.
    if (master == QLatin1String("127.0.0.1") || master == QLatin1String("localhost"))
        return c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
    return c10d::ProcessGroupGloo::createDefaultDevice();
}

} // namespace

DataParallelGroup::DataParallelGroup(const DataParallelConfig& config)
    : m_impl(std::make_unique<Impl>()) {
    m_impl->rank = config.rank;
    m_impl->worldSize = config.worldSize;
    try {
        c10d::TCPStoreOptions options;
        options.port = std::uint16_t(config.masterPort);
        options.isServer = config.rank == 0;
        options.numWorkers = config.worldSize;
        options.waitWorkers = true;
        options.timeout = kTimeout;
        m_impl->store = c10::make_intrusive<c10d::TCPStore>(config.masterHost.toStdString(), options);
        auto glooOptions = c10d::ProcessGroupGloo::Options::create();
        glooOptions->timeout = kTimeout;
        glooOptions->devices.push_back(deviceFor(config.masterHost));
        m_impl->group = c10::make_intrusive<c10d::ProcessGroupGloo>(m_impl->store, config.rank,
                                                                    config.worldSize, glooOptions);
    } catch (const std::exception& e) {
        throw std::runtime_error(tr("Rank %1 of %2 cannot join the data-parallel group at %3:%4: %5")
                                     .arg(config.rank)
                                     .arg(config.worldSize)
                                     .arg(config.masterHost)
                                     .arg(config.masterPort)
                                     .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0))
                                     .toStdString());
    }
}

DataParallelGroup::~DataParallelGroup() = default;

int DataParallelGroup::rank() const {
    return m_impl->rank;
}

int DataParallelGroup::worldSize() const {
    return m_impl->worldSize;
}

void DataParallelGroup::broadcastParameters(Network& network) {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> params = network.impl().sequential->parameters();
    std::vector<torch::Tensor> flat{torch::cat([&] {
        std::vector<torch::Tensor> views;
        for (auto& p : params)
            views.push_back(p.detach().reshape(-1));
        return views;
    }())};
    wait(m_impl->group->broadcast(flat, c10d::BroadcastOptions{0, 0, kTimeout}));
    std::int64_t offset = 0;
    for (auto& p : params) {
        p.copy_(flat[0].slice(0, offset, offset + p.numel()).view_as(p));
        offset += p.numel();
    }
}

bool DataParallelGroup::averageGradients(Network& network, bool stopRequested) {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> params = network.impl().sequential->parameters();
    std::vector<torch::Tensor> pieces;
    pieces.reserve(params.size() + 1);
    for (auto& p : params)
        pieces.push_back(p.grad().defined() ? p.grad().reshape(-1) : torch::zeros({p.numel()}));
    pieces.push_back(torch::full({1}, stopRequested ? 1.0f : 0.0f));
    std::vector<torch::Tensor> flat{torch::cat(pieces)};
    c10d::AllreduceOptions options;
    options.reduceOp = c10d::ReduceOp::SUM;
    options.timeout = kTimeout;
    wait(m_impl->group->allreduce(flat, options));
    const float scale = 1.0f / float(m_impl->worldSize);
    std::int64_t offset = 0;
    for (auto& p : params) {
        torch::Tensor averaged = flat[0].slice(0, offset, offset + p.numel()).view_as(p).mul(scale);
        if (p.grad().defined())
            p.mutable_grad().copy_(averaged);
        else
            p.mutable_grad() = averaged.clone();
        offset += p.numel();
    }
    return flat[0][offset].item<float>() > 0.0f;
}

void DataParallelGroup::sum(std::vector<double>& values) {
    if (values.empty())
        return;
    std::vector<torch::Tensor> t{
        torch::from_blob(values.data(), {std::int64_t(values.size())}, torch::kDouble)};
    c10d::AllreduceOptions options;
    options.reduceOp = c10d::ReduceOp::SUM;
    options.timeout = kTimeout;
    wait(m_impl->group->allreduce(t, options));
}

void DataParallelGroup::barrier() {
    wait(m_impl->group->barrier());
}

} // namespace kcat::engine
