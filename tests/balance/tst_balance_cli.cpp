// `kcat balance simulate` end to end: JSON with the final metrics, and bad input refused with exit code 2
// and a message naming the file and line.

#include "../cli/CliRunner.h"

#include <QFile>

class TestBalanceCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void simulatePrintsFinalMetrics() {
        const CliResult r =
            runKcat({QStringLiteral("balance"), QStringLiteral("simulate"), QStringLiteral("--gpus"),
                     QStringLiteral("8"), QStringLiteral("--tokens"), QStringLiteral("65536"),
                     QStringLiteral("--iterations"), QStringLiteral("2"), QStringLiteral("--distribution"),
                     QStringLiteral("bert512"), QStringLiteral("--preset"), QStringLiteral("bert-large-v100"),
                     QStringLiteral("--per-iteration")},
                    m_home.path());
        QCOMPARE(r.exitCode, 0);
        const auto j = r.json();
        for (const char* key : {"iteration_seconds", "speedup_vs_greedy_packing", "imbalance_max_over_mean",
                                "packing_efficiency", "planner_ms_per_iteration"})
            QVERIFY2(j.at(key).get<double>() > 0, key);
        QCOMPARE(j.at("per_iteration").size(), size_t(2));
        QCOMPARE(j.at("distribution").at("max_length").get<int>(), 512);
    }

    void badLengthsFileIsRefused() {
        const QString path = m_home.filePath(QStringLiteral("lengths.tsv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("120\t4\n300\tmany\n");
        f.close();
        const CliResult r =
            runKcat({QStringLiteral("balance"), QStringLiteral("simulate"), QStringLiteral("--lengths"), path,
                     QStringLiteral("--iterations"), QStringLiteral("1")},
                    m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("lengths.tsv:2: expected a count"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void unknownPresetIsRefused() {
        const CliResult r = runKcat({QStringLiteral("balance"), QStringLiteral("simulate"),
                                     QStringLiteral("--preset"), QStringLiteral("gpt9")},
                                    m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown cost preset 'gpt9'"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestBalanceCli)
#include "tst_balance_cli.moc"
