// `kcat crowd simulate --project …` end to end on a fresh workspace (the demo project is built when missing),
// then `kcat team export-final`, and bad input (exit 2, nothing on stdout).

#include "../cli/CliRunner.h"

#include <QDir>

class TestTeamCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void simulatesIntoTheDemoProject() {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("w.kcat"));
        const QString demo = QStringLiteral("Demo: WordNet glosses");
        const CliResult r =
            runKcat({QStringLiteral("crowd"), QStringLiteral("simulate"), QStringLiteral("--workspace"), path,
                     QStringLiteral("--project"), demo, QStringLiteral("--annotators"), QStringLiteral("4"),
                     QStringLiteral("--accuracy"), QStringLiteral("0.9,0.8,0.7,0.6"),
                     QStringLiteral("--overlap"), QStringLiteral("2"), QStringLiteral("--gold-documents"),
                     QStringLiteral("3"), QStringLiteral("--blind")},
                    home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto j = r.json();
        QCOMPARE(j["annotators"].get<int>(), 4);
        QCOMPARE(j["simulated"].get<bool>(), true);
        QCOMPARE(j["documents"].get<int>(), 200);
        QCOMPARE(j["assignments"].get<int>(), 3 * 4 + 197 * 2);
        QCOMPARE(j["blind"].get<bool>(), true);
        QVERIFY(j["labels"].get<int>() > 400);
        QCOMPARE(j["costs"].get<int>(), j["labels"].get<int>());

        // Nothing adjudicated yet: the final layer exports every mention untyped.
        const QString out = home.filePath(QStringLiteral("final"));
        const CliResult e =
            runKcat({QStringLiteral("team"), QStringLiteral("export-final"), QStringLiteral("--workspace"),
                     path, QStringLiteral("--project"), demo, QStringLiteral("--format"),
                     QStringLiteral("jsonl"), QStringLiteral("--output"), out},
                    home.path());
        QVERIFY2(e.exitCode == 0, e.err.constData());
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{QStringLiteral("documents.jsonl")});

        const CliResult bad =
            runKcat({QStringLiteral("crowd"), QStringLiteral("simulate"), QStringLiteral("--workspace"), path,
                     QStringLiteral("--project"), QStringLiteral("nope"), QStringLiteral("--annotators"),
                     QStringLiteral("3"), QStringLiteral("--accuracy"), QStringLiteral("0.8")},
                    home.path());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("no project named 'nope'"), bad.err.constData());
        QVERIFY(bad.out.isEmpty());
        const CliResult format =
            runKcat({QStringLiteral("team"), QStringLiteral("export-final"), QStringLiteral("--workspace"),
                     path, QStringLiteral("--project"), demo, QStringLiteral("--format"),
                     QStringLiteral("pdf"), QStringLiteral("--output"), out},
                    home.path());
        QCOMPARE(format.exitCode, 2);
        QVERIFY(format.err.contains("--format: expected kcat, jsonl, brat or text, got 'pdf'"));
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_team_cli.moc"
