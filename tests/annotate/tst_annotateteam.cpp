// The Annotate page in a team project (issue 4), offscreen, on the page alone: the page annotates AS a team
// member ("Annotating as"), "My assignments" limits the document list to theirs with the queue's progress, a
// blind project never shows another annotator's labels (a non-blind one does), and confirming a mention
// writes the cost row and its team_cost_context (types offered, constraint on/off) for that member.

#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/KnowledgeConstraint.h"
#include "annotation/documents/ProjectStore.h"
#include "annotation/documents/TypeCandidateModel.h"
#include "annotation/server/ClientSchema.h"
#include "annotation/team/TeamSchema.h"
#include "annotation/team/TeamStore.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "ui/annotate/AnnotatePage.h"
#include "ui/annotate/AssignedDocumentsFilter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kcat::annotation;
using kcat::team::Assignment;
using kcat::team::AssignmentSettings;
using kcat::team::Role;
using kcat::team::TeamStore;
using kcat::ui::AnnotatePage;

class TestAnnotateTeam : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        kcat::core::registerCoreSchema();
        kcat::team::registerTeamSchema();
        kcat::server::registerServerSchema();
        QVERIFY(m_dir.isValid());
        kcat::core::WorkspaceError error;
        m_ws = kcat::core::Workspace::create(m_dir.filePath(QStringLiteral("w.kcat")), &error);
        QVERIFY2(m_ws, qPrintable(error.message));
        m_page.resize(1400, 850);
        m_page.setWorkspace(m_ws.get()); // builds the demo project in the background
        m_page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_page));
        QTRY_VERIFY_WITH_TIMEOUT(m_page.isReady(), 120000);
        QTRY_VERIFY(m_page.currentMention() != 0);
        // Without assignments the page is the workspace's own annotator and shows no team controls.
        QVERIFY(!m_page.isTeamProject());
        QVERIFY(!m_page.findChild<QComboBox*>(QStringLiteral("annotateMember"))->isVisible());
        QCOMPARE(m_page.annotator(), ProjectStore(m_ws.get()).defaultAnnotator());
    }

    // alice gets documents 0-2, bob 1-3 (blind); bob has typed the first mention of document 1.
    void assignmentsFilterAndQueue() {
        TeamStore team(m_ws.get());
        QString error;
        m_alice = team.addMember(QStringLiteral("alice"), Role::Annotator, false, QString(), &error);
        m_bob = team.addMember(QStringLiteral("bob"), Role::Annotator, false, QString(), &error);
        QVERIFY2(m_alice != 0 && m_bob != 0, qPrintable(error));
        const qint64 project = ProjectStore(m_ws.get()).projects().first().id;
        DocumentStore store(m_ws.get());
        const QVector<DocumentSummary> docs = store.documents(project);
        QVERIFY(docs.size() >= 5);
        for (int i = 0; i < 5; ++i)
            m_docs << docs[i].id;
        m_project = project;
        QVERIFY2(assign(true, &error), qPrintable(error));
        DocumentStore bob(m_ws.get());
        bob.setAnnotator(m_bob);
        m_shared = bob.mentions(m_docs[1]).first();
        QVERIFY(bob.setTypes(m_shared.id, {QStringLiteral("/location/city")}, &error));

        m_page.refreshTeam();
        QVERIFY(m_page.isTeamProject());
        QVERIFY(m_page.isBlind());
        auto* member = m_page.findChild<QComboBox*>(QStringLiteral("annotateMember"));
        auto* mine = m_page.findChild<QCheckBox*>(QStringLiteral("annotateMyAssignments"));
        auto* queue = m_page.findChild<QLabel*>(QStringLiteral("annotateQueue"));
        QVERIFY(member->isVisible() && mine->isVisible() && mine->isChecked() && queue->isVisible());
        QCOMPARE(member->count(), 2); // the members with assignments, by name
        QCOMPARE(member->itemText(0), QStringLiteral("alice"));
        QCOMPARE(member->itemText(1), QStringLiteral("bob"));
        // The workspace's own annotator is no member: the page annotates as the first member.
        QCOMPARE(m_page.annotator(), m_alice);
        QCOMPARE(m_page.store()->annotator(), m_alice);
        kcat::ui::AssignedDocumentsFilter* filter = m_page.documentFilter();
        QAbstractItemModelTester tester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(documentsShown(), (QVector<qint64>{m_docs[0], m_docs[1], m_docs[2]}));
        QCOMPARE(m_page.currentDocument(), m_docs[0]);
        int mentions = 0;
        for (int i = 0; i < 3; ++i)
            mentions += docs[i].mentions;
        QCOMPARE(queue->text(),
                 QStringLiteral("My queue: 0 of 3 documents done, 0 of %1 mentions typed · blind: "
                                "only your own labels are shown")
                     .arg(mentions));
        // The filter off shows every document of the project; on again, alice's three.
        mine->setChecked(false);
        QCOMPARE(filter->rowCount(), docs.size());
        mine->setChecked(true);
        QCOMPARE(filter->rowCount(), 3);
        // As bob: his documents 1-3.
        QVERIFY(m_page.setMember(m_bob));
        QCOMPARE(documentsShown(), (QVector<qint64>{m_docs[1], m_docs[2], m_docs[3]}));
        QVERIFY(queue->text().startsWith(QStringLiteral("My queue: 0 of 3 documents done, 1 of ")));
        QVERIFY(m_page.setMember(m_alice));
        QVERIFY(!m_page.setMember(ProjectStore(m_ws.get()).defaultAnnotator())); // not a member
    }

    // Blind: alice's view of the mention bob typed shows only her (empty) layer; not blind: bob's labels too.
    void blindHidesOtherLabels() {
        showMention(m_shared);
        auto* card = m_page.findChild<QLabel*>(QStringLiteral("annotateEntityCard"));
        QVERIFY(m_page.store()->mention(m_shared.id).types.isEmpty()); // alice's layer
        QVERIFY(!card->text().contains(QStringLiteral("bob")));
        QVERIFY(!card->text().contains(QStringLiteral("city")));
        QString error;
        QVERIFY2(assign(false, &error), qPrintable(error));
        m_page.refreshTeam();
        QVERIFY(!m_page.isBlind());
        QCOMPARE(m_page.currentDocument(), m_docs[1]); // the refresh keeps the document open
        showMention(m_shared);
        QVERIFY2(card->text().contains(QStringLiteral("Other annotators: bob: /location/city")),
                 qPrintable(card->text()));
        QVERIFY(!m_page.findChild<QLabel*>(QStringLiteral("annotateQueue"))
                     ->text()
                     .contains(QStringLiteral("blind")));
        QVERIFY2(assign(true, &error), qPrintable(error));
        m_page.refreshTeam();
        showMention(m_shared);
        QVERIFY(!card->text().contains(QStringLiteral("bob")));
    }

    // Enter logs the cost row for alice and, in the same transaction, what was offered: the linked entity's
    // types under the constraint; the whole type set after "Show all types" (A).
    void costContextWritten() {
        showMention(m_shared);
        const Mention m = m_page.store()->mention(m_shared.id);
        QVERIFY(!m.candidates.isEmpty());
        QCOMPARE(m.link,
                 LinkState::Unlinked); // alice has no label yet: the page starts from the linker's top
        const int entityTypes = m_page.constraint()->entityTypes(m.candidates.first().entity).size();
        QVERIFY(entityTypes > 0);
        QVERIFY(entityTypes < m_page.constraint()->catalog()->size());
        QWidget* text = m_page.findChild<QPlainTextEdit*>(QStringLiteral("annotateText"));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_1);
        QTest::keyClick(text, Qt::Key_Return);
        Row row = lastCost();
        QCOMPARE(row.mention, m_shared.id);
        QCOMPARE(row.annotator, m_alice);
        QCOMPARE(row.offered, entityTypes);
        QCOMPARE(row.constrained, 1);
        QCOMPARE(row.keystrokes, 2);
        QCOMPARE(row.simulated, 0);
        // Next mention, constraint released.
        const qint64 next = m_page.currentMention();
        QVERIFY(next != m_shared.id && next != 0);
        QTest::keyClick(text, Qt::Key_A);
        QTest::keyClick(text, Qt::Key_Return);
        row = lastCost();
        QCOMPARE(row.mention, next);
        QCOMPARE(row.annotator, m_alice);
        QCOMPARE(row.offered, m_page.constraint()->catalog()->size());
        QCOMPARE(row.constrained, 0);
        // Alice's types went to alice's layer, with the linker's suggestion confirmed as her link; bob's
        // layer stayed his.
        QVERIFY(!m_page.store()->mention(m_shared.id).types.isEmpty());
        QCOMPARE(m_page.store()->mention(m_shared.id).link, LinkState::Linked);
        QCOMPARE(m_page.store()->mention(m_shared.id).entity, m.candidates.first().entity);
        DocumentStore bob(m_ws.get());
        bob.setAnnotator(m_bob);
        QCOMPARE(bob.mention(m_shared.id).types,
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));
        if (qEnvironmentVariableIsSet("KCAT_ANNOTATE_TEAM_SHOT")) {
            QTest::qWait(100); // let the layout follow the last texts
            m_page.grab().save(qEnvironmentVariable("KCAT_ANNOTATE_TEAM_SHOT"));
        }
    }

    // A simulated annotator (`kcat crowd simulate`) is offered to nobody: with the project assigned only to
    // one, the page annotates as the workspace's own annotator, without the team row.
    void simulatedMembersAreNotOffered() {
        QString error;
        TeamStore team(m_ws.get());
        const qint64 sim = team.addMember(QStringLiteral("sim01"), Role::Annotator, true,
                                          QStringLiteral("accuracy 0.9"), &error);
        QVERIFY2(sim != 0, qPrintable(error));
        AssignmentSettings settings;
        settings.overlap = 1;
        QVector<Assignment> plan;
        for (qint64 d : std::as_const(m_docs))
            plan.push_back({d, sim, false});
        QVERIFY2(team.setAssignments(m_project, settings, plan, &error), qPrintable(error));
        m_page.refreshTeam();
        QVERIFY(!m_page.isTeamProject());
        auto* member = m_page.findChild<QComboBox*>(QStringLiteral("annotateMember"));
        QVERIFY(!member->isVisible());
        QCOMPARE(m_page.annotator(), ProjectStore(m_ws.get()).defaultAnnotator());
        // alice and bob assigned as well: they are offered, sim01 is not.
        for (int i : {0, 1, 2})
            plan.push_back({m_docs[i], m_alice, false});
        QVERIFY2(team.setAssignments(m_project, settings, plan, &error), qPrintable(error));
        m_page.refreshTeam();
        QVERIFY(m_page.isTeamProject());
        QCOMPARE(member->count(), 1);
        QCOMPARE(member->itemText(0), QStringLiteral("alice"));
        QCOMPARE(m_page.annotator(), m_alice);
    }

    // A member cannot remove a mention another annotator has labelled: it would delete their labels.
    void sharedMentionsAreNotRemoved() {
        showMention(m_shared); // bob has typed it; the page annotates as alice
        QWidget* text = m_page.findChild<QPlainTextEdit*>(QStringLiteral("annotateText"));
        QTest::keyClick(text, Qt::Key_Delete);
        QCOMPARE(m_page.store()->mention(m_shared.id).id, m_shared.id);
        QCOMPARE(m_page.currentMention(), m_shared.id);
        auto* status = m_page.findChild<QLabel*>(QStringLiteral("annotateStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("Other annotators have labelled this mention")),
                 qPrintable(status->text()));
    }

    // A team-server cache (what "Connect to Team Server…" opens): the login annotates its downloaded
    // documents, always blind (the server never sends others' labels), with the queue over all of them.
    void teamServerCache() {
        kcat::core::WorkspaceError we;
        auto cache = kcat::core::Workspace::create(m_dir.filePath(QStringLiteral("cache.kcat")), &we);
        QVERIFY2(cache, qPrintable(we.message));
        QString error;
        const qint64 project =
            ProjectStore(cache.get()).createProject(QStringLiteral("team"), QStringLiteral("figer"), &error);
        DocumentStore store(cache.get());
        Mention paris;
        paris.start = 0;
        paris.end = 5;
        paris.candidates = {{m_shared.candidates.first().entity, 0.9}};
        QVERIFY2(store.addDocuments(project,
                                    {{QStringLiteral("d1"), QStringLiteral("Paris is in France."), {paris}},
                                     {QStringLiteral("d2"), QStringLiteral("Nothing here."), {}}},
                                    &error)
                         .size() == 2,
                 qPrintable(error));
        QSqlQuery q(cache->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE server_client SET recording = 1, user = 'alice', dsn = "
                                      "'host=10.1.2.3 port=5999 dbname=kcat user=alice' WHERE id = 1")));
        m_page.setWorkspace(cache.get());
        QTRY_VERIFY_WITH_TIMEOUT(m_page.isReady(), 60000);
        QTRY_VERIFY(m_page.currentMention() != 0);
        QVERIFY(m_page.isTeamProject());
        QVERIFY(m_page.isBlind());
        auto* member = m_page.findChild<QComboBox*>(QStringLiteral("annotateMember"));
        auto* mine = m_page.findChild<QCheckBox*>(QStringLiteral("annotateMyAssignments"));
        QCOMPARE(member->count(), 1);
        QCOMPARE(member->currentText(), QStringLiteral("alice (team server 10.1.2.3:5999)"));
        QVERIFY(!member->isEnabled());
        QVERIFY(mine->isChecked() && !mine->isEnabled());
        QCOMPARE(m_page.annotator(), ProjectStore(cache.get()).defaultAnnotator());
        QCOMPARE(m_page.documentFilter()->rowCount(), 2);
        QVERIFY(m_page.findChild<QLabel*>(QStringLiteral("annotateQueue"))
                    ->text()
                    .startsWith(QStringLiteral("My queue: 1 of 2 documents done, 0 of 1 mentions typed")));
        // The linker's top candidate holds the constraint; Enter logs the cost with its context.
        QWidget* text = m_page.findChild<QPlainTextEdit*>(QStringLiteral("annotateText"));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_Return);
        QSqlQuery c(cache->database());
        QVERIFY(c.exec(QStringLiteral("SELECT x.type_set_size, x.constrained FROM annotation_costs c JOIN "
                                      "team_cost_context x ON x.cost_id = c.id")));
        QVERIFY(c.next());
        QCOMPARE(c.value(0).toInt(),
                 m_page.constraint()->entityTypes(paris.candidates.first().entity).size());
        QCOMPARE(c.value(1).toInt(), 1);
        c.finish();
        m_page.setWorkspace(nullptr);
    }

    void cleanupTestCase() { m_page.setWorkspace(nullptr); }

private:
    struct Row {
        qint64 mention = 0, annotator = 0;
        int keystrokes = -1, offered = -1, constrained = -1, simulated = -1;
    };

    Row lastCost() const {
        QSqlQuery q(m_ws->database());
        Row r;
        if (q.exec(QStringLiteral(
                "SELECT c.mention_id, c.annotator_id, c.keystrokes, x.type_set_size, x.constrained, "
                "x.simulated FROM annotation_costs c LEFT JOIN team_cost_context x ON x.cost_id = c.id "
                "ORDER BY c.id DESC LIMIT 1")) &&
            q.next())
            r = {q.value(0).toLongLong(),
                 q.value(1).toLongLong(),
                 q.value(2).toInt(),
                 q.value(3).isNull() ? -1 : q.value(3).toInt(),
                 q.value(4).isNull() ? -1 : q.value(4).toInt(),
                 q.value(5).isNull() ? -1 : q.value(5).toInt()};
        return r;
    }

    bool assign(bool blind, QString* error) {
        AssignmentSettings settings;
        settings.overlap = 2;
        settings.blind = blind;
        QVector<Assignment> plan;
        for (int i : {0, 1, 2})
            plan.push_back({m_docs[i], m_alice, false});
        for (int i : {1, 2, 3})
            plan.push_back({m_docs[i], m_bob, i == 2});
        return TeamStore(m_ws.get()).setAssignments(m_project, settings, plan, error);
    }

    QVector<qint64> documentsShown() const {
        QVector<qint64> out;
        for (int row = 0; row < m_page.documentFilter()->rowCount(); ++row)
            out << m_page.documentFilter()->documentId(row);
        return out;
    }

    // Opens the mention's document in the list and tabs to it.
    void showMention(const Mention& m) {
        auto* list = m_page.findChild<QTableView*>(QStringLiteral("annotateDocuments"));
        const int row = m_page.documentFilter()->rowOf(m.documentId);
        QVERIFY(row >= 0);
        list->setCurrentIndex(m_page.documentFilter()->index(row, 0));
        QCOMPARE(m_page.currentDocument(), m.documentId);
        QWidget* text = m_page.findChild<QPlainTextEdit*>(QStringLiteral("annotateText"));
        for (int i = 0; i < 50 && m_page.currentMention() != m.id; ++i)
            QTest::keyClick(text, Qt::Key_Tab);
        QCOMPARE(m_page.currentMention(), m.id);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<kcat::core::Workspace> m_ws;
    AnnotatePage m_page;
    qint64 m_alice = 0, m_bob = 0, m_project = 0;
    QVector<qint64> m_docs;
    Mention m_shared;
};

QTEST_MAIN(TestAnnotateTeam)
#include "tst_annotateteam.moc"
