// bench_snn_backward [--timesteps 4,8,16,32] [--batch 64] [--width 8] [--repeats 5] [--threads 1]
// One training step (forward + backward, random 28 x 28 images) of the spiking CNN for each T and method:
// LIF through autograd (BPTT), the reversible node through autograd, and its naive and streamlined
// recomputing backwards. Prints the bytes LibTorch held at the step's peak (counting allocator), the
// median forward and backward times and the backward FLOPs, side by side, and the ratios the README
// quotes (BPTT / reversible memory, naive / streamlined backward time).

#include "compute/snn/SnnChecks.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace kcat::snn;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QList<int> timesteps{4, 8, 16, 32};
    int batch = 64, width = 8, repeats = 5, threads = 1;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString& key = args[i];
        const QString& value = args[i + 1];
        if (key == QLatin1String("--timesteps")) {
            timesteps.clear();
            for (const QString& t : value.split(QLatin1Char(',')))
                timesteps << t.toInt();
        } else if (key == QLatin1String("--batch")) {
            batch = value.toInt();
        } else if (key == QLatin1String("--width")) {
            width = value.toInt();
        } else if (key == QLatin1String("--repeats")) {
            repeats = value.toInt();
        } else if (key == QLatin1String("--threads")) {
            threads = value.toInt();
        } else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(key));
            return 2;
        }
    }
    std::printf("| T | method | peak bytes | forward s | backward s | backward GFLOPs |\n");
    std::printf("| --- | --- | --- | --- | --- | --- |\n");
    for (int t : timesteps) {
        StepMeasurement m[4];
        const char* names[4] = {"lif / autograd", "reversible / autograd", "reversible / naive",
                                "reversible / streamlined"};
        for (int k = 0; k < 4; ++k) {
            SnnConfig c;
            c.node = k == 0 ? QStringLiteral("lif") : QStringLiteral("reversible");
            c.backward = k < 2    ? QStringLiteral("autograd")
                         : k == 2 ? QStringLiteral("naive")
                                  : QStringLiteral("streamlined");
            c.timesteps = t;
            c.batchSize = batch;
            c.width = width;
            c.threads = threads;
            m[k] = measureTrainingStep(c, repeats);
            std::printf("| %d | %s | %.0f | %.4f | %.4f | %.3f |\n", t, names[k], m[k].peakBytes,
                        m[k].forwardSeconds, m[k].backwardSeconds, m[k].backwardFlops / 1e9);
            std::fflush(stdout);
        }
        std::printf("| %d | ratios | BPTT/streamlined memory %.2fx | | naive/streamlined backward time %.3f "
                    "(streamlined %.1f%% faster) | FLOPs %.3f |\n",
                    t, m[0].peakBytes / m[3].peakBytes, m[2].backwardSeconds / m[3].backwardSeconds,
                    100.0 * (1.0 - m[3].backwardSeconds / m[2].backwardSeconds),
                    m[2].backwardFlops / m[3].backwardFlops);
        std::fflush(stdout);
    }
    return 0;
}
