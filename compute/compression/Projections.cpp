#include "compute/compression/Projections.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace kcat::compression {

namespace {

// Indices of the keep largest scores (ties: lower index first).
Mask topScores(const std::vector<double>& score, std::int64_t keep) {
    const std::int64_t n = std::int64_t(score.size());
    keep = std::clamp<std::int64_t>(keep, 0, n);
    Mask mask(std::size_t(n), 0);
    if (keep == 0)
        return mask;
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    const auto before = [&](std::int64_t a, std::int64_t b) {
        const double sa = score[std::size_t(a)];
        const double sb = score[std::size_t(b)];
        return sa > sb || (sa == sb && a < b);
    };
    std::nth_element(order.begin(), order.begin() + (keep - 1), order.end(), before);
    for (std::int64_t i = 0; i < keep; ++i)
        mask[std::size_t(order[std::size_t(i)])] = 1;
    return mask;
}

void checkShape(const std::vector<float>& w, std::int64_t rows, std::int64_t cols) {
    if (rows < 0 || cols < 0 || std::int64_t(w.size()) != rows * cols)
        throw std::invalid_argument("the weights do not form a " + std::to_string(rows) + " x " +
                                    std::to_string(cols) + " matrix");
}

} // namespace

Mask topKMask(const std::vector<float>& w, std::int64_t keep) {
    std::vector<double> score(w.size());
    for (std::size_t i = 0; i < w.size(); ++i)
        score[i] = std::fabs(double(w[i]));
    return topScores(score, keep);
}

std::vector<double> rowNorms(const std::vector<float>& w, std::int64_t rows, std::int64_t cols) {
    checkShape(w, rows, cols);
    std::vector<double> norms(std::size_t(rows), 0.0);
    for (std::int64_t r = 0; r < rows; ++r) {
        double s = 0.0;
        for (std::int64_t c = 0; c < cols; ++c)
            s += double(w[std::size_t(r * cols + c)]) * double(w[std::size_t(r * cols + c)]);
        norms[std::size_t(r)] = std::sqrt(s);
    }
    return norms;
}

std::vector<double> columnNorms(const std::vector<float>& w, std::int64_t rows, std::int64_t cols) {
    checkShape(w, rows, cols);
    std::vector<double> sums(std::size_t(cols), 0.0);
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t c = 0; c < cols; ++c)
            sums[std::size_t(c)] +=
                double(w[std::size_t(r * cols + c)]) * double(w[std::size_t(r * cols + c)]);
    for (double& s : sums)
        s = std::sqrt(s);
    return sums;
}

Mask rowMask(const std::vector<float>& w, std::int64_t rows, std::int64_t cols, std::int64_t keepRows) {
    const Mask rowsKept = topScores(rowNorms(w, rows, cols), keepRows);
    Mask mask(w.size(), 0);
    for (std::int64_t r = 0; r < rows; ++r)
        if (rowsKept[std::size_t(r)])
            std::fill_n(mask.begin() + r * cols, cols, std::uint8_t(1));
    return mask;
}

Mask columnMask(const std::vector<float>& w, std::int64_t rows, std::int64_t cols, std::int64_t keepCols) {
    const Mask colsKept = topScores(columnNorms(w, rows, cols), keepCols);
    Mask mask(w.size(), 0);
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t c = 0; c < cols; ++c)
            mask[std::size_t(r * cols + c)] = colsKept[std::size_t(c)];
    return mask;
}

std::vector<float> applyMask(const std::vector<float>& w, const Mask& mask) {
    if (mask.size() != w.size())
        throw std::invalid_argument("the mask does not match the weights");
    std::vector<float> out(w.size());
    for (std::size_t i = 0; i < w.size(); ++i)
        out[i] = mask[i] ? w[i] : 0.0f;
    return out;
}

std::int64_t countNonzero(const std::vector<float>& w) {
    return std::count_if(w.begin(), w.end(), [](float v) { return v != 0.0f; });
}

std::vector<double> unitLevels(const QuantSpec& spec) {
    std::vector<double> levels;
    switch (spec.scheme) {
    case QuantScheme::Binary:
        return {-1.0, 1.0};
    case QuantScheme::Ternary:
        return {-1.0, 0.0, 1.0};
    case QuantScheme::Uniform: {
        const int top = (1 << (spec.bits - 1)) - 1;
        for (int i = -top; i <= top; ++i)
            levels.push_back(double(i));
        return levels;
    }
    case QuantScheme::PowerOfTwo: {
        const int exponents = (1 << (spec.bits - 1)) - 1; // 2^(n-1) - 1 magnitudes plus zero
        for (int e = 0; e < exponents; ++e) {
            levels.push_back(std::ldexp(1.0, -e));
            levels.push_back(-std::ldexp(1.0, -e));
        }
        levels.push_back(0.0);
        std::sort(levels.begin(), levels.end());
        return levels;
    }
    }
    return levels;
}

int bitsPerWeight(const QuantSpec& spec) {
    switch (spec.scheme) {
    case QuantScheme::Binary:
        return 1;
    case QuantScheme::Ternary:
        return 2;
    default:
        return spec.bits;
    }
}

double leastSquaresScale(const std::vector<float>& w, const std::vector<float>& q) {
    double num = 0.0;
    double den = 0.0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        num += double(w[i]) * double(q[i]);
        den += double(q[i]) * double(q[i]);
    }
    return den > 0.0 ? num / den : 0.0;
}

namespace {

double nearestLevel(const std::vector<double>& levels, double x) {
    const auto it = std::lower_bound(levels.begin(), levels.end(), x);
    if (it == levels.begin())
        return *it;
    if (it == levels.end())
        return levels.back();
    return (x - *(it - 1) <= *it - x) ? *(it - 1) : *it;
}

// Levels for a fixed alpha, then the least-squares alpha for those levels, until nothing changes.
double alternate(const std::vector<double>& x, const std::vector<double>& levels, double alpha,
                 std::vector<double>& q) {
    for (int iteration = 0; iteration < 50 && alpha > 0.0; ++iteration) {
        double num = 0.0;
        double den = 0.0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            q[i] = nearestLevel(levels, x[i] / alpha);
            num += x[i] * q[i];
            den += q[i] * q[i];
        }
        const double next = den > 0.0 ? num / den : 0.0;
        if (std::fabs(next - alpha) <= 1e-12 * std::max(1.0, alpha)) {
            alpha = next;
            break;
        }
        alpha = next;
    }
    return alpha;
}

} // namespace

Quantized quantize(const std::vector<float>& w, const QuantSpec& spec, const Mask* mask) {
    if ((spec.scheme == QuantScheme::Uniform || spec.scheme == QuantScheme::PowerOfTwo) &&
        (spec.bits < 2 || spec.bits > 8))
        throw std::invalid_argument("n-bit quantization needs 2 to 8 bits");
    if (mask && mask->size() != w.size())
        throw std::invalid_argument("the mask does not match the weights");
    std::vector<std::size_t> index;
    std::vector<double> x;
    for (std::size_t i = 0; i < w.size(); ++i)
        if (!mask || (*mask)[i]) {
            index.push_back(i);
            x.push_back(double(w[i]));
        }
    Quantized out;
    out.values.assign(w.size(), 0.0f);
    if (x.empty())
        return out;
    std::vector<double> q(x.size(), 0.0);
    if (spec.scheme == QuantScheme::Binary) {
        double sum = 0.0;
        for (double v : x)
            sum += std::fabs(v);
        out.alpha = sum / double(x.size());
        for (std::size_t i = 0; i < x.size(); ++i)
            q[i] = x[i] < 0.0 ? -1.0 : 1.0;
    } else if (spec.scheme == QuantScheme::Ternary) {
        // ||x - alpha t||^2 with k nonzeros is smallest for the k largest |x| and alpha = their mean; the
        // error falls by S_k^2 / k, so the best k maximises that.
        std::vector<double> magnitude(x.size());
        for (std::size_t i = 0; i < x.size(); ++i)
            magnitude[i] = std::fabs(x[i]);
        std::vector<double> sorted = magnitude;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        double prefix = 0.0;
        double bestGain = -1.0;
        std::size_t bestK = 0;
        for (std::size_t k = 1; k <= sorted.size(); ++k) {
            prefix += sorted[k - 1];
            const double gain = prefix * prefix / double(k);
            if (gain > bestGain) {
                bestGain = gain;
                bestK = k;
                out.alpha = prefix / double(k);
            }
        }
        const Mask keep = topScores(magnitude, std::int64_t(bestK));
        for (std::size_t i = 0; i < x.size(); ++i)
            q[i] = keep[i] ? (x[i] < 0.0 ? -1.0 : 1.0) : 0.0;
    } else {
        const std::vector<double> levels = unitLevels(spec);
        double maxAbs = 0.0;
        double meanAbs = 0.0;
        for (double v : x) {
            maxAbs = std::max(maxAbs, std::fabs(v));
            meanAbs += std::fabs(v);
        }
        meanAbs /= double(x.size());
        const double top = levels.back();
        double bestError = -1.0;
        std::vector<double> trial(x.size());
        // Several starting scales: from covering the largest weight to covering the mean magnitude.
        for (const double start : {maxAbs / top, 0.75 * maxAbs / top, 0.5 * maxAbs / top, 2.0 * meanAbs / top,
                                   meanAbs, 2.0 * meanAbs}) {
            const double alpha = alternate(x, levels, start, trial);
            double error = 0.0;
            for (std::size_t i = 0; i < x.size(); ++i)
                error += (x[i] - alpha * trial[i]) * (x[i] - alpha * trial[i]);
            if (alpha > 0.0 && (bestError < 0.0 || error < bestError)) {
                bestError = error;
                out.alpha = alpha;
                q = trial;
            }
        }
    }
    for (std::size_t i = 0; i < x.size(); ++i)
        out.values[index[i]] = float(out.alpha * q[i]);
    return out;
}

Unification unifyBlocks(const std::vector<float>& w, std::int64_t rows, std::int64_t cols, int blockRows,
                        int blockCols, std::int64_t zeroBlocks, std::int64_t unifyBlocks) {
    checkShape(w, rows, cols);
    if (blockRows < 1 || blockCols < 1)
        throw std::invalid_argument("blocks need at least one row and one column");
    Unification u;
    u.values = w;
    u.blockGridRows = (rows + blockRows - 1) / blockRows;
    u.blockGridCols = (cols + blockCols - 1) / blockCols;
    const std::int64_t count = u.blockGridRows * u.blockGridCols;
    u.blocks.assign(std::size_t(count), BlockState::Free);
    std::vector<double> zeroLoss(std::size_t(count), 0.0);
    std::vector<double> unifyLoss(std::size_t(count), 0.0);
    std::vector<double> meanAbs(std::size_t(count), 0.0);
    const auto forBlock = [&](std::int64_t b, auto&& f) {
        const std::int64_t r0 = (b / u.blockGridCols) * blockRows;
        const std::int64_t c0 = (b % u.blockGridCols) * blockCols;
        for (std::int64_t r = r0; r < std::min(rows, r0 + blockRows); ++r)
            for (std::int64_t c = c0; c < std::min(cols, c0 + blockCols); ++c)
                f(std::size_t(r * cols + c));
    };
    for (std::int64_t b = 0; b < count; ++b) {
        double sum = 0.0;
        double squares = 0.0;
        int n = 0;
        forBlock(b, [&](std::size_t i) {
            sum += std::fabs(double(w[i]));
            squares += double(w[i]) * double(w[i]);
            ++n;
        });
        meanAbs[std::size_t(b)] = sum / n;
        zeroLoss[std::size_t(b)] = squares;
        // sum (|w| - m)^2 = sum w^2 - n m^2
        unifyLoss[std::size_t(b)] =
            std::max(0.0, squares - n * meanAbs[std::size_t(b)] * meanAbs[std::size_t(b)]);
    }
    // Least loss first = largest negative loss.
    std::vector<double> score(static_cast<std::size_t>(count));
    for (std::int64_t b = 0; b < count; ++b)
        score[std::size_t(b)] = -zeroLoss[std::size_t(b)];
    const Mask zero = topScores(score, zeroBlocks);
    for (std::int64_t b = 0; b < count; ++b)
        score[std::size_t(b)] = zero[std::size_t(b)] ? -HUGE_VAL : -unifyLoss[std::size_t(b)];
    const Mask unify = topScores(score, std::min(unifyBlocks, count - std::max<std::int64_t>(0, zeroBlocks)));
    for (std::int64_t b = 0; b < count; ++b) {
        if (zero[std::size_t(b)]) {
            u.blocks[std::size_t(b)] = BlockState::Zero;
            forBlock(b, [&](std::size_t i) { u.values[i] = 0.0f; });
        } else if (unify[std::size_t(b)]) {
            u.blocks[std::size_t(b)] = BlockState::Unified;
            const float m = float(meanAbs[std::size_t(b)]);
            forBlock(b, [&](std::size_t i) { u.values[i] = w[i] < 0.0f ? -m : m; });
        }
    }
    return u;
}

std::int64_t unificationBits(const Unification& u, std::int64_t rows, std::int64_t cols, int blockRows,
                             int blockCols) {
    std::int64_t bits = 2 * std::int64_t(u.blocks.size());
    for (std::size_t b = 0; b < u.blocks.size(); ++b) {
        const std::int64_t r0 = std::int64_t(b) / u.blockGridCols * blockRows;
        const std::int64_t c0 = std::int64_t(b) % u.blockGridCols * blockCols;
        const std::int64_t n = (std::min(rows, r0 + blockRows) - r0) * (std::min(cols, c0 + blockCols) - c0);
        if (u.blocks[b] == BlockState::Free)
            bits += 32 * n;
        else if (u.blocks[b] == BlockState::Unified)
            bits += 32 + n;
    }
    return bits;
}

} // namespace kcat::compression
