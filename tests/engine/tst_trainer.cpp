// Baseline training on Fashion-MNIST: a short real run that learns, checkpoint resume that continues
// exactly, determinism, cancel, schedules, sampler and parameter validation.
#include "compute/engine/EpochSampler.h"
#include "compute/engine/ImageDataset.h"
#include "compute/engine/Network.h"
#include "compute/engine/Trainer.h"
#include "compute/engine/TrainingObserver.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <set>

using namespace kcat::engine;

namespace {

struct Recorder : TrainingObserver {
    std::map<QString, std::vector<std::pair<std::int64_t, double>>> metrics;
    std::map<QString, int> rows;
    QStringList checkpoints;
    std::int64_t cancelAfter = -1;
    std::int64_t polls = 0;

    void metric(const QString& key, std::int64_t step, double value) override {
        metrics[key].emplace_back(step, value);
    }
    void tableRow(const QString& table, std::int64_t, const QString&, const nlohmann::json&) override {
        ++rows[table];
    }
    void checkpointSaved(const QString& name, const QString&, std::int64_t, const nlohmann::json&) override {
        checkpoints << name;
    }
    bool isCancelled() override { return cancelAfter >= 0 && ++polls > cancelAfter; }
};

} // namespace

class TestTrainer : public QObject {
    Q_OBJECT

    ImageDataset m_train;
    ImageDataset m_test;

    TrainingConfig small() const {
        TrainingConfig c;
        c.trainSubset = 640;
        c.testSubset = 200;
        c.batchSize = 32;
        c.epochs = 2;
        c.threads = 1;
        c.lr = 0.05;
        c.logEvery = 5;
        return c;
    }

    TrainingResult train(const TrainingConfig& config, Recorder* recorder, std::vector<float>* weights) {
        Trainer trainer(config, recorder);
        trainer.setData(m_train, m_test);
        TrainingResult result = trainer.run();
        if (weights)
            *weights = trainer.network()->flatParameters();
        return result;
    }

private Q_SLOTS:
    void initTestCase() {
        const QString dir = ImageDatasetLoader::fashionMnistDir();
        m_train = ImageDatasetLoader::loadSplit(dir, true);
        m_test = ImageDatasetLoader::loadSplit(dir, false);
    }

    void learnsFashionMnist() {
        // 300 steps of LeNet-5 (batch 64, SGD with momentum) on the full training set; accuracy on 5,000
        // test images. Chance is 10%; this reaches about 80%.
        TrainingConfig c;
        c.epochs = 1;
        c.maxSteps = 300;
        c.testSubset = 5000;
        c.lr = 0.02;
        c.seed = 7;
        c.threads = 1;
        QTemporaryDir dir;
        c.outputDir = dir.path();
        Recorder recorder;
        const TrainingResult result = train(c, &recorder, nullptr);
        const double accuracy = result.finalMetrics.at("test_accuracy");
        qInfo("test accuracy after 300 steps: %.4f, %.0f images/s, loader %.2f%% of step time", accuracy,
              result.finalMetrics.at("images_per_second"), 100.0 * result.finalMetrics.at("loader_fraction"));
        QVERIFY2(accuracy > 0.70, qPrintable(QString::number(accuracy)));
        QCOMPARE(result.steps, 300);
        QVERIFY(result.finalMetrics.at("loader_fraction") < 0.05);
        QVERIFY(result.finalMetrics.at("images_per_second") > 0);
        // The loss falls: the mean of the last five logged points is below the first point.
        const auto& loss = recorder.metrics["loss"];
        QCOMPARE(loss.size(), std::size_t(6)); // every 50 steps
        QVERIFY(loss.back().second < loss.front().second);
        // Confusion matrix: 10 x 10, rows sum to the test items, the diagonal to the correct ones.
        QCOMPARE(result.confusion.size(), std::size_t(10));
        std::int64_t total = 0, diagonal = 0;
        for (std::size_t t = 0; t < 10; ++t)
            for (std::size_t p = 0; p < 10; ++p) {
                total += result.confusion[t][p];
                diagonal += t == p ? result.confusion[t][p] : 0;
            }
        QCOMPARE(total, 5000);
        QCOMPARE(double(diagonal) / 5000.0, accuracy);
        QCOMPARE(recorder.rows["confusion_matrix"], 10);
        QCOMPARE(recorder.rows["layers"], 5);
        QVERIFY(QFileInfo::exists(result.lastCheckpoint));
        QVERIFY(QFileInfo::exists(result.bestCheckpoint));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("confusion_matrix.json"))));
        // The last checkpoint loads into a fresh network and gives the final accuracy again.
        Network reloaded = Network::create(QStringLiteral("lenet5"), InputShape{}, 99);
        reloaded.load(result.lastCheckpoint);
        ImageDataset test = m_test;
        test.truncate(5000);
        test.mean = m_train.mean;
        test.stddev = m_train.stddev;
        ImageDataset train = m_train;
        train.computeNormalisation();
        test.mean = train.mean;
        test.stddev = train.stddev;
        QCOMPARE(Trainer::evaluate(reloaded, test), accuracy);
    }

    void deterministicForASeed() {
        std::vector<float> a, b, c;
        train(small(), nullptr, &a);
        train(small(), nullptr, &b);
        TrainingConfig other = small();
        other.seed = 2;
        train(other, nullptr, &c);
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }

    void resumesExactly_data() {
        QTest::addColumn<QString>("optimizer");
        QTest::addColumn<int>("stopAt");
        QTest::newRow("sgd mid-epoch") << QStringLiteral("sgd") << 30;
        QTest::newRow("adam at epoch end") << QStringLiteral("adam") << 20;
    }

    void resumesExactly() {
        QFETCH(QString, optimizer);
        QFETCH(int, stopAt);
        TrainingConfig c = small();
        c.optimizer = optimizer;
        c.lr = optimizer == QLatin1String("adam") ? 0.001 : 0.05;
        c.schedule = QStringLiteral("step");
        c.stepEpochs = 1;
        c.gamma = 0.5;
        std::vector<float> straight;
        const TrainingResult whole = train(c, nullptr, &straight);
        QCOMPARE(whole.steps, 40);

        QTemporaryDir dir;
        TrainingConfig first = c;
        first.maxSteps = stopAt;
        first.outputDir = dir.path();
        const TrainingResult part = train(first, nullptr, nullptr);
        QCOMPARE(part.steps, stopAt);
        QVERIFY(QFileInfo::exists(part.lastCheckpoint));

        TrainingConfig second = c;
        second.resumeFrom = part.lastCheckpoint;
        std::vector<float> resumed;
        const TrainingResult rest = train(second, nullptr, &resumed);
        QCOMPARE(rest.steps, 40);
        QCOMPARE(resumed, straight);

        TrainingConfig wrong = c;
        wrong.model = QStringLiteral("lenet300");
        wrong.resumeFrom = part.lastCheckpoint;
        try {
            train(wrong, nullptr, nullptr);
            QFAIL("no error");
        } catch (const std::runtime_error& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(part.lastCheckpoint), e.what());
        }
    }

    void cancelsAtAStepBoundary() {
        QTemporaryDir dir;
        TrainingConfig c = small();
        c.outputDir = dir.path();
        Recorder recorder;
        recorder.cancelAfter = 7;
        const TrainingResult result = train(c, &recorder, nullptr);
        QVERIFY(result.cancelled);
        QCOMPARE(result.steps, 8); // the step that saw the cancel completes
        QVERIFY(recorder.checkpoints.contains(QStringLiteral("last")));
        QVERIFY(result.finalMetrics.count("test_accuracy"));
    }

    void metricsPerEpoch() {
        Recorder recorder;
        train(small(), &recorder, nullptr);
        for (const char* key :
             {"train_loss", "train_accuracy", "test_accuracy", "epoch_seconds", "images_per_second"}) {
            const auto& series = recorder.metrics[QString::fromLatin1(key)];
            QCOMPARE(series.size(), std::size_t(2));
            QCOMPARE(series[0].first, 20);
            QCOMPARE(series[1].first, 40);
        }
        // Steps increase within every key.
        for (const auto& [key, series] : recorder.metrics)
            for (std::size_t i = 1; i < series.size(); ++i)
                QVERIFY2(series[i].first > series[i - 1].first, qPrintable(key));
    }

    void schedules() {
        TrainingConfig c;
        c.lr = 0.1;
        c.epochs = 4;
        c.schedule = QStringLiteral("step");
        c.stepEpochs = 2;
        c.gamma = 0.1;
        QCOMPARE(c.learningRate(0, 10), 0.1);
        QCOMPARE(c.learningRate(19, 10), 0.1);
        QVERIFY(std::abs(c.learningRate(20, 10) - 0.01) < 1e-15);
        c.schedule = QStringLiteral("cosine");
        QCOMPARE(c.learningRate(0, 10), 0.1);
        QVERIFY(std::abs(c.learningRate(20, 10) - 0.05) < 1e-15); // halfway: (1 + cos(pi/2)) / 2
        QVERIFY(std::abs(c.learningRate(40, 10)) < 1e-15);
    }

    void samplerSplitsTheGlobalBatch() {
        EpochSampler whole(100, 8, 3);
        EpochSampler rank0(100, 8, 3, 0, 2);
        EpochSampler rank1(100, 8, 3, 1, 2);
        QCOMPARE(whole.stepsPerEpoch(), 12); // the last 4 items are dropped
        whole.startEpoch(1);
        rank0.startEpoch(1);
        rank1.startEpoch(1);
        for (int s = 0; s < 12; ++s) {
            std::vector<std::int64_t> both = rank0.batch(s);
            const auto second = rank1.batch(s);
            both.insert(both.end(), second.begin(), second.end());
            QCOMPARE(both, whole.batch(s));
        }
        std::set<std::int64_t> seen(whole.order().begin(), whole.order().end());
        QCOMPARE(seen.size(), std::size_t(100));
        const auto epoch1 = whole.order();
        whole.startEpoch(2);
        QVERIFY(whole.order() != epoch1);
    }

    void refusesBadParameters_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << QByteArray(R"({"learning_rate": 0.1})")
                                 << QStringLiteral("'learning_rate'");
        QTest::newRow("type") << QByteArray(R"({"epochs": "ten"})")
                              << QStringLiteral("'epochs': expected an integer");
        QTest::newRow("range") << QByteArray(R"({"lr": 50})") << QStringLiteral("'lr': 50 is outside");
        QTest::newRow("model") << QByteArray(R"({"model": "resnet"})") << QStringLiteral("'model': 'resnet'");
        QTest::newRow("optimizer") << QByteArray(R"({"optimizer": "rmsprop"})")
                                   << QStringLiteral("'optimizer'");
        QTest::newRow("world") << QByteArray(R"({"batch_size": 63, "world_size": 2})")
                               << QStringLiteral("'batch_size': 63 is not a multiple");
    }

    void refusesBadParameters() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        try {
            TrainingConfig::fromJson(nlohmann::json::parse(json.toStdString()));
            QFAIL("no error");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(expected), e.what());
        }
        const TrainingConfig ok = TrainingConfig::fromJson(nlohmann::json::parse(
            R"({"model": "vgg_small", "lr": 0.5, "optimizer": "adam", "max_steps": 3})"));
        QCOMPARE(ok.model, QStringLiteral("vgg_small"));
        QCOMPARE(ok.maxSteps, 3);
        QVERIFY(TrainingConfig::fromJson(ok.toJson()).toJson() == ok.toJson());
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
