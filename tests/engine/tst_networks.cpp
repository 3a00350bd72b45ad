// The engine's networks: output shapes, parameter counts computed by hand, layer names, parameter access
// and save/load.
#include "compute/engine/Network.h"

#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace kcat::engine;

class TestNetworks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parameterCounts_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QStringList>("layers");
        // LeNet-5 on 28x28 (conv1 padded by 2): conv1 6*1*5*5+6 = 156, conv2 16*6*5*5+16 = 2416,
        // fc1 400*120+120 = 48120, fc2 120*84+84 = 10164, fc3 84*10+10 = 850; total 61706.
        QTest::newRow("lenet5") << QStringLiteral("lenet5") << qint64(61706)
                                << QStringList{"conv1", "conv2", "fc1", "fc2", "fc3"};
        // LeNet-300-100: 784*300+300 = 235500, 300*100+100 = 30100, 100*10+10 = 1010; total 266610.
        QTest::newRow("lenet300") << QStringLiteral("lenet300") << qint64(266610)
                                  << QStringList{"fc1", "fc2", "fc3"};
        // vgg_small: 320 + 9248 + 18496 + 36928 (3x3 convs 32,32,64,64) + 3136*256+256 = 803072 + 2570.
        QTest::newRow("vgg_small") << QStringLiteral("vgg_small") << qint64(870634)
                                   << QStringList{"conv1", "conv2", "conv3", "conv4", "fc1", "fc2"};
    }

    void parameterCounts() {
        QFETCH(QString, model);
        QFETCH(qint64, count);
        QFETCH(QStringList, layers);
        const Network net = Network::create(model, InputShape{}, 1);
        QCOMPARE(net.parameterCount(), count);
        QStringList names;
        std::int64_t sum = 0;
        for (const LayerInfo& layer : net.layers()) {
            names << QString::fromStdString(layer.name);
            sum += layer.weights + layer.biases;
            const std::int64_t product = std::accumulate(layer.weightShape.begin(), layer.weightShape.end(),
                                                         std::int64_t(1), std::multiplies<>());
            QCOMPARE(product, layer.weights);
            QCOMPARE(net.parameter(layer.name + ".weight").size(), std::size_t(layer.weights));
        }
        QCOMPARE(names, layers);
        QCOMPARE(sum, count);
        QCOMPARE(net.flatParameters().size(), std::size_t(count));
    }

    void outputShapes_data() {
        QTest::addColumn<QString>("model");
        QTest::newRow("lenet5") << QStringLiteral("lenet5");
        QTest::newRow("lenet300") << QStringLiteral("lenet300");
        QTest::newRow("vgg_small") << QStringLiteral("vgg_small");
    }

    void outputShapes() {
        QFETCH(QString, model);
        const Network net = Network::create(model, InputShape{1, 28, 28, 7}, 3);
        const std::vector<float> logits = net.forward(std::vector<float>(3 * 28 * 28, 0.5f), 3);
        QCOMPARE(logits.size(), std::size_t(3 * 7));
        // Identical inputs give identical rows.
        for (int c = 0; c < 7; ++c)
            QCOMPARE(logits[std::size_t(c)], logits[std::size_t(14 + c)]);
    }

    void lenet5ShapesOfLayers() {
        const Network net = Network::create(QStringLiteral("lenet5"), InputShape{}, 1);
        const auto layers = net.layers();
        QCOMPARE(layers[0].weightShape, (std::vector<std::int64_t>{6, 1, 5, 5}));
        QCOMPARE(layers[1].weightShape, (std::vector<std::int64_t>{16, 6, 5, 5}));
        QCOMPARE(layers[2].weightShape, (std::vector<std::int64_t>{120, 400}));
        QCOMPARE(layers[4].weightShape, (std::vector<std::int64_t>{10, 84}));
        QCOMPARE(layers[0].type, std::string("conv2d"));
        QCOMPARE(layers[2].type, std::string("linear"));
    }

    void seededAndSettable() {
        Network a = Network::create(QStringLiteral("lenet5"), InputShape{}, 42);
        const Network b = Network::create(QStringLiteral("lenet5"), InputShape{}, 42);
        const Network c = Network::create(QStringLiteral("lenet5"), InputShape{}, 43);
        QCOMPARE(a.flatParameters(), b.flatParameters());
        QVERIFY(a.flatParameters() != c.flatParameters());
        // fc3 with zero weights and bias (0, 1, ..., 9): the logits are the bias whatever the input.
        a.setParameter("fc3.weight", std::vector<float>(840, 0.0f));
        std::vector<float> bias(10);
        std::iota(bias.begin(), bias.end(), 0.0f);
        a.setParameter("fc3.bias", bias);
        QCOMPARE(a.forward(std::vector<float>(784, 0.3f), 1), bias);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, a.setParameter("fc3.bias", {1.0f}));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, a.parameter("fc9.weight"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 Network::create(QStringLiteral("resnet"), InputShape{}, 1));
    }

    void saveAndLoad() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.pt"));
        const Network a = Network::create(QStringLiteral("lenet300"), InputShape{}, 5);
        a.save(path);
        Network b = Network::create(QStringLiteral("lenet300"), InputShape{}, 6);
        QVERIFY(a.flatParameters() != b.flatParameters());
        b.load(path);
        QCOMPARE(a.flatParameters(), b.flatParameters());
        Network other = Network::create(QStringLiteral("lenet5"), InputShape{}, 6);
        try {
            other.load(path);
            QFAIL("no error");
        } catch (const std::runtime_error& e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestNetworks)
#include "tst_networks.moc"
