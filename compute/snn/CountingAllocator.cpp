#include "compute/snn/CountingAllocator.h"

#include <c10/core/CPUAllocator.h>
#include <c10/core/impl/alloc_cpu.h>

#include <sys/resource.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <vector>

namespace kcat::snn {

namespace {

std::atomic<std::int64_t> g_current{0};
std::atomic<std::int64_t> g_peak{0};
std::atomic<std::int64_t> g_allocations{0};

// Every block carries its size in a header of Header bytes in front of the data (which keeps c10's 64-byte
// alignment): LibTorch's raw_allocate() requires the DataPtr's context to be the data pointer itself, so
// the deleter gets nothing but that pointer.
constexpr std::size_t Header = 64;

void raisePeak(std::int64_t now) {
    std::int64_t peak = g_peak.load(std::memory_order_relaxed);
    while (now > peak && !g_peak.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
    }
}

void deleteBlock(void* data) {
    if (!data)
        return;
    auto* base = static_cast<char*>(data) - Header;
    std::int64_t bytes = 0;
    std::memcpy(&bytes, base, sizeof bytes);
    g_current.fetch_sub(bytes, std::memory_order_relaxed);
    c10::free_cpu(base);
}

class Counting final : public c10::Allocator {
public:
    c10::DataPtr allocate(size_t n) const override {
        auto* base = static_cast<char*>(c10::alloc_cpu(n + Header));
        const std::int64_t bytes = std::int64_t(n);
        std::memcpy(base, &bytes, sizeof bytes);
        void* data = base + Header;
        g_allocations.fetch_add(1, std::memory_order_relaxed);
        raisePeak(g_current.fetch_add(bytes, std::memory_order_relaxed) + bytes);
        return {data, data, &deleteBlock, c10::Device(c10::DeviceType::CPU)};
    }
    c10::DeleterFnPtr raw_deleter() const override { return &deleteBlock; }
};

Counting g_counting;
std::mutex g_mutex;
c10::Allocator* g_previous = nullptr;

} // namespace

CountingAllocator& CountingAllocator::instance() {
    static CountingAllocator counter;
    return counter;
}

void CountingAllocator::install() {
    std::lock_guard<std::mutex> lock(g_mutex);
    if (g_previous)
        return;
    g_previous = c10::GetCPUAllocator();
    // The default CPU allocator is registered with priority 0; a higher priority wins over it.
    c10::SetCPUAllocator(&g_counting, 10);
}

void CountingAllocator::uninstall() {
    std::lock_guard<std::mutex> lock(g_mutex);
    if (!g_previous)
        return;
    c10::SetCPUAllocator(g_previous, 10);
    g_previous = nullptr;
}

bool CountingAllocator::isInstalled() const {
    std::lock_guard<std::mutex> lock(g_mutex);
    return g_previous != nullptr && c10::GetCPUAllocator() == &g_counting;
}

std::int64_t CountingAllocator::currentBytes() const {
    return g_current.load();
}
std::int64_t CountingAllocator::peakBytes() const {
    return g_peak.load();
}
std::int64_t CountingAllocator::allocations() const {
    return g_allocations.load();
}
void CountingAllocator::resetPeak() {
    g_peak.store(g_current.load());
}

CountingAllocatorScope::CountingAllocatorScope() {
    if (!CountingAllocator::instance().isInstalled()) {
        CountingAllocator::instance().install();
        m_installedHere = true;
    }
}

CountingAllocatorScope::~CountingAllocatorScope() {
    if (m_installedHere)
        CountingAllocator::instance().uninstall();
}

std::int64_t processPeakRssBytes() {
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    return std::int64_t(usage.ru_maxrss) * 1024; // kilobytes on Linux
}

struct HeldTensors::Impl {
    std::vector<at::Tensor> tensors;
};

HeldTensors::HeldTensors()
    : m_impl(new Impl) {}

HeldTensors::~HeldTensors() {
    delete m_impl;
}

int HeldTensors::allocate(std::int64_t floats) {
    m_impl->tensors.push_back(torch::empty({floats}, torch::kFloat32));
    return int(m_impl->tensors.size()) - 1;
}

void HeldTensors::release(int index) {
    m_impl->tensors.at(std::size_t(index)) = at::Tensor();
}

void HeldTensors::releaseAll() {
    m_impl->tensors.clear();
}

} // namespace kcat::snn
