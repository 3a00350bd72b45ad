// The demo project from WordNet glosses, and the knowledge constraint as the client applies it.

#include "TestWorkspace.h"
#include "annotation/documents/DemoProject.h"
#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/KnowledgeConstraint.h"
#include "annotation/knowledge/Knowledge.h"

#include <QElapsedTimer>

using namespace kcat::annotation;

class TestDemoProject : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const Knowledge> m_knowledge;

    QString entityNamed(const QString& alias) const {
        const KnowledgeBase& kb = *m_knowledge->knowledgeBase();
        for (const Entity& e : kb.entities())
            if (e.aliases.contains(alias))
                return e.id;
        return QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QElapsedTimer timer;
        timer.start();
        m_knowledge = Knowledge::loadBuiltin();
        qInfo("knowledge loaded in %lld ms", timer.elapsed());
    }

    void buildsTwoHundredGlossDocuments() {
        const QVector<DocumentData> docs = DemoProject::buildDocuments(*m_knowledge);
        QCOMPARE(docs.size(), DemoProject::DocumentCount);
        for (const DocumentData& d : docs) {
            QVERIFY(d.mentions.size() >= 2);
            for (const Mention& m : d.mentions) {
                QVERIFY(m.types.isEmpty());
                QVERIFY(m.start >= 0 && m.end <= d.text.size() && m.start < m.end);
                QVERIFY(m.link != LinkState::Unlinked);
                if (m.link == LinkState::Linked)
                    QCOMPARE(m.entity, m.candidates.value(0).entity);
            }
        }
        TestWorkspace t;
        QVERIFY(!DemoProject::isNeeded(t.workspace.get())); // TestWorkspace made a project
        kcat::core::WorkspaceError werror;
        auto fresh = kcat::core::Workspace::create(t.dir.filePath(QStringLiteral("demo.kcat")), &werror);
        QVERIFY(DemoProject::isNeeded(fresh.get()));
        QString error;
        const qint64 project = DemoProject::store(fresh.get(), docs, &error);
        QVERIFY2(project > 0, qPrintable(error));
        QVERIFY(!DemoProject::isNeeded(fresh.get()));
        DocumentStore store(fresh.get());
        const QVector<DocumentSummary> stored = store.documents(project);
        QCOMPARE(stored.size(), 200);
        QCOMPARE(stored[0].typed, 0);
        QCOMPARE(stored[0].mentions, docs[0].mentions.size());
    }

    void constraintFollowsTheLink() {
        KnowledgeConstraint constraint(m_knowledge, QStringLiteral("figer"));
        const QString paris = entityNamed(QStringLiteral("Paris"));
        QVERIFY(!paris.isEmpty());
        Mention m;
        m.link = LinkState::Linked;
        m.entity = paris;
        const KnowledgeConstraint::Candidates linked = constraint.candidates(m);
        QVERIFY(!linked.released);
        QVERIFY2(linked.types.contains(QStringLiteral("/location")), qPrintable(linked.types.join(' ')));
        QVERIFY(linked.types.size() < 10);
        QVERIFY(linked.ratio < 0.1);
        m.link = LinkState::Nil;
        const KnowledgeConstraint::Candidates nil = constraint.candidates(m);
        QVERIFY(nil.released);
        QCOMPARE(nil.types.size(), constraint.catalog()->size());
        QCOMPARE(nil.ratio, 1.0);
        QCOMPARE(constraint.entityName(paris), QStringLiteral("Paris"));
        QVERIFY(!constraint.entityDescription(paris).isEmpty());
        QVERIFY(!constraint.entityClasses(paris).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoProject)
#include "tst_demoproject.moc"
