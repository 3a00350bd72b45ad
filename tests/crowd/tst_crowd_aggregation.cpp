// Aggregation: hand-checked tiny cases for every method, recovery of the truth on simulated crowds, label
// sets.

#include "annotation/crowd/AnnotatorQuality.h"
#include "annotation/crowd/CrowdSimulator.h"
#include "annotation/crowd/MultiLabelAggregation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kcat::crowd;

Q_DECLARE_METATYPE(kcat::crowd::AggregationMethod)

namespace {

LabelTable tableOf(const std::vector<std::array<const char*, 3>>& rows) {
    LabelTableBuilder b;
    for (const auto& r : rows)
        b.add(b.item(QString::fromLatin1(r[0])), b.annotator(QString::fromLatin1(r[1])),
              b.label(QString::fromLatin1(r[2])));
    return b.build();
}

// Three annotators, two classes: i1 = (0,0,0), i2 = (1,1,0), i3 = (1,1,1).
LabelTable threeItems() {
    return tableOf({{"i1", "a", "0"},
                    {"i1", "b", "0"},
                    {"i1", "c", "0"},
                    {"i2", "a", "1"},
                    {"i2", "b", "1"},
                    {"i2", "c", "0"},
                    {"i3", "a", "1"},
                    {"i3", "b", "1"},
                    {"i3", "c", "1"}});
}

// A, B, C always give the truth on i1..i9 (x, y, z in turn); D always answers the next class, E the one
// after, so D and E are always wrong and never agree. On i10 only A (x), D (y) and E (y) answer: a 2-to-1
// majority for y that every model of annotator reliability must overrule.
LabelTable outvotedExpert() {
    const char* classes[] = {"x", "y", "z"};
    LabelTableBuilder b;
    for (const char* c : classes)
        b.label(QString::fromLatin1(c));
    for (int i = 0; i < 9; ++i) {
        const int item = b.item(QStringLiteral("i%1").arg(i + 1));
        for (const char* a : {"A", "B", "C"})
            b.add(item, b.annotator(QString::fromLatin1(a)), i % 3);
        b.add(item, b.annotator(QStringLiteral("D")), (i + 1) % 3);
        b.add(item, b.annotator(QStringLiteral("E")), (i + 2) % 3);
    }
    const int last = b.item(QStringLiteral("i10"));
    b.add(last, b.annotator(QStringLiteral("A")), 0);
    b.add(last, b.annotator(QStringLiteral("D")), 1);
    b.add(last, b.annotator(QStringLiteral("E")), 1);
    return b.build();
}

struct Crowd {
    LabelTable table;
    std::vector<int> gold; // class id per item
};

// 1,500 items, 4 classes; three honest annotators at 0.7 and four spammers.
Crowd simulatedCrowd(std::uint64_t seed) {
    GoldLabels gold;
    const QStringList classes = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("d")};
    gold.labelNames = classes;
    for (int i = 0; i < 1500; ++i) {
        gold.items << QStringLiteral("item%1").arg(i);
        gold.labels.push_back({classes[(i * 7 + i / 5) % 4]});
    }
    std::vector<SimulatedAnnotator> annotators;
    for (int j = 0; j < 3; ++j)
        annotators.push_back({QStringLiteral("good%1").arg(j), 0.7, ErrorPattern::Uniform});
    for (int j = 0; j < 4; ++j)
        annotators.push_back({QStringLiteral("spam%1").arg(j), 0.0, ErrorPattern::Spammer});
    SimulationOptions options;
    options.seed = seed;
    LabelTableBuilder b;
    for (const QString& c : classes)
        b.label(c);
    for (const SimulatedLabel& l : simulateCrowd(gold, annotators, TypeHierarchy(), options))
        b.add(b.item(l.item), b.annotator(l.annotator), b.label(l.label));
    Crowd crowd{b.build(), {}};
    for (int i = 0; i < crowd.table.itemCount(); ++i)
        crowd.gold.push_back(
            crowd.table.labelId(gold.labels[size_t(gold.items.indexOf(crowd.table.items()[i]))][0]));
    return crowd;
}

double accuracy(const AggregationResult& r, const std::vector<int>& gold) {
    int right = 0;
    for (size_t i = 0; i < gold.size(); ++i)
        right += r.labels[i] == gold[i];
    return double(right) / double(gold.size());
}

} // namespace

class TestCrowdAggregation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void majorityVoteAndItsTieRule() {
        // i1: x, x, y → x. i2: one x, one y: a tie, won by x, the label given most often overall.
        // i3: one y, one z; y and z are equally frequent overall (2 each): the name that sorts first, y.
        const LabelTable t = tableOf({{"i1", "a", "x"},
                                      {"i1", "b", "x"},
                                      {"i1", "c", "y"},
                                      {"i2", "a", "y"},
                                      {"i2", "b", "x"},
                                      {"i3", "a", "z"},
                                      {"i3", "b", "y"},
                                      {"i4", "a", "z"}});
        const CrowdLabels data = CrowdLabels::fromTable(t);
        const AggregationResult r = majorityVote(data);
        const auto name = [&](int i) { return t.labels()[r.labels[size_t(i)]]; };
        QCOMPARE(name(0), QStringLiteral("x"));
        QCOMPARE(name(1), QStringLiteral("x"));
        QCOMPARE(name(2), QStringLiteral("y"));
        QCOMPARE(name(3), QStringLiteral("z"));
        QVERIFY(std::abs(r.posterior(0, t.labelId(QStringLiteral("x"))) - 2.0 / 3.0) < 1e-12);
        // Annotator c: 1 label, wrong against the consensus.
        QCOMPARE(r.skill[size_t(t.annotatorId(QStringLiteral("c")))], 0.0);
    }

    void dawidSkeneOneStepByHand() {
        // From the vote shares (1,0), (1/3,2/3), (0,1) and no smoothing: priors (4/9, 5/9); π_a = π_b =
        // [[3/4, 1/4], [0, 1]]; π_c = [[1, 0], [2/5, 3/5]]. Then P(i2 = 0) = (4/9·1/16) / (4/9·1/16 +
        // 5/9·2/5) = 1/9.
        AggregationOptions o;
        o.smoothing = 0;
        o.maxIterations = 1;
        const CrowdLabels data = CrowdLabels::fromTable(threeItems());
        const AggregationResult r = dawidSkene(data, o);
        QVERIFY(std::abs(r.posterior(1, 0) - 1.0 / 9.0) < 1e-12);
        QVERIFY(std::abs(r.confusionAt(2, 1, 0) - 0.4) < 1e-12);
        QVERIFY(std::abs(r.confusionAt(0, 0, 1) - 0.25) < 1e-12);
        QCOMPARE(r.labels, std::vector<int>({0, 1, 1}));
    }

    void oneCoinOneStepByHand() {
        // a_a = a_b = (1 + 2/3 + 1)/3 = 8/9, a_c = (1 + 1/3 + 1)/3 = 7/9, priors (4/9, 5/9):
        // P(i2 = 0) ∝ 4/9·(1/9)(1/9)(7/9), P(i2 = 1) ∝ 5/9·(8/9)(8/9)(2/9) → 28 / (28 + 640).
        AggregationOptions o;
        o.smoothing = 0;
        o.maxIterations = 1;
        const AggregationResult r = oneCoinDawidSkene(CrowdLabels::fromTable(threeItems()), o);
        QVERIFY(std::abs(r.posterior(1, 0) - 28.0 / 668.0) < 1e-12);
        QVERIFY(std::abs(r.skill[2] - 7.0 / 9.0) < 1e-12);
    }

    void reliabilityOverrulesTheMajority_data() {
        QTest::addColumn<AggregationMethod>("method");
        QTest::newRow("ds") << AggregationMethod::DawidSkene;
        QTest::newRow("onecoin") << AggregationMethod::OneCoin;
        QTest::newRow("glad") << AggregationMethod::Glad;
        QTest::newRow("mace") << AggregationMethod::Mace;
    }
    void reliabilityOverrulesTheMajority() {
        QFETCH(AggregationMethod, method);
        const LabelTable t = outvotedExpert();
        const CrowdLabels data = CrowdLabels::fromTable(t);
        QCOMPARE(majorityVote(data).labels[9], 1); // y by 2 votes to 1
        const AggregationResult r = aggregate(method, data, AggregationOptions());
        QCOMPARE(r.labels[9], 0); // x: A is reliable, D and E never are
        for (int i = 0; i < 9; ++i)
            QCOMPARE(r.labels[size_t(i)], i % 3);
        QVERIFY(r.posterior(9, 0) > 0.9);
        const std::vector<AnnotatorQuality> q = annotatorQuality(data, r, {});
        const int a = t.annotatorId(QStringLiteral("A")), d = t.annotatorId(QStringLiteral("D"));
        QCOMPARE(q[size_t(a)].consensusAccuracy, 1.0);
        QCOMPARE(q[size_t(d)].consensusAccuracy, 0.0);
        QVERIFY(r.skill[size_t(a)] > r.skill[size_t(d)]);
        // D's labels are a deterministic permutation: informative for full DS (spammer score high), a coin
        // toss for the one-coin models that only see "always wrong".
        if (method == AggregationMethod::DawidSkene)
            QVERIFY(q[size_t(d)].spammerScore > 0.5);
    }

    void recoversTheTruthBetterThanMajorityVote_data() {
        QTest::addColumn<AggregationMethod>("method");
        QTest::newRow("ds") << AggregationMethod::DawidSkene;
        QTest::newRow("onecoin") << AggregationMethod::OneCoin;
        QTest::newRow("glad") << AggregationMethod::Glad;
        QTest::newRow("mace") << AggregationMethod::Mace;
    }
    void recoversTheTruthBetterThanMajorityVote() {
        QFETCH(AggregationMethod, method);
        const Crowd crowd = simulatedCrowd(42);
        const CrowdLabels data = CrowdLabels::fromTable(crowd.table);
        const double mv = accuracy(majorityVote(data), crowd.gold);
        const AggregationResult r = aggregate(method, data, AggregationOptions());
        const double acc = accuracy(r, crowd.gold);
        qInfo("accuracy against the truth: majority vote %.4f, method %.4f (%d iterations)", mv, acc,
              r.iterations);
        QVERIFY2(acc > mv + 0.05, qPrintable(QStringLiteral("%1 vs %2").arg(acc).arg(mv)));
        // Majority vote drowns in the spammers' votes (0.667 here); the models get above 0.82.
        QVERIFY(acc > 0.82);
        // Estimated skills separate honest annotators from spammers.
        std::vector<int> goldVec = crowd.gold;
        const std::vector<AnnotatorQuality> q = annotatorQuality(data, r, goldVec);
        for (int j = 0; j < crowd.table.annotatorCount(); ++j) {
            const bool spammer = crowd.table.annotators()[j].startsWith(QLatin1String("spam"));
            QVERIFY(std::abs(*q[size_t(j)].goldAccuracy - (spammer ? 0.25 : 0.7)) < 0.05);
            if (method != AggregationMethod::Glad)
                QVERIFY(spammer ? q[size_t(j)].spammerScore < 0.05 : q[size_t(j)].spammerScore > 0.15);
        }
    }

    void dawidSkeneRecoversConfusions() {
        const Crowd crowd = simulatedCrowd(7);
        const CrowdLabels data = CrowdLabels::fromTable(crowd.table);
        AggregationOptions o;
        o.maxIterations = 2000; // EM crawls on the spammers' flat likelihood
        const AggregationResult r = dawidSkene(data, o);
        QVERIFY(r.converged);
        for (int j = 0; j < crowd.table.annotatorCount(); ++j) {
            const bool spammer = crowd.table.annotators()[j].startsWith(QLatin1String("spam"));
            for (int k = 0; k < 4; ++k)
                QVERIFY(std::abs(r.confusionAt(j, k, k) - (spammer ? 0.25 : 0.7)) < 0.08);
        }
    }

    void deterministicForASeed() {
        const Crowd crowd = simulatedCrowd(3);
        const CrowdLabels data = CrowdLabels::fromTable(crowd.table);
        AggregationOptions o;
        o.seed = 11;
        const AggregationResult a = mace(data, o), b = mace(data, o);
        QCOMPARE(a.posteriors, b.posteriors);
        QCOMPARE(a.skill, b.skill);
        QCOMPARE(simulatedCrowd(3).table.cellCount(), crowd.table.cellCount());
    }

    void iterationCapAndTolerance() {
        const CrowdLabels data = CrowdLabels::fromTable(simulatedCrowd(5).table);
        AggregationOptions o;
        o.maxIterations = 2;
        o.tolerance = 0;
        const AggregationResult capped = dawidSkene(data, o);
        QCOMPARE(capped.iterations, 2);
        QVERIFY(!capped.converged);
        o.maxIterations = 500;
        o.tolerance = 1e-3;
        const AggregationResult loose = dawidSkene(data, o);
        o.tolerance = 1e-9;
        const AggregationResult tight = dawidSkene(data, o);
        QVERIFY(loose.converged && tight.converged);
        QVERIFY(loose.iterations < tight.iterations);
    }

    void labelSetsByBinaryRelevanceClosedUnderAncestors() {
        // Three annotators; on m1 two say /person/artist (one also /person), one says /location.
        const LabelTable t = tableOf({{"m1", "a", "/person/artist"},
                                      {"m1", "a", "/person"},
                                      {"m1", "b", "/person/artist"},
                                      {"m1", "c", "/location"},
                                      {"m2", "a", "/location"},
                                      {"m2", "b", "/location"},
                                      {"m2", "c", "/location/city"}});
        QVERIFY(t.isMultiLabel());
        QVERIFY_THROWS_EXCEPTION(CrowdInputError, CrowdLabels::fromTable(t));
        TypeHierarchy h;
        h.setParent(QStringLiteral("/person/artist"), QStringLiteral("/person"));
        h.setParent(QStringLiteral("/location/city"), QStringLiteral("/location"));
        const std::vector<QStringList> gold = {{QStringLiteral("/person"), QStringLiteral("/person/artist")},
                                               {}};
        const MultiLabelResult r =
            aggregateMultiLabel(t, AggregationMethod::MajorityVote, AggregationOptions(), h, gold);
        // /person got 1 vote of 3 but is an ancestor of the chosen /person/artist.
        QCOMPARE(r.labels[0], QStringList({QStringLiteral("/person"), QStringLiteral("/person/artist")}));
        QCOMPARE(r.labels[1], QStringList({QStringLiteral("/location")}));
        QVERIFY(std::abs(r.posteriors[0].at(QStringLiteral("/person")) - 2.0 / 3.0) < 1e-12);
        QCOMPARE(r.annotators[0].consensusExact, 1.0); // a matches both items exactly
        QCOMPARE(*r.annotators[0].goldExact, 1.0);
        QVERIFY(std::abs(*r.annotators[1].goldJaccard - 0.5) < 1e-12); // b: {/person/artist} vs 2 gold labels
        const MultiLabelResult ds =
            aggregateMultiLabel(t, AggregationMethod::DawidSkene, AggregationOptions(), h, {});
        for (const QStringList& set : ds.labels)
            for (const QString& label : set)
                for (const QString& ancestor : h.ancestors(label))
                    QVERIFY(set.contains(ancestor));
    }
};

QTEST_GUILESS_MAIN(TestCrowdAggregation)
#include "tst_crowd_aggregation.moc"
