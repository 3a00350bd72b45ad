#include "compute/accounting/Storage.h"

#include <stdexcept>

namespace kcat::accounting {

namespace {

void checkBits(int bits, const char* what) {
    if (bits < 1 || bits > 32)
        throw std::invalid_argument(std::string(what) + " must be between 1 and 32 bits, got " +
                                    std::to_string(bits));
}

} // namespace

int bitsFor(std::int64_t n) {
    int bits = 1;
    while (bits < 63 && (std::int64_t(1) << bits) < n)
        ++bits;
    return bits;
}

std::int64_t relativeIndexPadding(const std::vector<float>& values, int indexBits) {
    if (indexBits < 1 || indexBits > 31)
        throw std::invalid_argument("the relative index needs 1 to 31 bits, got " +
                                    std::to_string(indexBits));
    const std::int64_t maxGap = (std::int64_t(1) << indexBits) - 1;
    std::int64_t padding = 0;
    std::int64_t previous = -1; // position of the previous stored entry (real or padding)
    const std::int64_t count = std::int64_t(values.size());
    for (std::int64_t i = 0; i < count; ++i) {
        if (values[size_t(i)] == 0.0f)
            continue;
        std::int64_t gap = i - previous;
        // An entry stores the number of zeros skipped since the previous entry (gap - 1; the stream
        // starts before position 0) in indexBits bits; a longer run of zeros gets a padding entry that
        // skips the largest count, as often as needed.
        while (gap - 1 > maxGap) {
            ++padding;
            previous += maxGap + 1;
            gap = i - previous;
        }
        previous = i;
    }
    return padding;
}

MatrixStorage matrixStorage(const std::vector<float>& values, std::int64_t rows, std::int64_t cols,
                            const StorageOptions& options) {
    if (rows < 0 || cols < 0 || std::int64_t(values.size()) != rows * cols)
        throw std::invalid_argument("a " + std::to_string(rows) + " x " + std::to_string(cols) +
                                    " matrix needs " + std::to_string(rows * cols) + " values, got " +
                                    std::to_string(values.size()));
    checkBits(options.weightBits, "the weight width");
    checkBits(options.pointerBits, "the CSR row pointer width");
    if (options.indexBits < 1 || options.indexBits > 31)
        throw std::invalid_argument("the index width must be between 1 and 31 bits, got " +
                                    std::to_string(options.indexBits));
    if (options.unifiedBlocks < 0 || options.unifiedWeights < 0 || options.extraBits < 0)
        throw std::invalid_argument("unified blocks, unified weights and extra bits cannot be negative");

    MatrixStorage s;
    s.rows = rows;
    s.cols = cols;
    s.weightBits = options.weightBits;
    s.indexBits = options.indexBits;
    s.pointerBits = options.pointerBits;
    for (float v : values)
        s.nonzero += v != 0.0f ? 1 : 0;
    if (options.unifiedWeights > s.nonzero)
        throw std::invalid_argument("more unified weights (" + std::to_string(options.unifiedWeights) +
                                    ") than non-zero weights (" + std::to_string(s.nonzero) + ")");
    s.csrIndexBits = std::max(options.indexBits, bitsFor(cols));
    s.paddingEntries = relativeIndexPadding(values, options.indexBits);

    const std::int64_t wb = options.weightBits;
    // Value bits of a set of stored non-zeros: unified weights cost one sign bit each plus one magnitude
    // per block; the rest their own weightBits.
    auto valueBits = [&](std::int64_t storedNonzero) {
        return (storedNonzero - options.unifiedWeights + options.unifiedBlocks) * wb + options.unifiedWeights;
    };
    const std::int64_t zeros = rows * cols - s.nonzero;
    s.denseBits = valueBits(s.nonzero) + zeros * wb + options.extraBits;
    s.csrBits =
        valueBits(s.nonzero) + s.nonzero * s.csrIndexBits + (rows + 1) * s.pointerBits + options.extraBits;
    s.relativeBits = valueBits(s.nonzero) + s.nonzero * options.indexBits +
                     s.paddingEntries * (wb + options.indexBits) + options.extraBits;
    return s;
}

} // namespace kcat::accounting
