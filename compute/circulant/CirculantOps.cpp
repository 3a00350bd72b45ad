#include "compute/circulant/CirculantOps.inc"
#include "compute/circulant/FftCheck.h"

#include <cmath>
#include <stdexcept>

namespace kcat::circulant {

namespace detail {

namespace {

namespace fft = torch::fft;

class BlockCirculantFunction : public torch::autograd::Function<BlockCirculantFunction> {
public:
    // x: n x q x k, w: p x q x k -> n x p x k
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x,
                                 const torch::Tensor& w) {
        const std::int64_t k = w.size(2);
        const torch::Tensor xf = fft::rfft(x, k, -1); // n x q x f
        const torch::Tensor wf = fft::rfft(w, k, -1); // p x q x f
        ctx->save_for_backward({xf, wf});
        ctx->saved_data["k"] = k;
        // Per frequency: (p x q) times (q x n).
        const torch::Tensor yf = torch::matmul(wf.permute({2, 0, 1}), xf.permute({2, 1, 0})); // f x p x n
        return fft::irfft(yf.permute({2, 1, 0}), k, -1);                                      // n x p x k
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list grads) {
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor& xf = saved[0];
        const torch::Tensor& wf = saved[1];
        const std::int64_t k = ctx->saved_data["k"].toInt();
        const torch::Tensor gf = fft::rfft(grads[0], k, -1).permute({2, 1, 0}); // f x p x n
        // Circular correlation in the frequency domain: conjugate spectra.
        const torch::Tensor gxf = torch::matmul(wf.permute({2, 1, 0}).conj(), gf); // f x q x n
        const torch::Tensor gwf = torch::matmul(gf, xf.permute({2, 0, 1}).conj()); // f x p x q
        const torch::Tensor gx = fft::irfft(gxf.permute({2, 1, 0}), k, -1);        // n x q x k
        const torch::Tensor gw = fft::irfft(gwf.permute({1, 2, 0}), k, -1);        // p x q x k
        return {gx, gw};
    }
};

} // namespace

torch::Tensor blockCirculantMatmul(const torch::Tensor& x, const torch::Tensor& w) {
    const std::int64_t p = w.size(0), q = w.size(1), k = w.size(2);
    if (x.dim() != 2 || x.size(1) != q * k)
        throw std::invalid_argument("block-circulant input has " + std::to_string(x.size(-1)) +
                                    " features, expected " + std::to_string(q * k));
    const torch::Tensor y = BlockCirculantFunction::apply(x.reshape({x.size(0), q, k}), w);
    return y.reshape({x.size(0), p * k});
}

CirculantLinearImpl::CirculantLinearImpl(std::int64_t in, std::int64_t out, std::int64_t k)
    : shape{out, in, k} {
    if (in < 1 || out < 1 || k < 1)
        throw std::invalid_argument("a circulant layer needs positive sizes and block size");
    // The dense layer's default initialisation: U(-1/sqrt(in), 1/sqrt(in)) for weights and bias.
    const double bound = 1.0 / std::sqrt(double(in));
    weight = register_parameter("weight", torch::empty({shape.p(), shape.q(), k}).uniform_(-bound, bound));
    bias = register_parameter("bias", torch::empty({out}).uniform_(-bound, bound));
}

torch::Tensor CirculantLinearImpl::forward(const torch::Tensor& x) {
    const std::int64_t k = shape.k;
    torch::Tensor y;
    if (k == 1) {
        y = torch::matmul(x, weight.view({shape.p(), shape.q()}).t());
    } else {
        const std::int64_t padIn = shape.q() * k - shape.cols;
        const torch::Tensor xp = padIn ? torch::constant_pad_nd(x, {0, padIn}) : x;
        y = blockCirculantMatmul(xp, weight);
        if (shape.p() * k != shape.rows)
            y = y.narrow(1, 0, shape.rows);
    }
    return y + bias;
}

torch::Tensor CirculantLinearImpl::forwardConv1x1(const torch::Tensor& x) {
    const std::int64_t n = x.size(0), h = x.size(2), w = x.size(3);
    const torch::Tensor flat = x.permute({0, 2, 3, 1}).reshape({n * h * w, x.size(1)});
    return forward(flat).view({n, h, w, shape.rows}).permute({0, 3, 1, 2});
}

torch::Tensor CirculantLinearImpl::denseWeight() const {
    torch::NoGradGuard noGrad;
    const std::int64_t k = shape.k;
    // B[r][s] = c[(r - s) mod k] for every block at once.
    const torch::Tensor r = torch::arange(k).view({k, 1});
    const torch::Tensor s = torch::arange(k).view({1, k});
    const torch::Tensor index = (r - s).remainder(k); // k x k
    const torch::Tensor blocks =
        weight.index({torch::indexing::Slice(), torch::indexing::Slice(), index}); // p q k k
    const torch::Tensor dense = blocks.permute({0, 2, 1, 3}).reshape({shape.p() * k, shape.q() * k});
    return dense.narrow(0, 0, shape.rows).narrow(1, 0, shape.cols).contiguous();
}

} // namespace detail

namespace {

torch::Tensor fromVector(const std::vector<double>& v, std::vector<std::int64_t> sizes) {
    std::int64_t n = 1;
    for (auto s : sizes)
        n *= s;
    if (std::int64_t(v.size()) != n)
        throw std::invalid_argument("expected " + std::to_string(n) + " values, got " +
                                    std::to_string(v.size()));
    return torch::tensor(v, torch::kFloat64).view(sizes).clone();
}

std::vector<double> toVector(const torch::Tensor& t) {
    const torch::Tensor c = t.detach().contiguous().to(torch::kFloat64);
    return std::vector<double>(c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
}

detail::CirculantLinear doubleLayer(const std::vector<double>& blocks, const BlockShape& shape) {
    detail::CirculantLinear layer(shape.cols, shape.rows, shape.k);
    layer->to(torch::kFloat64);
    torch::NoGradGuard noGrad;
    layer->weight.copy_(fromVector(blocks, {shape.p(), shape.q(), shape.k}));
    layer->bias.zero_();
    return layer;
}

} // namespace

FftPass fftLinearPass(const std::vector<double>& x, std::int64_t n, const std::vector<double>& blocks,
                      const BlockShape& shape, const std::vector<double>& gradOutput) {
    auto layer = doubleLayer(blocks, shape);
    torch::Tensor input = fromVector(x, {n, shape.cols}).set_requires_grad(true);
    const torch::Tensor y = layer->forward(input);
    y.backward(fromVector(gradOutput, {n, shape.rows}));
    return {toVector(y), toVector(input.grad()), toVector(layer->weight.grad())};
}

std::vector<double> fftConv1x1Forward(const std::vector<double>& x, std::int64_t n, std::int64_t h,
                                      std::int64_t w, const std::vector<double>& blocks,
                                      const BlockShape& shape) {
    auto layer = doubleLayer(blocks, shape);
    torch::NoGradGuard noGrad;
    return toVector(layer->forwardConv1x1(fromVector(x, {n, shape.cols, h, w})));
}

} // namespace kcat::circulant
