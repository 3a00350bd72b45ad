// Experiments page benchmarks (Release, offscreen; not run by ctest):
//  1. a runs table with 1,000 runs (5 parameters, 3 metrics x 100 points each) opens in <= 300 ms:
//     open the workspace, read runs and metric stats into RunTableModel, show it sorted in a QTableView and
//     paint it;
//  2. a comparison chart of 10 runs x 10,000 points draws in <= 200 ms: CompareView reads the series from
//     the workspace (one query for all selected runs), LTTB-downsamples them to 1,000 points a line and
//     renders the chart. Reading alone is also timed both ways: one query per run and one for all runs.
// Usage: bench_runs [--repeat N]

#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/runs/RunStore.h"
#include "compute/runs/RunTableModel.h"
#include "compute/runs/Runs.h"
#include "ui/experiments/CompareView.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace kcat;

namespace {

void fill(const QString& path) {
    core::WorkspaceError error;
    auto ws = core::Workspace::create(path, &error);
    runs::RunStore store(*ws);
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> u(0, 1);
    QString err;
    for (int r = 0; r < 1000; ++r) {
        const nlohmann::json params = {{"lr", 0.001 * (1 + r % 10)},
                                       {"batch_size", 32 << (r % 3)},
                                       {"model", r % 2 ? "lenet5" : "mlp"},
                                       {"epochs", 1 + r % 5},
                                       {"seed", r}};
        const qint64 id =
            store.createRun(QStringLiteral("bench.kind"), QStringLiteral("run %1").arg(r), params, r, &err);
        QVector<runs::MetricRow> rows;
        for (int s = 0; s < 100; ++s) {
            rows.push_back({QStringLiteral("loss"), {s, 1000 * s, 2.0 / (1 + s) + 0.05 * u(rng)}});
            rows.push_back({QStringLiteral("accuracy"), {s, 1000 * s, 1 - 1.0 / (1 + s)}});
            rows.push_back({QStringLiteral("images_per_second"), {s, 1000 * s, 1000 + 100 * u(rng)}});
        }
        store.append(id, rows, {}, {}, {}, &err);
    }
    // Ten long runs for the chart.
    for (int r = 0; r < 10; ++r) {
        const qint64 id = store.createRun(QStringLiteral("bench.kind"), QStringLiteral("long %1").arg(r),
                                          {{"r", r}}, r, &err);
        QVector<runs::MetricRow> rows;
        for (int s = 0; s < 10000; ++s)
            rows.push_back({QStringLiteral("loss"),
                            {s, 1700000000000LL + 50 * s, std::exp(-s / 3000.0) + 0.1 * u(rng) + 0.1 * r}});
        store.append(id, rows, {}, {}, {}, &err);
    }
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    int repeat = 5;
    const QStringList args = app.arguments();
    if (const int i = args.indexOf(QStringLiteral("--repeat")); i > 0 && i + 1 < args.size())
        repeat = std::max(1, args[i + 1].toInt());
    core::registerCoreSchema();
    runs::registerRunsModule();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.kcat"));
    QElapsedTimer t;
    t.start();
    fill(path);
    std::printf("workspace: 1,010 runs, 310,000 metric points written in %.0f ms\n", double(t.elapsed()));

    std::vector<double> table, chart, chartDraw, readOnly, readAll;
    for (int i = 0; i < repeat; ++i) {
        t.restart();
        core::WorkspaceError error;
        auto ws = core::Workspace::open(path, &error);
        runs::RunStore store(*ws);
        runs::RunTableModel model;
        runs::RunFilterModel filter;
        filter.setSourceModel(&model);
        model.setStore(&store);
        QTableView view;
        view.setModel(&filter);
        view.setSortingEnabled(true);
        view.sortByColumn(runs::RunTableModel::IdColumn, Qt::DescendingOrder);
        view.resize(1400, 800);
        view.show();
        view.grab(); // paint once
        table.push_back(t.nsecsElapsed() / 1e6);

        // The chart: 10 runs x 10,000 points.
        QVector<qint64> ids;
        for (const runs::RunRecord& r : store.runs())
            if (r.name.startsWith(QLatin1String("long")))
                ids << r.id;
        QElapsedTimer read;
        read.start();
        qint64 points = 0;
        for (qint64 id : ids)
            points += store.series(id, QStringLiteral("loss")).size();
        readOnly.push_back(read.nsecsElapsed() / 1e6);
        read.restart();
        qint64 together = 0;
        for (const auto& s : store.series(ids, QStringLiteral("loss")))
            together += s.size();
        readAll.push_back(read.nsecsElapsed() / 1e6);
        if (points != 100000 || together != 100000)
            std::printf("unexpected point counts: %lld, %lld (expected 100,000)\n", points, together);
        ui::CompareView compare;
        compare.resize(1200, 700);
        compare.show();
        compare.setStore(&store);
        t.restart();
        compare.setRuns(ids); // reads 100,000 points, downsamples, builds the series
        compare.chartView()->grab();
        chart.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        compare.setSmoothing(0.3); // redraw from memory (what a slider move costs)
        const double build = t.nsecsElapsed() / 1e6;
        compare.chartView()->grab();
        chartDraw.push_back(t.nsecsElapsed() / 1e6);
        std::printf("  redraw: series built in %.1f ms, painted in %.1f ms\n", build,
                    chartDraw.back() - build);
        if (i == 0)
            std::printf("chart lines drawn: %d points each (of 10,000)\n", compare.drawnPoints(ids.front()));
    }
    std::printf("%-58s %10s %10s\n", "measurement (median of runs)", "measured", "target");
    std::printf("%-58s %7.1f ms %7d ms  %s\n", "runs table, 1,000 runs: open workspace + model + paint",
                median(table), 300, median(table) <= 300 ? "met" : "MISSED");
    std::printf("%-58s %7.1f ms %7d ms  %s\n", "compare chart, 10 x 10,000 points: read + LTTB + paint",
                median(chart), 200, median(chart) <= 200 ? "met" : "MISSED");
    std::printf("%-58s %7.1f ms %10s\n", "  reading 10 x 10,000 points alone, one query per run",
                median(readOnly), "-");
    std::printf("%-58s %7.1f ms %10s\n", "  reading 10 x 10,000 points alone, one query for all runs",
                median(readAll), "-");
    std::printf("%-58s %7.1f ms %7d ms  %s\n", "compare chart redraw (smoothing change) + paint",
                median(chartDraw), 200, median(chartDraw) <= 200 ? "met" : "MISSED");
    return 0;
}
