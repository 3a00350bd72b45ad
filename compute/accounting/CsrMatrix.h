#pragma once

#include <cstdint>
#include <vector>

namespace kcat::accounting {

// A compressed-sparse-row float matrix and the multiply kernel the sparse inference path runs.
struct CsrMatrix {
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::vector<std::int64_t> rowPointers; // rows + 1 entries
    std::vector<std::int32_t> columns;     // one per stored value
    std::vector<float> values;

    std::int64_t nonzero() const { return std::int64_t(values.size()); }
    // Keeps the exact non-zeros of a row-major rows x cols matrix.
    static CsrMatrix fromDense(const float* dense, std::int64_t rows, std::int64_t cols);
    std::vector<float> toDense() const;

    // Y (rows x n, row-major) = this x X (cols x n, row-major): for each stored (r, c, v), Y[r,:] += v
    // X[c,:]. threads > 1 splits the rows between std::threads.
    void multiply(const float* x, std::int64_t n, float* y, int threads = 1) const;
    // Y (n x rows) = X (n x cols) x this^T: the fully connected layer's layout (one input per row of X).
    void multiplyTransposed(const float* x, std::int64_t n, float* y, int threads = 1) const;
};

} // namespace kcat::accounting
