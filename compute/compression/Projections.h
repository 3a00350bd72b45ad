#pragma once

// The Euclidean projections of ADMM compression on plain vectors: a layer's weights are a row-major
// matrix of rows = output channels (filters) by cols = in x kh x kw (a linear layer: out x in). Each
// function returns the closest point of its constraint set (or its support), so the same code serves the
// ADMM Z-update, the hard projection before masked retraining, and the tests' hand-computed examples.

#include <cstdint>
#include <vector>

namespace kcat::compression {

using Mask = std::vector<std::uint8_t>; // 1 = the weight is kept (free), 0 = fixed at zero

// Irregular pruning: the keep largest magnitudes (ties: the lower index wins, so the count is exact).
Mask topKMask(const std::vector<float>& w, std::int64_t keep);
// L2 norms of the rows (filters) and of the columns of a rows x cols matrix.
std::vector<double> rowNorms(const std::vector<float>& w, std::int64_t rows, std::int64_t cols);
std::vector<double> columnNorms(const std::vector<float>& w, std::int64_t rows, std::int64_t cols);
// Filter pruning: the keepRows rows of largest L2 norm; column pruning: the keepCols columns.
Mask rowMask(const std::vector<float>& w, std::int64_t rows, std::int64_t cols, std::int64_t keepRows);
Mask columnMask(const std::vector<float>& w, std::int64_t rows, std::int64_t cols, std::int64_t keepCols);
// w with the weights outside mask set to zero.
std::vector<float> applyMask(const std::vector<float>& w, const Mask& mask);
std::int64_t countNonzero(const std::vector<float>& w);

// Quantization levels: value = alpha x unit level.
enum class QuantScheme {
    Binary,     // {-1, +1}
    Ternary,    // {-1, 0, +1}
    Uniform,    // n bits: {-(2^(n-1) - 1), ..., 0, ..., 2^(n-1) - 1}
    PowerOfTwo, // n bits: {0, +-1, +-1/2, ..., +-2^-(2^(n-1) - 2)}
};
struct QuantSpec {
    QuantScheme scheme = QuantScheme::Binary;
    int bits = 1; // Uniform and PowerOfTwo only (2..8); Binary is 1 bit, Ternary 2
};
// The unit levels, ascending.
std::vector<double> unitLevels(const QuantSpec& spec);
int bitsPerWeight(const QuantSpec& spec);

struct Quantized {
    std::vector<float> values; // alpha x level for every weight (0 outside the mask)
    double alpha = 0.0;
};
// The closest point of {alpha x level} to w with the scale alpha chosen too: exact for binary
// (alpha = mean |w|) and ternary (the best threshold over the sorted magnitudes), alternating minimisation
// (levels for alpha, then the least-squares alpha) from several starts for n-bit and powers of two. With
// a mask, weights outside it stay zero and do not count (joint pruning + quantization).
Quantized quantize(const std::vector<float>& w, const QuantSpec& spec, const Mask* mask = nullptr);
// The least-squares scale for fixed levels q (w ~ alpha q): sum(w q) / sum(q q); 0 when q is all zero.
double leastSquaresScale(const std::vector<float>& w, const std::vector<float>& q);

// Micro-structured weight unification: the matrix split into blockRows x blockCols blocks (the last ones
// partial). A unified block keeps its signs and shares one magnitude, the mean |w| of the block (the
// least-squares value); a zeroed block is the special case of magnitude 0.
enum class BlockState : std::uint8_t { Free = 0, Unified = 1, Zero = 2 };
struct Unification {
    std::vector<float> values;
    std::vector<BlockState> blocks; // block-row-major
    std::int64_t blockGridRows = 0;
    std::int64_t blockGridCols = 0;
};
// Zeroes the zeroBlocks blocks of least sum(w^2), then unifies the unifyBlocks remaining blocks of least
// unification loss sum((|w| - mean|w|)^2); the others stay free.
Unification unifyBlocks(const std::vector<float>& w, std::int64_t rows, std::int64_t cols, int blockRows,
                        int blockCols, std::int64_t zeroBlocks, std::int64_t unifyBlocks);
// Storage in bits: 32 per free weight, 32 + one sign bit per weight for a unified block, nothing for a
// zero block, plus 2 bits of block state per block.
std::int64_t unificationBits(const Unification& u, std::int64_t rows, std::int64_t cols, int blockRows,
                             int blockCols);

} // namespace kcat::compression
