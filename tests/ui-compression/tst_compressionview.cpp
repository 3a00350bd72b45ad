// The compression tab offscreen, on a temporary workspace written through RunStore: two tiny real
// compression.circulant runs (k = 8 and the dense k = 1) made by the real run kind, and a pruned LeNet-5
// whose `accounting` table comes from the real Accounting (dense / CSR / relative index / compacted, measured
// latency), recorded as a compression.magnitude run with rho/residual series written by this test. Every
// chart is checked against what the runs stored. KCAT_COMPRESSION_SCREENSHOTS=DIR saves each sub-tab.

#include "compute/accounting/Accounting.h"
#include "compute/circulant/Circulant.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/engine/ImageDataset.h"
#include "compute/engine/Network.h"
#include "compute/runs/RunContext.h"
#include "compute/runs/RunKind.h"
#include "compute/runs/RunStore.h"
#include "compute/runs/Runs.h"
#include "tests/runs/ExecuteRun.h"
#include "ui/compression/CompressionRunView.h"
#include "ui/compression/CompressionViews.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <sstream>

using namespace kcat;
using nlohmann::json;

namespace {

template <typename T> QList<T*> seriesOf(QChart* chart) {
    QList<T*> out;
    for (QAbstractSeries* s : chart->series())
        if (auto* t = qobject_cast<T*>(s))
            out << t;
    return out;
}

// Collects the accounting's table rows for RunStore::append.
class TableCollector : public runs::RunContext {
public:
    qint64 runId() const override { return 0; }
    const nlohmann::json& parameters() const override { return m_p; }
    quint64 seed() const override { return 1; }
    runs::DistributedOptions distributed() const override { return {}; }
    void metric(const QString&, qint64, double) override {}
    void tableRow(const QString& table, qint64 step, const QString& row, const nlohmann::json& v) override {
        rows.push_back({table, step, row, v});
    }
    void setSummary(const QString&, const nlohmann::json&) override {}
    void log(const QString&, LogLevel) override {}
    void progress(double, const QString&) override {}
    QString artifactFolder() const override { return {}; }
    void addArtifact(const QString&, const QString&, const QString&) override {}
    QString checkpointPath(const QString&) const override { return {}; }
    void checkpointSaved(const QString&, qint64, const nlohmann::json&) override {}
    std::optional<runs::ResumePoint> resumePoint() const override { return std::nullopt; }
    bool isCancelled() const override { return false; }
    QVector<runs::TableRow> rows;

private:
    nlohmann::json m_p = nlohmann::json::object();
};

} // namespace

class TestCompressionView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    std::unique_ptr<runs::RunStore> m_store;
    qint64 m_circulant = 0, m_dense = 0, m_pruned = 0;
    accounting::AccountingReport m_report;

    qint64 runKind(const QString& kind, const json& params) {
        QString error;
        const qint64 id = kcat::testing::executeRun(*m_ws, *m_store, kind, params, &error);
        if (!id)
            qWarning("%s", qPrintable(error));
        return id;
    }

    void save(QWidget& view, const QString& name) {
        const QString dir = qEnvironmentVariable("KCAT_COMPRESSION_SCREENSHOTS");
        if (!dir.isEmpty())
            view.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase() {
        const QString fashion = engine::ImageDatasetLoader::fashionMnistDir();
        if (!QFileInfo::exists(engine::ImageDatasetLoader::splitFile(fashion, true, true)))
            QSKIP("Fashion-MNIST is not installed (Debian package dataset-fashion-mnist)");
        core::registerCoreSchema();
        runs::registerRunsModule();
        circulant::registerCirculant();
        ui::registerCompressionViews();
        core::WorkspaceError error;
        m_ws = core::Workspace::create(m_dir.filePath(QStringLiteral("w.kcat")), &error);
        QVERIFY(m_ws);
        m_store = std::make_unique<runs::RunStore>(*m_ws);
        const json tiny = {{"epochs", 1},  {"train_subset", 1024}, {"test_subset", 300}, {"lr", 0.05},
                           {"threads", 1}, {"timing_repeats", 3},  {"log_every", 4}};
        json circulantParams = tiny;
        circulantParams["block"] = 8;
        m_circulant = runKind(QStringLiteral("compression.circulant"), circulantParams);
        QVERIFY(m_circulant > 0);
        json denseParams = tiny;
        denseParams["block"] = 1;
        m_dense = runKind(QStringLiteral("compression.circulant"), denseParams);
        QVERIFY(m_dense > 0);

        // A LeNet-5 with half of conv2's filters and 90 % of fc1 pruned, accounted for for real.
        auto net = engine::Network::create(QStringLiteral("lenet5"), {1, 28, 28, 10}, 3);
        std::vector<std::uint8_t> conv2(16 * 150, 1), fc1(120 * 400, 1);
        for (int f = 0; f < 8; ++f)
            std::fill(conv2.begin() + f * 150, conv2.begin() + (f + 1) * 150, 0);
        for (size_t i = 0; i < fc1.size(); ++i)
            fc1[i] = i % 10 == 0;
        accounting::AccountingOptions options;
        options.latencyRepeats = 5;
        m_report = accounting::Accounting::account(net, {{"conv2", conv2}, {"fc1", fc1}}, options);
        TableCollector tables;
        accounting::Accounting::writeTables(tables, m_report, 10);
        tables.rows.push_back({QStringLiteral("layers"),
                               10,
                               QStringLiteral("conv2"),
                               {{"weights", 2400}, {"nonzero", 1200}, {"sparsity", 0.5}, {"bits", 8}}});
        tables.rows.push_back({QStringLiteral("layers"),
                               10,
                               QStringLiteral("fc1"),
                               {{"weights", 48000}, {"nonzero", 4800}, {"sparsity", 0.9}, {"bits", 4}}});
        QVector<runs::MetricRow> metrics;
        for (int step = 0; step <= 10; ++step) {
            metrics.push_back({QStringLiteral("rho"), {step, 0, 1e-3 * std::pow(1.5, step)}});
            metrics.push_back({QStringLiteral("residual"), {step, 0, 2.0 * std::pow(0.6, step)}});
            metrics.push_back({QStringLiteral("residual/fc1"), {step, 0, 1.5 * std::pow(0.55, step)}});
        }
        metrics.push_back({QStringLiteral("test_accuracy"), {10, 0, 0.62}});
        metrics.push_back({QStringLiteral("compression_rate"), {10, 0, 9.5}});
        QString error2;
        m_pruned = m_store->createRun(QStringLiteral("compression.magnitude"), QStringLiteral("pruned"),
                                      json::object(), 1, &error2);
        QVERIFY(m_pruned > 0);
        QVERIFY(m_store->append(m_pruned, metrics, tables.rows, {}, json::object(), &error2));
    }

    void registeredForCompressionKinds() {
        bool found = false;
        for (const ui::RunViewFactory& f : ui::runViewFactories())
            if (f.objectName == QLatin1String("compressionView")) {
                found = true;
                QVERIFY(f.accepts(QStringLiteral("compression.circulant")));
                QVERIFY(f.accepts(QStringLiteral("compression.admm")));
                QVERIFY(!f.accepts(QStringLiteral("train.baseline")));
            }
        QVERIFY(found);
    }

    void layerBarsAndHistograms() {
        ui::CompressionRunView view;
        view.resize(1000, 650);
        view.setStore(m_store.get());
        view.showRuns({m_circulant, m_dense});
        view.setCurrentRun(m_circulant);
        QCOMPARE(view.layerNames(), (QStringList{"conv1", "conv2", "fc1", "fc2", "fc3"}));
        // fc1 400 -> 120 with k = 8 stores 15 x 50 x 8 values of 48,000.
        QCOMPARE(view.layerValue(m_circulant, QStringLiteral("fc1"), QStringLiteral("nonzero")), 6000.0);
        QCOMPARE(view.layerValue(m_circulant, QStringLiteral("fc1"), QStringLiteral("sparsity")),
                 1.0 - 6000.0 / 48000);
        QCOMPARE(view.layerValue(m_dense, QStringLiteral("fc1"), QStringLiteral("sparsity")), 0.0);
        auto* sparsity = view.findChild<QChartView*>(QStringLiteral("sparsityChart"));
        const auto bars = seriesOf<QBarSeries>(sparsity->chart());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars[0]->count(), 2); // one set per shown run
        QCOMPARE(bars[0]->barSets()[0]->at(2), 1.0 - 6000.0 / 48000);

        QCOMPARE(view.histogramLayers(), (QStringList{"conv1", "conv2", "fc1", "fc2", "fc3"}));
        // Histograms count every stored value of the layer, before and after training.
        for (const QString& which : {QStringLiteral("before"), QStringLiteral("after")}) {
            double total = 0;
            for (double c : view.histogramCounts(QStringLiteral("fc1"), which))
                total += c;
            QCOMPARE(total, 6000.0);
        }
        view.findChild<QComboBox*>(QStringLiteral("histogramLayer"))->setCurrentText(QStringLiteral("fc1"));
        auto* hist = view.findChild<QChartView*>(QStringLiteral("histogramChart"));
        QCOMPARE(seriesOf<QLineSeries>(hist->chart()).size(), 2);
        view.tabs()->setCurrentIndex(0);
        save(view, QStringLiteral("layers"));
        view.tabs()->setCurrentIndex(1);
        save(view, QStringLiteral("histograms"));
    }

    void curvesAndAccounting() {
        ui::CompressionRunView view;
        view.resize(1000, 650);
        view.setStore(m_store.get());
        view.showRuns({m_pruned});
        QCOMPARE(view.curveNames(), (QStringList{"residual", "residual/fc1", "rho"}));
        auto* curves = view.findChild<QChartView*>(QStringLiteral("residualChart"));
        const auto lines = seriesOf<QLineSeries>(curves->chart());
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0]->count(), 11);
        const auto points = view.accountingPoints();
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.value(QStringLiteral("dense")).x(), m_report.dense.storageBytes);
        QCOMPARE(points.value(QStringLiteral("compacted")).x(), m_report.compacted.storageBytes);
        QCOMPARE(points.value(QStringLiteral("csr")).y(), m_report.csr.latencyMs);
        // Half of conv2's filters gone: the compacted model is smaller than the dense one.
        QVERIFY(m_report.compacted.storageBytes < m_report.dense.storageBytes);
        auto* acc = view.findChild<QChartView*>(QStringLiteral("accountingChart"));
        QCOMPARE(seriesOf<QScatterSeries>(acc->chart()).size(), 4);
        view.tabs()->setCurrentIndex(2);
        save(view, QStringLiteral("residual"));
        view.tabs()->setCurrentIndex(3);
        save(view, QStringLiteral("accounting"));
    }

    void paretoOverAllCompressionRuns() {
        ui::CompressionRunView view;
        view.resize(1000, 650);
        view.setStore(m_store.get());
        view.showRuns({m_circulant}); // the chart still covers every compression run of the workspace
        const auto points = view.paretoPoints();
        QCOMPARE(points.size(), 3);
        QHash<qint64, ui::CompressionRunView::ParetoPoint> byRun;
        for (const auto& p : points)
            byRun.insert(p.run, p);
        QCOMPARE(byRun.value(m_pruned).compressionRate, 9.5);
        QCOMPARE(byRun.value(m_dense).compressionRate, 1.0);
        QCOMPARE(byRun.value(m_circulant).compressionRate, 61470.0 / 10046.0);
        // The most compressed run is always on the front; a run is off it only when another is at least as
        // good in both.
        QVERIFY(byRun.value(m_pruned).onFront);
        for (const auto& p : points) {
            bool dominated = false;
            for (const auto& q : points)
                dominated |= q.run != p.run && q.compressionRate >= p.compressionRate &&
                             q.testAccuracy >= p.testAccuracy &&
                             (q.compressionRate > p.compressionRate || q.testAccuracy > p.testAccuracy);
            QCOMPARE(p.onFront, !dominated);
        }
        auto* pareto = view.findChild<QChartView*>(QStringLiteral("paretoChart"));
        QStringList names;
        for (auto* s : seriesOf<QScatterSeries>(pareto->chart()))
            names << s->name();
        QVERIFY(names.contains(QStringLiteral("compression.circulant")));
        QVERIFY(names.contains(QStringLiteral("compression.magnitude")));
        view.tabs()->setCurrentIndex(4);
        save(view, QStringLiteral("pareto"));
    }

    void exports() {
        ui::CompressionRunView view;
        view.setStore(m_store.get());
        view.showRuns({m_circulant});
        QTemporaryDir out;
        QString error;
        const QStringList model = view.exportModel(out.path(), &error);
        QVERIFY2(model.size() == 2, qPrintable(error)); // model.pt and its JSON sidecar
        QVERIFY(QFileInfo(model[0]).size() > 10000);
        const QStringList report = view.exportReport(out.path(), &error);
        QCOMPARE(report.size(), 3);
        QFile json(report[0]);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const auto doc = nlohmann::json::parse(json.readAll().toStdString());
        QVERIFY(doc.dump().find("compression_rate") != std::string::npos);
        QFile tables(report[2]);
        QVERIFY(tables.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(tables.readAll());
        QVERIFY(text.startsWith(QLatin1String("table,step,row,column,value\n")));
        QVERIFY(text.contains(QLatin1String("layers,")));
        QVERIFY(text.contains(QLatin1String(",fc1,nonzero,6000")));
        // A run without model artifacts says so.
        view.showRuns({m_pruned});
        QVERIFY(view.exportModel(out.path(), &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("no model")));
    }
};

QTEST_MAIN(TestCompressionView)
#include "tst_compressionview.moc"
