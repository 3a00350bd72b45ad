// Import/export: every format's lossless round trip and every kind of bad input, one file = one transaction.

#include "TestWorkspace.h"
#include "annotation/documents/BratFormat.h"
#include "annotation/documents/DocumentImporter.h"
#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/FigerJsonlFormat.h"
#include "annotation/documents/KcatDocumentFormat.h"
#include "annotation/documents/PlainTextFormat.h"

#include <QFile>

using namespace kcat::annotation;

namespace {

const QSet<QString> Known = {QStringLiteral("/person"),        QStringLiteral("/person/artist"),
                             QStringLiteral("/person/author"), QStringLiteral("/location"),
                             QStringLiteral("/location/city"), QStringLiteral("/location/country")};

// Two documents' worth of mentions: multi-label, nested, NIL, unlinked, flagged, non-ASCII text.
DocumentData sample() {
    DocumentData doc;
    doc.name = QStringLiteral("sample");
    doc.text = QStringLiteral("Victor Hugo wrote in Paris, France.\nZoë met him in Besançon.");
    auto mention = [](int s, int e, LinkState link, const QString& entity, QStringList types, bool flagged) {
        Mention m;
        m.start = s;
        m.end = e;
        m.link = link;
        m.entity = entity;
        m.types = types;
        m.flagged = flagged;
        return m;
    };
    doc.mentions = {
        mention(
            0, 11, LinkState::Linked, QStringLiteral("wn:11085924"),
            {QStringLiteral("/person"), QStringLiteral("/person/artist"), QStringLiteral("/person/author")},
            false),
        mention(7, 11, LinkState::Unlinked, QString(), {}, true),
        mention(21, 26, LinkState::Linked, QStringLiteral("wn:08932568"),
                {QStringLiteral("/location"), QStringLiteral("/location/city")}, false),
        mention(28, 34, LinkState::Nil, QString(), {QStringLiteral("/location")}, true),
        mention(36, 39, LinkState::Nil, QString(), {QStringLiteral("/person")}, false),
        mention(51, 59, LinkState::Unlinked, QString(), {}, false),
    };
    return doc;
}

bool sameMentions(const QVector<Mention>& a, const QVector<Mention>& b, bool withFlag) {
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].start != b[i].start || a[i].end != b[i].end || a[i].link != b[i].link ||
            a[i].entity != b[i].entity || a[i].types != b[i].types ||
            (withFlag && a[i].flagged != b[i].flagged)) {
            qWarning() << "mention" << i << "differs:" << a[i].start << a[i].end << a[i].entity << a[i].types
                       << "vs" << b[i].start << b[i].end << b[i].entity << b[i].types;
            return false;
        }
    }
    return true;
}

} // namespace

class TestFormats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kcatFormatIsEndInclusive() {
        const QByteArray bytes = KcatDocumentFormat::write(sample());
        QVERIFY(bytes.contains("0\t10\twn:11085924\t/person/artist\n"));
        QVERIFY(bytes.contains("0\t10\twn:11085924\t/person/author\n"));
        // Flags in the fifth field, an untyped flagged mention with an empty type field.
        QVERIFY(bytes.contains("28\t33\tNIL\t/location\tflagged\n"));
        QVERIFY(bytes.contains("7\t10\t\t\tflagged\n"));
        QVERIFY(bytes.contains("51\t58\t\n"));
        DocumentData back;
        ImportError error;
        QVERIFY2(KcatDocumentFormat::read(bytes, QStringLiteral("x.kcat"), Known, &back, &error),
                 qPrintable(error.message()));
        QCOMPARE(back.text, sample().text);
        QVERIFY(sameMentions(back.mentions, sample().mentions, true));
        QCOMPARE(KcatDocumentFormat::write(back), bytes);
    }

    void kcatFormatFlagOnAnyLineOfAMention() {
        // Hand-written: the flag on one of a multi-label mention's lines flags the mention; an empty type
        // field with a flag is an untyped flagged mention; no fifth field = not flagged.
        const QByteArray bytes = "Paris is in France.\n%%TYPE_ANNOTATIONS%%\n0\t4\twn:1\t/location\n"
                                 "0\t4\twn:1\t/location/city\tflagged\n12\t17\tNIL\t\tflagged\n9\t10\t\n";
        DocumentData doc;
        ImportError error;
        QVERIFY2(KcatDocumentFormat::read(bytes, QStringLiteral("f.kcat"), Known, &doc, &error),
                 qPrintable(error.message()));
        QCOMPARE(doc.mentions.size(), 3);
        QCOMPARE(doc.mentions[0].types, QStringList({"/location", "/location/city"}));
        QVERIFY(doc.mentions[0].flagged);
        QCOMPARE(doc.mentions[1].start, 9);
        QVERIFY(!doc.mentions[1].flagged);
        QVERIFY(doc.mentions[2].types.isEmpty());
        QCOMPARE(doc.mentions[2].link, LinkState::Nil);
        QVERIFY(doc.mentions[2].flagged);
    }

    void figerJsonlRoundTrip() {
        // Text in the format's own shape (tokens joined by spaces) round-trips exactly, flags included.
        const QByteArray line =
            "{\"tokens\":[\"Victor\",\"Hugo\",\"wrote\",\"in\",\"Paris\",\",\",\"Zoë\"],"
            "\"mentions\":[{\"start\":0,\"end\":2,\"labels\":[\"/person\",\"/person/author\"],"
            "\"entity\":\"wn:11085924\"},{\"start\":4,\"end\":5,\"labels\":[\"/location/city\"],"
            "\"entity\":null,\"flagged\":true},{\"start\":6,\"end\":7,\"labels\":[]}],"
            "\"fileid\":\"s1\"}\n";
        QVector<DocumentData> docs;
        ImportError error;
        QVERIFY2(FigerJsonlFormat::read(line + "\n" + line, QStringLiteral("f.jsonl"), Known, &docs, &error),
                 qPrintable(error.message()));
        QCOMPARE(docs.size(), 2);
        QCOMPARE(docs[0].text, QStringLiteral("Victor Hugo wrote in Paris , Zoë"));
        QCOMPARE(docs[0].mentions[1].start, 21);
        QCOMPARE(docs[0].mentions[1].end, 26);
        QCOMPARE(docs[0].mentions[1].types,
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));
        QCOMPARE(docs[0].mentions[1].link, LinkState::Nil);
        QVERIFY(docs[0].mentions[1].flagged);
        const QByteArray written = FigerJsonlFormat::write(docs);
        QVector<DocumentData> again;
        QVERIFY(FigerJsonlFormat::read(written, QStringLiteral("g.jsonl"), Known, &again, &error));
        QCOMPARE(again[0].text, docs[0].text);
        QVERIFY(sameMentions(again[0].mentions, docs[0].mentions, true));
        QCOMPARE(FigerJsonlFormat::write(again), written);
    }

    void figerJsonlSplitsTokensAtMentions() {
        DocumentData doc = sample();
        QVector<DocumentData> back;
        ImportError error;
        QVERIFY(FigerJsonlFormat::read(FigerJsonlFormat::writeLine(doc), QStringLiteral("s.jsonl"), Known,
                                       &back, &error));
        // "Paris," becomes "Paris ," and the text's line break a space; the mentions keep their words.
        QCOMPARE(back[0].text,
                 QStringLiteral("Victor Hugo wrote in Paris , France . Zoë met him in Besançon ."));
        QCOMPARE(back[0].mentions.size(), doc.mentions.size());
        for (int i = 0; i < doc.mentions.size(); ++i) {
            const Mention& a = doc.mentions[i];
            const Mention& b = back[0].mentions[i];
            QCOMPARE(back[0].text.mid(b.start, b.length()), doc.text.mid(a.start, a.length()));
            QCOMPARE(b.types, a.types);
            QCOMPARE(b.entity, a.entity);
        }
    }

    void bratRoundTrip() {
        const DocumentData doc = sample();
        const QByteArray ann = BratFormat::writeAnnotations(doc);
        QVERIFY(ann.contains("T1\t/person/artist 0 11\tVictor Hugo\n"));
        QVERIFY(ann.contains("T2\t/person/author 0 11\tVictor Hugo\n"));
        QVERIFY(ann.contains("N1\tReference T1 KB:wn:11085924\tVictor Hugo\n"));
        QVERIFY(ann.contains("\tMention 7 11\tHugo\n"));
        QVERIFY(ann.contains("Reference T5 KB:NIL\tFrance\n"));
        QVERIFY(ann.contains("A1\tFlagged T3\n")); // Hugo (untyped, flagged)
        QVERIFY(ann.contains("A2\tFlagged T5\n")); // France
        DocumentData back;
        ImportError error;
        QVERIFY2(BratFormat::read(BratFormat::writeText(doc), ann, QStringLiteral("s.txt"),
                                  QStringLiteral("s.ann"), Known, &back, &error),
                 qPrintable(error.message()));
        QCOMPARE(back.text, doc.text);
        QVERIFY(sameMentions(back.mentions, doc.mentions, true));
        QCOMPARE(BratFormat::writeAnnotations(back), ann);
    }

    void plainTextRoundTrip() {
        const QByteArray bytes = QStringLiteral("Première ligne\n\nZweite Zeile — 第三行\n").toUtf8();
        DocumentData doc;
        ImportError error;
        QVERIFY(PlainTextFormat::read(bytes, QStringLiteral("p.txt"), &doc, &error));
        QVERIFY(doc.mentions.isEmpty());
        QCOMPARE(PlainTextFormat::write(doc), bytes);
    }

    void throughTheWorkspace_data() {
        QTest::addColumn<int>("format");
        QTest::newRow("kcat") << int(DocumentImporter::Format::Kcat);
        QTest::newRow("brat") << int(DocumentImporter::Format::Brat);
        QTest::newRow("jsonl") << int(DocumentImporter::Format::FigerJsonl);
        QTest::newRow("text") << int(DocumentImporter::Format::PlainText);
    }

    void throughTheWorkspace() {
        QFETCH(int, format);
        TestWorkspace t;
        DocumentStore store(t.workspace.get());
        QString err;
        DocumentData doc = sample();
        if (format == int(DocumentImporter::Format::FigerJsonl)) {
            // Bring the text into the format's shape first: then everything must survive.
            QVector<DocumentData> shaped;
            ImportError e;
            QVERIFY(FigerJsonlFormat::read(FigerJsonlFormat::writeLine(doc), QStringLiteral("s.jsonl"), Known,
                                           &shaped, &e));
            doc = shaped[0];
        }
        const qint64 id = store.addDocuments(t.project, {doc}, &err).value(0);
        DocumentImporter importer(&store, Known);
        const QString folder = t.dir.filePath(QStringLiteral("out"));
        const auto fmt = DocumentImporter::Format(format);
        const QStringList files = importer.exportProject(t.project, fmt, folder, &err);
        QVERIFY2(!files.isEmpty(), qPrintable(err));
        ImportError error;
        const QVector<qint64> ids = importer.importFile(t.project, files.last(), &error);
        QVERIFY2(ids.size() == 1, qPrintable(error.message()));
        const DocumentData a = store.documentData(id);
        const DocumentData b = store.documentData(ids[0]);
        QCOMPARE(b.text, a.text);
        if (fmt == DocumentImporter::Format::PlainText)
            QVERIFY(b.mentions.isEmpty());
        else
            QVERIFY(sameMentions(b.mentions, a.mentions, true));
    }

    void badInput_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "Paris is in France.\n%%TYPE_ANNOTATIONS%%\n";
        QTest::newRow("kcat no marker")
            << "a.kcat" << QByteArray("Paris.\n0\t4\tx\n") << 3 << "%%TYPE_ANNOTATIONS%%";
        QTest::newRow("kcat malformed") << "a.kcat" << head + "0\t4\n" << 3 << "start<TAB>end<TAB>entity";
        QTest::newRow("kcat not a number") << "a.kcat" << head + "0\tfour\tx\n" << 3 << "integer offsets";
        QTest::newRow("kcat out of range") << "a.kcat" << head + "0\t4\tx\n12\t40\tNIL\n"
                                           << 4 << "outside the text";
        QTest::newRow("kcat crossing") << "a.kcat" << head + "0\t4\tx\n3\t7\tNIL\n" << 4 << "crosses";
        QTest::newRow("kcat unknown type") << "a.kcat" << head + "0\t4\tx\t/location/planet\n"
                                           << 3 << "unknown type";
        QTest::newRow("kcat bad flag") << "a.kcat" << head + "0\t4\tx\t/location\tflaged\n"
                                       << 3 << "\"flagged\" or nothing in the fifth field";
        QTest::newRow("kcat six fields") << "a.kcat" << head + "0\t4\tx\t/location\tflagged\tmore\n"
                                         << 3 << "[<TAB>flagged]";
        QTest::newRow("kcat malformed type") << "a.kcat" << head + "0\t4\tx\tcity\n" << 3 << "malformed type";
        QTest::newRow("kcat entity clash")
            << "a.kcat" << head + "0\t4\tx\t/location\n0\t4\ty\t/location/city\n"
            << 4 << "different entity";
        QTest::newRow("kcat encoding")
            << "a.kcat" << QByteArray("Par\xe9s\n%%TYPE_ANNOTATIONS%%\n") << 1 << "UTF-8";
        QTest::newRow("kcat encoding line 3")
            << "a.kcat" << QByteArray("ok\nok\nbad \xc3\x28\n%%TYPE_ANNOTATIONS%%\n") << 3 << "UTF-8";
        QTest::newRow("jsonl not json") << "a.jsonl" << QByteArray("{\"tokens\": [\n") << 1 << "JSON object";
        QTest::newRow("jsonl no tokens")
            << "a.jsonl" << QByteArray("{\"mentions\": []}\n") << 1 << "\"tokens\"";
        QTest::newRow("jsonl space token")
            << "a.jsonl" << QByteArray("\n{\"tokens\": [\"a b\"], \"mentions\": []}\n") << 2 << "whitespace";
        QTest::newRow("jsonl out of range")
            << "a.jsonl"
            << QByteArray("{\"tokens\": [\"Paris\"], \"mentions\": [{\"start\": 0, \"end\": 2}]}") << 1
            << "out of range";
        QTest::newRow("jsonl crossing")
            << "a.jsonl"
            << QByteArray("{\"tokens\": [\"a\",\"b\",\"c\"], \"mentions\": [{\"start\": "
                          "0, \"end\": 2},{\"start\": 1, \"end\": 3}]}")
            << 1 << "crosses";
        QTest::newRow("jsonl unknown type")
            << "a.jsonl"
            << QByteArray(
                   "{\"tokens\": [\"a\"], \"mentions\": [{\"start\": 0, \"end\": 1, \"labels\": [\"/x\"]}]}")
            << 1 << "unknown type";
        QTest::newRow("jsonl encoding")
            << "a.jsonl" << QByteArray("{\"tokens\": [\"\xff\"]}") << 1 << "UTF-8";
        QTest::newRow("text encoding")
            << "a.txt" << QByteArray("line one\nline \xc0\xaf two") << 2 << "UTF-8";
    }

    void badInput() {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, expected);
        TestWorkspace t;
        const QString path = t.dir.filePath(fileName);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        DocumentStore store(t.workspace.get());
        DocumentImporter importer(&store, Known);
        ImportError error;
        QVERIFY(importer.importFile(t.project, path, &error).isEmpty());
        QCOMPARE(error.file, path);
        QCOMPARE(error.line, line);
        QVERIFY2(error.what.contains(expected), qPrintable(error.message()));
        QVERIFY(error.message().startsWith(path + QLatin1Char(':') + QString::number(line)));
        QCOMPARE(store.documents(t.project).size(), 0);
    }

    void badBrat_data() {
        QTest::addColumn<QByteArray>("ann");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << QByteArray("T1\t/location 0\tParis\n") << 1 << "T<n>";
        QTest::newRow("discontinuous")
            << QByteArray("T1\t/location 0 2;3 5\tPa is\n") << 1 << "one continuous";
        QTest::newRow("wrong surface")
            << QByteArray("T1\t/location 0 5\tLondon\n") << 1 << "expected the annotation";
        QTest::newRow("out of range")
            << QByteArray("T1\t/location 0 5\tParis\nT2\tMention 15 99\tx\n") << 2 << "outside the text";
        QTest::newRow("crossing") << QByteArray("T1\t/location 0 5\tParis\nT2\tMention 3 8\tis is\n") << 2
                                  << "crosses";
        QTest::newRow("unknown type")
            << QByteArray("# note\nT1\t/planet 0 5\tParis\n") << 2 << "unknown type";
        QTest::newRow("dangling reference") << QByteArray("N1\tReference T9 KB:x\tParis\n") << 1 << "T9";
        QTest::newRow("relation") << QByteArray("T1\t/location 0 5\tParis\nR1\tIn Arg1:T1 Arg2:T1\n") << 2
                                  << "unsupported";
        QTest::newRow("encoding") << QByteArray("T1\t/location 0 5\tPar\xe9s\n") << 1 << "UTF-8";
    }

    void badBrat() {
        QFETCH(QByteArray, ann);
        QFETCH(int, line);
        QFETCH(QString, expected);
        TestWorkspace t;
        QFile txt(t.dir.filePath(QStringLiteral("b.txt")));
        QVERIFY(txt.open(QIODevice::WriteOnly));
        txt.write("Paris is in France.");
        txt.close();
        QFile a(t.dir.filePath(QStringLiteral("b.ann")));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write(ann);
        a.close();
        DocumentStore store(t.workspace.get());
        DocumentImporter importer(&store, Known);
        ImportError error;
        QVERIFY(importer.importFile(t.project, txt.fileName(), &error).isEmpty());
        QCOMPARE(error.file, a.fileName());
        QCOMPARE(error.line, line);
        QVERIFY2(error.what.contains(expected), qPrintable(error.message()));
        QCOMPARE(store.documents(t.project).size(), 0);
    }

    void aBadLineLaterInAJsonlFileImportsNothing() {
        TestWorkspace t;
        const QString path = t.dir.filePath(QStringLiteral("many.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"tokens\": [\"a\"], \"mentions\": []}\n{\"tokens\": [\"b\"], \"mentions\": "
                "[]}\n{\"tokens\": 3}\n");
        f.close();
        DocumentStore store(t.workspace.get());
        DocumentImporter importer(&store, Known);
        ImportError error;
        QVERIFY(importer.importFile(t.project, path, &error).isEmpty());
        QCOMPARE(error.line, 3);
        QCOMPARE(store.documents(t.project).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
