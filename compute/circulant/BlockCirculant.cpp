#include "compute/circulant/BlockCirculant.h"

#include <stdexcept>
#include <string>

namespace kcat::circulant {

namespace {

void checkShape(const BlockShape& s) {
    if (s.rows < 1 || s.cols < 1 || s.k < 1)
        throw std::invalid_argument("a block-circulant matrix needs positive rows, columns and block size");
}

} // namespace

std::vector<double> expandBlockCirculant(const std::vector<double>& blocks, const BlockShape& s) {
    checkShape(s);
    if (std::int64_t(blocks.size()) != s.storedValues())
        throw std::invalid_argument("expected " + std::to_string(s.storedValues()) +
                                    " block-circulant values, got " + std::to_string(blocks.size()));
    std::vector<double> dense(size_t(s.rows * s.cols), 0.0);
    const std::int64_t k = s.k, q = s.q();
    for (std::int64_t r = 0; r < s.rows; ++r) {
        for (std::int64_t c = 0; c < s.cols; ++c) {
            const std::int64_t i = r / k, j = c / k;
            const std::int64_t m = ((r % k) - (c % k) + k) % k;
            dense[size_t(r * s.cols + c)] = blocks[size_t((i * q + j) * k + m)];
        }
    }
    return dense;
}

std::vector<double> projectBlockCirculant(const std::vector<double>& dense, const BlockShape& s) {
    checkShape(s);
    if (std::int64_t(dense.size()) != s.rows * s.cols)
        throw std::invalid_argument("expected a " + std::to_string(s.rows) + " x " + std::to_string(s.cols) +
                                    " matrix, got " + std::to_string(dense.size()) + " values");
    const std::int64_t k = s.k, q = s.q();
    std::vector<double> blocks(size_t(s.storedValues()), 0.0);
    for (std::int64_t r = 0; r < s.rows; ++r) {
        for (std::int64_t c = 0; c < s.cols; ++c) {
            const std::int64_t i = r / k, j = c / k;
            const std::int64_t m = ((r % k) - (c % k) + k) % k;
            blocks[size_t((i * q + j) * k + m)] += dense[size_t(r * s.cols + c)];
        }
    }
    for (double& v : blocks)
        v /= double(k); // every wrapped diagonal of a k x k block has k entries (padding counts as zero)
    return blocks;
}

} // namespace kcat::circulant
