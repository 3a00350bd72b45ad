#include "compute/accounting/CsrMatrix.h"

#include <algorithm>
#include <cstring>
#include <thread>

namespace kcat::accounting {

namespace {

// Runs body(rowBegin, rowEnd) over [0, rows) split into `threads` contiguous ranges.
template <typename Body> void forRows(std::int64_t rows, int threads, const Body& body) {
    if (threads <= 1 || rows < 2) {
        body(std::int64_t(0), rows);
        return;
    }
    const int parts = int(std::min<std::int64_t>(threads, rows));
    std::vector<std::thread> workers;
    workers.reserve(size_t(parts - 1));
    const std::int64_t chunk = (rows + parts - 1) / parts;
    for (int p = 1; p < parts; ++p) {
        const std::int64_t begin = p * chunk;
        const std::int64_t end = std::min(rows, begin + chunk);
        if (begin < end)
            workers.emplace_back([&body, begin, end] { body(begin, end); });
    }
    body(0, std::min(rows, chunk));
    for (auto& w : workers)
        w.join();
}

} // namespace

CsrMatrix CsrMatrix::fromDense(const float* dense, std::int64_t rows, std::int64_t cols) {
    CsrMatrix m;
    m.rows = rows;
    m.cols = cols;
    m.rowPointers.reserve(size_t(rows + 1));
    m.rowPointers.push_back(0);
    for (std::int64_t r = 0; r < rows; ++r) {
        const float* row = dense + r * cols;
        for (std::int64_t c = 0; c < cols; ++c) {
            if (row[c] != 0.0f) {
                m.columns.push_back(std::int32_t(c));
                m.values.push_back(row[c]);
            }
        }
        m.rowPointers.push_back(std::int64_t(m.values.size()));
    }
    return m;
}

std::vector<float> CsrMatrix::toDense() const {
    std::vector<float> dense(size_t(rows * cols), 0.0f);
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t p = rowPointers[size_t(r)]; p < rowPointers[size_t(r + 1)]; ++p)
            dense[size_t(r * cols + columns[size_t(p)])] = values[size_t(p)];
    return dense;
}

void CsrMatrix::multiply(const float* x, std::int64_t n, float* y, int threads) const {
    forRows(rows, threads, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t r = begin; r < end; ++r) {
            float* out = y + r * n;
            std::memset(out, 0, sizeof(float) * size_t(n));
            for (std::int64_t p = rowPointers[size_t(r)]; p < rowPointers[size_t(r + 1)]; ++p) {
                const float v = values[size_t(p)];
                const float* in = x + std::int64_t(columns[size_t(p)]) * n;
                for (std::int64_t j = 0; j < n; ++j)
                    out[j] += v * in[j];
            }
        }
    });
}

void CsrMatrix::multiplyTransposed(const float* x, std::int64_t n, float* y, int threads) const {
    // Parallel over the inputs (rows of X); each output row is a gather-dot per stored row of this.
    forRows(n, threads, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            const float* in = x + i * cols;
            float* out = y + i * rows;
            for (std::int64_t r = 0; r < rows; ++r) {
                float sum = 0.0f;
                for (std::int64_t p = rowPointers[size_t(r)]; p < rowPointers[size_t(r + 1)]; ++p)
                    sum += values[size_t(p)] * in[columns[size_t(p)]];
                out[r] = sum;
            }
        }
    });
}

} // namespace kcat::accounting
