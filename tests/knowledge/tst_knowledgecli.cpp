// `kcat typesets` and `kcat link` end to end, through the real executable.

#include "../cli/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestKnowledgeCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    QString write(const QString& name, const QByteArray& content) {
        QFile f(m_home.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.write(content);
        return f.fileName();
    }
    static std::vector<nlohmann::json> lines(const QByteArray& out) {
        std::vector<nlohmann::json> result;
        for (const QByteArray& line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                result.push_back(nlohmann::json::parse(line.toStdString()));
        return result;
    }

private Q_SLOTS:
    void typesets() {
        const CliResult r = runKcat({QStringLiteral("typesets")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        const auto sets = lines(r.out);
        QCOMPARE(int(sets.size()), 4);
        QVERIFY(sets[0]["name"] == "figer");
        QVERIFY(sets[0]["types"] == 113);
        QVERIFY(sets[0]["max_depth"] == 2);
        QVERIFY(sets[1]["name"] == "ontonotes");
        QVERIFY(sets[1]["types"] == 89);
        QVERIFY(sets[1]["max_depth"] == 3);
        QVERIFY(sets[2]["types"] == 5);
        QVERIFY(sets[3]["name"] == "wordnet");
        QVERIFY(sets[3]["types"].get<int>() > 1000);
    }

    void linkText() {
        const CliResult r =
            runKcat({QStringLiteral("link"), QStringLiteral("--typeset"), QStringLiteral("figer"),
                     QStringLiteral("--text"), QStringLiteral("Paris is a city in France.")},
                    m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto m = lines(r.out);
        QCOMPARE(int(m.size()), 2);
        QVERIFY(m[0]["start"] == 0);
        QVERIFY(m[0]["end"] == 5);
        QVERIFY(m[0]["surface"] == "Paris");
        QVERIFY(m[0]["entity"] == "wn:08932568");
        QVERIFY(m[0]["candidates"][0]["entity"] == "wn:08932568");
        QVERIFY(m[0]["candidates"][0]["name"] == "Paris");
        QVERIFY(m[0]["types"] == nlohmann::json({"/location", "/location/city"}));
        QVERIFY(qAbs(m[0]["ratio"].get<double>() - 2.0 / 113.0) < 1e-12);
        QVERIFY(m[1]["start"] == 19);
        QVERIFY(m[1]["end"] == 25);
        QVERIFY(m[1]["entity"] == "wn:08929922");
        QVERIFY(m[1]["types"] == nlohmann::json({"/location", "/location/country"}));
    }

    void linkUserKbAndTypeSet() {
        const QString types = write(QStringLiteral("mine.txt"), "/place/city\n/human\n");
        const QString kb =
            write(QStringLiteral("kb.jsonl"), "{\"id\": \"Q1\", \"names\": [\"Gotham\"], \"description\": "
                                              "\"a city\", \"types\": [\"/place/city\"]}\n");
        const QString input = write(QStringLiteral("in.txt"), "Batman lives in Gotham.");
        const CliResult r = runKcat({QStringLiteral("link"), QStringLiteral("--typeset"), types,
                                     QStringLiteral("--kb"), kb, QStringLiteral("--input"), input},
                                    m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto m = lines(r.out);
        QCOMPARE(int(m.size()), 1);
        QVERIFY(m[0]["start"] == 16);
        QVERIFY(m[0]["end"] == 22);
        QVERIFY(m[0]["entity"] == "Q1");
        QVERIFY(m[0]["types"] == nlohmann::json({"/place", "/place/city"}));
        QVERIFY(qAbs(m[0]["ratio"].get<double>() - 2.0 / 3.0) < 1e-12);
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString badKb =
            write(QStringLiteral("bad.jsonl"), "{\"id\": \"a\", \"names\": [\"A\"]}\n{\"id\": \"b\"}\n");
        const QString typeKb = write(QStringLiteral("types.jsonl"),
                                     "{\"id\": \"a\", \"names\": [\"A\"], \"types\": [\"/nope\"]}\n");
        const QString latin1 = write(QStringLiteral("latin1.txt"), "caf\xe9 in Paris");
        QTest::newRow("no typeset") << QStringList{"link", "--text", "x"} << "typeset";
        QTest::newRow("unknown typeset")
            << QStringList{"link", "--typeset", "nope", "--text", "x"} << "unknown type set \"nope\"";
        QTest::newRow("text and input")
            << QStringList{"link", "--typeset", "figer", "--text", "x", "--input", latin1}
            << "exactly one of --text and --input";
        QTest::newRow("neither") << QStringList{"link", "--typeset", "figer"}
                                 << "exactly one of --text and --input";
        QTest::newRow("missing input")
            << QStringList{"link", "--typeset", "figer", "--input", "/nonexistent.txt"} << "/nonexistent.txt";
        QTest::newRow("not utf-8") << QStringList{"link", "--typeset", "figer", "--input", latin1}
                                   << "expected UTF-8";
        QTest::newRow("missing kb") << QStringList{"link", "--typeset",          "figer",
                                                   "--kb", "/nonexistent.jsonl", "--text",
                                                   "x"}
                                    << "/nonexistent.jsonl";
        QTest::newRow("bad kb line") << QStringList{"link", "--typeset", "figer", "--kb",
                                                    badKb,  "--text",    "x"}
                                     << "bad.jsonl:2: expected \"names\"";
        QTest::newRow("kb type not in set")
            << QStringList{"link", "--typeset", "figer", "--kb", typeKb, "--text", "x"}
            << "types.jsonl:1: type \"/nope\"";
    }
    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = runKcat(args, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeCli)
#include "tst_knowledgecli.moc"
