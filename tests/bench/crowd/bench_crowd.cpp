// Crowd benchmarks. Prints what it measured next to the target; a missed target says MISSED.
//   bench_crowd ds                      Dawid-Skene, 100,000 items × 10 annotators × 20 classes, 50 EM
//   iterations bench_crowd alpha                   Krippendorff's alpha, 100,000 units × 5 coders, nominal
//   and MASI bench_crowd write UNITS KIND FILE   writes the alpha data set (KIND nominal|sets) as a label TSV
//   bench_crowd alpha-file FILE DIST    alpha of a label TSV (DIST nominal|masi|jaccard): value and time

#include "annotation/crowd/Aggregation.h"
#include "annotation/crowd/Agreement.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

#include <time.h>

using namespace kcat::crowd;

namespace {

using Clock = std::chrono::steady_clock;

double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double loadAverage() {
    double load = 0;
    if (FILE* f = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(f, "%lf", &load) != 1)
            load = 0;
        std::fclose(f);
    }
    return load;
}

// Median wall-clock and CPU time of `repeats` runs (CPU time: this single-threaded process on its core; on a
// shared, loaded machine it is the fairer of the two, and both are printed).
struct Timing {
    double wallMs = 0, cpuMs = 0;
};

template <typename F> Timing median(int repeats, F f) {
    std::vector<double> wall, cpu;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        const double cpuStart = cpuMs();
        f();
        cpu.push_back(cpuMs() - cpuStart);
        wall.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

void report(const char* what, Timing t, double targetMs) {
    std::printf("%-50s wall %9.2f ms  cpu %9.2f ms  target <= %.0f ms: %s (load average %.1f)\n", what,
                t.wallMs, t.cpuMs, targetMs,
                t.cpuMs <= targetMs
                    ? (t.wallMs <= targetMs ? "met" : "met on cpu time, wall time over (machine loaded)")
                    : "MISSED",
                loadAverage());
}

int benchDawidSkene() {
    const int items = 100000, annotators = 10, classes = 20;
    std::mt19937_64 rng(2024);
    std::uniform_int_distribution<int> anyClass(0, classes - 1);
    std::uniform_real_distribution<double> unit(0, 1);
    std::vector<double> accuracy(annotators);
    for (int j = 0; j < annotators; ++j)
        accuracy[size_t(j)] = j < 3 ? 0.05 : 0.45 + 0.05 * j; // three near-spammers, the rest 0.65 .. 0.9
    CrowdLabels data;
    data.items = items;
    data.annotators = annotators;
    data.classes = classes;
    data.offsets.push_back(0);
    std::vector<int> truth(items);
    for (int i = 0; i < items; ++i) {
        truth[size_t(i)] = anyClass(rng);
        for (int j = 0; j < annotators; ++j) {
            data.annotator.push_back(j);
            data.label.push_back(unit(rng) < accuracy[size_t(j)] ? truth[size_t(i)] : anyClass(rng));
        }
        data.offsets.push_back(data.size());
    }
    QStringList names;
    for (int c = 0; c < classes; ++c)
        names << QString::number(c);
    data.rankTies(names);
    AggregationOptions o;
    o.maxIterations = 50;
    o.tolerance = 0; // run all 50 iterations
    AggregationResult r;
    const Timing ms = median(3, [&] { r = dawidSkene(data, o); });
    int right = 0, mvRight = 0;
    const AggregationResult mv = majorityVote(data);
    for (int i = 0; i < items; ++i) {
        right += r.labels[size_t(i)] == truth[size_t(i)];
        mvRight += mv.labels[size_t(i)] == truth[size_t(i)];
    }
    std::printf(
        "Dawid-Skene: %lld labels, %d items x %d annotators, %d classes, %d EM iterations (median of 3)\n",
        static_cast<long long>(data.size()), items, annotators, classes, r.iterations);
    std::printf("  accuracy vs truth: DS %.4f, majority vote %.4f\n", double(right) / items,
                double(mvRight) / items);
    report("Dawid-Skene 1M labels, 50 iterations, one core", ms, 2000);
    return 0;
}

// 5 coders per unit; nominal: 10 labels; sets: a type and maybe its parent over a 3-level hierarchy of 12
// types.
LabelTable alphaData(int units, bool sets, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0, 1);
    std::uniform_int_distribution<int> anyOf(0, 9);
    const char* leaves[] = {"/person/artist",       "/person/athlete",   "/person/politician",
                            "/location/city",       "/location/country", "/organization/company",
                            "/organization/sports", "/event/election",   "/event/war",
                            "/product/software"};
    LabelTableBuilder b;
    for (int u = 0; u < units; ++u) {
        const int item = b.item(QStringLiteral("u%1").arg(u));
        const int truth = anyOf(rng);
        for (int c = 0; c < 5; ++c) {
            const int coder = b.annotator(QStringLiteral("c%1").arg(c));
            if (unit(rng) < 0.1)
                continue; // 10% missing values
            const int given = unit(rng) < 0.7 ? truth : anyOf(rng);
            const QString leaf = QString::fromLatin1(leaves[given]);
            if (!sets) {
                b.add(item, coder, b.label(leaf));
                continue;
            }
            const double shape = unit(rng);
            if (shape < 0.6 || shape >= 0.85)
                b.add(item, coder, b.label(leaf));
            if (shape >= 0.6)
                b.add(item, coder, b.label(leaf.left(leaf.lastIndexOf(QLatin1Char('/')))));
        }
    }
    return b.build();
}

int benchAlpha() {
    for (bool sets : {false, true}) {
        const LabelTable t = alphaData(100000, sets, 7);
        const Distance d = sets ? Distance::Masi : Distance::Nominal;
        double value = 0;
        const Timing all =
            median(7, [&] { value = *krippendorffAlpha(CodingView::ofSets(t), ValueDistance(t, d)).value; });
        const CodingView view = CodingView::ofSets(t);
        const ValueDistance dist(t, d);
        const Timing core = median(7, [&] { value = *krippendorffAlpha(view, dist).value; });
        std::printf(
            "Krippendorff's alpha (%s): %d units x 5 coders, %lld values, %d distinct values, alpha = %.6f\n",
            sets ? "MASI, label sets" : "nominal", t.itemCount(), static_cast<long long>(t.cellCount()),
            t.setCount(), value);
        std::printf("  alpha alone (view already built): wall %.2f ms, cpu %.2f ms\n", core.wallMs,
                    core.cpuMs);
        report(sets ? "alpha MASI 100k units (view + alpha), median of 7"
                    : "alpha nominal 100k units (view + alpha), median of 7",
               all, sets ? 200 : 50);
    }
    return 0;
}

int writeData(int units, const QString& kind, const QString& path) {
    const LabelTable t = alphaData(units, kind == QLatin1String("sets"), 11);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    for (int i = 0; i < t.itemCount(); ++i)
        for (qsizetype c = t.begin(i); c < t.end(i); ++c) {
            const LabelCell& cell = t.cells()[size_t(c)];
            for (int l : t.set(cell.set))
                f.write((t.items()[i] + QLatin1Char('\t') + t.annotators()[cell.annotator] +
                         QLatin1Char('\t') + t.labels()[l] + QLatin1Char('\n'))
                            .toUtf8());
        }
    return 0;
}

int alphaOfFile(const QString& path, const QString& distanceName) {
    const LabelTable t = LabelTable::loadTsv(path);
    const Distance d = distanceName == QLatin1String("masi")      ? Distance::Masi
                       : distanceName == QLatin1String("jaccard") ? Distance::Jaccard
                                                                  : Distance::Nominal;
    double value = 0;
    const Timing ms =
        median(21, [&] { value = *krippendorffAlpha(CodingView::ofSets(t), ValueDistance(t, d)).value; });
    std::printf("%.17g %.6f %.6f\n", value, ms.wallMs, ms.cpuMs);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() >= 2 && a[1] == QLatin1String("ds"))
        return benchDawidSkene();
    if (a.size() >= 2 && a[1] == QLatin1String("alpha"))
        return benchAlpha();
    if (a.size() == 5 && a[1] == QLatin1String("write"))
        return writeData(a[2].toInt(), a[3], a[4]);
    if (a.size() == 4 && a[1] == QLatin1String("alpha-file"))
        return alphaOfFile(a[2], a[3]);
    std::fprintf(
        stderr, "usage: bench_crowd ds | alpha | write UNITS nominal|sets FILE | alpha-file FILE DISTANCE\n");
    return 2;
}
