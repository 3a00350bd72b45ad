// Corpus importers (folder, JSONL, CSV, WordNet), their bad-input messages, tokeniser and lemmatiser.

#include "topics/core/Corpus.h"
#include "topics/core/Lemmatizer.h"
#include "topics/core/TokenizedCorpus.h"
#include "topics/core/Tokenizer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kcat::topics;

class TestTopicsCorpus : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

    static QString errorOf(const std::function<void()>& f) {
        try {
            f();
        } catch (const CorpusError& e) {
            return e.message();
        }
        return QString();
    }

private Q_SLOTS:
    void folderUsesSubfolderAsLabel() {
        write(QStringLiteral("news/sci.space/1.txt"), "Rockets reach orbit.");
        write(QStringLiteral("news/rec.autos/2.txt"), "Engines and wheels.");
        write(QStringLiteral("news/rec.autos/ignored.dat"), "not a text file");
        const Corpus c = CorpusImporter::fromFolder(m_dir.filePath(QStringLiteral("news")));
        QCOMPARE(c.documents.size(), 2);
        QCOMPARE(c.documents[0].id, QStringLiteral("rec.autos/2.txt"));
        QCOMPARE(c.documents[0].label, QStringLiteral("rec.autos"));
        QCOMPARE(c.documents[1].label, QStringLiteral("sci.space"));
        QCOMPARE(c.documents[1].text, QStringLiteral("Rockets reach orbit."));
    }

    void jsonlReadsIdTextLabel() {
        const QString p = write(QStringLiteral("a.jsonl"),
                                "{\"id\": \"d1\", \"text\": \"caf\xc3\xa9 au lait\", \"label\": \"food\"}\n\n"
                                "{\"id\": 7, \"text\": \"no label\"}\n");
        const Corpus c = CorpusImporter::fromJsonl(p);
        QCOMPARE(c.documents.size(), 2);
        QCOMPARE(c.documents[0].text, QStringLiteral("caf\u00e9 au lait"));
        QCOMPARE(c.documents[0].label, QStringLiteral("food"));
        QCOMPARE(c.documents[1].id, QStringLiteral("7"));
        QVERIFY(c.documents[1].label.isEmpty());
    }

    void csvHandlesQuoting() {
        const QString p = write(QStringLiteral("a.csv"), "id,body,topic\r\n"
                                                         "1,\"Hello, world\",greet\r\n"
                                                         "2,\"She said \"\"hi\"\"\nand left\",greet\r\n"
                                                         "3,plain,other\n");
        CsvColumns cols;
        cols.text = QStringLiteral("body");
        cols.label = QStringLiteral("topic");
        cols.id = QStringLiteral("id");
        const Corpus c = CorpusImporter::fromCsv(p, cols);
        QCOMPARE(c.documents.size(), 3);
        QCOMPARE(c.documents[0].text, QStringLiteral("Hello, world"));
        QCOMPARE(c.documents[1].text, QStringLiteral("She said \"hi\"\nand left"));
        QCOMPARE(c.documents[2].label, QStringLiteral("other"));
        QCOMPARE(c.documents[2].id, QStringLiteral("3"));
    }

    void badInputNamesFileAndLine_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid utf-8")
            << "bad.jsonl" << QByteArray("{\"text\": \"ok\"}\n{\"text\": \"\xff\xfe\"}\n")
            << "bad.jsonl:2: invalid UTF-8";
        QTest::newRow("not json") << "nj.jsonl" << QByteArray("{\"text\": \"ok\"}\n{oops\n")
                                  << "nj.jsonl:2: not valid JSON";
        QTest::newRow("no text") << "nt.jsonl" << QByteArray("{\"id\": 1}\n")
                                 << "nt.jsonl:1: expected an object";
        QTest::newRow("empty jsonl") << "e.jsonl" << QByteArray("\n\n") << "e.jsonl: empty corpus";
        QTest::newRow("missing label column")
            << "m.csv" << QByteArray("text,x\nhello,1\n") << "no column named 'label'";
        QTest::newRow("ragged csv") << "r.csv" << QByteArray("text,label\nhello,a\nworld\n")
                                    << "r.csv:3: 1 fields";
        QTest::newRow("open quote") << "q.csv" << QByteArray("text,label\n\"never closed,a\n")
                                    << "q.csv:2: a quoted field";
    }
    void badInputNamesFileAndLine() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString p = write(name, bytes);
        CsvColumns cols;
        cols.label = QStringLiteral("label");
        const QString message = errorOf([&] { CorpusImporter::load(p, CorpusFormat::Auto, cols); });
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void unreadableAndEmptyFolder() {
        QVERIFY(errorOf([&] {
                    CorpusImporter::fromJsonl(m_dir.filePath(QStringLiteral("none.jsonl")));
                }).contains(QStringLiteral("cannot read")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("emptyfolder")));
        QVERIFY(errorOf([&] {
                    CorpusImporter::fromFolder(m_dir.filePath(QStringLiteral("emptyfolder")));
                }).contains(QStringLiteral("empty corpus")));
    }

    void wordnetGlossesCarryLexicographerFiles() {
        if (!QFile::exists(QStringLiteral("/usr/share/wordnet/data.noun")))
            QSKIP("wordnet-base is not installed");
        const Corpus c = CorpusImporter::wordnetNounGlosses();
        QCOMPARE(c.documents.size(), 82115); // WordNet 3.0 noun synsets
        QCOMPARE(c.documents[0].id, QStringLiteral("00001740-n"));
        QCOMPARE(c.documents[0].label, QStringLiteral("noun.Tops"));
        QVERIFY(c.documents[0].text.startsWith(QStringLiteral("that which is perceived")));
        int persons = 0;
        for (const Document& d : c.documents)
            persons += d.label == QLatin1String("noun.person");
        QVERIFY(persons > 10000);
    }

    void tokenizerIsUnicodeAware() {
        const Tokenizer t;
        const QVector<QStringList> s =
            t.sentences(QStringLiteral("The Café's ÉCLAIRS are 42 great. Über-cool naïve "
                                       "résumé; a second part"));
        QCOMPARE(s.size(), 3);
        QCOMPARE(s[0],
                 (QStringList{QStringLiteral("café"), QStringLiteral("éclairs"), QStringLiteral("great")}));
        QCOMPARE(s[1], (QStringList{QStringLiteral("über"), QStringLiteral("cool"), QStringLiteral("naïve"),
                                    QStringLiteral("résumé")}));
        QCOMPARE(s[2], (QStringList{QStringLiteral("second"), QStringLiteral("part")}));
    }

    void lemmatizerUsesExceptionsAndRules() {
        if (!QFile::exists(QStringLiteral("/usr/share/wordnet/noun.exc")))
            QSKIP("wordnet-base is not installed");
        const Lemmatizer l;
        QCOMPARE(l.lemma(QStringLiteral("geese")), QStringLiteral("goose"));     // noun.exc
        QCOMPARE(l.lemma(QStringLiteral("churches")), QStringLiteral("church")); // ches -> ch
        QCOMPARE(l.lemma(QStringLiteral("ponies")), QStringLiteral("pony"));     // ies -> y
        QCOMPARE(l.lemma(QStringLiteral("ran")), QStringLiteral("run"));         // verb.exc
        QCOMPARE(l.lemma(QStringLiteral("walked")), QStringLiteral("walk"));     // verb rule
        QCOMPARE(l.lemma(QStringLiteral("xyzzyqs")), QStringLiteral("xyzzyqs")); // unknown stays
    }

    void documentFrequencyFilter() {
        Corpus c;
        c.documents = {{"1", "apple banana cherry", ""},
                       {"2", "apple banana", ""},
                       {"3", "apple durian", ""},
                       {"4", "apple banana", ""}};
        VocabularyOptions o;
        o.minDocumentFrequency = 2;
        o.maxDocumentFraction = 0.8; // apple is in all 4 documents
        const TokenizedCorpus t = TokenizedCorpus::build(c, Tokenizer(), o);
        QCOMPARE(t.vocabulary, QStringList{QStringLiteral("banana")});
        QCOMPARE(t.tokenCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTopicsCorpus)
#include "tst_topics_corpus.moc"
