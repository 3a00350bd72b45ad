// The reversible node: its inverse, the recomputing backwards against plain autograd, surrogate shapes.

#include "compute/snn/SnnChecks.h"

#include <QTest>

#include <cmath>

using namespace kcat::snn;

class TestSnnReversible : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stepInverseReconstructsPotentials() {
        for (double beta : {0.5, 0.9, 1.0}) {
            const StepInverseCheck c = checkStepInverse(8, 6, beta, 1.0, 7);
            QVERIFY(c.spikes > 10); // resets happened, so the inverse had to undo them
            QVERIFY2(c.potentialError <= 1e-5, qPrintable(QString::number(c.potentialError)));
        }
    }

    void networkInverseReconstructsInputsAndPotentials() {
        // T = 4 steps walked back from the final potentials alone: inputs and potentials to 1e-5.
        const NetworkInverseCheck c = checkNetworkInverse(4, 8, 4, 0.9, 1.0, 11);
        QVERIFY(c.spikes > 50);
        QCOMPARE(c.spikeMismatches, std::int64_t(0));
        QVERIFY2(c.currentError <= 1e-5, qPrintable(QString::number(c.currentError)));
        QVERIFY2(c.potentialError <= 1e-5, qPrintable(QString::number(c.potentialError)));
        // T = 32: the inverse divides by beta, so rounding errors grow by 1/beta per step walked back
        // (0.9^-32 = 29); relative to the potentials' scale they stay below 1e-5 x 29.
        const NetworkInverseCheck l = checkNetworkInverse(4, 8, 32, 0.9, 1.0, 11);
        QCOMPARE(l.spikeMismatches, std::int64_t(0));
        QVERIFY2(l.potentialError <= 1e-5 * std::pow(0.9, -32) * l.maxPotential,
                 qPrintable(QStringLiteral("%1 at scale %2").arg(l.potentialError).arg(l.maxPotential)));
        qInfo("T = 4: potential error %.3g, current error %.3g; T = 32: potential error %.3g (max |V| %.3g)",
              c.potentialError, c.currentError, l.potentialError, l.maxPotential);
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
