// Agreement metrics against published worked examples, hand-computed cases and properties.

#include "CrowdTestData.h"
#include "annotation/crowd/AgreementBreakdown.h"

#include <QTest>

using namespace kcat::crowd;

namespace {

LabelTable load(const QByteArray& text) {
    QTemporaryDir dir;
    return LabelTable::loadTsv(writeText(dir, QStringLiteral("l.tsv"), text));
}

double value(AgreementMetric metric, const LabelTable& t, Distance d = Distance::Nominal) {
    const AgreementResult r = computeAgreement(metric, CodingView::ofSets(t), ValueDistance(t, d));
    if (!r.value)
        qFatal("undefined agreement: %s", qPrintable(r.reason));
    return *r.value;
}

// Two coders, unit 1: {a} vs {a,b}; unit 2: {c} vs {c}.
QByteArray setsExample() {
    return "u1\tA\ta\nu1\tB\ta\nu1\tB\tb\nu2\tA\tc\nu2\tB\tc\n";
}

} // namespace

class TestCrowdAgreement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fleissTextbookExample() {
        const LabelTable t = load(fleissExampleTsv());
        QCOMPARE(t.annotatorCount(), 14);
        // Published: κ = 0.210 (P̄ = 0.378, P̄e = 0.213); exact value 0.20993...
        QVERIFY(std::abs(value(AgreementMetric::Fleiss, t) - 0.210) < 5e-4);
        QVERIFY(std::abs(value(AgreementMetric::Fleiss, t) - 0.2099307) < 1e-6);
    }

    void krippendorffWorkedExampleWithMissingValues() {
        const LabelTable t = load(krippendorffExampleTsv());
        const AgreementResult r =
            krippendorffAlpha(CodingView::ofSets(t), ValueDistance(t, Distance::Nominal));
        QVERIFY(r.value);
        QVERIFY2(std::abs(*r.value - 0.743) < 5e-4, qPrintable(QString::number(*r.value, 'g', 10)));
        QCOMPARE(r.units, 11); // unit 12 has a single value and is not pairable
    }

    void cohenHandComputed() {
        const LabelTable t = load(cohenExampleTsv());
        const AgreementResult r = cohenKappa(CodingView::ofSets(t), ValueDistance(t, Distance::Nominal));
        QVERIFY(std::abs(*r.value - 0.4) < 1e-12);
        QVERIFY(std::abs(*r.matrix[1] - 0.4) < 1e-12);
        QCOMPARE(*r.matrix[0], 1.0);
        QCOMPARE(r.shared[1], 50);
        QVERIFY(std::abs(value(AgreementMetric::Percent, t) - 0.7) < 1e-12);
    }

    void setDistancesHandComputed() {
        // n = 4 values; observed = 2δ({a},{a,b}); expected = 2δ({a},{a,b}) + 8; α = 1 - 3·obs/exp.
        const LabelTable t = load(setsExample());
        QVERIFY(std::abs(value(AgreementMetric::Krippendorff, t, Distance::Nominal) - 0.4) < 1e-12);
        QVERIFY(std::abs(value(AgreementMetric::Krippendorff, t, Distance::Jaccard) - 2.0 / 3.0) < 1e-12);
        const double masi = 1.0 - 0.5 * 0.67; // subset: monotonicity 0.67
        QVERIFY(std::abs(value(AgreementMetric::Krippendorff, t, Distance::Masi) -
                         (1.0 - 3.0 * 2 * masi / (2 * masi + 8))) < 1e-12);
        QVERIFY(std::abs(value(AgreementMetric::Percent, t, Distance::Jaccard) - 0.75) < 1e-12);
        QVERIFY(std::abs(value(AgreementMetric::Percent, t, Distance::Nominal) - 0.5) < 1e-12);
    }

    void perfectAgreementIsOne_data() {
        QTest::addColumn<int>("metric");
        QTest::addColumn<int>("distance");
        QTest::newRow("percent") << int(AgreementMetric::Percent) << int(Distance::Nominal);
        QTest::newRow("cohen") << int(AgreementMetric::Cohen) << int(Distance::Nominal);
        QTest::newRow("fleiss") << int(AgreementMetric::Fleiss) << int(Distance::Nominal);
        QTest::newRow("alpha nominal") << int(AgreementMetric::Krippendorff) << int(Distance::Nominal);
        QTest::newRow("alpha masi") << int(AgreementMetric::Krippendorff) << int(Distance::Masi);
        QTest::newRow("alpha jaccard") << int(AgreementMetric::Krippendorff) << int(Distance::Jaccard);
    }
    void perfectAgreementIsOne() {
        QFETCH(int, metric);
        QFETCH(int, distance);
        QByteArray text;
        const char* labels[] = {"x", "y", "z"};
        for (int i = 0; i < 30; ++i)
            for (const char* a : {"A", "B", "C"})
                if (!(i % 7 == 0 && a[0] == 'C')) // some missing values
                    text += QStringLiteral("i%1\t%2\t%3\n")
                                .arg(i)
                                .arg(QLatin1String(a), QLatin1String(labels[i % 3]))
                                .toUtf8();
        QCOMPARE(value(AgreementMetric(metric), load(text), Distance(distance)), 1.0);
    }

    void invariantUnderRenamingLabelsAndAnnotators() {
        const LabelTable original = load(fleissExampleTsv());
        QByteArray renamed = fleissExampleTsv();
        // c1..c5 → e5..e1 (a permutation of the names, also changing their order), raters reversed.
        for (int c = 1; c <= 5; ++c)
            renamed.replace(QStringLiteral("\tc%1\n").arg(c).toUtf8(),
                            QStringLiteral("\te%1\n").arg(6 - c).toUtf8());
        for (int r = 14; r >= 1; --r)
            renamed.replace(QStringLiteral("\tr%1\t").arg(r).toUtf8(),
                            QStringLiteral("\tq%1\t").arg(15 - r).toUtf8());
        const LabelTable permuted = load(renamed);
        for (AgreementMetric m : {AgreementMetric::Percent, AgreementMetric::Cohen, AgreementMetric::Fleiss,
                                  AgreementMetric::Krippendorff})
            QVERIFY(std::abs(value(m, original) - value(m, permuted)) < 1e-12);
        const LabelTable k = load(krippendorffExampleTsv());
        QByteArray kr = krippendorffExampleTsv();
        kr.replace("\tv1\n", "\tw\n").replace("\tv2\n", "\tv1\n").replace("\tw\n", "\tv2\n");
        QVERIFY(std::abs(value(AgreementMetric::Krippendorff, k) -
                         value(AgreementMetric::Krippendorff, load(kr))) < 1e-12);
    }

    void undefinedWithoutPairs() {
        const LabelTable t = load("i1\tA\tx\ni2\tB\ty\n");
        for (AgreementMetric m : {AgreementMetric::Percent, AgreementMetric::Cohen, AgreementMetric::Fleiss,
                                  AgreementMetric::Krippendorff}) {
            const AgreementResult r =
                computeAgreement(m, CodingView::ofSets(t), ValueDistance(t, Distance::Nominal));
            QVERIFY(!r.value);
            QCOMPARE(r.reason, QStringLiteral("no item has labels from two annotators"));
        }
    }

    void breakdownPerLabelDocumentAndTime() {
        // Per label: "yes" one-vs-rest is the same 2 × 2 table, so κ = 0.4 for both labels.
        const LabelTable t = load(cohenExampleTsv());
        const auto byLabel = agreementByLabel(t, AgreementMetric::Cohen);
        QCOMPARE(byLabel.size(), size_t(2));
        for (const auto& g : byLabel)
            QVERIFY(std::abs(*g.result.value - 0.4) < 1e-12);
        // Per document: d1 agrees perfectly, d2 never.
        const LabelTable docs = load("d1:1\tA\tx\nd1:1\tB\tx\nd1:2\tA\ty\nd1:2\tB\ty\n"
                                     "d2:1\tA\tx\nd2:1\tB\ty\nd2:2\tA\ty\nd2:2\tB\tx\n");
        const auto byDoc = agreementByDocument(docs, AgreementMetric::Percent, Distance::Nominal);
        QCOMPARE(byDoc.size(), size_t(2));
        QCOMPARE(byDoc[0].name, QStringLiteral("d1"));
        QCOMPARE(*byDoc[0].result.value, 1.0);
        QCOMPARE(*byDoc[1].result.value, 0.0);
        QCOMPARE(documentOfItem(QStringLiteral("http://x.org/doc:17")), QStringLiteral("http://x.org/doc"));
        // Over time: with times, d2's items come first.
        const LabelTable timed = load("a\tA\tx\t30\na\tB\tx\t31\nb\tA\ty\t40\nb\tB\ty\t41\n"
                                      "c\tA\tx\t1\nc\tB\ty\t2\nd\tA\ty\t5\nd\tB\tx\t6\n");
        const auto windows = agreementOverTime(timed, AgreementMetric::Percent, Distance::Nominal, 2);
        QCOMPARE(windows.size(), size_t(2));
        QCOMPARE(*windows[0].result.value, 0.0);
        QCOMPARE(windows[0].from, 1.0);
        QCOMPARE(windows[0].to, 5.0);
        QCOMPARE(*windows[1].result.value, 1.0);
        // Without times: item order, windows numbered by position.
        const auto byOrder = agreementOverTime(docs, AgreementMetric::Percent, Distance::Nominal, 2);
        QCOMPARE(*byOrder[0].result.value, 1.0);
        QCOMPARE(byOrder[1].from, 2.0);
    }
};

QTEST_GUILESS_MAIN(TestCrowdAgreement)
#include "tst_crowd_agreement.moc"
