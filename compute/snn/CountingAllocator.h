#pragma once

#include <QCoreApplication>

#include <cstdint>

namespace kcat::snn {

// Counts the bytes LibTorch holds in CPU tensors: while installed, every CPU allocation of LibTorch goes
// through this allocator (c10::SetCPUAllocator), which takes its memory from c10's own aligned allocator
// and keeps the bytes currently held and the peak since the last resetPeak(). Memory that LibTorch's
// kernels take outside the c10 allocator (oneDNN scratch, OpenMP stacks) is not seen: see
// processPeakRssBytes() for the whole process. Thread-safe (atomics); one instance per process.
class CountingAllocator {
public:
    static CountingAllocator& instance();

    // Makes this LibTorch's CPU allocator (remembering the one before); idempotent.
    void install();
    // Puts the previous allocator back. Tensors allocated meanwhile are still counted when they are freed.
    void uninstall();
    bool isInstalled() const;

    std::int64_t currentBytes() const;
    std::int64_t peakBytes() const;
    std::int64_t allocations() const; // allocation calls since the process started
    // The peak starts again from what is held now.
    void resetPeak();

private:
    CountingAllocator() = default;
};

// Installs the counting allocator for a scope (a run), restoring the previous one at the end.
class CountingAllocatorScope {
public:
    CountingAllocatorScope();
    ~CountingAllocatorScope();
    CountingAllocatorScope(const CountingAllocatorScope&) = delete;
    CountingAllocatorScope& operator=(const CountingAllocatorScope&) = delete;

private:
    bool m_installedHere = false;
};

// The process's peak resident set size in bytes (getrusage ru_maxrss), 0 when unavailable.
std::int64_t processPeakRssBytes();

// A test aid: float32 CPU tensors allocated through LibTorch's current CPU allocator and released on
// request, so a test can check the counter against a known allocation pattern.
class HeldTensors {
public:
    HeldTensors();
    ~HeldTensors();
    HeldTensors(const HeldTensors&) = delete;
    HeldTensors& operator=(const HeldTensors&) = delete;

    // Allocates one tensor of `floats` elements (4 * floats bytes); returns its index.
    int allocate(std::int64_t floats);
    void release(int index);
    void releaseAll();

private:
    struct Impl;
    Impl* m_impl;
};

} // namespace kcat::snn
