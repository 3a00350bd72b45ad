#pragma once

#include "compute/accounting/Compaction.h"
#include "compute/accounting/Storage.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace kcat::runs {
class RunContext;
}

namespace kcat::accounting {

struct AccountingOptions {
    int indexBits = 8;    // relative-index gap width; CSR column indices use at least this (more if needed)
    int pointerBits = 32; // CSR row pointers
    int biasBits = 32;    // biases are stored dense in every format
    bool measureLatency = true;
    int latencyBatch = 1;    // images per timed forward pass
    int latencyRepeats = 30; // timed passes; the median is reported
    int latencyWarmup = 3;
    int threads = 1; // intra-op threads for all three forms (and the CSR kernel)
};

// Per layer: shape, sparsity and the bits of each format.
struct LayerAccounting {
    std::string name;
    std::string type;
    MatrixStorage storage;
    std::int64_t biases = 0;
    std::int64_t positions = 1;  // output positions per image (outH x outW for a conv, 1 for linear)
    std::int64_t denseMacs = 0;  // per image
    std::int64_t sparseMacs = 0; // per image: non-zeros x positions
};

// One row of the `accounting` run table.
struct FormatAccounting {
    std::string format;          // "dense", "csr", "relative_index", "compacted"
    double storageBytes = 0;     // weights + indices + pointers + biases, bits / 8
    int indexBits = 0;           // 0 for dense and compacted; the CSR row reports the width it used
    double weightBits = 32;      // weight bits averaged over the stored weights
    std::int64_t macs = 0;       // per image
    double latencyMs = -1;       // median per forward pass of latencyBatch images; -1 when not measured
    std::int64_t parameters = 0; // stored weight values + biases
};

struct AccountingReport {
    std::vector<LayerAccounting> layers;
    FormatAccounting dense;
    FormatAccounting csr;
    FormatAccounting relativeIndex;
    FormatAccounting compacted;
    std::vector<CompactLayerInfo> compactedLayers;
    int latencyBatch = 1;
    int threads = 1;

    std::vector<FormatAccounting> rows() const { return {dense, csr, relativeIndex, compacted}; }
};

class Accounting {
    Q_DECLARE_TR_FUNCTIONS(kcat::accounting::Accounting)

public:
    // Storage, MACs and (optionally) measured CPU latency of the masked network in its dense, CSR,
    // relative-index and compacted forms. The network itself is not modified. Dense latency runs the
    // dense masked weights with LibTorch's conv2d/linear; CSR latency runs this library's CSR kernel
    // (convolutions through im2col); compacted latency runs the compacted dense model. The relative-index
    // row shares the CSR row's latency (it is a storage format; decoding it costs more, not less).
    static AccountingReport account(const engine::Network& network,
                                    const std::vector<LayerCompression>& compression = {},
                                    const AccountingOptions& options = {});

    // Logits of the masked network computed with the CSR kernel (convolutions through im2col): the path
    // whose latency the "csr" row reports; equals the dense masked forward up to float rounding.
    static std::vector<float> csrForward(const engine::Network& network,
                                         const std::vector<LayerCompression>& compression,
                                         const std::vector<float>& images, int batch, int threads = 1);

    // Writes table `accounting` (rows dense/csr/relative_index/compacted; columns storage_bytes,
    // index_bits, weight_bits, macs, latency_ms, parameters) and table `accounting_layers` (per layer:
    // weights, nonzero, dense_bytes, csr_bytes, relative_bytes, padding_entries, macs, sparse_macs) at step.
    static void writeTables(runs::RunContext& ctx, const AccountingReport& report, qint64 step);
};

// Median wall time in milliseconds of fn() after warmup calls.
double medianMilliseconds(const std::function<void()>& fn, int repeats, int warmup);

} // namespace kcat::accounting
