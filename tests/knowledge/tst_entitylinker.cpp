// EntityLinker (ambiguous names by context, case-folded and near-miss lookup, NIL, calibration),
// the knowledge constraint, MentionDetector offsets and TypeSearch ranking, over the WordNet bundle.

#include "annotation/knowledge/Knowledge.h"
#include "annotation/knowledge/KnowledgeModule.h"
#include "annotation/knowledge/LinkerCalibration.h"
#include "annotation/knowledge/TypeSearch.h"
#include "compute/core/Cli.h"
#include "compute/core/Json.h"

#include <QTest>

#include <sstream>

using namespace kcat::annotation;

class TestEntityLinker : public QObject {
    Q_OBJECT

    std::shared_ptr<const Knowledge> m_k;

    QString linkedId(const QString& surface, const QString& document) {
        const LinkResult r = m_k->linker().link(surface, m_k->linker().context(document));
        return r.isNil() ? QStringLiteral("NIL") : m_k->knowledgeBase()->entity(r.entity).id;
    }

private Q_SLOTS:
    void initTestCase() { m_k = Knowledge::loadBuiltin(); } // WordNet parsed once for the executable

    void ambiguousNamesByContext_data() {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("expected");
        // Paris: the French capital (wn:08932568), the Trojan prince (09500217), the Texas town (09145751).
        QTest::newRow("Paris, France")
            << "Paris"
            << "We flew to Paris, the capital of France, and walked along the Seine."
            << "wn:08932568";
        QTest::newRow("Paris of Troy")
            << "Paris"
            << "In Greek mythology Paris abducted Helen, wife of Menelaus, and started the Trojan War."
            << "wn:09500217";
        QTest::newRow("Paris, Texas") << "Paris"
                                      << "Paris is a small town in northeastern Texas."
                                      << "wn:09145751";
        // Lincoln: the president (11132462) or the capital of Nebraska (09109882).
        QTest::newRow("Lincoln president") << "Lincoln"
                                           << "Lincoln was President of the United States during the "
                                              "American Civil War and abolished slavery."
                                           << "wn:11132462";
        QTest::newRow("Lincoln, Nebraska") << "Lincoln"
                                           << "Lincoln is the state capital of Nebraska."
                                           << "wn:09109882";
        // Columbus: the navigator (10905315) or the capital of Ohio (09131001).
        QTest::newRow("Columbus navigator")
            << "Columbus"
            << "Columbus sailed across the Atlantic and discovered the New World for Spain."
            << "wn:10905315";
        QTest::newRow("Columbus, Ohio") << "Columbus"
                                        << "Columbus is the state capital of Ohio."
                                        << "wn:09131001";
        // Churchill: the statesman (10897312) or the general, Duke of Marlborough (10897594).
        QTest::newRow("Churchill statesman")
            << "Churchill"
            << "Churchill led Britain during World War II and won the Nobel prize for literature."
            << "wn:10897312";
        QTest::newRow("Jupiter planet")
            << "Jupiter"
            << "Jupiter is the largest planet of the solar system, fifth from the sun."
            << "wn:09322454";
        QTest::newRow("Jupiter god") << "Jupiter"
                                     << "In Roman mythology Jupiter was the supreme god, counterpart of Zeus."
                                     << "wn:09573966";
    }
    void ambiguousNamesByContext() {
        QFETCH(QString, surface);
        QFETCH(QString, document);
        QFETCH(QString, expected);
        QCOMPARE(linkedId(surface, document), expected);
    }

    void scoresAreCalibrated() {
        const LinkResult r = m_k->linker().link(
            QStringLiteral("Paris"), m_k->linker().context(QStringLiteral("the capital of France")));
        QVERIFY(r.candidates.size() >= 3);
        double sum = r.nilScore;
        for (const LinkCandidate& c : r.candidates)
            sum += c.score;
        QVERIFY(qAbs(sum - 1.0) < 1e-9); // all Paris candidates fit in the top 5
        for (size_t i = 1; i < r.candidates.size(); ++i)
            QVERIFY(r.candidates[i - 1].score >= r.candidates[i].score);
        QVERIFY(r.candidates.front().score > 0.5);
        // Prior: "paris%1:15:00:: 1 20" (the capital) vs no tag count for the others: (20+1)/(20+3).
        QVERIFY(qAbs(r.candidates.front().prior - 21.0 / 23.0) < 1e-9);
    }

    void calibrationFitLowersHeldOutError() {
        // WordNet-labelled mentions, split by gloss; fit on one half, measure on the other.
        const auto all = LinkerCalibration::collect(*m_k);
        const auto fitSet = LinkerCalibration::split(all, false);
        const auto heldOut = LinkerCalibration::split(all, true);
        QVERIFY(fitSet.size() >= 300);
        QVERIFY(heldOut.size() >= 300);
        for (const auto& ex : heldOut)
            QVERIFY(ex.synset % 2 == 1);
        EntityLinker::Options before = m_k->linker().options();
        before.contextWeight = EntityLinker::Options::UncalibratedContextWeight;
        before.nilLogit = EntityLinker::Options::UncalibratedNilLogit;
        before.temperature = 1.0;
        // The temperature and the NIL threshold, the ranking weights kept (what the linker ships).
        const EntityLinker::Options fitted = LinkerCalibration::fit(fitSet, before, false);
        QCOMPARE(fitted.contextWeight, before.contextWeight);
        const CalibrationMetrics b = LinkerCalibration::evaluate(heldOut, before);
        const CalibrationMetrics a = LinkerCalibration::evaluate(heldOut, fitted);
        qInfo("held out: %d mentions (%d NIL); ECE %.3f -> %.3f, NLL %.3f -> %.3f, accuracy %.3f -> %.3f; "
              "fitted w_c %.2f, T %.2f, NIL logit %.2f",
              a.examples, a.nilExamples, b.ece, a.ece, b.nll, a.nll, b.accuracy, a.accuracy,
              fitted.contextWeight, fitted.temperature, fitted.nilLogit);
        QVERIFY(a.ece < b.ece);
        QVERIFY(a.nll < b.nll);
        QCOMPARE(a.accuracy,
                 b.accuracy); // the temperature leaves the ranking alone; the NIL threshold may not
        int binned = 0;
        for (const ReliabilityBin& bin : a.bins)
            binned += bin.count;
        QCOMPARE(binned, a.examples);
        // The linker's defaults are these fitted values (rounded to two decimals in EntityLinker.h).
        QCOMPARE(m_k->linker().options().contextWeight, fitted.contextWeight);
        QVERIFY(qAbs(m_k->linker().options().temperature - fitted.temperature) < 0.01);
        QVERIFY(qAbs(m_k->linker().options().nilLogit - fitted.nilLogit) < 0.01);
    }

    void calibrationCommand() {
        // `kcat link-calibration` in process: the held-out ECE before and after, and a 10-bin table.
        registerKnowledgeModule();
        std::ostringstream out, err;
        kcat::core::CliContext ctx{out, err};
        QCOMPARE(kcat::core::CliRegistry::instance().dispatch({QStringLiteral("link-calibration")}, ctx), 0);
        const nlohmann::json j = nlohmann::json::parse(out.str());
        const double before = j.at("before").at("held_out").at("ece").get<double>();
        const double after = j.at("fitted").at("held_out").at("ece").get<double>();
        QVERIFY(after < before);
        QCOMPARE(j.at("fitted").at("held_out").at("reliability").size(), size_t(10));
        QCOMPARE(j.at("defaults").at("options").at("temperature").get<double>(),
                 m_k->linker().options().temperature);
    }

    void lookupKinds() {
        const auto exact = m_k->linker().lookup(QStringLiteral("Mississippi"));
        QCOMPARE(int(exact.size()), 2); // the river and the state
        QCOMPARE(exact.front().second, AliasMatch::Exact);
        const auto folded = m_k->linker().lookup(QStringLiteral("MISSISSIPPI"));
        QCOMPARE(int(folded.size()), 2);
        QCOMPARE(folded.front().second, AliasMatch::CaseFolded);
        const auto near = m_k->linker().lookup(QStringLiteral("Misissippi")); // one letter missing
        QCOMPARE(int(near.size()), 2);
        QCOMPARE(near.front().second, AliasMatch::NearMiss);
        QVERIFY(m_k->linker().lookup(QStringLiteral("Pris")).empty()); // short names need an exact match
        QCOMPARE(linkedId(QStringLiteral("Beethovem"), QStringLiteral("the composer of nine symphonies")),
                 QStringLiteral("wn:10841405"));
    }

    void nilAndConstraint() {
        QCOMPARE(linkedId(QStringLiteral("Zzyzx Quorble"), QStringLiteral("nothing")), QStringLiteral("NIL"));
        const EntityTypes& figer = m_k->entityTypes(QStringLiteral("figer"));
        const TypeConstraint nil = TypeConstraint::forEntity(-1, figer);
        QVERIFY(nil.released);
        QCOMPARE(int(nil.candidates.size()), 113);
        QCOMPARE(nil.ratio, 1.0);
        const EntityIndex nile = m_k->knowledgeBase()->find(QStringLiteral("wn:09371360"));
        const TypeConstraint c = TypeConstraint::forEntity(nile, figer);
        QVERIFY(!c.released);
        QCOMPARE(int(c.candidates.size()), 2); // /location, /location/body_of_water
        QCOMPARE(c.ratio, 2.0 / 113.0);
        QCOMPARE(meanCandidateRatio({c, nil}), (2.0 / 113.0 + 1.0) / 2.0);
        const EntityTypes& wordnet = m_k->entityTypes(QStringLiteral("wordnet"));
        const TypeConstraint w = TypeConstraint::forEntity(nile, wordnet);
        QVERIFY(w.ratio < 0.02);
        QCOMPARE(int(w.candidates.size()), int(m_k->knowledgeBase()->entity(nile).classes.size()));
    }

    void annotateText() {
        const QString text =
            QStringLiteral("The Nile and the Mississippi River flow; New York City is big. PARIS!");
        const auto mentions = m_k->annotate(text, QStringLiteral("coarse"));
        QStringList surfaces;
        for (const LinkedMention& m : mentions) {
            QCOMPARE(text.mid(m.mention.start, m.mention.end - m.mention.start), m.mention.surface);
            surfaces << m.mention.surface;
        }
        QCOMPARE(surfaces, (QStringList{"Nile", "Mississippi River", "New York City", "PARIS"}));
        QCOMPARE(mentions[0].mention.start, 4);
        QCOMPARE(mentions[0].mention.end, 8);
        QCOMPARE(mentions[1].link.entity, m_k->knowledgeBase()->find(QStringLiteral("wn:09356080")));
        QCOMPARE(mentions[0].constraint.ratio, 1.0 / 5.0); // /location of 5 coarse types
        // Lower-case words are not matched case-folded ("nile" is not a mention).
        QVERIFY(m_k->detector().detect(QStringLiteral("a nile green dress")).empty());
    }

    void typeSearch() {
        TypeSearch figer(m_k->typeSets().get(QStringLiteral("figer")));
        auto first = [&](TypeSearch& s, const QString& q) {
            return s.taxonomy().type(s.search(q, 5).front().type).path;
        };
        QCOMPARE(first(figer, QStringLiteral("artist")), QStringLiteral("/person/artist"));
        QCOMPARE(first(figer, QStringLiteral("art")), QStringLiteral("/art")); // exact name first
        QCOMPARE(first(figer, QStringLiteral("body")),
                 QStringLiteral("/body_part")); // prefix; shallower first
        QCOMPARE(first(figer, QStringLiteral("body_o")), QStringLiteral("/location/body_of_water"));
        QCOMPARE(first(figer, QStringLiteral("bdywtr")), QStringLiteral("/location/body_of_water")); // fuzzy
        QCOMPARE(first(figer, QStringLiteral("person art")), QStringLiteral("/person/artist")); // two words
        // Incremental: typing on narrows the same results as a fresh search.
        TypeSearch wn(m_k->typeSets().get(QStringLiteral("wordnet")));
        TypeSearch fresh(m_k->typeSets().get(QStringLiteral("wordnet")));
        for (const QString& q : {QStringLiteral("r"), QStringLiteral("ri"), QStringLiteral("riv"),
                                 QStringLiteral("rive"), QStringLiteral("river")}) {
            const auto a = wn.search(q, 20);
            fresh.search(QString(), 1);
            const auto b = fresh.search(q, 20);
            QCOMPARE(a.size(), b.size());
            for (size_t i = 0; i < a.size(); ++i)
                QCOMPARE(a[i].type, b[i].type);
        }
        QCOMPARE(wn.taxonomy().type(wn.search(QStringLiteral("river"), 1).front().type).key,
                 QStringLiteral("n09411430"));
        // Restricted to the constraint's candidates.
        const EntityIndex nile = m_k->knowledgeBase()->find(QStringLiteral("wn:09371360"));
        const TypeConstraint c = TypeConstraint::forEntity(nile, m_k->entityTypes(QStringLiteral("figer")));
        const auto restricted = figer.search(QStringLiteral("o"), 50, &c.candidates);
        QCOMPARE(int(restricted.size()), 2);
        QVERIFY(figer.search(QStringLiteral("zzzqqq"), 5).empty());
        // Descriptions are searched too (FIGER's /person/author: "a person who writes ...").
        const auto byDescription = figer.search(QStringLiteral("writes"), 5);
        QVERIFY(!byDescription.empty());
    }
};

QTEST_GUILESS_MAIN(TestEntityLinker)
#include "tst_entitylinker.moc"
