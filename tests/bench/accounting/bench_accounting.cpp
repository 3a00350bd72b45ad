// Measured CPU inference latency of LeNet-5 in its dense, CSR-kernel and compacted forms at several
// irregular and filter sparsities, and of dense fully connected layers against their FFT block-circulant
// forms. Prints each pair side by side. Usage: bench_accounting [--repeats N] [--threads T]
// [--model FILE]: with --model, only that trained LeNet-5 (e.g. a run's compressed.pt; its zero weights are
// the masks) is measured in its dense, CSR and compacted forms at batch 1 and 64.
#include "compute/accounting/Accounting.h"
#include "compute/circulant/CirculantNetwork.h"
#include "compute/engine/Network.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <numeric>
#include <random>

using namespace kcat;

namespace {

// Irregular: the smallest |w| of every layer pruned to the sparsity. Filter: the lowest-L2 rows of conv and
// hidden fc layers (never the classifier) pruned to the sparsity.
std::vector<accounting::LayerCompression> masks(const engine::Network& net, double sparsity, bool filters) {
    std::vector<accounting::LayerCompression> result;
    const auto layers = net.layers();
    for (size_t li = 0; li < layers.size(); ++li) {
        const auto& l = layers[li];
        const std::vector<float> w = net.parameter(l.name + ".weight");
        std::vector<std::uint8_t> mask(w.size(), 1);
        if (!filters) {
            std::vector<float> mags(w.size());
            for (size_t i = 0; i < w.size(); ++i)
                mags[i] = std::abs(w[i]);
            std::vector<float> sorted = mags;
            const size_t cut = size_t(sparsity * double(w.size()));
            if (cut > 0) {
                std::nth_element(sorted.begin(), sorted.begin() + long(cut - 1), sorted.end());
                const float threshold = sorted[cut - 1];
                size_t removed = 0;
                for (size_t i = 0; i < w.size() && removed < cut; ++i)
                    if (mags[i] <= threshold) {
                        mask[i] = 0;
                        ++removed;
                    }
            }
        } else if (li + 1 < layers.size()) {
            const std::int64_t rows = l.weightShape[0];
            const std::int64_t per = std::int64_t(w.size()) / rows;
            std::vector<std::pair<double, std::int64_t>> norms;
            for (std::int64_t r = 0; r < rows; ++r) {
                double n = 0;
                for (std::int64_t c = 0; c < per; ++c)
                    n += double(w[size_t(r * per + c)]) * w[size_t(r * per + c)];
                norms.push_back({n, r});
            }
            std::sort(norms.begin(), norms.end());
            const std::int64_t cut = std::min<std::int64_t>(rows - 1, std::int64_t(sparsity * double(rows)));
            for (std::int64_t i = 0; i < cut; ++i)
                std::fill(mask.begin() + norms[size_t(i)].second * per,
                          mask.begin() + (norms[size_t(i)].second + 1) * per, 0);
        }
        result.push_back({l.name, mask});
    }
    return result;
}

// The trained network in `file` with masks = its non-zero weights.
int measureModel(engine::Network& net, const char* file, int repeats, int threads) {
    try {
        net.load(QString::fromLocal8Bit(file));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s: %s\n", file, e.what());
        return 2;
    }
    std::vector<accounting::LayerCompression> layers;
    for (const auto& l : net.layers()) {
        const std::vector<float> w = net.parameter(l.name + ".weight");
        std::vector<std::uint8_t> mask(w.size());
        for (size_t i = 0; i < w.size(); ++i)
            mask[i] = w[i] != 0.0f ? 1 : 0;
        layers.push_back({l.name, mask});
    }
    std::printf("%s: %d thread(s), median of %d passes, milliseconds per forward pass\n", file, threads,
                repeats);
    std::printf("%5s | %9s %9s %9s | %8s | %9s %9s | %9s %9s\n", "batch", "dense", "csr", "compacted",
                "speedup", "params", "c.params", "MACs", "c.MACs");
    for (int batch : {1, 64}) {
        accounting::AccountingOptions o;
        o.latencyBatch = batch;
        o.latencyRepeats = repeats;
        o.threads = threads;
        const auto r = accounting::Accounting::account(net, layers, o);
        std::printf("%5d | %9.4f %9.4f %9.4f | %8.2f | %9lld %9lld | %9lld %9lld\n", batch, r.dense.latencyMs,
                    r.csr.latencyMs, r.compacted.latencyMs, r.dense.latencyMs / r.compacted.latencyMs,
                    (long long)r.dense.parameters, (long long)r.compacted.parameters, (long long)r.dense.macs,
                    (long long)r.compacted.macs);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int repeats = 50, threads = 1;
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--repeats"))
            repeats = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--threads"))
            threads = std::atoi(argv[i + 1]);
    }
    auto net = engine::Network::create(QStringLiteral("lenet5"), {1, 28, 28, 10}, 1);
    for (int i = 1; i + 1 < argc; ++i)
        if (!std::strcmp(argv[i], "--model"))
            return measureModel(net, argv[i + 1], repeats, threads);
    std::printf("LeNet-5, %d thread(s), median of %d passes, milliseconds per forward pass\n", threads,
                repeats);
    std::printf("%-9s %8s %5s | %9s %9s %9s | %10s %10s %10s | %9s %9s %9s\n", "pruning", "sparsity", "batch",
                "dense", "csr", "compacted", "dense KB", "csr KB", "relidx KB", "params", "c.params",
                "c.MACs");
    for (bool filters : {false, true}) {
        for (double s : {0.0, 0.5, 0.8, 0.9, 0.95, 0.98}) {
            const auto m = masks(net, s, filters);
            for (int batch : {1, 64}) {
                accounting::AccountingOptions o;
                o.latencyBatch = batch;
                o.latencyRepeats = repeats;
                o.threads = threads;
                const auto r = accounting::Accounting::account(net, m, o);
                std::printf("%-9s %8.2f %5d | %9.4f %9.4f %9.4f | %10.1f %10.1f %10.1f | %9lld %9lld %9lld\n",
                            filters ? "filter" : "irregular", s, batch, r.dense.latencyMs, r.csr.latencyMs,
                            r.compacted.latencyMs, r.dense.storageBytes / 1024, r.csr.storageBytes / 1024,
                            r.relativeIndex.storageBytes / 1024, (long long)r.dense.parameters,
                            (long long)r.compacted.parameters, (long long)r.compacted.macs);
                std::fflush(stdout);
            }
        }
    }

    std::printf("\nFully connected layers: dense (torch linear) against FFT block-circulant, ms per pass\n");
    std::printf("%-11s %4s %5s | %10s %12s %8s\n", "layer", "k", "batch", "dense", "circulant", "ratio");
    struct Shape {
        std::int64_t rows, cols;
    };
    for (const Shape& shape : {Shape{120, 400}, Shape{84, 120}, Shape{1024, 1024}, Shape{4096, 4096}}) {
        for (int k : {8, 16, 64}) {
            for (const auto& t : circulant::timeLayer(shape.rows, shape.cols, k, {1, 64}, repeats)) {
                std::printf("%-11s %4d %5d | %10.4f %12.4f %8.2f\n", t.layer.c_str(), k, t.batch, t.denseMs,
                            t.circulantMs, t.denseMs / t.circulantMs);
                std::fflush(stdout);
            }
        }
    }
    auto lenet = circulant::CirculantNetwork::create({1, 28, 28, 10}, 8, {"fc1", "fc2", "fc3"}, 1);
    std::printf("\nLeNet-5 with k = 8 circulant fc1-fc3 against its dense equivalent, ms per pass\n");
    for (const auto& t : circulant::timeInference(lenet, {1, 64}, repeats))
        std::printf("%-11s %4d %5d | %10.4f %12.4f %8.2f\n", t.layer.c_str(), 8, t.batch, t.denseMs,
                    t.circulantMs, t.denseMs / t.circulantMs);
    return 0;
}
