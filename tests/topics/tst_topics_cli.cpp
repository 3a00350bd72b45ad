// `kcat topics fit` end to end on a small labelled corpus: JSON shape, metrics, saving, bad input.

#include "../cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

class TestTopicsCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_corpus;

private Q_SLOTS:
    void initTestCase() {
        // 120 short documents of two labels with disjoint vocabularies.
        m_corpus = m_home.filePath(QStringLiteral("small.jsonl"));
        QFile f(m_corpus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QStringList space = {"rocket",    "orbit", "planet", "launch",
                                   "astronaut", "moon",  "galaxy", "star"};
        const QStringList food = {"bread", "cheese", "butter", "recipe", "oven", "flour", "sugar", "kitchen"};
        for (int d = 0; d < 120; ++d) {
            const QStringList& words = d % 2 ? space : food;
            QStringList text;
            for (int i = 0; i < 12; ++i)
                text << words[(d * 7 + i * 3) % words.size()];
            nlohmann::json j = {{"id", QString::number(d).toStdString()},
                                {"text", text.join(' ').toStdString() + ". " + words[d % 8].toStdString()},
                                {"label", d % 2 ? "space" : "food"}};
            f.write(QByteArray::fromStdString(j.dump() + "\n"));
        }
    }

    void fitPrintsMetrics_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("features");
        QTest::newRow("lda bow") << "lda"
                                 << "bow";
        QTest::newRow("lda semantic-locality") << "lda"
                                               << "semantic-locality";
        QTest::newRow("rsm bow") << "rsm"
                                 << "bow";
    }
    void fitPrintsMetrics() {
        QFETCH(QString, model);
        QFETCH(QString, features);
        const CliResult r = runKcat({"topics",       "fit",        "--corpus", m_corpus,   "--model",
                                     model,          "--features", features,   "-k",       "2",
                                     "--iterations", "30",         "--seed",   "3",        "--test-fraction",
                                     "0.25",         "--clusters", "4",        "--max-df", "0.9"},
                                    m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto j = r.json();
        for (const char* key : {"docs", "vocab", "tokens", "seconds", "tokens_per_second", "map", "npmi",
                                "umass", "perplexity"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["docs"].get<int>(), 120);
        QCOMPARE(j["vocab"].get<int>(), 16);
        QVERIFY(j["tokens"].get<qint64>() > 0);
        // Two well separated labels: retrieval is near perfect.
        QVERIFY2(j["map"].get<double>() > 0.9, j.dump().c_str());
        QVERIFY(j["npmi"].is_number());
        // LDA: document completion; RSM: whole documents with AIS estimates of Z. A sane model of 16 words
        // scores between a perfect predictor (1) and the uniform distribution (16).
        QVERIFY2(j["perplexity"].get<double>() > 1.0 && j["perplexity"].get<double>() < 16.0,
                 j.dump().c_str());
    }

    void sameSeedSameResult() {
        const QStringList args = {"topics", "fit",          "--corpus", m_corpus, "-k",
                                  "3",      "--iterations", "20",       "--seed", "8"};
        const auto a = runKcat(args, m_home.path()).json();
        const auto b = runKcat(args, m_home.path()).json();
        QCOMPARE(a["map"].get<double>(), b["map"].get<double>());
        QCOMPARE(a["perplexity"].get<double>(), b["perplexity"].get<double>());
    }

    void saveStoresTheModel() {
        const QString ws = m_home.filePath(QStringLiteral("t.kcat"));
        const CliResult r = runKcat({"topics", "fit", "--corpus", m_corpus, "-k", "2", "--iterations", "10",
                                     "--save", "first", "--workspace", ws},
                                    m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(ws);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT name, model, topics FROM topic_models")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("first"));
            QCOMPARE(q.value(2).toInt(), 2);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM topic_terms")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2 * 16);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM topic_documents")) && q.next());
            QVERIFY(q.value(0).toInt() >= 100);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing corpus")
            << QStringList{"topics", "fit", "--corpus", "/nonexistent/c.jsonl"} << "cannot read";
        QTest::newRow("bad model") << QStringList{"topics", "fit", "--corpus", "x.jsonl", "--model", "nmf"}
                                   << "expected lda or rsm";
        QTest::newRow("bad k") << QStringList{"topics", "fit", "--corpus", "x.jsonl", "-k", "1"} << "--k";
        QTest::newRow("no corpus") << QStringList{"topics", "fit"} << "missing --corpus";
    }
    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = runKcat(args, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTopicsCli)
#include "tst_topics_cli.moc"
