// The project snapshot, the aggregated suggestions and every dashboard number on the hand-made project of
// TeamTestData (expected values worked out by hand in the comments).

#include "SuggestionsCompare.h"
#include "TeamTestData.h"
#include "annotation/team/Dashboard.h"
#include "annotation/team/TeamModels.h"

#include <QAbstractItemModelTester>

using namespace kcat::team;

class TestTeamDashboard : public QObject {
    Q_OBJECT

    static int row(const ChartTable& t, const QString& first) {
        for (int i = 0; i < t.rows.size(); ++i)
            if (t.rows[i][0].toString() == first)
                return i;
        return -1;
    }

private Q_SLOTS:
    void snapshotReadsTheProject() {
        TeamTestData t;
        QString error;
        const ProjectSnapshot s = ProjectSnapshot::load(t.workspace.get(), t.project, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(s.documents.size()), 3);
        QCOMPARE(int(s.mentions.size()), 4);
        QCOMPARE(s.mentions[1].surface, QStringLiteral("Paris"));
        QCOMPARE(s.annotators.size(), 3); // x, y, z; the untyped default annotator is left out
        QCOMPARE(s.annotators[0].name, QStringLiteral("x"));
        QCOMPARE(int(s.labels.size()), 11); // 10 typed + y's untyped m3
        QCOMPARE(s.typesOf(s.gold[1]),
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));
        QCOMPARE(s.gold[0], -1);
        QCOMPARE(int(s.assignments.size()), 8);
        QString missing;
        ProjectSnapshot::load(t.workspace.get(), 4242, &missing);
        QVERIFY(missing.contains(QStringLiteral("4242")));
    }

    void majorityVoteSuggestions() {
        TeamTestData t;
        QString error;
        const ProjectSnapshot s = ProjectSnapshot::load(t.workspace.get(), t.project, &error);
        const Suggestions sug = computeSuggestions(s, kcat::crowd::AggregationMethod::MajorityVote);
        QCOMPARE(sug.types[0], QStringList{QStringLiteral("/person")});
        // m1: /location and /location/city 2 of 3 votes, /organization 1 of 3 → confidence 2/3.
        QCOMPARE(sug.types[1], (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));
        QVERIFY(qAbs(sug.confidence[1] - 2.0 / 3.0) < 1e-12);
        QCOMPARE(sug.confidence[0], 1.0);
        QCOMPARE(sug.types[3], QStringList{QStringLiteral("/location")});
        QCOMPARE(std::vector<char>(sug.disagreement), (std::vector<char>{0, 1, 0, 0}));
        // y agrees with the consensus on m0 and m2 only; on the gold mention m1 x and z are right, y wrong.
        QVERIFY(qAbs(sug.quality[1].consensusExact - 2.0 / 3.0) < 1e-12);
        QCOMPARE(sug.quality[0].consensusExact, 1.0);
        QCOMPARE(*sug.quality[0].goldExact, 1.0);
        QCOMPARE(*sug.quality[1].goldExact, 0.0);
        QCOMPARE(sug.quality[1].goldItems, 1);
        // Cancelling through the progress callback.
        const Suggestions cancelled =
            computeSuggestions(s, kcat::crowd::AggregationMethod::DawidSkene, [](int, int) { return false; });
        QVERIFY(cancelled.cancelled);
    }

    void majorityVotePathsAgree() {
        TeamTestData t;
        QString error;
        compareMajorityVotePaths(ProjectSnapshot::load(t.workspace.get(), t.project, &error));
    }

    void agreementProgressAndConfusion() {
        TeamTestData t;
        QString error;
        const ProjectSnapshot s = ProjectSnapshot::load(t.workspace.get(), t.project, &error);
        const Dashboard d =
            computeDashboard(s, computeSuggestions(s, kcat::crowd::AggregationMethod::MajorityVote));
        // x–y share m0, m1, m2 and agree on 2; x–z agree on all 3.
        QVERIFY(qAbs(d.agreement.at(0, 1) - 2.0 / 3.0) < 1e-12);
        QCOMPARE(d.agreement.at(0, 2), 1.0);
        QVERIFY(qAbs(d.agreement.at(2, 1) - 2.0 / 3.0) < 1e-12);
        QCOMPARE(d.agreementTable.rows.size(), 3);
        QVERIFY(d.agreementTable.csv().startsWith(
            "annotator_a,annotator_b,agreement,shared_mentions\nx,y,0.6666666667,3\n"));
        // Progress: x 4 of 4, y 3 of 4 (m3 untyped), z 3 of 3.
        const int y = row(d.progress, QStringLiteral("y"));
        QCOMPARE(d.progress.rows[y][1].toInt(), 3);
        QCOMPARE(d.progress.rows[y][3].toInt(), 4);
        QCOMPARE(d.progress.rows[y][4].toInt(), 3);
        QCOMPARE(d.progress.rows[y][5].toDouble(), 0.75);
        const int z = row(d.progress, QStringLiteral("z"));
        QCOMPARE(d.progress.rows[z][3].toInt(), 3);
        QCOMPARE(d.progress.rows[z][5].toDouble(), 1.0);
        const int c = row(d.documentProgress, QStringLiteral("c"));
        QCOMPARE(d.documentProgress.rows[c], (QVariantList{QStringLiteral("c"), 1, 2, 1, 2, 0, QVariant()}));
        // Confusion pairs: on m1 y's /organization against /location/city of x and of z.
        QCOMPARE(d.confusionPairs.rows.size(), 1);
        QCOMPARE(d.confusionPairs.rows[0],
                 (QVariantList{QStringLiteral("/location/city"), QStringLiteral("/organization"), 2}));
        // y's confusion of top-level types: /person → /person always, /location (gold) → /organization.
        const HeatMap& h = d.confusion[1];
        QCOMPARE(h.rows, (QStringList{QStringLiteral("/location"), QStringLiteral("/organization"),
                                      QStringLiteral("/person"), QStringLiteral("(none)")}));
        QCOMPARE(h.at(0, 1), 1.0);
        QCOMPARE(h.at(0, 0), 0.0);
        QCOMPARE(h.at(2, 2), 1.0);
        QVERIFY(std::isnan(h.at(1, 1))); // no mention whose reference is /organization
    }

    void costLogAndTypeSetSizeExperiment() {
        TeamTestData t;
        t.addCost(0, t.x, 2000, 3, 1, 10, true);
        t.addCost(0, t.y, 4000, 5, 0, 113, false);
        t.addCost(1, t.x, 3000, 2, 0, 10, true);
        t.addCost(2, t.z, 1000, 1, 0, -1, false); // no context: left out of the experiment
        QString error;
        const ProjectSnapshot s = ProjectSnapshot::load(t.workspace.get(), t.project, &error);
        QCOMPARE(int(s.costs.size()), 4);
        const Dashboard d =
            computeDashboard(s, computeSuggestions(s, kcat::crowd::AggregationMethod::MajorityVote));
        QCOMPARE(d.costsWithoutContext, 1);
        QCOMPARE(int(d.typeSetSize.size()), 2);
        // (10, constrained): 2 and 3 s, 4 and 2 actions; (113, unconstrained): 4 s, 5 actions.
        QCOMPARE(d.typeSetSize[0].typeSetSize, 10);
        QVERIFY(d.typeSetSize[0].constrained);
        QCOMPARE(d.typeSetSize[0].mentions, 2);
        QCOMPARE(d.typeSetSize[0].meanSeconds, 2.5);
        QCOMPARE(d.typeSetSize[0].meanActions, 3.0);
        QCOMPARE(d.typeSetSize[1].typeSetSize, 113);
        QCOMPARE(d.typeSetSize[1].meanSeconds, 4.0);
        QCOMPARE(d.typeSetSize[1].meanActions, 5.0);
        int counted = 0;
        for (const QVariantList& r : d.histogram.rows)
            counted += r[2].toInt();
        QCOMPARE(counted, 4);
        QCOMPARE(d.histogram.rows.first()[0].toDouble(), 0.0);
        QVERIFY(d.histogram.rows.last()[1].isNull()); // the last bin is open-ended
        QVERIFY(d.typeSetSizeTable.csv().contains("10,1,2,2.5,3\n"));
        // Time per mention: x logged 2 s and 3 s; document a (m0, m1) 2, 4 and 3 s.
        QCOMPARE(d.progress.rows[row(d.progress, QStringLiteral("x"))][6].toDouble(), 2.5);
        QCOMPARE(d.documentProgress.rows[row(d.documentProgress, QStringLiteral("a"))][6].toDouble(), 3.0);
    }

    void tableModelsPassTheTester() {
        TeamTestData t;
        TeamStore store(t.workspace.get());
        TeamMemberModel members(&store);
        QAbstractItemModelTester tester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(members.rowCount(), 3);
        QString error;
        store.addMember(QStringLiteral("w"), Role::Manager, true, QStringLiteral("simulated"), &error);
        QCOMPARE(members.rowCount(), 4);
        QCOMPARE(members.index(0, 0).data().toString(), QStringLiteral("w (simulated)")); // by name
        ChartTableModel table;
        QAbstractItemModelTester tester2(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ProjectSnapshot s = ProjectSnapshot::load(t.workspace.get(), t.project, &error);
        const Dashboard d =
            computeDashboard(s, computeSuggestions(s, kcat::crowd::AggregationMethod::MajorityVote));
        table.setTable(d.progress);
        QCOMPARE(table.rowCount(), 4);
        QCOMPARE(table.index(row(d.progress, QStringLiteral("y")), 5).data(Qt::UserRole).toDouble(), 0.75);
    }
};

QTEST_GUILESS_MAIN(TestTeamDashboard)
#include "tst_team_dashboard.moc"
