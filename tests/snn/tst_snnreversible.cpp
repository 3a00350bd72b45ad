// The reversible node: its inverse, the recomputing backwards against plain autograd, surrogate shapes.

#include "compute/engine/ImageDataset.h"
#include "compute/snn/SnnChecks.h"

#include <QFileInfo>

#include <QTest>

#include <cmath>

using namespace kcat::snn;

class TestSnnReversible : public QObject {
    Q_OBJECT

    static QString fashionMnist() {
        const QString dir = kcat::engine::ImageDatasetLoader::fashionMnistDir();
        if (!QFileInfo::exists(kcat::engine::ImageDatasetLoader::splitFile(dir, false, true)))
            QTest::qFail(qPrintable(QStringLiteral("Fashion-MNIST test images not found in %1").arg(dir)),
                         __FILE__, __LINE__);
        return dir;
    }

private Q_SLOTS:
    void stepInverseReconstructsPotentials() {
        // The step is exact fixed-point arithmetic: its inverse gives back potentials and buffers bit for
        // bit, for a decay that is a fraction (0.9 = 9/10, 0.5 = 1/2) and for no decay.
        for (double beta : {0.5, 0.9, 1.0}) {
            const StepInverseCheck c = checkStepInverse(8, 6, beta, 1.0, 7);
            QVERIFY(c.spikes > 10);
            QVERIFY(c.resetsUndone > 10); // resets happened, so the inverse had to undo them
            QCOMPARE(c.potentialError, 0.0);
            QCOMPARE(c.bufferError, 0.0);
        }
    }

    void networkInverseReconstructsInputsAndPotentials() {
        // Random images, T = 4 and 32 steps walked back from the final states alone.
        for (int t : {4, 32}) {
            const NetworkInverseCheck c = checkNetworkInverse(4, 8, t, 0.9, 1.0, 11);
            QVERIFY(c.spikes > 50);
            QCOMPARE(c.spikeMismatches, std::int64_t(0));
            QVERIFY2(c.currentError <= 1e-5, qPrintable(QString::number(c.currentError)));
            QVERIFY2(c.potentialError <= 1e-5, qPrintable(QString::number(c.potentialError)));
            QCOMPARE(c.finalResidue, 0.0);
            qInfo("random, T = %d: potential error %.3g, current error %.3g (max |V| %.3g)", t,
                  c.potentialError, c.currentError, c.maxPotential);
        }
    }

    void realImagesInverse_data() {
        QTest::addColumn<int>("timesteps");
        QTest::newRow("T=16") << 16;
        QTest::newRow("T=32") << 32;
    }
    void realImagesInverse() {
        // The first 16 Fashion-MNIST test images through the initialised width-8 network of the runs.
        QFETCH(int, timesteps);
        const QString dir = fashionMnist();
        const NetworkInverseCheck c = checkNetworkInverse(8, 28, timesteps, 0.9, 1.0, 1, dir, 16);
        QVERIFY(c.spikes > 10000);
        QCOMPARE(c.spikeMismatches, std::int64_t(0));
        QVERIFY2(c.currentError <= 1e-5, qPrintable(QString::number(c.currentError)));
        QVERIFY2(c.potentialError <= 1e-5, qPrintable(QString::number(c.potentialError)));
        QCOMPARE(c.finalResidue, 0.0);
        qInfo("Fashion-MNIST, T = %d: potential error %.3g, current error %.3g, %lld spikes (max |V| %.3g)",
              timesteps, c.potentialError, c.currentError, static_cast<long long>(c.spikes), c.maxPotential);
    }

    void realImagesGradients_data() {
        QTest::addColumn<int>("timesteps");
        QTest::newRow("T=16") << 16;
        QTest::newRow("T=32") << 32;
    }
    void realImagesGradients() {
        // 8 Fashion-MNIST test images and their labels: naive and streamlined gradients against autograd
        // through the same reversible network, same weights.
        QFETCH(int, timesteps);
        const QString dir = fashionMnist();
        const GradientCheck c = checkGradients(8, 28, 8, timesteps, 0.9, 1.0, QStringLiteral("fast_sigmoid"),
                                               QStringLiteral("direct"), 1, dir);
        QVERIFY(c.maxGradient > 1e-3);
        QVERIFY2(c.reconstructionError <= 1e-5, qPrintable(QString::number(c.reconstructionError)));
        QVERIFY2(std::abs(c.lossAutograd - c.lossReversible) <= 1e-5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(c.lossAutograd).arg(c.lossReversible)));
        QVERIFY2(c.naiveError <= 1e-4, qPrintable(QString::number(c.naiveError)));
        QVERIFY2(c.streamlinedError <= 1e-4, qPrintable(QString::number(c.streamlinedError)));
        qInfo("Fashion-MNIST, T = %d: max |grad| %.4g, naive error %.3g, streamlined error %.3g, "
              "reconstruction error %.3g",
              timesteps, c.maxGradient, c.naiveError, c.streamlinedError, c.reconstructionError);
    }

    void recomputingBackwardEqualsAutograd_data() {
        QTest::addColumn<QString>("surrogate");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("fast_sigmoid direct") << QStringLiteral("fast_sigmoid") << QStringLiteral("direct");
        QTest::newRow("arctan poisson") << QStringLiteral("arctan") << QStringLiteral("poisson");
    }
    void recomputingBackwardEqualsAutograd() {
        QFETCH(QString, surrogate);
        QFETCH(QString, encoding);
        const GradientCheck c = checkGradients(4, 8, 5, 6, 0.9, 1.0, surrogate, encoding, 3);
        QVERIFY(c.maxGradient > 1e-3); // the gradients are not trivially zero
        QVERIFY2(std::abs(c.lossAutograd - c.lossReversible) <= 1e-5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(c.lossAutograd).arg(c.lossReversible)));
        QVERIFY2(c.naiveError <= 1e-4, qPrintable(QString::number(c.naiveError)));
        QVERIFY2(c.streamlinedError <= 1e-4, qPrintable(QString::number(c.streamlinedError)));
        // The streamlined backward skips the second forward of every step, so it does fewer FLOPs.
        QVERIFY(c.streamlinedFlops < c.naiveFlops);
        qInfo("max |grad| %.4g, naive error %.3g, streamlined error %.3g, FLOPs %.4g vs %.4g", c.maxGradient,
              c.naiveError, c.streamlinedError, c.naiveFlops, c.streamlinedFlops);
    }

    void decayFractionAndBufferBound() {
        // 0.9 = 9/10; the buffer's worst case B_k = floor(B_{k-1} / 9) * 10 + 9: 9, 19, 29 (by hand).
        const DecayFraction f = decayFraction(0.9);
        QCOMPARE(f.n, std::int64_t(9));
        QCOMPARE(f.d, std::int64_t(10));
        QCOMPARE(decayFraction(0.5).n * 2, decayFraction(0.5).d);
        QCOMPARE(reversibleBufferBound(0.9, 1), 9.0);
        QCOMPARE(reversibleBufferBound(0.9, 2), 19.0);
        QCOMPARE(reversibleBufferBound(0.9, 3), 29.0);
        QCOMPARE(reversibleBufferBound(1.0, 100), 0.0); // no decay, nothing discarded
        // A T whose buffer would overflow 32 bits is refused, naming the parameter.
        SnnConfig c;
        c.node = QStringLiteral("reversible");
        c.timesteps = 166;
        c.validate();
        c.timesteps = 400;
        try {
            c.validate();
            QFAIL("timesteps=400 accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("timesteps")), e.what());
        }
    }

    void surrogateGradientShapes() {
        const std::vector<double> xs{-1.0, -0.3, -0.1, 0.0, 0.1, 0.5};
        // Fast sigmoid, slope 10: 1 / (1 + 10|x|)^2.
        const SurrogateCheck fast = checkSurrogate(QStringLiteral("fast_sigmoid"), xs);
        const std::vector<double> fastExpected{1.0 / 121, 1.0 / 16, 0.25, 1.0, 0.25, 1.0 / 36};
        // Arctan, alpha 2: 1 / (1 + (pi x)^2).
        const SurrogateCheck atan = checkSurrogate(QStringLiteral("arctan"), xs);
        const std::vector<double> atanExpected{0.0919997, 0.5295869, 0.9101698, 1.0, 0.9101698, 0.2884004};
        const std::vector<double> spikes{0, 0, 0, 1, 1, 1};
        for (std::size_t i = 0; i < xs.size(); ++i) {
            QCOMPARE(fast.values[i], spikes[i]);
            QCOMPARE(atan.values[i], spikes[i]);
            QVERIFY2(std::abs(fast.gradients[i] - fastExpected[i]) < 1e-9, qPrintable(QString::number(i)));
            QVERIFY2(std::abs(atan.gradients[i] - atanExpected[i]) < 1e-6, qPrintable(QString::number(i)));
        }
        QCOMPARE(fast.gradientShape, (std::vector<std::int64_t>{2, 3, 6}));
        QCOMPARE(atan.gradientShape, (std::vector<std::int64_t>{2, 3, 6}));
    }
};

QTEST_APPLESS_MAIN(TestSnnReversible)
#include "tst_snnreversible.moc"
