#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kcat::accounting {

// Storage formats of one weight matrix (rows = output units or filters, cols = inputs x kh x kw), in bits.
// Plain C++ (no LibTorch): the formulas the accounting report and its tests share.
//
// - dense:          rows*cols values of weightBits.
// - CSR:            nnz values of weightBits + nnz column indices of csrIndexBits(cols, indexBits) bits +
//                   (rows + 1) row pointers of pointerBits.
// - relative index: the row-major stream of the whole matrix's non-zeros, each stored as (value, number of
//                   zeros skipped since the previous entry) with that count in indexBits bits (Han et al.,
//                   Deep Compression); a run of more than 2^indexBits - 1 zeros is bridged by padding
//                   entries (a stored zero that skips the largest count), each costing weightBits +
//                   indexBits like a real entry.
// - unified blocks: unifiedBlocks blocks covering unifiedWeights non-zero weights share one stored
//                   magnitude per block (weightBits) plus one sign bit per weight; the other non-zeros keep
//                   their own values. Indexing is unchanged.
// Every format adds extraBits once (a quantizer's scale alpha, a codebook).
struct MatrixStorage {
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::int64_t nonzero = 0;
    std::int64_t paddingEntries = 0; // relative-index padding entries
    int weightBits = 32;
    int indexBits = 8;    // the requested relative-index width
    int csrIndexBits = 0; // the CSR column-index width used: max(indexBits, bits needed for cols - 1)
    int pointerBits = 32;
    std::int64_t denseBits = 0;
    std::int64_t csrBits = 0;
    std::int64_t relativeBits = 0;
};

struct StorageOptions {
    int weightBits = 32;
    int indexBits = 8;
    int pointerBits = 32;
    std::int64_t extraBits = 0;
    std::int64_t unifiedBlocks = 0;
    std::int64_t unifiedWeights = 0;
};

// Bits needed to write every value 0..n-1 (at least 1).
int bitsFor(std::int64_t n);
// Entries of the relative-index stream (non-zeros + padding) for a row-major rows x cols matrix whose
// non-zero pattern is given by values (exact zeros are pruned). indexBits in 1..31.
std::int64_t relativeIndexPadding(const std::vector<float>& values, int indexBits);
// Throws std::invalid_argument when values.size() != rows * cols or a bit width is outside 1..32.
MatrixStorage matrixStorage(const std::vector<float>& values, std::int64_t rows, std::int64_t cols,
                            const StorageOptions& options);

} // namespace kcat::accounting
