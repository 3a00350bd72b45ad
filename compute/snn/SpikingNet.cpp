// The spiking CNN: LIF and reversible nodes, BPTT through autograd, and the reversible Function with its
// naive and streamlined backward. The equations are written out in compute/snn/README.md.
#include "compute/snn/SpikingNetImpl.inc"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <optional>
#include <stdexcept>
#include <tuple>

namespace kcat::snn::detail {

namespace F = torch::nn::functional;
using torch::Tensor;
using torch::autograd::AutogradContext;
using torch::autograd::tensor_list;

Tensor heaviside(const Tensor& x) {
    return (x >= 0).to(x.scalar_type());
}

Tensor surrogateGrad(const Tensor& x, Surrogate s) {
    if (s == Surrogate::FastSigmoid) {
        const Tensor d = 1.0 + FastSigmoidSlope * x.abs();
        return 1.0 / (d * d);
    }
    const double c = M_PI * ArctanAlpha / 2.0;
    return (ArctanAlpha / 2.0) / (1.0 + (c * x) * (c * x));
}

Tensor conv(const Tensor& x, const Tensor& w, const Tensor& b, int64_t first, int64_t count) {
    return torch::conv2d(x, w.narrow(0, first, count), b.narrow(0, first, count), /*stride=*/1,
                         /*padding=*/1);
}

Tensor quantizedConv(const Tensor& input, const Tensor& w, const Tensor& b, int64_t first, int64_t count,
                     const Fixed& f) {
    const int64_t n = input.size(0);
    Tensor out = torch::empty({n, count, input.size(2), input.size(3)}, torch::kInt32);
    for (int64_t s = 0; s < n; s += ConvChunk) {
        const int64_t len = std::min(ConvChunk, n - s);
        Tensor c = conv(input.narrow(0, s, len), w, b, first, count);
        c.mul_(FixedScale).round_();
        const auto [lo, hi] = torch::aminmax(c);
        const double m = std::max(-lo.item<double>(), hi.item<double>());
        if (!(m <= f.limit / 4))
            throw std::runtime_error(QCoreApplication::translate("kcat::snn::SpikingNet",
                                                                 "reversible node: an input current of %1 is "
                                                                 "beyond the exact fixed-point range of ±%2")
                                         .arg(m / FixedScale)
                                         .arg(f.limit / 4 / FixedScale)
                                         .toStdString());
        out.narrow(0, s, len).copy_(c);
    }
    return out;
}

namespace {

class SpikeFunction : public torch::autograd::Function<SpikeFunction> {
public:
    static Tensor forward(AutogradContext* ctx, const Tensor& x, int64_t surrogate) {
        ctx->save_for_backward({x});
        ctx->saved_data["surrogate"] = surrogate;
        return heaviside(x);
    }
    static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
        const Tensor x = ctx->get_saved_variables()[0];
        const auto s = Surrogate(ctx->saved_data["surrogate"].toInt());
        return {grads[0] * surrogateGrad(x, s), Tensor()};
    }
};

Tensor pool(const Tensor& s) {
    return torch::avg_pool2d(s, {2, 2});
}

Tensor conv(const Tensor& x, const Tensor& w, const Tensor& b) {
    return torch::conv2d(x, w, b, /*stride=*/1, /*padding=*/1);
}

// LIF with autograd: M = beta V + I, S = spike(M - theta), V' = M - theta S (soft) or M (1 - S) (hard).
std::pair<Tensor, Tensor> lifStep(const Tensor& v, const Tensor& current, const NodeSpec& spec) {
    const Tensor m = spec.beta * v + current;
    const Tensor s = spike(m - spec.theta, spec.surrogate);
    const Tensor next = spec.softReset ? m - spec.theta * s : m * (1.0 - s);
    return {next, s};
}

// Zero with the gradient of e: e - e.detach() (exactly 0 in value).
Tensor gradientOf(const Tensor& e) {
    return e - e.detach();
}

// The spike of a group from its exact potentials, with the surrogate gradient through v (whose value
// equals toFloat(units)).
Tensor exactSpike(const Tensor& units, const Tensor& v, const Fixed& f, const NodeSpec& spec) {
    return units.ge(f.thetaQ).to(v.scalar_type()) + gradientOf(spike(v - f.theta, spec.surrogate));
}

Tensor spikesOfHalves(const Tensor& a, const Tensor& b, const Fixed& f) {
    const int64_t h = a.size(1);
    Tensor s = torch::empty({a.size(0), 2 * h, a.size(2), a.size(3)}, torch::kFloat32);
    s.narrow(1, 0, h).copy_(a.ge(f.thetaQ));
    s.narrow(1, h, h).copy_(b.ge(f.thetaQ));
    return s;
}

// One reversible layer with autograd (the BPTT reference through the reversible network, and the naive
// backward's re-run of a step): the values are the exact fixed-point ones (L advanced in place with the
// same calls as the Function's forward), the gradients those of the README's equations with decay n/d.
// v: the float potentials before the step (both groups; the values of L), input: the layer's input.
std::pair<Tensor, Tensor> reversibleLayerAutograd(const Tensor& v, ExactLayer& L, const Tensor& input,
                                                  const Tensor& w, const Tensor& b, const NodeSpec& spec) {
    const Fixed f = fixedOf(spec);
    const int64_t half = w.size(0) / 2;
    if (!torch::GradMode::is_enabled()) {
        // Evaluation: the same exact step, no gradient terms.
        reversibleLayerStep(L, input, w, b, f);
        return {torch::cat({toFloat(L.a), toFloat(L.b)}, 1), spikesOfHalves(L.a, L.b, f)};
    }
    const Tensor va = v.narrow(1, 0, half), vb = v.narrow(1, half, half);
    const Tensor ia = detail::conv(input, w, b, 0, half);
    const Tensor sbPrev = exactSpike(L.b, vb, f, spec);
    {
        torch::NoGradGuard noGrad;
        groupStep(L.a, L.bufA, quantizedConv(input, w, b, 0, half, f), L.b, f);
    }
    const Tensor va1 = toFloat(L.a) + gradientOf(f.beta * va + ia - f.theta * sbPrev);
    const Tensor sa1 = exactSpike(L.a, va1, f, spec);
    const Tensor ib = detail::conv(input, w, b, half, half);
    {
        torch::NoGradGuard noGrad;
        groupStep(L.b, L.bufB, quantizedConv(input, w, b, half, half, f), L.a, f);
    }
    const Tensor vb1 = toFloat(L.b) + gradientOf(f.beta * vb + ib - f.theta * sa1);
    const Tensor sb1 = exactSpike(L.b, vb1, f, spec);
    return {torch::cat({va1, vb1}, 1), torch::cat({sa1, sb1}, 1)};
}

// The Function's non-tensor arguments travel as a pointer in saved_data (they live in the caller's frame
// for the whole training step: forward and backward run inside it).
struct FunctionArgs {
    NodeSpec spec;
    BackwardStats* stats;
};

class ReversibleFunction : public torch::autograd::Function<ReversibleFunction> {
public:
    static Tensor forward(AutogradContext* ctx, const Tensor& x, const Tensor& w1, const Tensor& b1,
                          const Tensor& w2, const Tensor& b2, const Tensor& wf, const Tensor& bf,
                          int64_t argsAddress) {
        const auto* args = reinterpret_cast<const FunctionArgs*>(argsAddress);
        const NodeSpec& spec = args->spec;
        const Fixed f = fixedOf(spec);
        const int64_t batch = x.size(0), rows = x.size(2), cols = x.size(3);
        ExactLayer l1 = ExactLayer::zeros(batch, w1.size(0) / 2, rows, cols, f);
        ExactLayer l2 = ExactLayer::zeros(batch, w2.size(0) / 2, rows / 2, cols / 2, f);
        Tensor logits = torch::zeros({batch, wf.size(0)}, x.options());
        for (int t = 0; t < spec.timesteps; ++t) {
            reversibleLayerStep(l1, encode(x, t, spec), w1, b1, f);
            reversibleLayerStep(l2, pool(spikesOfHalves(l1.a, l1.b, f)), w2, b2, f);
            logits += torch::linear(pool(spikesOfHalves(l2.a, l2.b, f)).flatten(1), wf, bf);
        }
        // The final exact states go to saved_data, not save_for_backward: the backward takes them over and
        // walks them back in place.
        ctx->save_for_backward({x, w1, b1, w2, b2, wf, bf});
        const char* keys[8] = {"v1a", "v1b", "buf1a", "buf1b", "v2a", "v2b", "buf2a", "buf2b"};
        const Tensor states[8] = {l1.a, l1.b, l1.bufA, l1.bufB, l2.a, l2.b, l2.bufA, l2.bufB};
        for (int i = 0; i < 8; ++i)
            ctx->saved_data[keys[i]] = states[i];
        ctx->saved_data["args"] = argsAddress;
        return logits / double(spec.timesteps);
    }

    static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
        const auto* args = reinterpret_cast<const FunctionArgs*>(ctx->saved_data["args"].toInt());
        const Tensor g = grads[0] / double(args->spec.timesteps);     // dL/d(fc output of one step)
        const std::vector<Tensor> saved = ctx->get_saved_variables(); // x, w1, b1, w2, b2, wf, bf
        std::vector<Tensor> v;
        for (const char* key : {"v1a", "v1b", "buf1a", "buf1b", "v2a", "v2b", "buf2a", "buf2b"}) {
            v.push_back(ctx->saved_data[key].toTensor());
            ctx->saved_data.erase(key);
        }
        ExactLayer l1{std::move(v[0]), std::move(v[1]), std::move(v[2]), std::move(v[3])};
        ExactLayer l2{std::move(v[4]), std::move(v[5]), std::move(v[6]), std::move(v[7])};
        v.clear();
        const tensor_list weightGrads =
            args->spec.streamlined ? streamlined(saved, l1, l2, g, args) : naive(saved, l1, l2, g, args);
        // Walked back to t = 0, the exact states are zero again (potentials and buffers).
        double residue = 0;
        for (const Tensor* t : {&l1.a, &l1.b, &l1.bufA, &l1.bufB, &l2.a, &l2.b, &l2.bufA, &l2.bufB})
            residue = std::max(residue, t->abs().max().item<double>());
        args->stats->reconstructionError = residue / FixedScale;
        tensor_list out{Tensor()};
        out.insert(out.end(), weightGrads.begin(), weightGrads.end());
        out.push_back(Tensor()); // argsAddress
        return out;
    }

private:
    // Plain RevNet-style backward: per step, invert it exactly (no graph), then run the step forward again
    // with autograd from the recomputed potentials and backpropagate through that graph.
    static tensor_list naive(const std::vector<Tensor>& s, ExactLayer& l1, ExactLayer& l2, const Tensor& g,
                             const FunctionArgs* args) {
        const NodeSpec& spec = args->spec;
        const Fixed f = fixedOf(spec);
        const Tensor &x = s[0], &w1 = s[1], &b1 = s[2], &w2 = s[3], &b2 = s[4], &wf = s[5], &bf = s[6];
        Tensor g1, g2;
        std::vector<Tensor> acc{torch::zeros_like(w1), torch::zeros_like(b1), torch::zeros_like(w2),
                                torch::zeros_like(b2), torch::zeros_like(wf), torch::zeros_like(bf)};
        const int64_t batch = x.size(0);
        const double conv1F = convFlops(batch, w1.size(1), w1.size(0), x.size(2), x.size(3));
        const double conv2F = convFlops(batch, w2.size(1), w2.size(0), x.size(2) / 2, x.size(3) / 2);
        const double fcF = linearFlops(batch, wf.size(1), wf.size(0));
        double flops = 0;
        for (int t = spec.timesteps - 1; t >= 0; --t) {
            const Tensor xt = encode(x, t, spec);
            {
                torch::NoGradGuard noGrad;
                reversibleLayerInverse(l2, pool(spikesOfHalves(l1.a, l1.b, f)), w2, b2, f);
                reversibleLayerInverse(l1, xt, w1, b1, f);
            }
            torch::AutoGradMode enable(true);
            ExactLayer r1 = l1.clone(), r2 = l2.clone();
            std::vector<Tensor> leaves{torch::cat({toFloat(l1.a), toFloat(l1.b)}, 1).requires_grad_(),
                                       torch::cat({toFloat(l2.a), toFloat(l2.b)}, 1).requires_grad_()};
            for (const Tensor* w : {&w1, &b1, &w2, &b2, &wf, &bf})
                leaves.push_back(w->detach().requires_grad_());
            auto [n1, s1] = reversibleLayerAutograd(leaves[0], r1, xt, leaves[2], leaves[3], spec);
            auto [n2, s2] = reversibleLayerAutograd(leaves[1], r2, pool(s1), leaves[4], leaves[5], spec);
            const Tensor logits = torch::linear(pool(s2).flatten(1), leaves[6], leaves[7]);
            if (!g1.defined()) {
                g1 = torch::zeros_like(n1);
                g2 = torch::zeros_like(n2);
            }
            const tensor_list d =
                torch::autograd::grad({n1, n2, logits}, leaves, {g1, g2, g}, false, false, true);
            g1 = d[0].defined() ? d[0] : torch::zeros_like(n1);
            g2 = d[1].defined() ? d[1] : torch::zeros_like(n2);
            for (std::size_t i = 0; i < acc.size(); ++i)
                if (d[i + 2].defined())
                    acc[i] += d[i + 2];
            // inverse (conv1, conv2) + forward again (conv1, conv2, fc) + backward (conv2 input and weight,
            // conv1 weight, fc input and weight).
            flops += 2 * (conv1F + conv2F) + fcF + 2 * conv2F + conv1F + 2 * fcF;
        }
        args->stats->flops = flops;
        return acc;
    }

    // The surrogate derivative at V - theta for exact potentials (units), in one float tensor (reused).
    static Tensor surrogateAt(const Tensor& units, const Fixed& f, const NodeSpec& spec,
                              Tensor reuse = Tensor()) {
        Tensor t = reuse.defined() ? reuse.copy_(units) : units.to(torch::kFloat32);
        t.mul_(1.0 / FixedScale).sub_(f.theta);
        if (spec.surrogate == Surrogate::FastSigmoid)
            return t.abs_().mul_(FastSigmoidSlope).add_(1.0).pow_(2).reciprocal_();
        const double c = M_PI * ArctanAlpha / 2.0;
        return t.mul_(c).pow_(2).add_(1.0).reciprocal_().mul_(ArctanAlpha / 2.0);
    }

    // The node's adjoint at step t (see README), in place. g holds G = dL/dV^t from step t+1 (both groups,
    // one contiguous tensor) and becomes λ = dL/dI^t; D = dL/dS^t from the layer above is consumed.
    static void adjoint(const ExactLayer& l, Tensor& g, Tensor& D, const NodeSpec& spec, const Fixed& f) {
        const int64_t h = l.a.size(1);
        Tensor gA = g.narrow(1, 0, h), gB = g.narrow(1, h, h);
        Tensor dA = D.narrow(1, 0, h), dB = D.narrow(1, h, h);
        Tensor sg = surrogateAt(l.b, f, spec);
        gB.addcmul_(dB, sg); // λ_B = G_B + D_B Θ'(V_B - θ)
        surrogateAt(l.a, f, spec, sg);
        gA.add_(dA.add_(gB, -f.theta).mul_(sg)); // λ_A = G_A + Θ'(V_A - θ)(D_A - θ λ_B)
    }

    // λ (in g) -> dL/dV^{t-1}, with l already walked back to the state before the step.
    static void potentialGradient(const ExactLayer& l, Tensor& g, const NodeSpec& spec, const Fixed& f) {
        const int64_t h = l.a.size(1);
        Tensor gA = g.narrow(1, 0, h), gB = g.narrow(1, h, h);
        const Tensor sg = surrogateAt(l.b, f, spec);
        gB.mul_(f.beta).addcmul_(sg, gA, -f.theta); // β λ_B - θ Θ'(V_B^{t-1} - θ) λ_A
        gA.mul_(f.beta);                            // β λ_A
    }

    // The weight (and, if asked, input) gradients of a 3x3 same-padded convolution, in chunks of the batch
    // like the forward's convolutions.
    static std::tuple<Tensor, Tensor, Tensor> convBackward(const Tensor& grad, const Tensor& input,
                                                           const Tensor& w, bool inputGrad) {
        static const std::vector<int64_t> stride{1, 1}, padding{1, 1}, dilation{1, 1}, outPad{0, 0};
        const int64_t n = input.size(0);
        Tensor dInput = inputGrad ? torch::empty_like(input) : Tensor();
        Tensor dW = torch::zeros_like(w), dB = torch::zeros({w.size(0)}, w.options());
        for (int64_t s = 0; s < n; s += ConvChunk) {
            const int64_t len = std::min(ConvChunk, n - s);
            auto [di, dw, db] = at::convolution_backward(grad.narrow(0, s, len), input.narrow(0, s, len), w,
                                                         std::vector<int64_t>{w.size(0)}, stride, padding,
                                                         dilation, false, outPad, 1, {inputGrad, true, true});
            if (inputGrad)
                dInput.narrow(0, s, len).copy_(di);
            dW += dw;
            dB += db;
        }
        return {dInput, dW, dB};
    }

    // Average pooling's backward: each input pixel gets a quarter of its window's gradient.
    static Tensor unpool(const Tensor& grad) {
        const int64_t n = grad.size(0), c = grad.size(1), h = grad.size(2), w = grad.size(3);
        return (grad * 0.25)
            .view({n, c, h, 1, w, 1})
            .expand({n, c, h, 2, w, 2})
            .reshape({n, c, 2 * h, 2 * w});
    }

    // The streamlined backward: one pass per step that inverts it and computes the gradients from the
    // same recomputed tensors (each convolution's forward once, for the inverse; no second forward, no
    // graph), with the neuron's adjoint written out by hand and applied in place on the gradients.
    // s = x, w1, b1, w2, b2, wf, bf; l1, l2: the final exact states (walked back in place).
    static tensor_list streamlined(const std::vector<Tensor>& s, ExactLayer& l1, ExactLayer& l2,
                                   const Tensor& g, const FunctionArgs* args) {
        const NodeSpec& spec = args->spec;
        const Fixed f = fixedOf(spec);
        const Tensor &x = s[0], &w1 = s[1], &b1 = s[2], &w2 = s[3], &b2 = s[4], &wf = s[5], &bf = s[6];
        const int64_t batch = x.size(0);
        Tensor g1 = torch::zeros({batch, w1.size(0), x.size(2), x.size(3)});
        Tensor g2 = torch::zeros({batch, w2.size(0), x.size(2) / 2, x.size(3) / 2});
        Tensor dw1 = torch::zeros_like(w1), db1 = torch::zeros_like(b1), dw2 = torch::zeros_like(w2),
               db2 = torch::zeros_like(b2);
        Tensor dwf = torch::zeros_like(wf), dbf = torch::zeros_like(bf);
        const double conv1F = convFlops(batch, w1.size(1), w1.size(0), x.size(2), x.size(3));
        const double conv2F = convFlops(batch, w2.size(1), w2.size(0), x.size(2) / 2, x.size(3) / 2);
        const double fcF = linearFlops(batch, wf.size(1), wf.size(0));
        double flops = 0;
        for (int t = spec.timesteps - 1; t >= 0; --t) {
            const Tensor xt = encode(x, t, spec);
            Tensor p1 = pool(spikesOfHalves(l1.a, l1.b, f)); // layer 2's input at step t
            Tensor dP1;
            {
                // Readout of step t: logits_t = fc(flatten(p2)).
                const Tensor p2 = pool(spikesOfHalves(l2.a, l2.b, f));
                dwf.addmm_(g.t(), p2.flatten(1));
                dbf += g.sum(0);
                Tensor d2 = unpool(g.mm(wf).view_as(p2));
                adjoint(l2, g2, d2, spec, f);
            }
            {
                auto [dp, dw, db] = convBackward(g2, p1, w2, true);
                dP1 = dp;
                dw2 += dw;
                db2 += db;
            }
            reversibleLayerInverse(l2, p1, w2, b2, f);
            potentialGradient(l2, g2, spec, f);
            p1 = Tensor();
            {
                Tensor d1 = unpool(dP1);
                dP1 = Tensor();
                adjoint(l1, g1, d1, spec, f);
            }
            {
                auto [unused, dw, db] = convBackward(g1, xt, w1, false);
                dw1 += dw;
                db1 += db;
            }
            reversibleLayerInverse(l1, xt, w1, b1, f);
            potentialGradient(l1, g1, spec, f);
            // inverse (conv1, conv2) + backward (conv2 input and weight, conv1 weight, fc input and weight).
            flops += conv1F + conv2F + 2 * conv2F + conv1F + 2 * fcF;
        }
        args->stats->flops = flops;
        return {dw1, db1, dw2, db2, dwf, dbf};
    }
};

} // namespace

Tensor spike(const Tensor& x, Surrogate s) {
    return SpikeFunction::apply(x, int64_t(s));
}

NodeSpec nodeSpec(const SnnConfig& config) {
    NodeSpec spec;
    spec.reversible = config.reversible();
    spec.softReset = config.reset == QLatin1String("soft");
    spec.beta = config.decay;
    spec.theta = config.threshold;
    spec.surrogate = config.surrogate == QLatin1String("arctan") ? Surrogate::Arctan : Surrogate::FastSigmoid;
    spec.timesteps = config.timesteps;
    spec.poisson = config.encoding == QLatin1String("poisson");
    spec.encodingSeed = config.seed;
    spec.streamlined = config.backward != QLatin1String("naive");
    return spec;
}

SpikingNetImpl::SpikingNetImpl(int width, int classes, int rows, int cols)
    : width(width)
    , rows(rows)
    , cols(cols) {
    conv1 = register_module("conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(1, width, 3).padding(1)));
    conv2 =
        register_module("conv2", torch::nn::Conv2d(torch::nn::Conv2dOptions(width, 2 * width, 3).padding(1)));
    fc = register_module("fc", torch::nn::Linear(2 * width * (rows / 4) * (cols / 4), classes));
}

Tensor encode(const Tensor& x, int t, const NodeSpec& spec) {
    if (!spec.poisson)
        return x;
    at::Generator gen = at::detail::createCPUGenerator(spec.encodingSeed * 1000003ULL + std::uint64_t(t) + 1);
    return torch::bernoulli(x, gen);
}

Tensor forwardAutograd(SpikingNet& net, const Tensor& x, const NodeSpec& spec, Probe* probe,
                       SpikeCounts* counts) {
    const int64_t batch = x.size(0);
    Tensor v1 = torch::zeros({batch, net->width, x.size(2), x.size(3)}, x.options());
    Tensor v2 = torch::zeros({batch, 2 * net->width, x.size(2) / 2, x.size(3) / 2}, x.options());
    std::optional<ExactLayer> l1, l2;
    if (spec.reversible) {
        const Fixed f = fixedOf(spec);
        l1 = ExactLayer::zeros(batch, net->width / 2, x.size(2), x.size(3), f);
        l2 = ExactLayer::zeros(batch, net->width, x.size(2) / 2, x.size(3) / 2, f);
    }
    Tensor logits;
    for (int t = 0; t < spec.timesteps; ++t) {
        Tensor n1, s1, n2, s2;
        if (spec.reversible) {
            std::tie(n1, s1) = reversibleLayerAutograd(v1, *l1, encode(x, t, spec), net->conv1->weight,
                                                       net->conv1->bias, spec);
            std::tie(n2, s2) =
                reversibleLayerAutograd(v2, *l2, pool(s1), net->conv2->weight, net->conv2->bias, spec);
        } else {
            std::tie(n1, s1) = lifStep(v1, net->conv1->forward(encode(x, t, spec)), spec);
            std::tie(n2, s2) = lifStep(v2, net->conv2->forward(pool(s1)), spec);
        }
        const Tensor out = net->fc->forward(pool(s2).flatten(1));
        logits = t == 0 ? out : logits + out;
        v1 = n1;
        v2 = n2;
        if (probe) {
            probe->v1.push_back(n1[0].detach().clone());
            probe->v2.push_back(n2[0].detach().clone());
            probe->s1.push_back(s1[0].detach().clone());
            probe->s2.push_back(s2[0].detach().clone());
        }
        if (counts) {
            counts->layer1 += s1.sum().item<double>();
            counts->layer2 += s2.sum().item<double>();
        }
    }
    return logits / double(spec.timesteps);
}

Tensor forwardReversible(SpikingNet& net, const Tensor& x, const NodeSpec& spec, BackwardStats* stats) {
    // The args live until this training step's backward has run (the caller keeps them).
    thread_local FunctionArgs args;
    args.spec = spec;
    args.stats = stats;
    return ReversibleFunction::apply(x, net->conv1->weight, net->conv1->bias, net->conv2->weight,
                                     net->conv2->bias, net->fc->weight, net->fc->bias,
                                     int64_t(reinterpret_cast<std::intptr_t>(&args)));
}

Fixed fixedOf(const NodeSpec& spec) {
    Fixed f;
    const DecayFraction frac = decayFraction(spec.beta);
    f.n = frac.n;
    f.d = frac.d;
    f.beta = double(f.n) / double(f.d);
    f.thetaQ = std::llround(spec.theta * FixedScale);
    f.theta = double(f.thetaQ) / FixedScale;
    f.bufferType =
        reversibleBufferBound(spec.beta, spec.timesteps) <= 32767.0 ? torch::kInt16 : torch::kInt32;
    // u = h * n + b and h' * d + r must stay below 2^31.
    f.limit = (2147483647.0 - double(std::max(f.n, f.d))) / double(std::max(f.n, f.d));
    return f;
}

ExactLayer ExactLayer::zeros(int64_t batch, int64_t half, int64_t h, int64_t w, const Fixed& f) {
    const auto units = torch::TensorOptions().dtype(torch::kInt32);
    const auto buffer = torch::TensorOptions().dtype(f.bufferType);
    return {torch::zeros({batch, half, h, w}, units), torch::zeros({batch, half, h, w}, units),
            torch::zeros({batch, half, h, w}, buffer), torch::zeros({batch, half, h, w}, buffer)};
}

ExactLayer ExactLayer::clone() const {
    return {a.clone(), b.clone(), bufA.clone(), bufB.clone()};
}

Tensor toFloat(const Tensor& units) {
    return units.to(torch::kFloat32).mul_(1.0 / FixedScale);
}

namespace {

// h <- floor((h n + (buf mod n)) / d), buf <- floor(buf / n) d + the remainder: exact and invertible.
void decayExact(Tensor& h, Tensor& buf, const Fixed& f, Tensor& scratch) {
    if (f.n == f.d)
        return;
    at::remainder_out(scratch, buf, f.n);
    buf.div_(f.n, "floor");
    h.mul_(f.n).add_(scratch);
    at::remainder_out(scratch, h, f.d);
    h.div_(f.d, "floor");
    buf.mul_(f.d).add_(scratch);
}

void undecayExact(Tensor& h, Tensor& buf, const Fixed& f, Tensor& scratch) {
    if (f.n == f.d)
        return;
    at::remainder_out(scratch, buf, f.d);
    buf.div_(f.d, "floor");
    h.mul_(f.d).add_(scratch);
    at::remainder_out(scratch, h, f.n);
    h.div_(f.n, "floor");
    buf.mul_(f.n).add_(scratch);
}

} // namespace

void groupStep(Tensor& h, Tensor& buf, const Tensor& q, const Tensor& partner, const Fixed& f) {
    Tensor scratch = torch::empty_like(h);
    decayExact(h, buf, f, scratch);
    scratch = Tensor();
    h.add_(q).add_(partner.ge(f.thetaQ), -f.thetaQ);
}

void groupInverse(Tensor& h, Tensor& buf, Tensor& q, const Tensor& partner, const Fixed& f) {
    h.sub_(q).add_(partner.ge(f.thetaQ), f.thetaQ);
    undecayExact(h, buf, f, q);
}

void checkRange(const Tensor& h, const Fixed& f) {
    const auto [lo, hi] = torch::aminmax(h);
    const double m = std::max(-lo.item<double>(), hi.item<double>());
    if (m > f.limit / 2)
        throw std::runtime_error(QCoreApplication::translate("kcat::snn::SpikingNet",
                                                             "reversible node: a membrane potential of %1 is "
                                                             "beyond the exact fixed-point range of ±%2")
                                     .arg(m / FixedScale)
                                     .arg(f.limit / 2 / FixedScale)
                                     .toStdString());
}

// Group A from the current of the convolution's first half of output channels, then group B (which sees
// A's new spikes) from the second half. Each half-convolution is computed when its group needs it, and the
// inverse computes them with the same calls (so the same bits).
void reversibleLayerStep(ExactLayer& l, const Tensor& input, const Tensor& w, const Tensor& b,
                         const Fixed& f) {
    const int64_t h = w.size(0) / 2;
    groupStep(l.a, l.bufA, quantizedConv(input, w, b, 0, h, f), l.b, f);
    checkRange(l.a, f);
    groupStep(l.b, l.bufB, quantizedConv(input, w, b, h, h, f), l.a, f);
    checkRange(l.b, f);
}

void reversibleLayerInverse(ExactLayer& l, const Tensor& input, const Tensor& w, const Tensor& b,
                            const Fixed& f) {
    const int64_t h = w.size(0) / 2;
    Tensor q = quantizedConv(input, w, b, h, h, f);
    groupInverse(l.b, l.bufB, q, l.a, f);
    q = quantizedConv(input, w, b, 0, h, f);
    groupInverse(l.a, l.bufA, q, l.b, f);
}

double convFlops(std::int64_t batch, std::int64_t cin, std::int64_t cout, std::int64_t h, std::int64_t w) {
    return 2.0 * double(batch) * double(cout) * double(h) * double(w) * double(cin) * 9.0;
}

double linearFlops(std::int64_t batch, std::int64_t in, std::int64_t out) {
    return 2.0 * double(batch) * double(in) * double(out);
}

double autogradBackwardFlops(const SpikingNet& net, std::int64_t batch, int timesteps) {
    const double conv1F = convFlops(batch, 1, net->width, net->rows, net->cols);
    const double conv2F = convFlops(batch, net->width, 2 * net->width, net->rows / 2, net->cols / 2);
    const double fcF = linearFlops(batch, net->fc->weight.size(1), net->fc->weight.size(0));
    // Per step: conv1 weight, conv2 input and weight, fc input and weight gradients.
    return double(timesteps) * (conv1F + 2 * conv2F + 2 * fcF);
}

} // namespace kcat::snn::detail
