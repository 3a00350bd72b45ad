#include "compute/compression/CompressionSession.h"

#include "compute/accounting/Accounting.h"
#include "compute/core/Json.h"
#include "compute/engine/IdxReader.h"
#include "compute/engine/ImageDataset.h"
#include "compute/engine/Network.h"
#include "compute/engine/TorchAccess.h"
#include "compute/engine/TorchRuntime.h"
#include "compute/engine/Trainer.h"
#include "compute/engine/TrainingHooks.h"
#include "compute/engine/TrainingObserver.h"
#include "compute/runs/RunContext.h"
#include "compute/runs/RunKind.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <optional>

namespace kcat::compression {

using runs::ParamSpec;
using runs::RunFailure;

namespace {

// Forwards one phase's trainer reports to the run with the phase's step offset. The trainer's own
// "layers" table (shapes) is left out: the kinds write theirs with sparsity and bits.
class PhaseObserver : public engine::TrainingObserver {
public:
    PhaseObserver(runs::RunContext& ctx, std::int64_t offset, QString phase)
        : m_ctx(ctx)
        , m_offset(offset)
        , m_phase(std::move(phase)) {}

    void metric(const QString& key, std::int64_t step, double value) override {
        if (key == QLatin1String("parameters") && step == 0 && m_offset > 0)
            return;
        m_ctx.metric(key, m_offset + step, value);
    }
    void tableRow(const QString& table, std::int64_t step, const QString& row,
                  const nlohmann::json& values) override {
        if (table != QLatin1String("layers"))
            m_ctx.tableRow(table, m_offset + step, row, values);
    }
    void log(const QString& line) override { m_ctx.log(m_phase + QStringLiteral(": ") + line); }
    void progress(double fraction, const QString& detail) override {
        m_ctx.progress(fraction, m_phase + QStringLiteral(": ") + detail);
    }
    bool isCancelled() override { return m_ctx.isCancelled(); }

private:
    runs::RunContext& m_ctx;
    std::int64_t m_offset;
    QString m_phase;
};

torch::Tensor weightTensor(engine::Network& network, const std::string& layer) {
    auto params = engine::torchModule(network)->named_parameters(true);
    const torch::Tensor* found = params.find(layer + ".weight");
    if (!found)
        throw std::out_of_range("no layer named " + layer);
    return *found;
}

torch::Tensor toTensor(const std::vector<float>& v, const torch::Tensor& like) {
    return torch::from_blob(const_cast<float*>(v.data()), like.sizes(), torch::kFloat).clone();
}

void copyNetwork(const engine::Network& from, engine::Network& to) {
    for (const std::string& name : from.parameterNames())
        to.setParameter(name, from.parameter(name));
}

// ADMM, constraints and the per-step callback inside the engine's training loop.
class CompressionHooks : public engine::TrainingHooks {
public:
    CompressionHooks(const engine::Network& start, const std::vector<LayerShape>& layers,
                     const Projection& admm, const AdmmSettings& settings, ConstraintMap& constraints,
                     const std::function<void(engine::Network&, std::int64_t, ConstraintMap&)>& onStep,
                     runs::RunContext& ctx, std::int64_t offset)
        : m_start(start)
        , m_layers(layers)
        , m_admm(admm)
        , m_settings(settings)
        , m_constraints(constraints)
        , m_onStep(onStep)
        , m_ctx(ctx)
        , m_offset(offset)
        , m_rho(settings.rho) {}

    void started(engine::Network& network, std::int64_t stepsPerEpoch) override {
        copyNetwork(m_start, network);
        m_interval = std::max<std::int64_t>(1, stepsPerEpoch / std::max(1, m_settings.updatesPerEpoch));
        for (const LayerShape& layer : m_layers)
            m_weights[layer.name] = weightTensor(network, layer.name);
        applyConstraints();
        if (m_admm) {
            const WeightMap w = readWeights(network, m_layers);
            m_z = m_admm(w);
            for (const auto& [name, z] : m_z) {
                m_u[name].assign(z.size(), 0.0f);
                m_target[name] = toTensor(z, m_weights.at(name));
            }
            record(w, 0);
        }
    }

    void addLoss(engine::Network&, at::Tensor& loss, std::int64_t) override {
        if (!m_admm)
            return;
        torch::Tensor penalty = torch::zeros({}, torch::kFloat);
        for (const auto& [name, target] : m_target)
            penalty = penalty + (m_weights.at(name) - target).pow(2).sum();
        loss = loss + 0.5 * m_rho * penalty;
    }

    void afterStep(engine::Network& network, std::int64_t step) override {
        applyConstraints();
        if (m_onStep) {
            m_onStep(network, step, m_constraints);
            applyConstraints();
        }
        if (m_admm && step % m_interval == 0)
            update(network, step);
    }

private:
    void applyConstraints() {
        torch::NoGradGuard noGrad;
        for (const auto& [name, c] : m_constraints) {
            torch::Tensor w = m_weights.at(name);
            if (!c.levels.empty()) {
                const torch::Tensor levels = toTensor(c.levels, w);
                const double den = levels.pow(2).sum().item<double>();
                const double alpha = den > 0 ? (w * levels).sum().item<double>() / den : 0.0;
                w.copy_(levels * alpha);
                continue;
            }
            if (c.free.empty())
                continue;
            std::vector<float> keep(c.free.begin(), c.free.end());
            const torch::Tensor mask = toTensor(keep, w);
            if (c.fixed.empty())
                w.mul_(mask);
            else
                w.copy_(w * mask + toTensor(c.fixed, w) * (1 - mask));
        }
    }

    // Z <- projection(W + U); U <- U + W - Z; rho grows. U is the scaled dual (lambda / rho), so when rho
    // grows U is rescaled by rho_old / rho_new (Boyd et al. 2011, 3.4.1); without it the dual keeps the
    // windup of the small-rho epochs and pulls the pruned weights past zero (measured: fc1 residual 0.56
    // at rho = 1 on LeNet-5).
    void update(engine::Network& network, std::int64_t step) {
        const WeightMap w = readWeights(network, m_layers);
        WeightMap shifted;
        for (const auto& [name, u] : m_u) {
            std::vector<float> s = w.at(name);
            for (std::size_t i = 0; i < s.size(); ++i)
                s[i] += u[i];
            shifted[name] = std::move(s);
        }
        m_z = m_admm(shifted);
        const double grown = std::min(m_settings.rhoMax, m_rho * m_settings.rhoGrowth);
        const auto rescale = float(grown > 0 ? m_rho / grown : 1.0);
        for (auto& [name, u] : m_u) {
            const std::vector<float>& wl = w.at(name);
            const std::vector<float>& zl = m_z.at(name);
            for (std::size_t i = 0; i < u.size(); ++i)
                u[i] = (u[i] + wl[i] - zl[i]) * rescale;
            std::vector<float> target(zl.size());
            for (std::size_t i = 0; i < target.size(); ++i)
                target[i] = zl[i] - u[i];
            m_target[name] = toTensor(target, m_weights.at(name));
        }
        m_rho = grown;
        record(w, step);
    }

    void record(const WeightMap& w, std::int64_t step) {
        m_ctx.metric(QStringLiteral("rho"), m_offset + step, m_rho);
        m_ctx.metric(QStringLiteral("residual"), m_offset + step, relativeResidual(w, m_z));
        for (const auto& [name, z] : m_z)
            m_ctx.metric(QStringLiteral("residual/") + QString::fromStdString(name), m_offset + step,
                         relativeResidual(WeightMap{{name, w.at(name)}}, WeightMap{{name, z}}));
    }

    const engine::Network& m_start;
    const std::vector<LayerShape>& m_layers;
    const Projection& m_admm;
    AdmmSettings m_settings;
    ConstraintMap& m_constraints;
    const std::function<void(engine::Network&, std::int64_t, ConstraintMap&)>& m_onStep;
    runs::RunContext& m_ctx;
    std::int64_t m_offset;
    double m_rho;
    std::int64_t m_interval = 1;
    std::map<std::string, torch::Tensor> m_weights;
    std::map<std::string, torch::Tensor> m_target; // Z - U
    WeightMap m_z;
    WeightMap m_u;
};

nlohmann::json histogram(const std::vector<float>& values, double lo, double hi) {
    constexpr int kBins = 64;
    std::vector<double> edges(kBins + 1);
    for (int i = 0; i <= kBins; ++i)
        edges[std::size_t(i)] = lo + (hi - lo) * double(i) / kBins;
    std::vector<std::int64_t> counts(kBins, 0);
    const double width = (hi - lo) / kBins;
    for (float v : values) {
        int bin = width > 0 ? int((double(v) - lo) / width) : 0;
        counts[std::size_t(std::clamp(bin, 0, kBins - 1))] += 1;
    }
    return nlohmann::json{{"edges", edges}, {"counts", counts}};
}

} // namespace

struct CompressionSession::Data {
    engine::ImageDataset train;
    engine::ImageDataset test;
    std::optional<engine::Network> network;
    engine::TrainingConfig base;
};

WeightMap readWeights(const engine::Network& network, const std::vector<LayerShape>& layers) {
    WeightMap w;
    for (const LayerShape& layer : layers)
        w[layer.name] = network.parameter(layer.name + ".weight");
    return w;
}

void writeWeights(engine::Network& network, const WeightMap& weights) {
    for (const auto& [name, values] : weights)
        network.setParameter(name + ".weight", values);
}

double relativeResidual(const WeightMap& a, const WeightMap& b) {
    double diff = 0.0;
    double norm = 0.0;
    for (const auto& [name, bl] : b) {
        const std::vector<float>& al = a.at(name);
        double d = 0.0;
        double n = 0.0;
        for (std::size_t i = 0; i < al.size(); ++i) {
            d += double(al[i] - bl[i]) * double(al[i] - bl[i]);
            n += double(al[i]) * double(al[i]);
        }
        diff += std::sqrt(d);
        norm += std::sqrt(n);
    }
    return norm > 0 ? diff / norm : 0.0;
}

runs::ParameterSchema CompressionSession::commonSchema() {
    return runs::ParameterSchema{
        ParamSpec::choice(QStringLiteral("model"), engine::Network::modelNames(), QStringLiteral("lenet5"),
                          tr("Network to compress")),
        ParamSpec::string(QStringLiteral("dataset"), QString(),
                          tr("Folder with train/t10k IDX files (empty: Fashion-MNIST)")),
        ParamSpec::string(QStringLiteral("pretrained"), QString(),
                          tr("Checkpoint or model file of the dense network to start from")),
        ParamSpec::integer(QStringLiteral("pretrained_run"), 0, 0, 1e12,
                           tr("Start from the last checkpoint of this train.baseline run (0: none)")),
        ParamSpec::integer(QStringLiteral("pretrain_epochs"), 0, 0, 1000,
                           tr("Without a pretrained network: dense training epochs first")),
        ParamSpec::integer(QStringLiteral("batch_size"), 64, 1, 65536, tr("Images per step")),
        ParamSpec::real(QStringLiteral("lr"), 0.01, 1e-8, 10, tr("Learning rate")),
        ParamSpec::real(QStringLiteral("momentum"), 0.9, 0, 0.999, tr("SGD momentum")),
        ParamSpec::choice(QStringLiteral("schedule"), {QStringLiteral("none"), QStringLiteral("cosine")},
                          QStringLiteral("cosine"), tr("Learning-rate schedule of each phase")),
        ParamSpec::integer(QStringLiteral("seed"), 1, 0, 2147483647, tr("Seed of the shuffling")),
        ParamSpec::integer(QStringLiteral("threads"), 0, 0, 1024, tr("LibTorch threads (0: all cores)")),
        ParamSpec::integer(QStringLiteral("train_subset"), 0, 0, 1e10,
                           tr("Train on the first n images only (0: all)")),
        ParamSpec::integer(QStringLiteral("test_subset"), 0, 0, 1e10,
                           tr("Test on the first n images only (0: all)")),
        ParamSpec::integer(QStringLiteral("log_every"), 100, 1, 1e9, tr("Steps between loss points")),
        ParamSpec::integer(QStringLiteral("latency_batch"), 64, 1, 100000,
                           tr("Images per timed forward pass of the accounting")),
        ParamSpec::integer(QStringLiteral("latency_repeats"), 30, 1, 100000,
                           tr("Timed forward passes per form (the median is reported)")),
    };
}

CompressionSession::CompressionSession(runs::RunContext& ctx)
    : m_ctx(ctx)
    , m_data(std::make_unique<Data>()) {
    const nlohmann::json& p = ctx.parameters();
    engine::TrainingConfig& c = m_data->base;
    c.model = core::toQString(p.at("model"));
    c.dataset = core::toQString(p.at("dataset"));
    c.batchSize = p.at("batch_size").get<int>();
    c.lr = p.at("lr").get<double>();
    c.momentum = p.at("momentum").get<double>();
    c.schedule = core::toQString(p.at("schedule"));
    c.seed = ctx.seed();
    c.threads = p.at("threads").get<int>();
    c.logEvery = p.at("log_every").get<int>();
    c.checkpoints = false;
    // The dense evaluation below already runs with the requested threads (the Trainer sets them again).
    if (c.threads > 0)
        at::set_num_threads(c.threads);
    else
        engine::TorchRuntime::useAllCores();
    try {
        const QString dir = c.dataset.isEmpty() ? engine::ImageDatasetLoader::fashionMnistDir() : c.dataset;
        m_data->train = engine::ImageDatasetLoader::loadSplit(dir, true);
        m_data->test = engine::ImageDatasetLoader::loadSplit(dir, false);
    } catch (const engine::DatasetError& e) {
        throw RunFailure{e.message()};
    }
    m_data->train.truncate(p.at("train_subset").get<std::int64_t>());
    m_data->test.truncate(p.at("test_subset").get<std::int64_t>());
    m_data->train.computeNormalisation();
    m_data->test.mean = m_data->train.mean;
    m_data->test.stddev = m_data->train.stddev;
    const engine::InputShape input{1, m_data->train.rows, m_data->train.cols,
                                   std::max({m_data->train.classes, m_data->test.classes, 2})};
    try {
        m_data->network = engine::Network::create(c.model, input, c.seed);
    } catch (const std::invalid_argument& e) {
        throw RunFailure{QString::fromUtf8(e.what())};
    }
    for (const engine::LayerInfo& info : m_data->network->layers()) {
        LayerShape shape{info.name, info.type, info.weightShape, info.weightShape.at(0), 1};
        for (std::size_t i = 1; i < info.weightShape.size(); ++i)
            shape.cols *= info.weightShape[i];
        m_layers.push_back(shape);
    }

    QString pretrained = core::toQString(p.at("pretrained"));
    const std::int64_t run = p.at("pretrained_run").get<std::int64_t>();
    if (pretrained.isEmpty() && run > 0)
        pretrained = QDir::cleanPath(
            QDir(ctx.artifactFolder()).filePath(QStringLiteral("../%1/checkpoints/last.pt").arg(run)));
    const int pretrainEpochs = p.at("pretrain_epochs").get<int>();
    if (!pretrained.isEmpty()) {
        if (!QFileInfo(pretrained).isFile())
            throw RunFailure{tr("The pretrained network %1 does not exist.").arg(pretrained)};
        try {
            m_data->network->load(pretrained);
        } catch (const std::runtime_error& e) {
            throw RunFailure{QString::fromUtf8(e.what())};
        }
        ctx.log(tr("Dense network from %1.").arg(pretrained));
    } else if (pretrainEpochs > 0) {
        if (!train(tr("dense training"), pretrainEpochs, c.lr, {}, {}, {}))
            return;
    } else {
        throw RunFailure{tr("Parameter 'pretrained' (a checkpoint), 'pretrained_run' or 'pretrain_epochs' is "
                            "needed: compression starts from a trained dense network.")};
    }
    m_dense = weights();
    m_denseAccuracy = evaluate();
    ctx.metric(QStringLiteral("dense_test_accuracy"), m_step, m_denseAccuracy);
    ctx.log(tr("Dense test accuracy %1.").arg(m_denseAccuracy, 0, 'f', 4));
}

CompressionSession::~CompressionSession() = default;

const nlohmann::json& CompressionSession::parameters() const {
    return m_ctx.parameters();
}

std::vector<std::string> CompressionSession::selectLayers(const QString& key) const {
    const QString value = core::toQString(parameters().at(key.toStdString())).trimmed();
    std::vector<std::string> names;
    if (value.isEmpty() || value == QLatin1String("all")) {
        for (const LayerShape& l : m_layers)
            names.push_back(l.name);
        return names;
    }
    for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::string name = part.trimmed().toStdString();
        if (std::none_of(m_layers.begin(), m_layers.end(),
                         [&](const LayerShape& l) { return l.name == name; }))
            throw RunFailure{tr("Parameter '%1': the network has no layer '%2'.").arg(key, part.trimmed())};
        names.push_back(name);
    }
    return names;
}

std::map<std::string, double> CompressionSession::layerFractions(const QString& listKey, double value,
                                                                 double fallback) const {
    std::map<std::string, double> out;
    const QString list = core::toQString(parameters().at(listKey.toStdString())).trimmed();
    if (list.isEmpty() || list == QLatin1String("uniform")) {
        for (const LayerShape& l : m_layers)
            out[l.name] = value;
        return out;
    }
    for (const LayerShape& l : m_layers)
        out[l.name] = fallback;
    for (const QString& part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char('='));
        bool ok = false;
        const double f = kv.size() == 2 ? kv[1].trimmed().toDouble(&ok) : 0.0;
        const std::string name = kv.value(0).trimmed().toStdString();
        if (!ok || f < 0.0 || f > 1.0 || !out.count(name))
            throw RunFailure{
                tr("Parameter '%1': '%2' is not layer=fraction with a layer of the network and a "
                   "fraction in [0, 1].")
                    .arg(listKey, part)};
        out[name] = f;
    }
    return out;
}

WeightMap CompressionSession::weights() const {
    return readWeights(*m_data->network, m_layers);
}

void CompressionSession::setWeights(const WeightMap& weights) {
    writeWeights(*m_data->network, weights);
}

double CompressionSession::evaluate() const {
    return engine::Trainer::evaluate(*m_data->network, m_data->test);
}

std::int64_t CompressionSession::stepsPerEpoch() const {
    return m_data->train.count / m_data->base.batchSize;
}

bool CompressionSession::train(
    const QString& phase, int epochs, double lr, const Projection& admm, const AdmmSettings& settings,
    const ConstraintMap& constraints,
    const std::function<void(engine::Network&, std::int64_t, ConstraintMap&)>& onStep) {
    if (epochs <= 0 || m_cancelled)
        return !m_cancelled;
    engine::TrainingConfig config = m_data->base;
    config.epochs = epochs;
    config.lr = lr;
    config.seed = m_data->base.seed + std::uint64_t(m_phases++);
    ConstraintMap held = constraints;
    PhaseObserver observer(m_ctx, m_step, phase);
    CompressionHooks hooks(*m_data->network, m_layers, admm, settings, held, onStep, m_ctx, m_step);
    try {
        engine::Trainer trainer(config, &observer);
        trainer.setData(m_data->train, m_data->test);
        trainer.setHooks(&hooks);
        const engine::TrainingResult result = trainer.run();
        copyNetwork(*trainer.network(), *m_data->network);
        m_step += result.steps;
        m_cancelled = result.cancelled;
    } catch (const engine::DatasetError& e) {
        throw RunFailure{e.message()};
    } catch (const std::invalid_argument& e) {
        throw RunFailure{QString::fromUtf8(e.what())};
    } catch (const std::runtime_error& e) {
        throw RunFailure{QString::fromUtf8(e.what())};
    }
    return !m_cancelled;
}

const engine::Network& CompressionSession::network() const {
    return *m_data->network;
}

nlohmann::json CompressionSession::finish(const std::map<std::string, double>& bitsPerWeight,
                                          const std::map<std::string, double>& storageBits,
                                          const nlohmann::json& extra,
                                          std::vector<accounting::LayerCompression> layers) {
    const WeightMap after = weights();
    const double accuracy = evaluate();
    std::int64_t total = 0;
    std::int64_t nonzero = 0;
    double bits = 0.0;
    nlohmann::json layerRows = nlohmann::json::array();
    for (const LayerShape& layer : m_layers) {
        const std::vector<float>& w = after.at(layer.name);
        const std::int64_t nz = countNonzero(w);
        const double perWeight = bitsPerWeight.count(layer.name) ? bitsPerWeight.at(layer.name) : 32.0;
        const double layerBits =
            storageBits.count(layer.name) ? storageBits.at(layer.name) : double(nz) * perWeight;
        total += layer.size();
        nonzero += nz;
        bits += layerBits;
        const nlohmann::json row{
            {"weights", layer.size()},
            {"nonzero", nz},
            {"sparsity", layer.size() > 0 ? 1.0 - double(nz) / double(layer.size()) : 0.0},
            {"bits", perWeight},
            {"storage_bits", layerBits}};
        m_ctx.tableRow(QStringLiteral("layers"), m_step, QString::fromStdString(layer.name), row);
        nlohmann::json full = row;
        full["layer"] = layer.name;
        layerRows.push_back(full);

        const std::vector<float>& before = m_dense.at(layer.name);
        const auto [bMin, bMax] = std::minmax_element(before.begin(), before.end());
        const auto [aMin, aMax] = std::minmax_element(w.begin(), w.end());
        const double lo = std::min(*bMin, *aMin);
        const double hi = std::max(*bMax, *aMax);
        const QString name = QString::fromStdString(layer.name);
        m_ctx.tableRow(QStringLiteral("weight_histogram"), m_step, name + QStringLiteral("/before"),
                       histogram(before, lo, hi));
        m_ctx.tableRow(QStringLiteral("weight_histogram"), m_step, name + QStringLiteral("/after"),
                       histogram(w, lo, hi));
    }
    nlohmann::json final{{"test_accuracy", accuracy},
                         {"dense_test_accuracy", m_denseAccuracy},
                         {"accuracy_drop_points", 100.0 * (m_denseAccuracy - accuracy)},
                         {"compression_rate", bits > 0 ? 32.0 * double(total) / bits : 0.0},
                         {"nonzero_weights", double(nonzero)},
                         {"weights", double(total)},
                         {"weight_bits", bits},
                         {"steps", double(m_step)}};
    for (const auto& [key, value] : extra.items())
        if (value.is_number())
            final[key] = value;

    // Honest accounting (compute/accounting): index overhead, MACs, measured latency, compaction.
    if (layers.empty())
        for (const auto& [name, b] : bitsPerWeight)
            layers.push_back(accounting::LayerCompression{name, {}, int(std::lround(b)), 0, 0, 0});
    accounting::AccountingOptions options;
    options.latencyBatch = parameters().at("latency_batch").get<int>();
    options.latencyRepeats = parameters().at("latency_repeats").get<int>();
    try {
        const accounting::AccountingReport report =
            accounting::Accounting::account(*m_data->network, layers, options);
        accounting::Accounting::writeTables(m_ctx, report, m_step);
        final["csr_bytes"] = report.csr.storageBytes;
        final["relative_index_bytes"] = report.relativeIndex.storageBytes;
        final["dense_bytes"] = report.dense.storageBytes;
        final["compacted_parameters"] = double(report.compacted.parameters);
        final["dense_parameters"] = double(report.dense.parameters);
        final["compacted_rate"] = report.compacted.parameters > 0
                                      ? double(report.dense.parameters) / double(report.compacted.parameters)
                                      : 0.0;
        final["dense_latency_ms"] = report.dense.latencyMs;
        final["csr_latency_ms"] = report.csr.latencyMs;
        final["compacted_latency_ms"] = report.compacted.latencyMs;
        if (report.compacted.latencyMs > 0)
            final["compacted_speedup"] = report.dense.latencyMs / report.compacted.latencyMs;
        final["compacted_macs"] = double(report.compacted.macs);
        final["dense_macs"] = double(report.dense.macs);
    } catch (const std::exception& e) {
        m_ctx.log(tr("Accounting failed: %1").arg(QString::fromUtf8(e.what())),
                  runs::RunContext::LogLevel::Warning);
    }
    for (const auto& [key, value] : final.items())
        m_ctx.metric(QString::fromStdString(key), m_step, value.get<double>());
    m_ctx.setSummary(QStringLiteral("final_metrics"), final);

    const QDir dir(m_ctx.artifactFolder());
    QDir().mkpath(dir.path());
    const QString model = dir.filePath(QStringLiteral("compressed.pt"));
    m_data->network->save(model);
    m_ctx.addArtifact(QStringLiteral("model"), model,
                      tr("Compressed weights (LibTorch archive of the network)"));

    const nlohmann::json report{{"kind", extra.value("kind", "")},
                                {"model", core::toQString(parameters().at("model"))},
                                {"parameters", parameters()},
                                {"final_metrics", final},
                                {"layers", layerRows},
                                {"details", extra}};
    const QString jsonPath = dir.filePath(QStringLiteral("report.json"));
    QFile json(jsonPath);
    if (json.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        json.write(QByteArray::fromStdString(report.dump(1)));
        json.close();
        m_ctx.addArtifact(QStringLiteral("report"), jsonPath, tr("Compression report (JSON)"));
    }
    const QString csvPath = dir.filePath(QStringLiteral("report.csv"));
    QFile csv(csvPath);
    if (csv.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QByteArray text = "layer,weights,nonzero,sparsity,bits,storage_bits\n";
        for (const auto& row : layerRows)
            text += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                        .arg(QString::fromStdString(row.at("layer").get<std::string>()))
                        .arg(row.at("weights").get<std::int64_t>())
                        .arg(row.at("nonzero").get<std::int64_t>())
                        .arg(row.at("sparsity").get<double>(), 0, 'g', 8)
                        .arg(row.at("bits").get<double>(), 0, 'g', 8)
                        .arg(row.at("storage_bits").get<double>(), 0, 'g', 12)
                        .toUtf8();
        text += QStringLiteral("total,%1,%2,%3,,%4\n")
                    .arg(total)
                    .arg(nonzero)
                    .arg(total > 0 ? 1.0 - double(nonzero) / double(total) : 0.0, 0, 'g', 8)
                    .arg(bits, 0, 'g', 12)
                    .toUtf8();
        csv.write(text);
        csv.close();
        m_ctx.addArtifact(QStringLiteral("report"), csvPath, tr("Per-layer compression report (CSV)"));
    }
    m_ctx.log(tr("Test accuracy %1 (dense %2), compression %3x, %4 of %5 weights nonzero.")
                  .arg(accuracy, 0, 'f', 4)
                  .arg(m_denseAccuracy, 0, 'f', 4)
                  .arg(final.at("compression_rate").get<double>(), 0, 'f', 2)
                  .arg(nonzero)
                  .arg(total));
    return final;
}

} // namespace kcat::compression
