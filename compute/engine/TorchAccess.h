#pragma once

// The LibTorch side of the engine's plain types, for other compute/ .cpp files that include LibTorch
// themselves (compression, SNN). Only forward declarations here: this header includes no LibTorch header,
// and nothing outside compute/ may include it.

#include <memory>

namespace at {
class Tensor;
}
namespace torch::nn {
class Module;
}

namespace kcat::engine {

class Network;

// The network's module (a torch::nn::Sequential whose children carry the layer names of Network::layers()).
std::shared_ptr<torch::nn::Module> torchModule(const Network& network);
// Logits for a batch N x C x H x W (autograd on, the module in its current train/eval mode).
at::Tensor torchForward(const Network& network, const at::Tensor& input);

} // namespace kcat::engine
