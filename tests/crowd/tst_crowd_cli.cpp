// End-to-end: `kcat agree`, `kcat aggregate` and `kcat crowd simulate`, including every bad-input case.

#include "../cli/CliRunner.h"
#include "CrowdTestData.h"

#include <QTest>

namespace {

QStringList args(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

class TestCrowdCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_home;

    QString file(const QString& name, const QByteArray& text) { return writeText(m_dir, name, text); }
    CliResult kcat(const QStringList& a) { return runKcat(a, m_home); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_home = m_dir.filePath(QStringLiteral("home"));
    }

    void agreeKnownAnswers() {
        const QString kripp = file(QStringLiteral("kripp.tsv"), krippendorffExampleTsv());
        CliResult r = kcat({QStringLiteral("agree"), QStringLiteral("--input"), kripp,
                            QStringLiteral("--metric"), QStringLiteral("krippendorff")});
        QCOMPARE(r.exitCode, 0);
        nlohmann::json j = r.json();
        QCOMPARE(j["metric"].get<std::string>(), std::string("krippendorff"));
        QCOMPARE(j["distance"].get<std::string>(), std::string("nominal"));
        QVERIFY(std::abs(j["value"].get<double>() - 0.743) < 5e-4);
        QCOMPARE(j["items"].get<int>(), 11);
        QCOMPARE(j["annotators"].get<int>(), 4);

        const QString fleiss = file(QStringLiteral("fleiss.tsv"), fleissExampleTsv());
        r = kcat({QStringLiteral("agree"), QStringLiteral("--input"), fleiss, QStringLiteral("--metric"),
                  QStringLiteral("fleiss")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(std::abs(r.json()["value"].get<double>() - 0.210) < 5e-4);

        const QString cohen = file(QStringLiteral("cohen.tsv"), cohenExampleTsv());
        r = kcat({QStringLiteral("agree"), QStringLiteral("--input"), cohen, QStringLiteral("--metric"),
                  QStringLiteral("cohen"), QStringLiteral("--by"), QStringLiteral("label,time"),
                  QStringLiteral("--windows"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        j = r.json();
        QVERIFY(std::abs(j["value"].get<double>() - 0.4) < 1e-12);
        QVERIFY(std::abs(j["matrix"][0][1].get<double>() - 0.4) < 1e-12);
        QCOMPARE(j["shared_items"][0][1].get<int>(), 50);
        QCOMPARE(j["by_label"].size(), size_t(2));
        QCOMPARE(j["over_time"]["order"].get<std::string>(), std::string("item order"));
        QCOMPARE(j["over_time"]["windows"].size(), size_t(5));
    }

    void agreeOnLabelSets() {
        const QString sets =
            file(QStringLiteral("sets.tsv"), "d1:1\tA\ta\nd1:1\tB\ta\nd1:1\tB\tb\nd1:2\tA\tc\nd1:2\tB\tc\n");
        const CliResult r =
            kcat({QStringLiteral("agree"), QStringLiteral("--input"), sets, QStringLiteral("--metric"),
                  QStringLiteral("percent"), QStringLiteral("--distance"), QStringLiteral("jaccard"),
                  QStringLiteral("--by"), QStringLiteral("document")});
        QCOMPARE(r.exitCode, 0);
        const nlohmann::json j = r.json();
        QVERIFY(std::abs(j["value"].get<double>() - 0.75) < 1e-12);
        QCOMPARE(j["multilabel"].get<bool>(), true);
        QCOMPARE(j["by_document"][0]["document"].get<std::string>(), std::string("d1"));
    }

    void simulateThenAggregate() {
        QByteArray goldText;
        const char* classes[] = {"/person/artist", "/person/athlete", "/location/city", "/organization"};
        for (int i = 0; i < 400; ++i)
            goldText += QStringLiteral("doc%1:%2\t%3\n")
                            .arg(i / 10)
                            .arg(i % 10)
                            .arg(QLatin1String(classes[(i * 3 + i / 7) % 4]))
                            .toUtf8();
        const QString gold = file(QStringLiteral("gold.tsv"), goldText);
        CliResult sim =
            kcat({QStringLiteral("crowd"), QStringLiteral("simulate"), QStringLiteral("--gold"), gold,
                  QStringLiteral("--annotators"), QStringLiteral("7"), QStringLiteral("--accuracy"),
                  QStringLiteral("0.7"), QStringLiteral("--spammers"), QStringLiteral("4"),
                  QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(sim.exitCode, 0);
        QVERIFY(sim.out.startsWith("# simulated crowd labels (not real annotations): "));
        QVERIFY(sim.out.contains("spammers=[sim4,sim5,sim6,sim7]"));
        QCOMPARE(int(sim.out.count('\n')), 1 + 400 * 7);
        const CliResult again =
            kcat({QStringLiteral("crowd"), QStringLiteral("simulate"), QStringLiteral("--gold"), gold,
                  QStringLiteral("--annotators"), QStringLiteral("7"), QStringLiteral("--accuracy"),
                  QStringLiteral("0.7"), QStringLiteral("--spammers"), QStringLiteral("4"),
                  QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(again.out, sim.out);
        const QString labels = file(QStringLiteral("sim.tsv"), sim.out);

        std::map<std::string, double> goldAccuracy;
        for (const char* method : {"mv", "ds", "onecoin", "glad", "mace"}) {
            const CliResult r = kcat({QStringLiteral("aggregate"), QStringLiteral("--input"), labels,
                                      QStringLiteral("--method"), QString::fromLatin1(method),
                                      QStringLiteral("--gold"), gold});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(!r.out.contains("nan") && !r.out.contains("NaN"));
            const nlohmann::json j = r.json();
            QCOMPARE(j["method"].get<std::string>(), std::string(method));
            QCOMPARE(j["labels"].size(), size_t(400));
            QCOMPARE(j["posteriors"].size(), size_t(400));
            QCOMPARE(j["skills"].size(), size_t(7));
            QCOMPARE(j["gold"]["items"].get<int>(), 400);
            QCOMPARE(j["skills"]["sim1"]["gold_items"].get<int>(), 400);
            QCOMPARE(j["skills"]["sim1"]["confusion"].size(), size_t(4));
            goldAccuracy[method] = j["gold"]["accuracy"].get<double>();
            double sum = 0;
            for (const auto& [label, p] : j["posteriors"]["doc0:0"].items())
                sum += p.get<double>();
            QVERIFY(std::abs(sum - 1.0) < 1e-4);
        }
        qInfo("gold accuracy: mv %.3f ds %.3f onecoin %.3f glad %.3f mace %.3f", goldAccuracy["mv"],
              goldAccuracy["ds"], goldAccuracy["onecoin"], goldAccuracy["glad"], goldAccuracy["mace"]);
        QVERIFY(goldAccuracy["ds"] > goldAccuracy["mv"] + 0.05);
    }

    void aggregateLabelSets() {
        const QString sets =
            file(QStringLiteral("multi.tsv"), "m1\ta\t/person/artist\nm1\ta\t/person\nm1\tb\t/person/artist\n"
                                              "m1\tc\t/location\nm2\ta\t/location\nm2\tb\t/location\n");
        const QString parents = file(QStringLiteral("parents.tsv"), "/person/artist\t/person\n");
        const CliResult r = kcat({QStringLiteral("aggregate"), QStringLiteral("--input"), sets,
                                  QStringLiteral("--method"), QStringLiteral("mv"),
                                  QStringLiteral("--multilabel"), QStringLiteral("--parents"), parents});
        QCOMPARE(r.exitCode, 0);
        const nlohmann::json j = r.json();
        QVERIFY(j["labels"]["m1"] == nlohmann::json::array({"/person", "/person/artist"}));
        QVERIFY(j["labels"]["m2"] == nlohmann::json::array({"/location"}));
        QCOMPARE(j["closed_under_ancestors"].get<bool>(), true);
        QVERIFY(j["skills"]["a"].contains("per_label"));
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QByteArray ok = "i1\tA\tx\ni1\tB\tx\ni2\tA\ty\ni2\tB\tx\n";
        QTest::newRow("wrong column count")
            << args({"agree", "--input", "@"}) << QByteArray("i1\tA\tx\ni2\tA\n")
            << QStringLiteral("@:2: expected 3 or 4 tab-separated columns");
        QTest::newRow("empty file") << args({"agree", "--input", "@"}) << QByteArray()
                                    << QStringLiteral("@: the file is empty");
        QTest::newRow("annotator without labels")
            << args({"aggregate", "--input", "@"}) << QByteArray("i1\tA\tx\ni1\tB\t\n")
            << QStringLiteral("@: annotator 'B' has no labels");
        QTest::newRow("single annotator")
            << args({"agree", "--input", "@", "--metric", "cohen"}) << QByteArray("i1\tA\tx\ni2\tA\ty\n")
            << QStringLiteral("@: agreement needs at least two annotators; the file has only one ('A')");
        QTest::newRow("no shared item")
            << args({"agree", "--input", "@"}) << QByteArray("i1\tA\tx\ni2\tB\ty\n")
            << QStringLiteral("@: agreement is undefined: no item has labels from two annotators");
        QTest::newRow("unknown metric")
            << args({"agree", "--input", "@", "--metric", "gwet"}) << ok
            << QStringLiteral("--metric: expected one of krippendorff, percent, cohen, fleiss, got 'gwet'");
        QTest::newRow("fleiss with masi")
            << args({"agree", "--input", "@", "--metric", "fleiss", "--distance", "masi"}) << ok
            << QStringLiteral("--metric fleiss is nominal only");
        QTest::newRow("missing input") << args({"agree"}) << ok << QStringLiteral("missing --input");
        QTest::newRow("missing file") << args({"agree", "--input", "/nonexistent/x.tsv"}) << ok
                                      << QStringLiteral("/nonexistent/x.tsv: file does not exist");
        QTest::newRow("unknown method")
            << args({"aggregate", "--input", "@", "--method", "vote"}) << ok
            << QStringLiteral("--method: expected one of ds, mv, onecoin, glad, mace");
        QTest::newRow("sets without --multilabel")
            << args({"aggregate", "--input", "@"}) << QByteArray("i1\tA\tx\ni1\tA\ty\ni1\tB\tx\n")
            << QStringLiteral("annotator 'A' gave 2 labels to item 'i1'; single-label aggregation needs one");
        QTest::newRow("bad gold") << args({"aggregate", "--input", "@", "--gold", "@"}) << ok
                                  << QStringLiteral(
                                         "@:1: expected 2 tab-separated columns (item, gold label), got 3");
        QTest::newRow("bad iteration cap")
            << args({"aggregate", "--input", "@", "--max-iterations", "0"}) << ok
            << QStringLiteral("--max-iterations: expected an integer from 1");
        QTest::newRow("simulate bad accuracy")
            << args({"crowd", "simulate", "--gold", "@", "--annotators", "3", "--accuracy", "1.5"})
            << QByteArray("i1\tx\n") << QStringLiteral("--accuracy: expected numbers from 0 to 1, got '1.5'");
        QTest::newRow("simulate accuracy list")
            << args({"crowd", "simulate", "--gold", "@", "--annotators", "3", "--accuracy", "0.5,0.6"})
            << QByteArray("i1\tx\n")
            << QStringLiteral("--accuracy: expected one value or 3 comma-separated values, got 2");
        QTest::newRow("simulate empty gold")
            << args({"crowd", "simulate", "--gold", "@", "--annotators", "3", "--accuracy", "0.5"})
            << QByteArray("\n") << QStringLiteral("@: the file is empty; expected lines item<TAB>gold label");
    }
    void badInput() {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = file(QStringLiteral("bad-%1.tsv")
                                      .arg(QTest::currentDataTag())
                                      .replace(QLatin1Char(' '), QLatin1Char('-')),
                                  content);
        arguments.replaceInStrings(QStringLiteral("@"), path);
        message.replace(QStringLiteral("@"), path);
        const CliResult r = kcat(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCrowdCli)
#include "tst_crowd_cli.moc"
