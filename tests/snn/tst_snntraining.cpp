// A short spiking-CNN training run on Fashion-MNIST beats chance clearly, with both the BPTT baseline and
// the reversible node's streamlined backward, and reports the measured memory and the probe tables.

#include "compute/engine/ImageDataset.h"
#include "compute/engine/TrainingObserver.h"
#include "compute/snn/SnnTrainer.h"

#include <QDir>
#include <QTest>

#include <map>

using namespace kcat;

namespace {

struct Recorder : engine::TrainingObserver {
    std::map<QString, std::vector<double>> metrics;
    std::map<QString, std::map<QString, nlohmann::json>> tables;
    void metric(const QString& key, std::int64_t, double value) override { metrics[key].push_back(value); }
    void tableRow(const QString& table, std::int64_t, const QString& row, const nlohmann::json& v) override {
        tables[table][row] = v;
    }
};

} // namespace

class TestSnnTraining : public QObject {
    Q_OBJECT

    engine::ImageDataset m_train, m_test;

private Q_SLOTS:
    void initTestCase() {
        const QString dir = engine::ImageDatasetLoader::fashionMnistDir();
        if (!QDir(dir).exists())
            QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
        m_train = engine::ImageDatasetLoader::loadSplit(dir, true);
        m_test = engine::ImageDatasetLoader::loadSplit(dir, false);
    }

    void shortRunBeatsChance_data() {
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("backward");
        QTest::newRow("lif bptt") << QStringLiteral("lif") << QStringLiteral("autograd");
        QTest::newRow("reversible streamlined")
            << QStringLiteral("reversible") << QStringLiteral("streamlined");
    }
    void shortRunBeatsChance() {
        QFETCH(QString, node);
        QFETCH(QString, backward);
        snn::SnnConfig config;
        config.node = node;
        config.backward = backward;
        config.timesteps = 4;
        config.width = 4;
        config.batchSize = 32;
        config.lr = 3e-3;
        config.trainSubset = 1600;
        config.testSubset = 500;
        config.threads = 1;
        config.seed = 5;
        Recorder recorder;
        snn::SnnTrainer trainer(config, &recorder);
        trainer.setData(m_train, m_test);
        const snn::SnnResult result = trainer.run();
        QCOMPARE(result.steps, std::int64_t(50));
        const double accuracy = result.finalMetrics.at("test_accuracy");
        // Ten balanced classes: chance is 0.10; 50 steps reach well above it.
        QVERIFY2(accuracy > 0.45, qPrintable(QString::number(accuracy)));
        QVERIFY(result.finalMetrics.at("peak_memory_bytes") > 0);
        QVERIFY(result.finalMetrics.at("peak_rss_bytes") >= result.finalMetrics.at("peak_memory_bytes"));
        QVERIFY(result.finalMetrics.at("backward_flops") > 0);
        QCOMPARE(recorder.metrics["loss"].size(), std::size_t(5)); // log_every 10
        QCOMPARE(recorder.tables["spike_rates"].size(), std::size_t(2));
        for (const auto& [layer, row] : recorder.tables["spike_rates"]) {
            const double rate = row["rate"].get<double>();
            QVERIFY2(rate > 0.0 && rate < 1.0, qPrintable(layer));
        }
        QCOMPARE(recorder.tables["membrane"].size(), std::size_t(6)); // three neurons per layer
        for (const auto& [name, row] : recorder.tables["membrane"])
            QCOMPARE(row["potential"].size(), std::size_t(4));
        QCOMPARE(recorder.tables["raster"].size(), std::size_t(2));
        if (backward == QLatin1String("streamlined")) // the walk back ends at the zero start potentials
            QVERIFY2(result.finalMetrics.at("reconstruction_error") < 1e-4,
                     qPrintable(QString::number(result.finalMetrics.at("reconstruction_error"))));
        qInfo("%s/%s: test accuracy %.3f, peak %.0f bytes, backward %.4f s per step", qPrintable(node),
              qPrintable(backward), accuracy, result.finalMetrics.at("peak_memory_bytes"),
              result.finalMetrics.at("backward_seconds"));
    }
};

QTEST_APPLESS_MAIN(TestSnnTraining)
#include "tst_snntraining.moc"
