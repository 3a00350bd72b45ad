#include "compute/accounting/Accounting.h"

#include "compute/accounting/Plan.inc"
#include "compute/engine/Network.h"
#include "compute/runs/RunContext.h"

#include <QElapsedTimer>

#include <algorithm>
#include <stdexcept>

namespace kcat::accounting {

namespace {

using detail::Op;

const LayerCompression* findLayer(const std::vector<LayerCompression>& list, const std::string& name) {
    for (const auto& l : list)
        if (l.layer == name)
            return &l;
    return nullptr;
}

// Sets LibTorch's intra-op threads for the lifetime of the object.
class ThreadScope {
public:
    explicit ThreadScope(int threads)
        : m_previous(torch::get_num_threads()) {
        torch::set_num_threads(std::max(1, threads));
    }
    ~ThreadScope() { torch::set_num_threads(m_previous); }

private:
    int m_previous;
};

torch::Tensor sampleInput(const engine::InputShape& in, int batch) {
    torch::manual_seed(12345);
    return torch::randn({batch, in.channels, in.rows, in.cols});
}

} // namespace

double medianMilliseconds(const std::function<void()>& fn, int repeats, int warmup) {
    for (int i = 0; i < warmup; ++i)
        fn();
    std::vector<double> times;
    times.reserve(size_t(std::max(1, repeats)));
    for (int i = 0; i < std::max(1, repeats); ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const size_t n = times.size();
    return n % 2 ? times[n / 2] : 0.5 * (times[n / 2 - 1] + times[n / 2]);
}

AccountingReport Accounting::account(const engine::Network& network,
                                     const std::vector<LayerCompression>& compression,
                                     const AccountingOptions& options) {
    torch::NoGradGuard noGrad;
    if (options.biasBits < 1 || options.biasBits > 32)
        throw std::invalid_argument("the bias width must be between 1 and 32 bits");
    if (options.latencyBatch < 1 || options.latencyRepeats < 1 || options.latencyWarmup < 0)
        throw std::invalid_argument("latency batch and repeats must be positive");
    AccountingReport report;
    report.latencyBatch = options.latencyBatch;
    report.threads = std::max(1, options.threads);

    detail::Plan plan = detail::buildPlan(network, compression);
    const std::vector<std::int64_t> positions = detail::outputPositions(plan, network.input());
    CompactModel compact = CompactModel::compact(network, compression);
    report.compactedLayers = compact.layers();

    FormatAccounting dense{"dense"}, csr{"csr"}, relative{"relative_index"}, compacted{"compacted"};
    double denseWeightBits = 0, sparseWeightBits = 0, compactWeightBits = 0;
    std::int64_t weights = 0, nonzero = 0, compactWeights = 0, biases = 0;
    std::int64_t paddings = 0;
    double denseBits = 0, csrBits = 0, relativeBits = 0, compactBits = 0;
    size_t index = 0;
    for (const Op& op : plan) {
        if (!op.weighted())
            continue;
        const LayerCompression* layer = findLayer(compression, op.name);
        StorageOptions so;
        so.indexBits = options.indexBits;
        so.pointerBits = options.pointerBits;
        if (layer) {
            so.weightBits = layer->weightBits;
            so.extraBits = layer->extraBits;
            so.unifiedBlocks = layer->unifiedBlocks;
            so.unifiedWeights = layer->unifiedWeights;
        }
        const torch::Tensor w = op.weight.contiguous();
        const std::vector<float> values(w.data_ptr<float>(), w.data_ptr<float>() + w.numel());
        LayerAccounting la;
        la.name = op.name;
        la.type = op.kind == Op::Kind::Conv ? "conv2d" : "linear";
        la.storage = matrixStorage(values, op.outputs(), w.numel() / op.outputs(), so);
        la.biases = op.bias.defined() ? op.bias.numel() : 0;
        la.positions = positions[index];
        la.denseMacs = w.numel() * la.positions;
        la.sparseMacs = la.storage.nonzero * la.positions;

        const CompactLayerInfo& cl = report.compactedLayers[index];
        std::int64_t compactCount = 1;
        for (std::int64_t d : cl.shape)
            compactCount *= d;
        weights += w.numel();
        nonzero += la.storage.nonzero;
        compactWeights += compactCount;
        biases += la.biases;
        paddings += la.storage.paddingEntries;
        denseWeightBits += double(so.weightBits) * double(w.numel());
        sparseWeightBits += double(so.weightBits) * double(la.storage.nonzero);
        compactWeightBits += double(so.weightBits) * double(compactCount);
        denseBits += double(la.storage.denseBits + la.biases * options.biasBits);
        csrBits += double(la.storage.csrBits + la.biases * options.biasBits);
        relativeBits += double(la.storage.relativeBits + la.biases * options.biasBits);
        compactBits += double(compactCount * so.weightBits + so.extraBits +
                              std::int64_t(cl.keptOutputs.size()) * (la.biases ? options.biasBits : 0));
        dense.macs += la.denseMacs;
        csr.macs += la.sparseMacs;
        csr.indexBits = std::max(csr.indexBits, la.storage.csrIndexBits);
        report.layers.push_back(std::move(la));
        ++index;
    }
    relative.macs = csr.macs;
    compacted.macs = compact.macs();
    dense.storageBytes = denseBits / 8;
    csr.storageBytes = csrBits / 8;
    relative.storageBytes = relativeBits / 8;
    compacted.storageBytes = compactBits / 8;
    relative.indexBits = options.indexBits;
    dense.weightBits = weights ? denseWeightBits / double(weights) : 32;
    csr.weightBits = nonzero ? sparseWeightBits / double(nonzero) : dense.weightBits;
    relative.weightBits = csr.weightBits;
    compacted.weightBits = compactWeights ? compactWeightBits / double(compactWeights) : dense.weightBits;
    dense.parameters = weights + biases;
    csr.parameters = nonzero + biases;
    relative.parameters = nonzero + paddings + biases;
    compacted.parameters = compact.parameterCount();

    if (options.measureLatency) {
        ThreadScope threads(report.threads);
        const torch::Tensor input = sampleInput(network.input(), options.latencyBatch);
        detail::Plan sparse = plan;
        detail::buildCsr(sparse);
        dense.latencyMs = medianMilliseconds([&] { detail::forwardDense(plan, input); },
                                             options.latencyRepeats, options.latencyWarmup);
        csr.latencyMs = medianMilliseconds([&] { detail::forwardCsr(sparse, input, report.threads); },
                                           options.latencyRepeats, options.latencyWarmup);
        relative.latencyMs = csr.latencyMs;
        compacted.latencyMs = medianMilliseconds([&] { detail::forwardCompact(compact, input); },
                                                 options.latencyRepeats, options.latencyWarmup);
    }
    report.dense = dense;
    report.csr = csr;
    report.relativeIndex = relative;
    report.compacted = compacted;
    return report;
}

std::vector<float> Accounting::csrForward(const engine::Network& network,
                                          const std::vector<LayerCompression>& compression,
                                          const std::vector<float>& images, int batch, int threads) {
    torch::NoGradGuard noGrad;
    const auto in = network.input();
    const std::int64_t per = std::int64_t(in.channels) * in.rows * in.cols;
    if (batch < 1 || std::int64_t(images.size()) != per * batch)
        throw std::invalid_argument("expected " + std::to_string(per * std::max(batch, 0)) +
                                    " input values, got " + std::to_string(images.size()));
    detail::Plan plan = detail::buildPlan(network, compression);
    detail::buildCsr(plan);
    const torch::Tensor x = torch::from_blob(const_cast<float*>(images.data()),
                                             {batch, in.channels, in.rows, in.cols}, torch::kFloat32);
    const torch::Tensor y = detail::forwardCsr(plan, x, threads).contiguous();
    return std::vector<float>(y.data_ptr<float>(), y.data_ptr<float>() + y.numel());
}

void Accounting::writeTables(runs::RunContext& ctx, const AccountingReport& report, qint64 step) {
    for (const FormatAccounting& row : report.rows()) {
        nlohmann::json values = {{"storage_bytes", row.storageBytes},
                                 {"index_bits", row.indexBits},
                                 {"weight_bits", row.weightBits},
                                 {"macs", row.macs},
                                 {"parameters", row.parameters}};
        if (row.latencyMs >= 0)
            values["latency_ms"] = row.latencyMs;
        ctx.tableRow(QStringLiteral("accounting"), step, QString::fromStdString(row.format), values);
    }
    for (const LayerAccounting& l : report.layers) {
        const auto& s = l.storage;
        ctx.tableRow(QStringLiteral("accounting_layers"), step, QString::fromStdString(l.name),
                     {{"weights", s.rows * s.cols},
                      {"nonzero", s.nonzero},
                      {"dense_bytes", double(s.denseBits) / 8},
                      {"csr_bytes", double(s.csrBits) / 8},
                      {"relative_bytes", double(s.relativeBits) / 8},
                      {"padding_entries", s.paddingEntries},
                      {"macs", l.denseMacs},
                      {"sparse_macs", l.sparseMacs}});
    }
}

} // namespace kcat::accounting
