#pragma once

#include "compute/snn/SnnConfig.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace kcat::snn {

// Numerical checks of the reversible node that the tests (which do not include LibTorch) call. Every
// function computes on real tensors and returns what it measured; the caller judges it.

// One exact reversible step of one layer and its inverse on random potentials, buffers and currents.
struct StepInverseCheck {
    double potentialError = 0;     // max |V - inverse(step(V))|
    double bufferError = 0;        // max |buffer - inverse(step(buffer))| (integers)
    double maxPotential = 0;       // max |V| (the scale of the error)
    std::int64_t spikes = 0;       // spikes the step produced (the check needs resets to mean something)
    std::int64_t resetsUndone = 0; // neurons whose reset the inverse had to undo
};
StepInverseCheck checkStepInverse(int channels, int side, double beta, double theta, std::uint64_t seed);

// The whole network run forward for T steps from zero potentials, then walked back from the final
// states alone: each step's potentials, input currents and input spikes recomputed by the inverse,
// compared with those the forward produced. Inputs: `images` random images (dataset empty) or the first
// `images` test images of the Fashion-MNIST directory `dataset`, normalised as training does.
struct NetworkInverseCheck {
    double potentialError = 0; // max over steps and layers
    double currentError = 0;   // input currents I^t of both layers
    double maxPotential = 0;   // max |V| over steps and layers (the scale of the errors)
    double finalResidue = 0;   // max |V^0|, |buffer^0| after walking back to t = 0 (both start at zero)
    std::int64_t spikeMismatches = 0;
    std::int64_t spikes = 0;
};
NetworkInverseCheck checkNetworkInverse(int width, int side, int timesteps, double beta, double theta,
                                        std::uint64_t seed, const QString& dataset = QString(),
                                        int images = 3);

// Gradients of the loss w.r.t. every weight through the same reversible network (same weights, inputs,
// labels), by plain autograd through the stored forward and by the recomputing Function's two backwards.
// Inputs: random images and labels (dataset empty) or the first `batch` Fashion-MNIST test images and
// their labels (side must then be 28).
struct GradientCheck {
    double naiveError = 0;       // max |grad_naive - grad_autograd| over all weights
    double streamlinedError = 0; // the same for the streamlined backward
    double maxGradient = 0;      // max |grad_autograd| (the scale)
    double naiveFlops = 0, streamlinedFlops = 0;
    double lossAutograd = 0, lossReversible = 0;
    double reconstructionError = 0; // what the two recomputing backwards reported (max of both)
};
GradientCheck checkGradients(int width, int side, int batch, int timesteps, double beta, double theta,
                             const QString& surrogate, const QString& encoding, std::uint64_t seed,
                             const QString& dataset = QString());

// The spike function on xs (x = potential - threshold): forward values and the gradient autograd gives
// for d(sum spikes)/dx, plus the gradient's shape for an input of shape {2, 3, xs.size()}.
struct SurrogateCheck {
    std::vector<double> values, gradients;
    std::vector<std::int64_t> gradientShape;
};
SurrogateCheck checkSurrogate(const QString& surrogate, const std::vector<double>& xs);

// Training steps of the spiking CNN on random images (batch from the config, 28 x 28), without data or
// optimizer: the bytes LibTorch holds at the peak of a forward + backward (counting allocator), the
// backward's time (median of `repeats`) and FLOPs. For the backward benchmark.
struct StepMeasurement {
    double peakBytes = 0;       // held at the peak, minus what was held before the step
    double backwardSeconds = 0; // median
    double forwardSeconds = 0;  // median
    double backwardFlops = 0;
};
StepMeasurement measureTrainingStep(const SnnConfig& config, int repeats);

} // namespace kcat::snn
