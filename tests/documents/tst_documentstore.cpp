// The annotation tables through DocumentStore/ProjectStore: documents, mentions, labels per annotator, costs.

#include "TestWorkspace.h"
#include "annotation/documents/DocumentStore.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace kcat::annotation;

class TestDocumentStore : public QObject {
    Q_OBJECT

private:
    static DocumentData sample() {
        DocumentData doc;
        doc.name = QStringLiteral("d1");
        doc.text = QStringLiteral("Paris is the capital of France.");
        Mention paris;
        paris.start = 0;
        paris.end = 5;
        paris.types = {QStringLiteral("/location/city")};
        paris.link = LinkState::Linked;
        paris.entity = QStringLiteral("wn:08932568");
        paris.candidates = {{QStringLiteral("wn:08932568"), 0.75}, {QStringLiteral("wn:09418791"), 0.25}};
        Mention france;
        france.start = 24;
        france.end = 30;
        doc.mentions = {paris, france};
        return doc;
    }

private Q_SLOTS:
    void projectsAndAnnotators() {
        TestWorkspace t;
        ProjectStore projects(t.workspace.get());
        QVERIFY(t.project > 0);
        QCOMPARE(projects.project(t.project).typeSet, QStringLiteral("figer"));
        QString error;
        QCOMPARE(projects.createProject(QStringLiteral("test"), QStringLiteral("coarse"), &error), 0);
        QVERIFY(error.contains(QStringLiteral("exists")));
        QVERIFY(projects.defaultAnnotator() > 0);
        const qint64 other = projects.annotatorNamed(QStringLiteral("alice"), &error);
        QVERIFY(other > 0 && other != projects.defaultAnnotator());
        QCOMPARE(projects.annotatorNamed(QStringLiteral("alice"), &error), other);
    }

    void storesDocumentsWithMentions() {
        TestWorkspace t;
        DocumentStore store(t.workspace.get());
        QString error;
        const QVector<qint64> ids = store.addDocuments(t.project, {sample()}, &error);
        QCOMPARE(ids.size(), 1);
        const QVector<Mention> ms = store.mentions(ids[0]);
        QCOMPARE(ms.size(), 2);
        QCOMPARE(ms[0].start, 0);
        QCOMPARE(ms[0].end, 5);
        // Ancestors are implied and stored.
        QCOMPARE(ms[0].types, (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));
        QCOMPARE(ms[0].link, LinkState::Linked);
        QCOMPARE(ms[0].candidates.size(), 2);
        QCOMPARE(ms[0].candidates[1].score, 0.25);
        QCOMPARE(ms[0].state(), MentionState::Typed);
        QCOMPARE(ms[1].state(), MentionState::Untyped);
        QCOMPARE(ms[1].link, LinkState::Unlinked);
        const QVector<DocumentSummary> docs = store.documents(t.project);
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs[0].mentions, 2);
        QCOMPARE(docs[0].typed, 1);
    }

    void labelsArePerAnnotator() {
        TestWorkspace t;
        DocumentStore store(t.workspace.get());
        QString error;
        const qint64 doc = store.addDocuments(t.project, {sample()}, &error).value(0);
        const qint64 france = store.mentions(doc)[1].id;
        const qint64 alice = ProjectStore(t.workspace.get()).annotatorNamed(QStringLiteral("alice"), &error);
        DocumentStore aliceStore(t.workspace.get());
        aliceStore.setAnnotator(alice);
        QVERIFY(aliceStore.setTypes(france, {QStringLiteral("/location/country")}, &error));
        QCOMPARE(aliceStore.mention(france).types.size(), 2);
        QVERIFY(store.mention(france).types.isEmpty());
        QCOMPARE(store.summary(doc).typed, 1);
        QCOMPARE(aliceStore.summary(doc).typed, 1); // alice typed France only
    }

    void refusesCrossingAndOutOfRangeSpans() {
        TestWorkspace t;
        DocumentStore store(t.workspace.get());
        QString error;
        const qint64 doc = store.addDocuments(t.project, {sample()}, &error).value(0);
        Mention m;
        m.documentId = doc;
        m.start = 3;
        m.end = 9; // crosses "Paris" (0-5)
        QCOMPARE(store.addMention(m, &error), 0);
        QVERIFY(error.contains(QStringLiteral("crosses")));
        m.start = 25;
        m.end = 99;
        QCOMPARE(store.addMention(m, &error), 0);
        QVERIFY(error.contains(QStringLiteral("outside")));
        m.start = 1;
        m.end = 3; // nested inside Paris: allowed
        QVERIFY(store.addMention(m, &error) > 0);
        QCOMPARE(store.mentions(doc).size(), 3);
    }

    void writesSignalAndLogCosts() {
        TestWorkspace t;
        DocumentStore store(t.workspace.get());
        QString error;
        const qint64 doc = store.addDocuments(t.project, {sample()}, &error).value(0);
        const qint64 paris = store.mentions(doc)[0].id;
        QSignalSpy changed(&store, &DocumentStore::mentionChanged);
        QVERIFY(store.setLink(paris, LinkState::Nil, QString(), &error));
        QVERIFY(store.setFlagged(paris, true, &error));
        QCOMPARE(changed.count(), 2);
        const Mention m = store.mention(paris);
        QCOMPARE(m.link, LinkState::Nil);
        QCOMPARE(m.state(), MentionState::Flagged);
        QVERIFY(store.logCost({paris, 1234, 5, 1, QStringLiteral("flatten")}, &error));
        const QVector<CostEntry> costs = store.costs(paris);
        QCOMPARE(costs.size(), 1);
        QCOMPARE(costs[0].focusToConfirmMs, 1234);
        QCOMPARE(costs[0].keystrokes, 5);
        QCOMPARE(costs[0].view, QStringLiteral("flatten"));
        QSqlQuery q(t.workspace->database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT state FROM annotation_mention_labels WHERE mention_id = %1").arg(paris)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("flagged"));
    }

    void aFailedBatchStoresNothing() {
        TestWorkspace t;
        DocumentStore store(t.workspace.get());
        DocumentData bad = sample();
        bad.mentions[1].start = 40; // end before start: the table's CHECK refuses it
        bad.mentions[1].end = 39;
        QString error;
        QVERIFY(store.addDocuments(t.project, {sample(), bad}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.documents(t.project).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"
