// Length distributions: files (lengths and histograms) with line-numbered errors, token-budget batches, and
// the shapes of the built-in distributions.

#include "compute/balance/BalanceError.h"
#include "compute/balance/LengthDistribution.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace kcat::balance;

namespace {

QString errorOf(const QString& text) {
    try {
        LengthDistribution::fromText(text, QStringLiteral("lengths.tsv"));
    } catch (const BalanceError& e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestBalanceDistribution : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void histogramFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.tsv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# length\tcount\n100\t3\n\n300\t1\n100\n");
        f.close();
        const LengthDistribution d = LengthDistribution::fromFile(path);
        QCOMPARE(d.maxLength(), 300);
        // 4 × 100 and 1 × 300: mean 140 exactly.
        QCOMPARE(d.meanLength(), 140.0);
        std::mt19937_64 rng(3);
        int count300 = 0;
        for (int i = 0; i < 20000; ++i) {
            const int s = d.sample(rng);
            QVERIFY(s == 100 || s == 300);
            count300 += s == 300;
        }
        QVERIFY2(std::abs(count300 / 20000.0 - 0.2) < 0.015, qPrintable(QString::number(count300)));
    }

    void fileErrorsNameTheLine_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a number") << "100\n200\nabc\n"
                                      << "lengths.tsv:3: expected a positive whole number";
        QTest::newRow("zero length") << "# c\n0\t5\n"
                                     << "lengths.tsv:2: expected a positive whole number";
        QTest::newRow("bad count") << "100\t-1\n"
                                   << "lengths.tsv:1: expected a count";
        QTest::newRow("three fields") << "100\n100\t2\t3\n"
                                      << "lengths.tsv:2: expected a length or";
        QTest::newRow("empty") << "# nothing\n\n"
                               << "lengths.tsv: no sequence lengths found";
        QTest::newRow("only zero counts") << "100\t0\n"
                                          << "lengths.tsv: no sequence lengths found";
    }

    void fileErrorsNameTheLine() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString message = errorOf(text);
        QVERIFY2(message.startsWith(expected), qPrintable(message));
    }

    void missingFile() {
        QVERIFY_THROWS_EXCEPTION(BalanceError,
                                 LengthDistribution::fromFile(QStringLiteral("/nonexistent/x.tsv")));
    }

    void batchMeetsTokenBudgetExactly() {
        const LengthDistribution d = LengthDistribution::builtin(QStringLiteral("webtext"));
        std::mt19937_64 rng(11);
        for (qint64 budget : {qint64(50000), qint64(1) << 20}) {
            const std::vector<int> batch = d.sampleBatch(budget, rng);
            const qint64 total = std::accumulate(batch.begin(), batch.end(), qint64(0));
            // Exactly the budget, unless the last cut piece would have been shorter than 16 tokens.
            QVERIFY(total <= budget && total > budget - 16);
            for (int s : batch)
                QVERIFY(s >= 1 && s <= d.maxLength());
        }
        std::mt19937_64 a(5), b(5);
        QCOMPARE(d.sampleBatch(100000, a), d.sampleBatch(100000, b));
    }

    void builtinShapes() {
        // webtext: median 700 (lognormal), cap 32768; bert512: 15% exactly 512.
        const LengthDistribution web = LengthDistribution::builtin(QStringLiteral("webtext"));
        std::mt19937_64 rng(1);
        std::vector<int> xs(100000);
        for (int& x : xs)
            x = web.sample(rng);
        std::nth_element(xs.begin(), xs.begin() + 50000, xs.end());
        QVERIFY2(std::abs(xs[50000] / 700.0 - 1) < 0.03, qPrintable(QString::number(xs[50000])));
        QCOMPARE(*std::max_element(xs.begin(), xs.end()), 32768);

        const LengthDistribution bert = LengthDistribution::builtin(QStringLiteral("bert512"));
        int at512 = 0;
        for (int i = 0; i < 100000; ++i) {
            const int s = bert.sample(rng);
            QVERIFY(s >= 16 && s <= 512);
            at512 += s == 512;
        }
        QVERIFY2(std::abs(at512 / 100000.0 - 0.15) < 0.01, qPrintable(QString::number(at512)));
        QCOMPARE(LengthDistribution::builtin(QStringLiteral("code")).maxLength(), 32768);
        QVERIFY_THROWS_EXCEPTION(BalanceError, LengthDistribution::builtin(QStringLiteral("books")));
        QVERIFY_THROWS_EXCEPTION(BalanceError, LengthDistribution::lognormal(-1, 1, 100));
    }
};

QTEST_GUILESS_MAIN(TestBalanceDistribution)
#include "tst_balance_distribution.moc"
