// TypeTaxonomy: loading from text and JSON, implied parents, ancestors, bad input, the built-in sets.

#include "annotation/knowledge/KnowledgeError.h"
#include "annotation/knowledge/TypeSetRegistry.h"
#include "annotation/knowledge/TypeTaxonomy.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kcat::annotation;

class TestTypeTaxonomy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textImpliesParents() {
        const TypeTaxonomy t = TypeTaxonomy::fromText(QStringLiteral("t"), "# comment\n/a/b/c\n\n/a/d\n/e\n",
                                                      QStringLiteral("t.txt"));
        QCOMPARE(t.size(), 5);
        QCOMPARE(t.paths(), (QStringList{"/a", "/a/b", "/a/b/c", "/a/d", "/e"}));
        const TypeId c = t.find(QStringLiteral("/a/b/c"));
        QCOMPARE(t.type(c).name, QStringLiteral("c"));
        QCOMPARE(t.type(c).depth, 3);
        QCOMPARE(t.type(t.type(c).parent).path, QStringLiteral("/a/b"));
        const std::vector<TypeId> up = t.ancestors(c);
        QCOMPARE(int(up.size()), 2);
        QCOMPARE(t.type(up[0]).path, QStringLiteral("/a/b"));
        QCOMPARE(t.type(up[1]).path, QStringLiteral("/a"));
        QCOMPARE(int(t.roots().size()), 2);
        QCOMPARE(t.maxDepth(), 3);
        QCOMPARE(int(t.type(t.find(QStringLiteral("/a"))).children.size()), 2);
        QVERIFY(t.isAncestorOrSelf(t.find(QStringLiteral("/a")), c));
        QVERIFY(!t.isAncestorOrSelf(t.find(QStringLiteral("/e")), c));
        const auto closed = t.closeUnderAncestors({c, t.find(QStringLiteral("/a/d"))});
        QCOMPARE(int(closed.size()), 4);
        QCOMPARE(t.find(QStringLiteral("/x")), -1);
    }

    void jsonWithDescriptions() {
        const QByteArray json = R"({"name": "mine", "types": [
  {"path": "/person/artist", "description": "a creative person", "description_zh": "艺术家"},
  {"path": "/person", "description": "a human being"},
  "/place"
]})";
        const TypeTaxonomy t = TypeTaxonomy::fromJson(QString(), json, QStringLiteral("m.json"));
        QCOMPARE(t.name(), QStringLiteral("mine"));
        QCOMPARE(t.size(), 3);
        QCOMPARE(t.type(t.find(QStringLiteral("/person/artist"))).descriptionZh, QStringLiteral("艺术家"));
        QCOMPARE(t.type(t.find(QStringLiteral("/person"))).description, QStringLiteral("a human being"));
    }

    void badText_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no slash") << QByteArray("/a\nperson\n") << 2
                                  << QStringLiteral("expected a type path");
        QTest::newRow("empty segment") << QByteArray("/a\n\n/a//b\n") << 3 << QStringLiteral("empty segment");
        QTest::newRow("space inside") << QByteArray("/a b\n") << 1 << QStringLiteral("white space");
        QTest::newRow("empty file") << QByteArray("\n# only a comment\n") << 0
                                    << QStringLiteral("at least one");
    }
    void badText() {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, expected);
        try {
            TypeTaxonomy::fromText(QStringLiteral("t"), text, QStringLiteral("bad.txt"));
            QFAIL("no error");
        } catch (const KnowledgeError& e) {
            QCOMPARE(e.file(), QStringLiteral("bad.txt"));
            QCOMPARE(e.line(), line);
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
            QVERIFY(e.message().startsWith(QStringLiteral("bad.txt")));
        }
    }

    void badJson_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\"types\": [\n\"/a\",\n}") << 3
                                << QStringLiteral("invalid JSON");
        QTest::newRow("no types") << QByteArray("{\"name\": \"x\"}") << 1
                                  << QStringLiteral("\"types\" array");
        QTest::newRow("bad path") << QByteArray("[\n{\"path\": \"/ok\"},\n{\"path\": \"oops\"}\n]") << 3
                                  << QStringLiteral("expected a type path");
        QTest::newRow("no path") << QByteArray("[{\"description\": \"x\"}]") << 0
                                 << QStringLiteral("\"path\" string");
        QTest::newRow("number description") << QByteArray("[\n{\"path\": \"/a\", \"description\": 3}]") << 2
                                            << QStringLiteral("must be strings");
    }
    void badJson() {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(QString, expected);
        try {
            TypeTaxonomy::fromJson(QStringLiteral("t"), json, QStringLiteral("bad.json"));
            QFAIL("no error");
        } catch (const KnowledgeError& e) {
            QCOMPARE(e.line(), line);
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    void loadFilePicksFormat() {
        QTemporaryDir dir;
        QFile text(dir.filePath(QStringLiteral("sports.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("/sport/team\n/sport/league\n");
        text.close();
        const TypeTaxonomy t = TypeTaxonomy::loadFile(text.fileName());
        QCOMPARE(t.name(), QStringLiteral("sports"));
        QCOMPARE(t.size(), 3);
        try {
            TypeTaxonomy::loadFile(dir.filePath(QStringLiteral("missing.txt")));
            QFAIL("no error");
        } catch (const KnowledgeError& e) {
            QVERIFY(e.message().contains(QStringLiteral("missing.txt")));
        }
        TypeSetRegistry registry;
        QCOMPARE(registry.loadFile(text.fileName())->size(), 3);
        QVERIFY(registry.names().contains(QStringLiteral("sports")));
        QVERIFY_THROWS_EXCEPTION(KnowledgeError, registry.loadFile(text.fileName(), QStringLiteral("figer")));
        QVERIFY_THROWS_EXCEPTION(KnowledgeError, registry.get(QStringLiteral("nope")));
        QVERIFY_THROWS_EXCEPTION(KnowledgeError, registry.get(QStringLiteral("wordnet"))); // no WordNet given
    }

    void builtinSets() {
        const TypeTaxonomy figer = builtin::figer();
        QCOMPARE(figer.size(), 113);
        QCOMPARE(figer.maxDepth(), 2);
        QCOMPARE(figer.type(figer.type(figer.find(QStringLiteral("/person/artist"))).parent).path,
                 QStringLiteral("/person"));
        const TypeTaxonomy onto = builtin::ontonotes();
        QCOMPARE(onto.size(), 89);
        QCOMPARE(onto.maxDepth(), 3);
        QVERIFY(onto.find(QStringLiteral("/location/geograpy/island")) >= 0); // the published spelling
        const TypeTaxonomy coarse = builtin::coarse();
        QCOMPARE(coarse.paths(), (QStringList{"/person", "/location", "/organization", "/event", "/other"}));
        // Every FIGER, OntoNotes and coarse type has an English and a Chinese description.
        for (const TypeTaxonomy* t : {&figer, &onto, &coarse})
            for (const TypeNode& n : t->types()) {
                QVERIFY2(n.description.size() > 10, qPrintable(t->name() + n.path));
                QVERIFY2(!n.descriptionZh.isEmpty(), qPrintable(t->name() + n.path));
                QVERIFY2(!n.description.contains(QLatin1Char('\n')), qPrintable(n.path));
            }
        QCOMPARE(TypeSetRegistry::builtinNames(), (QStringList{"figer", "ontonotes", "coarse", "wordnet"}));
    }
};

QTEST_GUILESS_MAIN(TestTypeTaxonomy)
#include "tst_typetaxonomy.moc"
