// The worker side of balance.measure: one rank of the Gloo data-parallel group trains its planned
// micro-batches of every iteration and records their times.

#include "compute/balance/BalanceError.h"
#include "compute/balance/Measurement.h"
#include "compute/balance/TransformerBench.h"

#include "compute/engine/DataParallel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace kcat::balance {

namespace {

MeasurePlan readPlan(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw BalanceError(
            MeasureText::tr("cannot read the micro-run plan %1: %2").arg(path, file.errorString()));
    try {
        return MeasurePlan::fromJson(nlohmann::json::parse(file.readAll().toStdString()), path);
    } catch (const nlohmann::json::parse_error& e) {
        throw BalanceError(MeasureText::tr("%1: not valid JSON: %2").arg(path, QString::fromUtf8(e.what())));
    }
}

} // namespace

int runMeasureWorker(const QString& planFile, int rank, int worldSize, const QString& master,
                     const QString& outputFile) {
    try {
        const MeasurePlan plan = readPlan(planFile);
        if (worldSize != plan.options.ranks || rank < 0 || rank >= worldSize)
            throw BalanceError(MeasureText::tr("rank %1 of %2 does not fit a plan for %3 ranks")
                                   .arg(rank)
                                   .arg(worldSize)
                                   .arg(plan.options.ranks));
        engine::DataParallelConfig config;
        config.rank = rank;
        config.worldSize = worldSize;
        config.masterHost = master.section(QLatin1Char(':'), 0, 0);
        bool ok = false;
        config.masterPort = master.section(QLatin1Char(':'), 1, 1).toInt(&ok);
        if (!ok || config.masterPort <= 0 || config.masterPort > 65535)
            throw BalanceError(MeasureText::tr("--master: expected HOST:PORT, got '%1'").arg(master));
        TransformerBench::setThreads(plan.options.threads);
        // The same seed on every rank: identical initial weights without a broadcast.
        TransformerBench bench(plan.options.shape, plan.options.seed);
        engine::DataParallelGroup group(config);
        nlohmann::json iterations = nlohmann::json::array();
        const int n = int(plan.iterations.size());
        for (int i = 0; i < n; ++i) {
            const auto& microBatches = plan.iterations[size_t(i)].ranks[size_t(rank)];
            std::mt19937_64 rng(plan.options.seed * 1000003ULL + quint64(i) * 131ULL + quint64(rank));
            RankTiming t;
            group.barrier();
            QElapsedTimer step;
            step.start();
            bench.zeroGradients();
            for (const auto& lengths : microBatches) {
                QElapsedTimer mb;
                mb.start();
                t.loss += bench.trainMicroBatch(lengths, rng);
                t.microBatchSeconds.push_back(mb.nsecsElapsed() / 1e9);
                t.computeSeconds += t.microBatchSeconds.back();
            }
            if (!microBatches.empty())
                t.loss /= double(microBatches.size());
            std::vector<double> gradients = bench.gradients();
            QElapsedTimer reduce;
            reduce.start();
            group.sum(gradients);
            t.allreduceSeconds = reduce.nsecsElapsed() / 1e9;
            for (double& g : gradients)
                g /= worldSize;
            bench.setGradients(gradients);
            bench.sgdStep(plan.options.learningRate);
            t.stepSeconds = step.nsecsElapsed() / 1e9;
            nlohmann::json line = rankTimingJson(t);
            iterations.push_back(line);
            line["iteration"] = i + 1;
            line["iterations"] = n;
            line["rank"] = rank;
            std::printf("%s\n", line.dump().c_str());
            std::fflush(stdout);
        }
        QSaveFile out(outputFile);
        const QByteArray bytes =
            QByteArray::fromStdString(nlohmann::json{{"rank", rank}, {"iterations", iterations}}.dump());
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            throw BalanceError(MeasureText::tr("cannot write %1: %2").arg(outputFile, out.errorString()));
        return 0;
    } catch (const BalanceError& e) {
        std::fprintf(stderr, "%s\n", e.message().toLocal8Bit().constData());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
    }
    return 1;
}

} // namespace kcat::balance
