#pragma once

#include "compute/circulant/BlockCirculant.h"

#include <cstdint>
#include <vector>

namespace kcat::circulant {

// What the FFT block-circulant layer computes, in double precision, for tests and benchmarks that do not
// see LibTorch: y = x W^T through the layer's own autograd function (rfft/irfft forward, FFT-based
// backward), then backward with gradOutput.
struct FftPass {
    std::vector<double> output;      // n x rows
    std::vector<double> gradInput;   // n x cols
    std::vector<double> gradWeights; // p x q x k
};

// x: n x cols (row-major); blocks: p x q x k; gradOutput: n x rows.
FftPass fftLinearPass(const std::vector<double>& x, std::int64_t n, const std::vector<double>& blocks,
                      const BlockShape& shape, const std::vector<double>& gradOutput);

// The same layer used as a 1x1 convolution over an n x cols x h x w input (channels = cols); output
// n x rows x h x w. Forward only.
std::vector<double> fftConv1x1Forward(const std::vector<double>& x, std::int64_t n, std::int64_t h,
                                      std::int64_t w, const std::vector<double>& blocks,
                                      const BlockShape& shape);

} // namespace kcat::circulant
