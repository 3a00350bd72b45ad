// WordNet reader, the WordNet knowledge base, the WordNet hierarchy, the mapping to FIGER/OntoNotes/coarse
// (known answers looked up in WordNet 3.0 by hand), user JSONL knowledge bases and their errors.

#include "annotation/knowledge/EntityTypes.h"
#include "annotation/knowledge/KnowledgeBase.h"
#include "annotation/knowledge/KnowledgeError.h"
#include "annotation/knowledge/TypeSetRegistry.h"
#include "annotation/knowledge/WordNet.h"
#include "annotation/knowledge/WordNetTypeMapping.h"

#include <QTest>

#include <memory>

using namespace kcat::annotation;

class TestKnowledgeBase : public QObject {
    Q_OBJECT

    std::shared_ptr<const WordNetDatabase> m_wordnet;
    std::shared_ptr<const KnowledgeBase> m_kb;
    std::unique_ptr<WordNetTypeMapping> m_mapping;
    std::map<QString, TypeTaxonomy> m_sets;
    std::map<QString, std::unique_ptr<EntityTypes>> m_types;

    const Entity& entity(const char* offset) {
        const EntityIndex e = m_kb->find(QStringLiteral("wn:") + QLatin1String(offset));
        if (e < 0)
            qFatal("no entity %s", offset);
        return m_kb->entity(e);
    }
    QStringList typesOf(const char* offset, const QString& set) {
        const EntityIndex e = m_kb->find(QStringLiteral("wn:") + QLatin1String(offset));
        QStringList out;
        for (TypeId t : m_types.at(set)->types(e))
            out << m_sets.at(set).type(t).path;
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        // Parsed once for the whole executable.
        m_wordnet = std::make_shared<const WordNetDatabase>(WordNetDatabase::load());
        m_kb = std::make_shared<const KnowledgeBase>(KnowledgeBase::fromWordNet(m_wordnet));
        m_mapping = std::make_unique<WordNetTypeMapping>(WordNetTypeMapping::builtin(*m_wordnet));
        m_sets.emplace(QStringLiteral("figer"), builtin::figer());
        m_sets.emplace(QStringLiteral("ontonotes"), builtin::ontonotes());
        m_sets.emplace(QStringLiteral("coarse"), builtin::coarse());
        m_sets.emplace(QStringLiteral("wordnet"), builtin::wordnetHierarchy(*m_wordnet));
        for (const auto& [name, set] : m_sets)
            m_types[name] = std::make_unique<EntityTypes>(*m_kb, set, m_mapping.get());
    }

    void wordnetCounts() {
        QCOMPARE(m_wordnet->size(), 82115); // noun synsets of WordNet 3.0
        QCOMPARE(int(m_wordnet->instanceIndices().size()), 7730);
        QCOMPARE(m_kb->size(), 7730);
        QCOMPARE(m_wordnet->resolve(QStringLiteral("city.n.01")), 8524735u);
        QCOMPARE(m_wordnet->resolve(QStringLiteral("river.n.01")), 9411430u);
        QCOMPARE(m_wordnet->resolve(QStringLiteral("painter.n.01")), 10391653u);
        QCOMPARE(m_wordnet->resolve(QStringLiteral("city.n.99")), 0u);
        QCOMPARE(m_wordnet->resolve(QStringLiteral("nonsense")), 0u);
    }

    void entityRecord() {
        const Entity& paris = entity("08932568");
        QCOMPARE(paris.name, QStringLiteral("Paris"));
        QVERIFY(paris.aliases.contains(QStringLiteral("City of Light"))); // underscores -> spaces
        QVERIFY(paris.aliases.contains(QStringLiteral("French capital")));
        QCOMPARE(paris.description,
                 QStringLiteral("the capital and largest city of France; and international "
                                "center of culture and commerce"));
        QCOMPARE(paris.directClassCount, 1);
        QCOMPARE(paris.classes.front(), 8691669u);                                      // national_capital
        QVERIFY(std::count(paris.classes.begin(), paris.classes.end(), 8524735u) == 1); // city, an ancestor
        QVERIFY(std::count(paris.classes.begin(), paris.classes.end(), 1740u) == 1);    // entity
        const Entity& lincoln = entity("11132462");
        QCOMPARE(lincoln.directClassCount, 2); // lawyer, President of the United States
        QVERIFY(lincoln.aliases.contains(QStringLiteral("Abraham Lincoln")));
        // cntlist.rev: "lincoln%1:18:00:: 1 1", "abraham_lincoln%1:18:00:: 1 2".
        QCOMPARE(lincoln.aliasCounts[size_t(lincoln.aliases.indexOf(QStringLiteral("Lincoln")))], 1);
        QCOMPARE(lincoln.aliasCounts[size_t(lincoln.aliases.indexOf(QStringLiteral("Abraham Lincoln")))], 2);
    }

    void wordnetHierarchy() {
        const TypeTaxonomy& wn = m_sets.at(QStringLiteral("wordnet"));
        QVERIFY2(wn.size() > 1000, qPrintable(QString::number(wn.size())));
        QCOMPARE(int(wn.roots().size()), 1);
        QCOMPARE(wn.type(wn.roots().front()).path, QStringLiteral("/entity"));
        const TypeId city = wn.findKey(QStringLiteral("n08524735"));
        QVERIFY(city >= 0);
        QCOMPARE(wn.type(city).description,
                 QStringLiteral("a large and densely populated urban area; may include "
                                "several independent administrative districts"));
        QVERIFY(wn.type(city).path.endsWith(QStringLiteral("/municipality/city")));
        // Every instance's types are closed under ancestors and include its direct classes.
        const EntityTypes& types = *m_types.at(QStringLiteral("wordnet"));
        for (EntityIndex e = 0; e < m_kb->size(); ++e) {
            const auto& ids = types.types(e);
            QVERIFY(!ids.empty());
            QCOMPARE(wn.closeUnderAncestors(ids), ids);
            for (int i = 0; i < m_kb->entity(e).directClassCount; ++i)
                QVERIFY(wn.findKey(WordNetDatabase::synsetKey(m_kb->entity(e).classes[size_t(i)])) >= 0);
        }
    }

    void mapping_data() {
        QTest::addColumn<QString>("offset");
        QTest::addColumn<QStringList>("figer");
        QTest::addColumn<QStringList>("ontonotes");
        QTest::addColumn<QString>("coarse");
        const QString loc = QStringLiteral("/location"), per = QStringLiteral("/person"),
                      ev = QStringLiteral("/event");
        auto row = [](const char* name, const char* offset, QStringList f, QStringList o, QString c) {
            QTest::newRow(name) << QString::fromLatin1(offset) << f << o << c;
        };
        // persons
        row("Picasso", "11234951", {"/person", "/person/artist"}, {"/person", "/person/artist"}, per);
        row("Mozart", "11194355", {"/person", "/person/musician"},
            {"/person", "/person/artist", "/person/artist/music"}, per);
        row("Bach", "10830229", {"/person", "/person/musician"},
            {"/person", "/person/artist", "/person/artist/music"}, per);
        row("Shakespeare", "11295196", {"/person", "/person/author"},
            {"/person", "/person/artist", "/person/artist/author"}, per);
        row("Einstein", "10954498", {"/person"}, {"/person"}, per);
        row("Darwin", "10923313", {"/person"}, {"/person"}, per);
        row("Abraham Lincoln", "11132462", {"/person", "/person/politician"},
            {"/person", "/person/legal", "/person/political_figure"}, per);
        row("Napoleon", "11200276", {"/person", "/person/monarch", "/person/soldier"},
            {"/person", "/person/military", "/person/political_figure"}, per);
        row("Winston Churchill", "10897312", {"/person", "/person/author", "/person/politician"},
            {"/person", "/person/artist", "/person/artist/author", "/person/political_figure"}, per);
        row("Leonardo", "11128394", {"/person", "/person/architect", "/person/artist", "/person/engineer"},
            {"/person", "/person/artist"}, per);
        row("Columbus (navigator)", "10905315", {"/person"}, {"/person"}, per);
        row("Hamlet (character)", "09599891", {"/person"}, {"/person"}, per);
        // places
        row("Paris", "08932568", {"/location", "/location/city"}, {"/location", "/location/city"}, loc);
        row("Waterloo (town)", "08852065", {"/location", "/location/city"}, {"/location", "/location/city"},
            loc);
        row("France", "08929922", {"/location", "/location/country"}, {"/location", "/location/country"},
            loc);
        row("Florida", "09071690", {"/location", "/location/province"}, {"/location"}, loc);
        row("Mississippi (state)", "09103943", {"/location", "/location/province"}, {"/location"}, loc);
        row("Everest", "09277010", {"/geography", "/geography/mountain", "/location"},
            {"/location", "/location/geography", "/location/geography/mountain"}, loc);
        row("Alps", "09194357", {"/geography", "/geography/mountain", "/location"},
            {"/location", "/location/geography", "/location/geography/mountain"}, loc);
        row("Vesuvius", "09177883", {"/geography", "/geography/mountain", "/location"},
            {"/location", "/location/geography", "/location/geography/mountain"}, loc);
        row("Sahara", "09172283", {"/location"}, {"/location"}, loc);
        row("Harvard", "03496749", {"/organization", "/organization/educational_institution"},
            {"/organization", "/organization/education"}, QStringLiteral("/organization"));
        row("Jupiter (planet)", "09322454", {"/astral_body"}, {"/location", "/location/celestial"}, loc);
        // waters
        row("Mississippi (river)", "09356080", {"/location", "/location/body_of_water"},
            {"/location", "/location/geography", "/location/geography/body_of_water"}, loc);
        row("Nile", "09371360", {"/location", "/location/body_of_water"},
            {"/location", "/location/geography", "/location/geography/body_of_water"}, loc);
        row("Thames", "09457020", {"/location", "/location/body_of_water"},
            {"/location", "/location/geography", "/location/geography/body_of_water"}, loc);
        row("Pacific", "09382990", {"/location", "/location/body_of_water"},
            {"/location", "/location/geography", "/location/geography/body_of_water"}, loc);
        row("Baikal", "09242767", {"/location", "/location/body_of_water"},
            {"/location", "/location/geography", "/location/geography/body_of_water"}, loc);
        // events
        row("Waterloo (battle)", "01299476", {"/event", "/event/military_conflict"},
            {"/other", "/other/event", "/other/event/violent_conflict"}, ev);
        row("Gettysburg (battle)", "01279615", {"/event", "/event/military_conflict"},
            {"/other", "/other/event", "/other/event/violent_conflict"}, ev);
        row("World War II", "01312096", {"/event", "/event/military_conflict"},
            {"/other", "/other/event", "/other/event/violent_conflict"}, ev);
        // works
        row("Iliad", "06382072", {"/written_work"}, {"/other", "/other/art", "/other/art/writing"},
            QStringLiteral("/other"));
        row("Genesis", "06432376", {"/written_work"}, {"/other", "/other/art", "/other/art/writing"},
            QStringLiteral("/other"));
        row("Koran", "06461609", {"/written_work"}, {"/other", "/other/art", "/other/art/writing"},
            QStringLiteral("/other"));
        // gods
        row("Jupiter (god)", "09573966", {"/god"}, {"/other", "/other/supernatural"},
            QStringLiteral("/other"));
        row("Zeus", "09573682", {"/god"}, {"/other", "/other/supernatural"}, QStringLiteral("/other"));
    }
    void mapping() {
        QFETCH(QString, offset);
        QFETCH(QStringList, figer);
        QFETCH(QStringList, ontonotes);
        QFETCH(QString, coarse);
        const QByteArray o = offset.toLatin1();
        QCOMPARE(typesOf(o.constData(), QStringLiteral("figer")), figer);
        QCOMPARE(typesOf(o.constData(), QStringLiteral("ontonotes")), ontonotes);
        QCOMPARE(typesOf(o.constData(), QStringLiteral("coarse")), QStringList{coarse});
    }

    void everyEntityTypedInOntoNotesAndCoarse() {
        // OntoNotes and coarse have a catch-all (/other) mapped at WordNet's root, so nothing is left out;
        // FIGER has none, so a few abstract entities stay untyped there (the constraint is then released).
        int figerUntyped = 0;
        for (EntityIndex e = 0; e < m_kb->size(); ++e) {
            QVERIFY(!m_types.at(QStringLiteral("ontonotes"))->types(e).empty());
            QVERIFY(!m_types.at(QStringLiteral("coarse"))->types(e).empty());
            figerUntyped += m_types.at(QStringLiteral("figer"))->types(e).empty() ? 1 : 0;
        }
        QVERIFY2(figerUntyped < 80, qPrintable(QString::number(figerUntyped)));
    }

    void mappingErrors() {
        QVERIFY_THROWS_EXCEPTION(
            KnowledgeError,
            WordNetTypeMapping::fromJson("{\"rules\": [\n{\"synset\": \"qqq.n.01\", \"figer\": []}]}",
                                         QStringLiteral("m.json"), *m_wordnet));
        try {
            WordNetTypeMapping::fromJson("{\"rules\": [\n{\"synset\": \"city.n.42\"}]}",
                                         QStringLiteral("m.json"), *m_wordnet);
            QFAIL("no error");
        } catch (const KnowledgeError& e) {
            QCOMPARE(e.line(), 2);
            QVERIFY(e.message().contains(QStringLiteral("city.n.42")));
        }
    }

    void userKb() {
        const QByteArray jsonl =
            R"({"id": "Q90", "names": ["Paris", "City of Light"], "description": "capital of France", "types": ["/location/city"]}

{"id": 7, "names": ["Ada Lovelace"], "types": ["/person", "/person/engineer"]}
)";
        const KnowledgeBase kb = KnowledgeBase::fromJsonl(jsonl, QStringLiteral("kb.jsonl"));
        QCOMPARE(kb.size(), 2);
        QCOMPARE(kb.entity(1).id, QStringLiteral("7"));
        QCOMPARE(kb.entity(1).line, 3);
        QCOMPARE(kb.entity(0).aliases, (QStringList{"Paris", "City of Light"}));
        const EntityTypes types(kb, m_sets.at(QStringLiteral("figer")), nullptr);
        QVERIFY(types.unresolved().empty());
        QCOMPARE(int(types.types(0).size()), 2); // /location/city and its parent
        const EntityTypes onto(kb, m_sets.at(QStringLiteral("ontonotes")), nullptr);
        QCOMPARE(int(onto.unresolved().size()), 1); // /person/engineer is not an OntoNotes type
        QCOMPARE(onto.unresolved().front().path, QStringLiteral("/person/engineer"));
    }

    void userKbErrors_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        const QByteArray good = "{\"id\": \"a\", \"names\": [\"A\"]}\n";
        QTest::newRow("bad json") << good + "{\"id\": \"b\", \"names\": [\"B\"]\n"
                                  << 2 << QStringLiteral("invalid JSON");
        QTest::newRow("not object") << good + "[1, 2]\n" << 2 << QStringLiteral("expected a JSON object");
        QTest::newRow("no id") << good + "\n{\"names\": [\"B\"]}\n" << 3 << QStringLiteral("\"id\"");
        QTest::newRow("duplicate id") << good + good << 2 << QStringLiteral("duplicate id \"a\"");
        QTest::newRow("no names") << QByteArray("{\"id\": \"a\"}") << 1 << QStringLiteral("\"names\"");
        QTest::newRow("empty names") << QByteArray("{\"id\": \"a\", \"names\": []}") << 1
                                     << QStringLiteral("non-empty");
        QTest::newRow("name not string")
            << QByteArray("{\"id\": \"a\", \"names\": [3]}") << 1 << QStringLiteral("\"names\"");
        QTest::newRow("types not array")
            << QByteArray("{\"id\": \"a\", \"names\": [\"A\"], \"types\": \"/x\"}") << 1
            << QStringLiteral("\"types\"");
        QTest::newRow("type not path")
            << QByteArray("{\"id\": \"a\", \"names\": [\"A\"], \"types\": [\"person\"]}") << 1
            << QStringLiteral("type paths");
        QTest::newRow("description") << QByteArray("{\"id\": \"a\", \"names\": [\"A\"], \"description\": 1}")
                                     << 1 << QStringLiteral("\"description\"");
        QTest::newRow("empty") << QByteArray("\n\n") << 0 << QStringLiteral("at least one entity");
    }
    void userKbErrors() {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, expected);
        try {
            KnowledgeBase::fromJsonl(text, QStringLiteral("kb.jsonl"));
            QFAIL("no error");
        } catch (const KnowledgeError& e) {
            QCOMPARE(e.file(), QStringLiteral("kb.jsonl"));
            QCOMPARE(e.line(), line);
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    void missingWordNet() {
        try {
            WordNetDatabase::load(QStringLiteral("/nonexistent/wordnet"));
            QFAIL("no error");
        } catch (const KnowledgeError& e) {
            QVERIFY(e.message().contains(QStringLiteral("/nonexistent/wordnet/data.noun")));
            QVERIFY(e.message().contains(QStringLiteral("wordnet-base")));
        }
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
