#include "compute/snn/SnnConfig.h"

#include "compute/core/Json.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace kcat::snn {

namespace {

class Messages {
    Q_DECLARE_TR_FUNCTIONS(kcat::snn::SnnConfig)

public:
    [[noreturn]] static void fail(const QString& message) {
        throw std::invalid_argument(message.toStdString());
    }

    static void choice(const char* name, const QString& value, const QStringList& allowed) {
        if (!allowed.contains(value))
            fail(tr("parameter %1: \"%2\" is not one of %3")
                     .arg(QLatin1String(name), value, allowed.join(QLatin1String(", "))));
    }
    static void range(const char* name, double value, double min, double max) {
        if (!(value >= min && value <= max))
            fail(tr("parameter %1: %2 is outside [%3, %4]")
                     .arg(QLatin1String(name))
                     .arg(value)
                     .arg(min)
                     .arg(max));
    }
    static void reversibleNeedsSoftReset() {
        fail(tr("parameter reset: the reversible node needs reset=soft (a hard reset discards the "
                "potential, so the step cannot be inverted)"));
    }
    static void recomputingNeedsReversible(const QString& backward) {
        fail(tr("parameter backward: \"%1\" recomputes states by inverting the reversible node; use "
                "node=reversible or backward=autograd")
                 .arg(backward));
    }
    static void bufferTooSmall(double decay, int timesteps) {
        fail(tr("parameter timesteps: the reversible node's exact inverse keeps the bits that decay %1 "
                "discards in a 32-bit buffer per neuron, which overflows after %2 steps at this decay")
                 .arg(decay)
                 .arg(timesteps));
    }
    static void evenWidth() {
        fail(tr("parameter width: the reversible node splits channels into two "
                "equal groups, so width must be even"));
    }
};

QString str(const nlohmann::json& j, const char* key, const QString& def) {
    return j.contains(key) ? QString::fromStdString(j[key].get<std::string>()) : def;
}
template <typename T> T num(const nlohmann::json& j, const char* key, T def) {
    return j.contains(key) ? T(j[key].get<double>()) : def;
}

} // namespace

SnnConfig SnnConfig::fromJson(const nlohmann::json& p) {
    SnnConfig c;
    try {
        c.node = str(p, "node", c.node);
        c.backward = str(p, "backward", c.backward);
        c.timesteps = num(p, "timesteps", c.timesteps);
        c.threshold = num(p, "threshold", c.threshold);
        c.decay = num(p, "decay", c.decay);
        c.reset = str(p, "reset", c.reset);
        c.surrogate = str(p, "surrogate", c.surrogate);
        c.encoding = str(p, "encoding", c.encoding);
        c.width = num(p, "width", c.width);
        c.epochs = num(p, "epochs", c.epochs);
        c.batchSize = num(p, "batch_size", c.batchSize);
        c.lr = num(p, "lr", c.lr);
        c.seed = num<std::uint64_t>(p, "seed", c.seed);
        c.trainSubset = num<std::int64_t>(p, "train_subset", c.trainSubset);
        c.testSubset = num<std::int64_t>(p, "test_subset", c.testSubset);
        c.maxSteps = num<std::int64_t>(p, "max_steps", c.maxSteps);
        c.threads = num(p, "threads", c.threads);
        c.logEvery = num(p, "log_every", c.logEvery);
        c.dataset = str(p, "dataset", c.dataset);
    } catch (const nlohmann::json::exception& e) {
        throw std::invalid_argument(e.what());
    }
    c.validate();
    return c;
}

void SnnConfig::validate() const {
    Messages::choice("node", node, {QStringLiteral("lif"), QStringLiteral("reversible")});
    Messages::choice("backward", backward,
                     {QStringLiteral("autograd"), QStringLiteral("naive"), QStringLiteral("streamlined")});
    Messages::choice("reset", reset, {QStringLiteral("hard"), QStringLiteral("soft")});
    Messages::choice("surrogate", surrogate, {QStringLiteral("fast_sigmoid"), QStringLiteral("arctan")});
    Messages::choice("encoding", encoding, {QStringLiteral("direct"), QStringLiteral("poisson")});
    Messages::range("timesteps", timesteps, 1, 1024);
    Messages::range("threshold", threshold, 1e-6, 1e6);
    Messages::range("decay", decay, 1e-3, 1);
    Messages::range("width", width, 2, 512);
    Messages::range("epochs", epochs, 1, 10000);
    Messages::range("batch_size", batchSize, 1, 65536);
    Messages::range("lr", lr, 1e-8, 10);
    Messages::range("threads", threads, 0, 1024);
    Messages::range("log_every", logEvery, 1, 1e9);
    if (!reversible() && usesReversibleBackward())
        Messages::recomputingNeedsReversible(backward);
    if (reversible() && reset != QLatin1String("soft"))
        Messages::reversibleNeedsSoftReset();
    if (reversible() && width % 2 != 0)
        Messages::evenWidth();
    if (reversible() && reversibleBufferBound(decay, timesteps) > 2147483647.0) {
        int steps = 1;
        while (reversibleBufferBound(decay, steps + 1) <= 2147483647.0)
            ++steps;
        Messages::bufferTooSmall(decay, steps);
    }
}

DecayFraction decayFraction(double decay) {
    DecayFraction best;
    double bestError = 2.0;
    for (std::int64_t d = 1; d <= 100; ++d) {
        const std::int64_t n = std::clamp<std::int64_t>(std::llround(decay * double(d)), 1, d);
        const double error = std::abs(double(n) / double(d) - decay);
        if (error < bestError) {
            bestError = error;
            best = {n, d};
        }
    }
    return best;
}

double reversibleBufferBound(double decay, int timesteps) {
    // Worst case of one decay step on the buffer B: pop B mod n, then push a remainder < d:
    // B <- floor(B / n) * d + (d - 1).
    const DecayFraction f = decayFraction(decay);
    double bound = 0;
    for (int t = 0; t < timesteps && bound <= 1e300; ++t)
        bound = std::floor(bound / double(f.n)) * double(f.d) + double(f.d - 1);
    return bound;
}

nlohmann::json SnnConfig::toJson() const {
    return {{"node", node.toStdString()},
            {"backward", backward.toStdString()},
            {"timesteps", timesteps},
            {"threshold", threshold},
            {"decay", decay},
            {"reset", reset.toStdString()},
            {"surrogate", surrogate.toStdString()},
            {"encoding", encoding.toStdString()},
            {"width", width},
            {"epochs", epochs},
            {"batch_size", batchSize},
            {"lr", lr},
            {"seed", seed},
            {"train_subset", trainSubset},
            {"test_subset", testSubset},
            {"max_steps", maxSteps},
            {"threads", threads},
            {"log_every", logEvery},
            {"dataset", dataset.toStdString()}};
}

} // namespace kcat::snn
