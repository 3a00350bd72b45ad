// Assignment planning (overlap, balance, gold, seed), the team store and the undoable team edits.

#include "TeamTestData.h"
#include "annotation/team/AssignDocumentsCommand.h"
#include "annotation/team/AssignmentPlanner.h"

#include <QSet>
#include <QUndoStack>

using namespace kcat::team;

class TestTeamAssignments : public QObject {
    Q_OBJECT

    static QVector<qint64> ids(int n, qint64 first) {
        QVector<qint64> out;
        for (int i = 0; i < n; ++i)
            out << first + i;
        return out;
    }

private Q_SLOTS:
    void overlapAndBalance_data() {
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("annotators");
        QTest::addColumn<int>("overlap");
        QTest::addColumn<int>("gold");
        QTest::newRow("10 docs, 4 annotators, k=2") << 10 << 4 << 2 << 0;
        QTest::newRow("7 docs, 3 annotators, k=2") << 7 << 3 << 2 << 0;
        QTest::newRow("101 docs, 6 annotators, k=3") << 101 << 6 << 3 << 0;
        QTest::newRow("k = everyone") << 5 << 3 << 3 << 0;
        QTest::newRow("with 4 gold of 30") << 30 << 5 << 2 << 4;
    }
    void overlapAndBalance() {
        QFETCH(int, documents);
        QFETCH(int, annotators);
        QFETCH(int, overlap);
        QFETCH(int, gold);
        const QVector<qint64> docs = ids(documents, 100), people = ids(annotators, 1);
        AssignmentSettings settings;
        settings.overlap = overlap;
        settings.goldDocuments = gold;
        settings.seed = 7;
        QVector<Assignment> plan;
        QString error;
        QVERIFY2(AssignmentPlanner::plan(docs, people, settings, &plan, &error), qPrintable(error));
        QHash<qint64, QSet<qint64>> perDoc;
        QHash<qint64, int> load;
        QSet<qint64> goldDocs;
        for (const Assignment& a : plan) {
            QVERIFY2(!perDoc[a.documentId].contains(a.annotatorId), "an annotator got a document twice");
            perDoc[a.documentId].insert(a.annotatorId);
            if (a.gold)
                goldDocs.insert(a.documentId);
            else
                ++load[a.annotatorId];
        }
        QCOMPARE(perDoc.size(), documents);
        QCOMPARE(goldDocs.size(), gold);
        for (auto it = perDoc.cbegin(); it != perDoc.cend(); ++it)
            QCOMPARE(it.value().size(), goldDocs.contains(it.key()) ? annotators : overlap);
        // Balanced: the non-gold loads differ by at most one and add up to (documents - gold) * k.
        int minLoad = INT_MAX, maxLoad = 0, total = 0;
        for (qint64 p : people) {
            minLoad = std::min(minLoad, load.value(p));
            maxLoad = std::max(maxLoad, load.value(p));
            total += load.value(p);
        }
        QVERIFY2(maxLoad - minLoad <= 1,
                 qPrintable(QStringLiteral("loads %1..%2").arg(minLoad).arg(maxLoad)));
        QCOMPARE(total, (documents - gold) * overlap);
    }

    void seedDecidesGoldAndIsDeterministic() {
        const QVector<qint64> docs = ids(40, 1), people = ids(4, 100);
        AssignmentSettings s;
        s.overlap = 2;
        s.goldDocuments = 5;
        QVector<Assignment> a, b, c;
        QString error;
        QVERIFY(AssignmentPlanner::plan(docs, people, s, &a, &error));
        QVERIFY(AssignmentPlanner::plan(docs, people, s, &b, &error));
        QCOMPARE(a, b);
        s.seed = 2;
        QVERIFY(AssignmentPlanner::plan(docs, people, s, &c, &error));
        QVERIFY(a != c);
    }

    void badSettingsAreRefused_data() {
        QTest::addColumn<int>("overlap");
        QTest::addColumn<int>("gold");
        QTest::addColumn<int>("annotators");
        QTest::addColumn<QString>("message");
        QTest::newRow("k = 0") << 0 << 0 << 3 << "Overlap 0: expected 1 to 3";
        QTest::newRow("k > annotators") << 4 << 0 << 3 << "Overlap 4: expected 1 to 3";
        QTest::newRow("too much gold") << 2 << 11 << 3 << "Gold documents 11: expected 0 to 10";
        QTest::newRow("nobody") << 1 << 0 << 0 << "no annotators";
    }
    void badSettingsAreRefused() {
        QFETCH(int, overlap);
        QFETCH(int, gold);
        QFETCH(int, annotators);
        QFETCH(QString, message);
        AssignmentSettings s;
        s.overlap = overlap;
        s.goldDocuments = gold;
        QVector<Assignment> plan;
        QString error;
        QVERIFY(!AssignmentPlanner::plan(ids(10, 1), ids(annotators, 50), s, &plan, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(plan.isEmpty());
    }

    void storeKeepsBlindAndPerAnnotatorDocuments() {
        TeamTestData t;
        TeamStore store(t.workspace.get());
        QCOMPARE(store.assignments(t.project).size(), 8);
        QCOMPARE(store.assignedDocuments(t.project, t.z), (QSet<qint64>{t.documents[0], t.documents[1]}));
        QVERIFY(!store.isBlind(t.project));
        AssignmentSettings s = store.settings(t.project);
        s.blind = true;
        QString error;
        QVERIFY(store.setAssignments(t.project, s, store.assignments(t.project), &error));
        QVERIFY(store.isBlind(t.project));
        // A failing write (unknown document) leaves everything as it was.
        QVector<Assignment> bad = store.assignments(t.project);
        bad << Assignment{999999, t.x, false};
        s.blind = false;
        QVERIFY(!store.setAssignments(t.project, s, bad, &error));
        QVERIFY(store.isBlind(t.project));
        QCOMPARE(store.assignments(t.project).size(), 8);
    }

    void assignCommandUndoesAndRedoes() {
        TeamTestData t;
        TeamStore store(t.workspace.get());
        const QVector<Assignment> before = store.assignments(t.project);
        AssignmentSettings s;
        s.overlap = 3;
        s.goldDocuments = 1;
        s.blind = true;
        QVector<Assignment> plan;
        QString error;
        QVERIFY(AssignmentPlanner::plan(t.documents, {t.x, t.y, t.z}, s, &plan, &error));
        QCOMPARE(plan.size(), 9);
        QUndoStack undo;
        undo.push(new AssignDocumentsCommand(&store, t.project, s, plan));
        QCOMPARE(store.assignments(t.project).size(), 9);
        QCOMPARE(store.settings(t.project), s);
        undo.undo();
        QCOMPARE(store.assignments(t.project), before);
        QVERIFY(!store.isBlind(t.project));
        undo.redo();
        QCOMPARE(store.assignments(t.project).size(), 9);
        QVERIFY(store.isBlind(t.project));
    }

    void membersAndRoles() {
        TeamTestData t;
        TeamStore store(t.workspace.get());
        QUndoStack undo;
        auto* add = new AddMemberCommand(&store, QStringLiteral("w"), Role::Manager);
        undo.push(add);
        QCOMPARE(store.members().size(), 4);
        const qint64 w = add->annotatorId();
        QCOMPARE(store.member(w).role, Role::Manager);
        undo.push(new SetRoleCommand(&store, w, Role::Annotator));
        QCOMPARE(store.member(w).role, Role::Annotator);
        undo.undo();
        QCOMPARE(store.member(w).role, Role::Manager);
        undo.undo();
        QCOMPARE(store.members().size(), 3);
        undo.redo();
        QCOMPARE(store.members().size(), 4);
        QString error;
        QCOMPARE(store.addMember(QStringLiteral("x"), Role::Annotator, false, {}, &error), 0);
        QVERIFY(error.contains(QStringLiteral("already in the team")));
        QVERIFY(!store.removeMember(t.x, &error)); // x still has assignments
        QVERIFY(error.contains(QStringLiteral("assignment")));
        // The final-layer annotator is never listed as a member.
        QVERIFY(store.finalAnnotator(&error) != 0);
        QCOMPARE(store.members().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestTeamAssignments)
#include "tst_team_assignments.moc"
