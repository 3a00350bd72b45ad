// The client's models under QAbstractItemModelTester: documents with progress, mentions, candidate types.

#include "TestWorkspace.h"
#include "annotation/documents/DocumentListModel.h"
#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/MentionListModel.h"
#include "annotation/documents/TypeCandidateModel.h"

#include <QAbstractItemModelTester>

using namespace kcat::annotation;

namespace {

const QStringList Figerish = {
    QStringLiteral("/person"),
    QStringLiteral("/person/artist"),
    QStringLiteral("/person/artist/actor"),
    QStringLiteral("/person/author"),
    QStringLiteral("/location"),
    QStringLiteral("/location/city"),
    QStringLiteral("/location/country"),
    QStringLiteral("/organization"),
    QStringLiteral("/organization/company"),
};

std::shared_ptr<const TypeCatalog> catalog() {
    return std::make_shared<const TypeCatalog>(TypeCatalog::fromPaths(
        Figerish,
        {{QStringLiteral("/location/city"), QStringLiteral("a large and densely populated urban area")},
         {QStringLiteral("/person/author"), QStringLiteral("writes books")}}));
}

DocumentData doc(const QString& name, int typed) {
    DocumentData d;
    d.name = name;
    d.text = QStringLiteral("Rome and Paris and Oslo");
    const int spans[3][2] = {{0, 4}, {9, 14}, {19, 23}};
    for (int i = 0; i < 3; ++i) {
        Mention m;
        m.start = spans[i][0];
        m.end = spans[i][1];
        if (i < typed)
            m.types = {QStringLiteral("/location/city")};
        d.mentions << m;
    }
    return d;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentListShowsProgress() {
        TestWorkspace t;
        DocumentStore store(t.workspace.get());
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store, t.project);
        QString error;
        const QVector<qint64> ids =
            store.addDocuments(t.project, {doc(QStringLiteral("a"), 1), doc(QStringLiteral("b"), 3)}, &error);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DocumentListModel::ProgressColumn).data().toString(), QStringLiteral("1/3"));
        QCOMPARE(model.index(1, DocumentListModel::ProgressColumn).data().toString(), QStringLiteral("3/3"));
        const qint64 rome = store.mentions(ids[0])[1].id;
        QVERIFY(store.setTypes(rome, {QStringLiteral("/location")}, &error));
        QCOMPARE(model.index(0, 1).data(DocumentListModel::TypedRole).toInt(), 2);
        QCOMPARE(model.index(0, 1).data(DocumentListModel::FractionRole).toDouble(), 2.0 / 3.0);
    }

    void mentionListFollowsTheStore() {
        TestWorkspace t;
        DocumentStore store(t.workspace.get());
        QString error;
        const qint64 id = store.addDocuments(t.project, {doc(QStringLiteral("a"), 1)}, &error).value(0);
        MentionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        model.setDocument(id);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, MentionListModel::SurfaceColumn).data().toString(), QStringLiteral("Paris"));
        QCOMPARE(model.index(0, MentionListModel::TypesColumn).data().toString(),
                 QStringLiteral("/location/city"));
        const qint64 paris = model.mentionAt(1).id;
        QVERIFY(store.setLink(paris, LinkState::Linked, QStringLiteral("wn:1"), &error));
        model.setEntityNamer([](const QString& id) {
            return id == QStringLiteral("wn:1") ? QStringLiteral("Paris (France)") : id;
        });
        QCOMPARE(model.index(1, MentionListModel::EntityColumn).data().toString(),
                 QStringLiteral("Paris (France)"));
        Mention extra;
        extra.documentId = id;
        extra.start = 5;
        extra.end = 8;
        QVERIFY(store.addMention(extra, &error) > 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("and"));
        QVERIFY(store.setSpan(paris, 9, 11, &error));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Pa"));
        QVERIFY(store.removeMention(paris, &error));
        QCOMPARE(model.rowCount(), 3);
    }

    void flattenListsAndSearchesCandidates() {
        TypeCandidateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(catalog());
        QCOMPARE(model.rowCount(), Figerish.size());
        // The knowledge constraint: an entity typed /location/city offers the city and its ancestor only.
        model.setCandidates({QStringLiteral("/location/city")});
        QCOMPARE(model.visiblePaths(),
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));
        model.setUnconstrained();
        model.setFilter(QStringLiteral("auth"));
        QCOMPARE(model.visiblePaths(), QStringList{QStringLiteral("/person/author")});
        model.setFilter(QStringLiteral("urban")); // description
        QCOMPARE(model.visiblePaths(), QStringList{QStringLiteral("/location/city")});
        model.setFilter(QStringLiteral("cmpny")); // fuzzy: letters in order
        QCOMPARE(model.visiblePaths(), QStringList{QStringLiteral("/organization/company")});
        model.setFilter(QStringLiteral("art"));
        // Name prefix before names merely containing it.
        QCOMPARE(model.visiblePath(0), QStringLiteral("/person/artist"));
        QCOMPARE(model.index(0, 0).data(TypeCandidateModel::ShortcutRole).toInt(), 1);
        model.setChosen({QStringLiteral("/person"), QStringLiteral("/person/artist")});
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void coarseToFineDrillsDown() {
        TypeCandidateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(catalog());
        model.setView(TypeCandidateModel::View::CoarseFine);
        QCOMPARE(model.visiblePaths(),
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/organization"),
                              QStringLiteral("/person")}));
        model.setLevel(QStringLiteral("/person"));
        QCOMPARE(model.visiblePaths(),
                 (QStringList{QStringLiteral("/person/artist"), QStringLiteral("/person/author")}));
        QVERIFY(model.index(0, 0).data(TypeCandidateModel::HasChildrenRole).toBool());
        QVERIFY(!model.index(1, 0).data(TypeCandidateModel::HasChildrenRole).toBool());
        model.setLevel(QStringLiteral("/person/artist"));
        QCOMPARE(model.visiblePaths(), QStringList{QStringLiteral("/person/artist/actor")});
        QVERIFY(model.goUp());
        QCOMPARE(model.level(), QStringLiteral("/person"));
        QVERIFY(model.goUp());
        QVERIFY(!model.goUp());
        model.setCandidates({QStringLiteral("/person/author")});
        QCOMPARE(model.visiblePaths(), QStringList{QStringLiteral("/person")});
    }

    void treeShowsTheHierarchy() {
        TypeCandidateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(catalog());
        model.setView(TypeCandidateModel::View::Tree);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex person = model.indexOfPath(QStringLiteral("/person"));
        QCOMPARE(model.rowCount(person), 2);
        const QModelIndex actor = model.indexOfPath(QStringLiteral("/person/artist/actor"));
        QCOMPARE(actor.parent().parent(), person);
        QCOMPARE(model.visiblePaths().size(), Figerish.size());
        QCOMPARE(model.visiblePath(1), QStringLiteral("/location/city"));
        model.setFilter(QStringLiteral("actor"));
        QCOMPARE(model.visiblePaths(),
                 (QStringList{QStringLiteral("/person"), QStringLiteral("/person/artist"),
                              QStringLiteral("/person/artist/actor")}));
        model.setFilter(QString());
        model.setCandidates({QStringLiteral("/organization/company"), QStringLiteral("/person/author")});
        QCOMPARE(model.visiblePaths(),
                 (QStringList{QStringLiteral("/organization"), QStringLiteral("/organization/company"),
                              QStringLiteral("/person"), QStringLiteral("/person/author")}));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
