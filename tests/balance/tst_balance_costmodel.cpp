// Cost model: hand-computed coefficients and memory bounds of a preset, and the least-squares fit recovering
// known a, b, c from synthetic timings.

#include "compute/balance/BalanceError.h"
#include "compute/balance/CostModel.h"
#include "compute/balance/TimingFile.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace kcat::balance;

class TestBalanceCostModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void presetCoefficientsByHand() {
        const CostModel model(CostModel::preset(QStringLiteral("llama7b-a100")));
        // One GPU, whole model: a = 32·12·4096 / (312e12·0.5), b = 32·72·4096² / (312e12·0.5), c = 32·1.5e-4.
        QVERIFY(std::abs(model.base().a - 32.0 * 12 * 4096 / 156e12) < 1e-20);
        QVERIFY(std::abs(model.base().b - 32.0 * 72 * 4096.0 * 4096 / 156e12) < 1e-15);
        QVERIFY(std::abs(model.base().c - 4.8e-3) < 1e-12);
        // tp2-pp1-cp1: states 16·6.7e9/2 = 53.6e9 bytes, activations 32·34·4096/2 = 2,228,224 bytes per
        // token, free 0.9·80e9 − 53.6e9 = 18.4e9 → 8257 tokens.
        const StrategyProfile p = model.profile({2, 1, 1});
        QCOMPARE(p.activationBytesPerToken, 2228224.0);
        QCOMPARE(p.maxSequenceLength, 8257);
        // a scales by 1/(tp·pp·cp) and the 3% GEMM slowdown per extra TP degree.
        QVERIFY(std::abs(p.cost.a - model.base().a / 2 * 1.03) < 1e-22);
        // The unsplit model does not fit one 80 GB GPU (107 GB of states).
        QCOMPARE(model.profile({1, 1, 1}).maxSequenceLength, 0);
    }

    void memoryBoundGrowsWithSplitting() {
        const CostModel model(CostModel::preset(QStringLiteral("llama7b-a100")));
        QVERIFY(model.profile({4, 1, 1}).maxSequenceLength > model.profile({2, 1, 1}).maxSequenceLength);
        QVERIFY(model.profile({2, 1, 2}).maxSequenceLength > model.profile({2, 1, 1}).maxSequenceLength);
        QVERIFY(model.profile({2, 2, 1}).maxSequenceLength > model.profile({2, 1, 1}).maxSequenceLength);
        for (const StrategyProfile& p : model.feasibleProfiles(64)) {
            QVERIFY(p.maxSequenceLength > 0);
            QVERIFY(p.strategy.gpus() <= 64);
            QVERIFY(p.strategy.tp * p.strategy.cp <= 8);
        }
    }

    void unknownPreset() {
        QVERIFY_THROWS_EXCEPTION(BalanceError, CostModel::preset(QStringLiteral("gpt5")));
    }

    void fitRecoversExactCoefficients() {
        const CostCoefficients truth{3.0e-9, 2.5e-5, 4.0e-3};
        std::vector<TimingSample> samples;
        for (int s : {128, 256, 512, 1024, 2048, 4096, 8192})
            for (int k : {1, 2, 3}) {
                TimingSample t;
                t.lengths.assign(size_t(k), s / k);
                for (int len : t.lengths)
                    t.seconds += truth.sequence(len);
                t.seconds += truth.c;
                samples.push_back(t);
            }
        const CoefficientFit fit = fitCoefficients(samples);
        QVERIFY(std::abs(fit.coefficients.a / truth.a - 1) < 1e-6);
        QVERIFY(std::abs(fit.coefficients.b / truth.b - 1) < 1e-6);
        QVERIFY(std::abs(fit.coefficients.c / truth.c - 1) < 1e-6);
        QVERIFY(fit.rSquared > 1 - 1e-12);
    }

    void fitRecoversCoefficientsUnderNoise() {
        // 2% multiplicative timing noise, fixed seed, 200 single-sequence timings: within 5% of the truth.
        const CostCoefficients truth{1.0e-8, 2.5e-4, 5.0e-3};
        std::mt19937_64 rng(7);
        std::normal_distribution<double> noise(1.0, 0.02);
        std::uniform_int_distribution<int> len(64, 16384);
        std::vector<TimingSample> samples;
        for (int i = 0; i < 200; ++i) {
            TimingSample t;
            t.lengths = {len(rng)};
            t.seconds = (truth.sequence(t.lengths[0]) + truth.c) * noise(rng);
            samples.push_back(t);
        }
        const CoefficientFit fit = fitCoefficients(samples);
        QVERIFY2(std::abs(fit.coefficients.a / truth.a - 1) < 0.05,
                 qPrintable(QString::number(fit.coefficients.a)));
        QVERIFY2(std::abs(fit.coefficients.b / truth.b - 1) < 0.05,
                 qPrintable(QString::number(fit.coefficients.b)));
        // c is tiny against the sequence terms; it is only determined to within the noise of short timings.
        QVERIFY2(std::abs(fit.coefficients.c - truth.c) < 0.02,
                 qPrintable(QString::number(fit.coefficients.c)));
        QVERIFY(fit.rSquared > 0.99);
    }

    void fitRefusesDegenerateTimings() {
        QVERIFY_THROWS_EXCEPTION(BalanceError, fitCoefficients({{{100}, 1.0}, {{200}, 2.0}}));
        // One length only: s and s² columns are proportional to the constant.
        QVERIFY_THROWS_EXCEPTION(BalanceError, fitCoefficients({{{100}, 1.0}, {{100}, 1.1}, {{100}, 0.9}}));
    }

    void timingFile() {
        const auto samples = parseTimings(QStringLiteral("# lengths\tseconds\n100,200\t0.5\n\n300\t0.25\n"),
                                          QStringLiteral("t.tsv"));
        QCOMPARE(samples.size(), size_t(2));
        QCOMPARE(samples[0].lengths, (std::vector<int>{100, 200}));
        QCOMPARE(samples[1].seconds, 0.25);
        for (const auto& [text, expected] : std::vector<std::pair<QString, QString>>{
                 {"100\t0.5\n100,x\t1\n", "t.tsv:2: expected positive whole"},
                 {"100\n", "t.tsv:1: expected 'len1,len2"},
                 {"100\t-3\n", "t.tsv:1: expected seconds"}}) {
            try {
                parseTimings(text, QStringLiteral("t.tsv"));
                QFAIL(qPrintable(text));
            } catch (const BalanceError& e) {
                QVERIFY2(e.message().startsWith(expected), qPrintable(e.message()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBalanceCostModel)
#include "tst_balance_costmodel.moc"
