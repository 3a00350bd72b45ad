#pragma once

#include <cstdint>
#include <vector>

namespace kcat::circulant {

// A rows x cols weight matrix as p x q blocks of k x k circulant matrices, p = ceil(rows / k),
// q = ceil(cols / k) (the matrix is zero-padded to p k x q k). Block (i, j) is defined by its first column
// c_ij: B[r][s] = c_ij[(r - s) mod k], so B x = c_ij circularly convolved with x. Stored as p x q x k
// values, row-major: k times fewer than a dense p k x q k matrix.
struct BlockShape {
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::int64_t k = 1;

    std::int64_t p() const { return (rows + k - 1) / k; }
    std::int64_t q() const { return (cols + k - 1) / k; }
    std::int64_t storedValues() const { return p() * q() * k; }
};

// The dense rows x cols matrix (row-major) of block-circulant values (p x q x k); padding rows and
// columns are dropped. Throws std::invalid_argument on a size mismatch.
std::vector<double> expandBlockCirculant(const std::vector<double>& blocks, const BlockShape& shape);

// The Frobenius-nearest block-circulant matrix of a dense rows x cols matrix: each block's c[m] is the
// mean of the block's m-th wrapped diagonal {B[r][(r - m) mod k]} (the zero padding counts as entries).
std::vector<double> projectBlockCirculant(const std::vector<double>& dense, const BlockShape& shape);

} // namespace kcat::circulant
