// The keystroke model of `kcat typing-cost` against hand-computed answers, the WordNet gold links, and the
// experiment's direction on a slice of the demo documents.

#include "annotation/documents/DemoProject.h"
#include "annotation/documents/DocumentsModule.h"
#include "annotation/documents/KnowledgeConstraint.h"
#include "annotation/documents/TypeCandidateModel.h"
#include "annotation/documents/TypingCost.h"
#include "annotation/knowledge/Knowledge.h"
#include "annotation/knowledge/WordNetGold.h"

#include "compute/core/Cli.h"
#include "compute/core/Json.h"

#include <QTest>

#include <sstream>

using namespace kcat::annotation;

namespace {

const QString Paris = QStringLiteral("wn:08932568"); // the French capital

// "tiny": /a with twelve children x1..x12, /b with cinema and city. Sorted by path: /a, /a/x1, /a/x10,
// /a/x11, /a/x12, /a/x2, ..., /a/x9, /b, /b/cinema, /b/city.
std::shared_ptr<const TypeTaxonomy> tiny() {
    TypeTaxonomy t(QStringLiteral("tiny"));
    for (int i = 1; i <= 12; ++i)
        t.add(QStringLiteral("/a/x%1").arg(i));
    t.add(QStringLiteral("/b/cinema"));
    t.add(QStringLiteral("/b/city"));
    return std::make_shared<const TypeTaxonomy>(t);
}

QStringList all(const TypingCostModel& model) {
    QStringList out;
    for (int i = 0; i < model.catalog().size(); ++i)
        out << model.catalog().at(i).path;
    return out;
}

} // namespace

class TestTypingCost : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<Knowledge> m_knowledge;

private Q_SLOTS:
    void initTestCase() {
        m_knowledge = Knowledge::loadBuiltin();
        m_knowledge->typeSets().add(tiny());
    }

    void viewsByHand() {
        const TypingCostModel model(m_knowledge, QStringLiteral("tiny"), false);
        const QStringList every = all(model);
        QCOMPARE(every.size(), 16);
        const QStringList city = {QStringLiteral("/b"), QStringLiteral("/b/city")};
        // Flatten: /b/city is 16th; "c" and "i" rank /b/cinema first (same score, earlier path), "t" only
        // matches city: "/", "t", Enter.
        QCOMPARE(model.typesCost(TypingCostModel::Flatten, every, city), 3);
        // Coarse→Fine: /b is 2nd at the top, city 2nd below it.
        QCOMPARE(model.typesCost(TypingCostModel::CoarseFine, every, city), 2);
        // Tree: the first nine rows are /a and eight of its children.
        QCOMPARE(model.typesCost(TypingCostModel::Tree, every, city), -1);
        // /a/x9 is 12th below /a: "/", "9", Enter.
        const QStringList x9 = {QStringLiteral("/a"), QStringLiteral("/a/x9")};
        QCOMPARE(model.typesCost(TypingCostModel::CoarseFine, every, x9), 1 + 3);
        QCOMPARE(model.typesCost(TypingCostModel::Flatten, every, x9), 3);
        // Two branches: Coarse→Fine 1 + 1 (x2 is 5th), Backspace, 1 + 1 = 5; Flatten x2 (6th) 1 + city 3 = 4.
        const QStringList two = {QStringLiteral("/a"), QStringLiteral("/a/x2"), QStringLiteral("/b"),
                                 QStringLiteral("/b/city")};
        QCOMPARE(model.typesCost(TypingCostModel::CoarseFine, every, two), 5);
        QCOMPARE(model.typesCost(TypingCostModel::Flatten, every, two), 4);
        // A type that is not offered cannot be chosen.
        QCOMPARE(model.typesCost(TypingCostModel::Flatten, {QStringLiteral("/a")}, city), -1);
    }

    void scoreIsTheClientsRanking() {
        const TypingCostModel model(m_knowledge, QStringLiteral("figer"), true);
        const auto catalog = model.constraint().catalog();
        for (const QString q : {"c", "ci", "city", "loc", "art", "/per", "xyz", "body of", "wtr", "an"})
            for (int i = 0; i < catalog->size(); ++i)
                QCOMPARE(model.score(i, q), TypeCandidateModel::matchScore(catalog->at(i), q));
    }

    void planKeepRelinkRelease() {
        const TypingCostModel constrained(m_knowledge, QStringLiteral("figer"), true);
        const QStringList gold = constrained.constraint().entityTypes(Paris);
        QCOMPARE(gold, QStringList({"/location", "/location/city"}));
        Mention m;
        m.link = LinkState::Linked;
        m.entity = Paris;
        m.candidates = {{Paris, 0.9}};
        // Linked right: the constraint offers /location and /location/city; city is 2nd: 1 key + Enter.
        TypingPlan p = constrained.plan(m, gold, Paris);
        QCOMPARE(p.actions, 2);
        QCOMPARE(p.view, QStringLiteral("flatten"));
        QCOMPARE(p.link, QStringLiteral("kept"));
        QCOMPARE(p.candidateRatio, 2.0 / 113);
        QCOMPARE(p.viewActions[TypingCostModel::CoarseFine], 3);
        // Linked to Paris of Troy (a person), the city 2nd in the list: L, 2, then 1 key, Enter = 4; any
        // release costs N and at least two type keys and Enter, so no fewer.
        const QString troy =
            m_knowledge->knowledgeBase()
                ->entity(m_knowledge->linker()
                             .link(QStringLiteral("Paris"),
                                   m_knowledge->linker().context(QStringLiteral("Troy Helen Priam")))
                             .entity)
                .id;
        QVERIFY(troy != Paris);
        m.entity = troy;
        m.candidates = {{troy, 0.6}, {Paris, 0.3}};
        p = constrained.plan(m, gold, Paris);
        QCOMPARE(p.actions, 4);
        QCOMPARE(p.link, QStringLiteral("relinked"));
        // Not among the candidates: only releasing the constraint reaches the gold types.
        m.candidates = {{troy, 0.6}};
        p = constrained.plan(m, gold, Paris);
        QCOMPARE(p.link, QStringLiteral("released"));
        const TypingCostModel free(m_knowledge, QStringLiteral("figer"), false);
        const TypingPlan q = free.plan(m, gold, Paris);
        QCOMPARE(p.actions, q.actions + 1); // N, then as without the constraint
        QCOMPARE(q.candidateRatio, 1.0);
    }

    void wordnetGold() {
        const WordNetGold gold(*m_knowledge->wordnet(), *m_knowledge->knowledgeBase(), m_knowledge->linker());
        const auto montmartre = m_knowledge->wordnet()->lookup(QStringLiteral("Montmartre"));
        QVERIFY(!montmartre.empty());
        const WordNetGold::Link link = gold.gold(montmartre.front(), QStringLiteral("Paris"));
        QCOMPARE(int(link.kind), int(WordNetGold::Kind::Entity));
        QCOMPARE(m_knowledge->knowledgeBase()->entity(link.entity).id, Paris);
        // A name the gloss's synset has no pointer for is unknown.
        QCOMPARE(int(gold.gold(montmartre.front(), QStringLiteral("Lincoln")).kind),
                 int(WordNetGold::Kind::Unknown));
    }

    void constraintKeepsTypingCheap() {
        // The first 60 demo documents: the constraint never costs more on average, and offers a small
        // share of the type set.
        std::vector<uint32_t> sources;
        const QVector<DocumentData> docs = DemoProject::buildDocuments(*m_knowledge, 60, {}, &sources);
        QCOMPARE(size_t(docs.size()), sources.size());
        const TypingCostReport with =
            measureTypingCost(m_knowledge, QStringLiteral("figer"), true, docs, sources);
        const TypingCostReport without =
            measureTypingCost(m_knowledge, QStringLiteral("figer"), false, docs, sources);
        QVERIFY(with.gold >= 10);
        QCOMPARE(with.gold, without.gold);
        QCOMPARE(with.unreachable, 0);
        QVERIFY(with.meanActions >= 2); // at least one type key and Enter
        QVERIFY(with.meanActions <= without.meanActions);
        QVERIFY(with.meanCandidateRatio < 0.5);
        QCOMPARE(without.meanCandidateRatio, 1.0);
        qInfo("figer, 60 documents: %d gold mentions; mean actions %.2f with the constraint, %.2f without",
              with.gold, with.meanActions, without.meanActions);
    }

    void command() {
        // `kcat typing-cost` in process: the same numbers as the library on the same documents.
        registerDocumentsModule();
        auto run = [](const QStringList& args, std::string* out, std::string* err) {
            std::ostringstream o, e;
            kcat::core::CliContext ctx{o, e};
            const int code = kcat::core::CliRegistry::instance().dispatch(args, ctx);
            *out = o.str();
            *err = e.str();
            return code;
        };
        std::string out, err;
        QCOMPARE(run({"typing-cost", "--typeset", "coarse", "--documents", "15"}, &out, &err), 0);
        const nlohmann::json j = nlohmann::json::parse(out);
        std::vector<uint32_t> sources;
        const QVector<DocumentData> docs = DemoProject::buildDocuments(*m_knowledge, 15, {}, &sources);
        const TypingCostReport r =
            measureTypingCost(m_knowledge, QStringLiteral("coarse"), true, docs, sources);
        QCOMPARE(j.at("typeset").get<std::string>(), std::string("coarse"));
        QCOMPARE(j.at("types").get<int>(), 5);
        QCOMPARE(j.at("documents").get<int>(), 15);
        QCOMPARE(j.at("gold_mentions").get<int>(), r.gold);
        QCOMPARE(j.at("mean_actions").get<double>(), r.meanActions);
        QCOMPARE(j.at("median_actions").get<double>(), r.medianActions);
        QCOMPARE(j.at("mean_candidate_ratio").get<double>(), r.meanCandidateRatio);
        QVERIFY(j.at("constraint").get<bool>());
        QCOMPARE(
            run({"typing-cost", "--typeset", "coarse", "--documents", "15", "--no-constraint"}, &out, &err),
            0);
        QCOMPARE(nlohmann::json::parse(out).at("mean_candidate_ratio").get<double>(), 1.0);
        // Bad input: exit 2, a message, nothing on stdout.
        QCOMPARE(run({"typing-cost", "--typeset", "nope"}, &out, &err), 2);
        QVERIFY(out.empty());
        QVERIFY(QString::fromStdString(err).contains(QStringLiteral("unknown type set \"nope\"")));
        QCOMPARE(run({"typing-cost", "--typeset", "figer", "--workspace", "/tmp/x.kcat"}, &out, &err), 2);
        QVERIFY(QString::fromStdString(err).contains(QStringLiteral("--workspace and --project together")));
        QCOMPARE(run({"typing-cost", "--typeset", "figer", "--documents", "0"}, &out, &err), 2);
    }
};

QTEST_MAIN(TestTypingCost)
#include "tst_typingcost.moc"
