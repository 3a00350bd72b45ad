// The spiking CNN: LIF and reversible nodes, BPTT through autograd, and the reversible Function with its
// naive and streamlined backward. The equations are written out in compute/snn/README.md.
#include "compute/snn/SpikingNetImpl.inc"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

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

// The reversible node with autograd (the same equations as reversibleStep, differentiable).
std::pair<Tensor, Tensor> reversibleStepAutograd(const Tensor& v, const Tensor& current,
                                                 const NodeSpec& spec) {
    const int64_t half = v.size(1) / 2;
    const Tensor va = v.narrow(1, 0, half), vb = v.narrow(1, half, half);
    const Tensor ia = current.narrow(1, 0, half), ib = current.narrow(1, half, half);
    const Tensor va1 = spec.beta * va + ia - spec.theta * spike(vb - spec.theta, spec.surrogate);
    const Tensor sa1 = spike(va1 - spec.theta, spec.surrogate);
    const Tensor vb1 = spec.beta * vb + ib - spec.theta * sa1;
    const Tensor sb1 = spike(vb1 - spec.theta, spec.surrogate);
    return {torch::cat({va1, vb1}, 1), torch::cat({sa1, sb1}, 1)};
}

std::pair<Tensor, Tensor> nodeStep(const Tensor& v, const Tensor& current, const NodeSpec& spec) {
    return spec.reversible ? reversibleStepAutograd(v, current, spec) : lifStep(v, current, spec);
}

Tensor spikesOf(const Tensor& v, const NodeSpec& spec) {
    return heaviside(v - spec.theta);
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
        const int64_t batch = x.size(0), h1 = w1.size(0) / 2, h2 = w2.size(0) / 2;
        // The potentials of both groups of both layers, stepped in place (the same arithmetic, in the same
        // order, as reversibleStep()).
        Tensor v1a = torch::zeros({batch, h1, x.size(2), x.size(3)}, x.options()),
               v1b = torch::zeros_like(v1a);
        Tensor v2a = torch::zeros({batch, h2, x.size(2) / 2, x.size(3) / 2}, x.options()),
               v2b = torch::zeros_like(v2a);
        Tensor logits = torch::zeros({batch, wf.size(0)}, x.options());
        for (int t = 0; t < spec.timesteps; ++t) {
            stepInPlace(v1a, v1b, conv(encode(x, t, spec), w1, b1), spec);
            const Tensor p1 = pool(spikesOfHalves(v1a, v1b, spec));
            stepInPlace(v2a, v2b, conv(p1, w2, b2), spec);
            logits += torch::linear(pool(spikesOfHalves(v2a, v2b, spec)).flatten(1), wf, bf);
        }
        // The final potentials go to saved_data, not save_for_backward: the backward takes them over and
        // walks them back in place.
        ctx->save_for_backward({x, w1, b1, w2, b2, wf, bf});
        ctx->saved_data["v1a"] = v1a;
        ctx->saved_data["v1b"] = v1b;
        ctx->saved_data["v2a"] = v2a;
        ctx->saved_data["v2b"] = v2b;
        ctx->saved_data["args"] = argsAddress;
        return logits / double(spec.timesteps);
    }

    static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
        const auto* args = reinterpret_cast<const FunctionArgs*>(ctx->saved_data["args"].toInt());
        const Tensor g = grads[0] / double(args->spec.timesteps); // dL/d(fc output of one step)
        std::vector<Tensor> saved = ctx->get_saved_variables();   // x, w1, b1, w2, b2, wf, bf
        std::vector<Tensor> v;                                    // v1a, v1b, v2a, v2b
        for (const char* key : {"v1a", "v1b", "v2a", "v2b"}) {
            v.push_back(ctx->saved_data[key].toTensor());
            ctx->saved_data.erase(key);
        }
        tensor_list weightGrads;
        if (args->spec.streamlined) {
            weightGrads = streamlined(saved, v, g, args);
        } else {
            saved.insert(saved.begin() + 1, {torch::cat({v[0], v[1]}, 1), torch::cat({v[2], v[3]}, 1)});
            v.clear();
            weightGrads = naive(saved, g, args);
        }
        tensor_list out{Tensor()};
        out.insert(out.end(), weightGrads.begin(), weightGrads.end());
        out.push_back(Tensor()); // argsAddress
        return out;
    }

private:
    static std::pair<Tensor, Tensor> halves(const Tensor& v) {
        const int64_t h = v.size(1) / 2;
        return {v.narrow(1, 0, h), v.narrow(1, h, h)};
    }

    static Tensor invert(const Tensor& v1, const Tensor& current, const NodeSpec& spec) {
        auto [a, b] = halves(v1);
        auto [pa, pb] = reversibleInverse(a, b, current, spec);
        return torch::cat({pa, pb}, 1);
    }

    // Plain RevNet-style backward: per step, invert it (no graph), then run the step forward again with
    // autograd from the recomputed potentials and backpropagate through that graph.
    static tensor_list naive(const std::vector<Tensor>& s, const Tensor& g, const FunctionArgs* args) {
        const NodeSpec& spec = args->spec;
        const Tensor &x = s[0], &w1 = s[3], &b1 = s[4], &w2 = s[5], &b2 = s[6], &wf = s[7], &bf = s[8];
        Tensor v1 = s[1], v2 = s[2];
        Tensor g1 = torch::zeros_like(v1), g2 = torch::zeros_like(v2);
        std::vector<Tensor> acc{torch::zeros_like(w1), torch::zeros_like(b1), torch::zeros_like(w2),
                                torch::zeros_like(b2), torch::zeros_like(wf), torch::zeros_like(bf)};
        const int64_t batch = x.size(0);
        const double conv1F = convFlops(batch, w1.size(1), w1.size(0), x.size(2), x.size(3));
        const double conv2F = convFlops(batch, w2.size(1), w2.size(0), x.size(2) / 2, x.size(3) / 2);
        const double fcF = linearFlops(batch, wf.size(1), wf.size(0));
        double flops = 0;
        for (int t = spec.timesteps - 1; t >= 0; --t) {
            const Tensor xt = encode(x, t, spec);
            Tensor p1, p2;
            {
                torch::NoGradGuard noGrad;
                p1 = invert(v1, conv(xt, w1, b1), spec);
                p2 = invert(v2, conv(pool(spikesOf(v1, spec)), w2, b2), spec);
            }
            torch::AutoGradMode enable(true);
            std::vector<Tensor> leaves{p1.detach().requires_grad_(), p2.detach().requires_grad_()};
            for (const Tensor* w : {&w1, &b1, &w2, &b2, &wf, &bf})
                leaves.push_back(w->detach().requires_grad_());
            auto [n1, s1] = reversibleStepAutograd(leaves[0], conv(xt, leaves[2], leaves[3]), spec);
            auto [n2, s2] = reversibleStepAutograd(leaves[1], conv(pool(s1), leaves[4], leaves[5]), spec);
            const Tensor logits = torch::linear(pool(s2).flatten(1), leaves[6], leaves[7]);
            const tensor_list d =
                torch::autograd::grad({n1, n2, logits}, leaves, {g1, g2, g}, false, false, true);
            g1 = d[0].defined() ? d[0] : torch::zeros_like(p1);
            g2 = d[1].defined() ? d[1] : torch::zeros_like(p2);
            for (std::size_t i = 0; i < acc.size(); ++i)
                if (d[i + 2].defined())
                    acc[i] += d[i + 2];
            v1 = p1;
            v2 = p2;
            // inverse (conv1, conv2) + forward again (conv1, conv2, fc) + backward (conv2 input and weight,
            // conv1 weight, fc input and weight).
            flops += 2 * (conv1F + conv2F) + fcF + 2 * conv2F + conv1F + 2 * fcF;
        }
        args->stats->flops = flops;
        args->stats->reconstructionError =
            std::max(v1.abs().max().item<double>(), v2.abs().max().item<double>());
        return acc;
    }

    // The surrogate derivative at v - theta, computed in place in one new tensor.
    static Tensor surrogateAt(const Tensor& v, const NodeSpec& spec, Tensor reuse = Tensor()) {
        Tensor t = reuse.defined() ? reuse.copy_(v) : v.clone();
        t.sub_(spec.theta);
        if (spec.surrogate == Surrogate::FastSigmoid)
            return t.abs_().mul_(FastSigmoidSlope).add_(1.0).pow_(2).reciprocal_();
        const double c = M_PI * ArctanAlpha / 2.0;
        return t.mul_(c).pow_(2).add_(1.0).reciprocal_().mul_(ArctanAlpha / 2.0);
    }

    // One reversible layer at step t walked back (see README), in place to keep the peak small. Given the
    // potentials after the step (a, b: overwritten with those before it), the step's input current, the
    // gradient from the future (gA, gB: replaced by the gradient for step t-1) and dSpikes = dL/dS^t of
    // the step's output spikes (replaced by dL/dI^t).
    static void layerBackward(Tensor& a, Tensor& b, Tensor current, Tensor& gA, Tensor& gB, Tensor& dSpikes,
                              const NodeSpec& spec) {
        const int64_t h = current.size(1) / 2;
        Tensor dsA = dSpikes.narrow(1, 0, h), dsB = dSpikes.narrow(1, h, h);
        Tensor sg = surrogateAt(b, spec);
        Tensor& lamB = dsB.mul_(sg).add_(gB); // G_B + D_B Θ'(V_B' - θ)
        surrogateAt(a, spec, sg);
        Tensor& lamA = dsA.add_(lamB, -spec.theta).mul_(sg).add_(gA); // G_A + Θ'(V_A' - θ)(D_A - θ λ_B)
        // Inverse, in place: V_B = (V_B' - I_B + θ H(V_A' - θ)) / β, then V_A = (V_A' - I_A + θ H(V_B - θ)) /
        // β.
        b.sub_(current.narrow(1, h, h))
            .add_(a.ge(spec.theta).to(a.scalar_type()), spec.theta)
            .div_(spec.beta);
        a.sub_(current.narrow(1, 0, h))
            .add_(b.ge(spec.theta).to(b.scalar_type()), spec.theta)
            .div_(spec.beta);
        current = Tensor();
        surrogateAt(b, spec, sg);
        gA.copy_(lamA).mul_(spec.beta);                                 // β λ_A
        gB.copy_(lamB).mul_(spec.beta).addcmul_(sg, lamA, -spec.theta); // β λ_B - θ Θ'(V_B - θ) λ_A
    }

    // One reversible step of one layer in place: V_A <- β V_A + I_A - θ H(V_B - θ), then
    // V_B <- β V_B + I_B - θ H(V_A - θ) with the new V_A.
    static void stepInPlace(Tensor& a, Tensor& b, const Tensor& current, const NodeSpec& spec) {
        const int64_t h = a.size(1);
        a.mul_(spec.beta)
            .add_(current.narrow(1, 0, h))
            .sub_(b.ge(spec.theta).to(b.scalar_type()), spec.theta);
        b.mul_(spec.beta)
            .add_(current.narrow(1, h, h))
            .sub_(a.ge(spec.theta).to(a.scalar_type()), spec.theta);
    }

    // Average pooling's backward: each input pixel gets a quarter of its window's gradient.
    static Tensor unpool(const Tensor& grad) {
        const int64_t n = grad.size(0), c = grad.size(1), h = grad.size(2), w = grad.size(3);
        return (grad * 0.25)
            .view({n, c, h, 1, w, 1})
            .expand({n, c, h, 2, w, 2})
            .reshape({n, c, 2 * h, 2 * w});
    }

    static Tensor spikesOfHalves(const Tensor& a, const Tensor& b, const NodeSpec& spec) {
        const int64_t h = a.size(1);
        Tensor s = torch::empty({a.size(0), 2 * h, a.size(2), a.size(3)}, a.options());
        s.narrow(1, 0, h).copy_(a >= spec.theta);
        s.narrow(1, h, h).copy_(b >= spec.theta);
        return s;
    }

    // The streamlined backward: one pass per step that inverts it and computes the gradients from the
    // same recomputed tensors (each convolution's forward once, for the inverse; no second forward, no
    // graph), with the neuron's adjoint written out by hand and applied in place.
    // s = x, w1, b1, w2, b2, wf, bf; v = the final potentials v1a, v1b, v2a, v2b (this backward owns them
    // and walks them back in place).
    static tensor_list streamlined(const std::vector<Tensor>& s, std::vector<Tensor>& v, const Tensor& g,
                                   const FunctionArgs* args) {
        const NodeSpec& spec = args->spec;
        const Tensor &x = s[0], &w1 = s[1], &b1 = s[2], &w2 = s[3], &b2 = s[4], &wf = s[5], &bf = s[6];
        Tensor v1a = std::move(v[0]), v1b = std::move(v[1]), v2a = std::move(v[2]), v2b = std::move(v[3]);
        Tensor g1a = torch::zeros_like(v1a), g1b = torch::zeros_like(v1b), g2a = torch::zeros_like(v2a),
               g2b = torch::zeros_like(v2b);
        Tensor dw1 = torch::zeros_like(w1), db1 = torch::zeros_like(b1), dw2 = torch::zeros_like(w2),
               db2 = torch::zeros_like(b2);
        Tensor dwf = torch::zeros_like(wf), dbf = torch::zeros_like(bf);
        const int64_t batch = x.size(0);
        const double conv1F = convFlops(batch, w1.size(1), w1.size(0), x.size(2), x.size(3));
        const double conv2F = convFlops(batch, w2.size(1), w2.size(0), x.size(2) / 2, x.size(3) / 2);
        const double fcF = linearFlops(batch, wf.size(1), wf.size(0));
        const std::vector<int64_t> stride{1, 1}, padding{1, 1}, dilation{1, 1}, outPad{0, 0};
        const int64_t c2 = w2.size(0), c1 = w1.size(0);
        double flops = 0;
        for (int t = spec.timesteps - 1; t >= 0; --t) {
            const Tensor xt = encode(x, t, spec);
            Tensor p1 = pool(spikesOfHalves(v1a, v1b, spec));
            {
                // Readout of step t: logits_t = fc(flatten(p2)).
                const Tensor p2 = pool(spikesOfHalves(v2a, v2b, spec));
                dwf.addmm_(g.t(), p2.flatten(1));
                dbf += g.sum(0);
                Tensor dS2 = unpool(g.mm(wf).view_as(p2));
                layerBackward(v2a, v2b, conv(p1, w2, b2), g2a, g2b, dS2, spec);
                auto [dP1, dW2, dB2] =
                    at::convolution_backward(dS2, p1, w2, std::vector<int64_t>{c2}, stride, padding, dilation,
                                             false, outPad, 1, {true, true, true});
                dw2 += dW2;
                db2 += dB2;
                p1 = dP1; // now dL/dp1
            }
            Tensor dS1 = unpool(p1);
            p1 = Tensor();
            layerBackward(v1a, v1b, conv(xt, w1, b1), g1a, g1b, dS1, spec);
            auto [unused, dW1, dB1] =
                at::convolution_backward(dS1, xt, w1, std::vector<int64_t>{c1}, stride, padding, dilation,
                                         false, outPad, 1, {false, true, true});
            dw1 += dW1;
            db1 += dB1;
            // inverse (conv1, conv2) + backward (conv2 input and weight, conv1 weight, fc input and weight).
            flops += conv1F + conv2F + 2 * conv2F + conv1F + 2 * fcF;
        }
        args->stats->flops = flops;
        args->stats->reconstructionError =
            std::max({v1a.abs().max().item<double>(), v1b.abs().max().item<double>(),
                      v2a.abs().max().item<double>(), v2b.abs().max().item<double>()});
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
    Tensor logits;
    for (int t = 0; t < spec.timesteps; ++t) {
        auto [n1, s1] = nodeStep(v1, net->conv1->forward(encode(x, t, spec)), spec);
        auto [n2, s2] = nodeStep(v2, net->conv2->forward(pool(s1)), spec);
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

std::pair<Tensor, Tensor> reversibleStep(const Tensor& va, const Tensor& vb, const Tensor& current,
                                         const NodeSpec& spec) {
    const int64_t half = current.size(1) / 2;
    const Tensor va1 = spec.beta * va + current.narrow(1, 0, half) - spec.theta * heaviside(vb - spec.theta);
    const Tensor vb1 =
        spec.beta * vb + current.narrow(1, half, half) - spec.theta * heaviside(va1 - spec.theta);
    return {va1, vb1};
}

std::pair<Tensor, Tensor> reversibleInverse(const Tensor& va1, const Tensor& vb1, const Tensor& current,
                                            const NodeSpec& spec) {
    const int64_t half = current.size(1) / 2;
    const Tensor vb =
        (vb1 - current.narrow(1, half, half) + spec.theta * heaviside(va1 - spec.theta)) / spec.beta;
    const Tensor va =
        (va1 - current.narrow(1, 0, half) + spec.theta * heaviside(vb - spec.theta)) / spec.beta;
    return {va, vb};
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
