// The adjudication's type picker model: a tree of the project's types with check boxes whose choice stays
// closed under ancestors, a filter, and the project's catalog (its type set, else the types it uses).

#include "TeamTestData.h"
#include "annotation/team/ProjectSnapshot.h"
#include "annotation/team/Suggestions.h"
#include "annotation/team/TypeChoiceModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace kcat;
using namespace kcat::team;

class TestTeamTypeChoice : public QObject {
    Q_OBJECT

    static std::shared_ptr<const annotation::TypeCatalog> small() {
        return std::make_shared<const annotation::TypeCatalog>(annotation::TypeCatalog::fromPaths(
            {QStringLiteral("/person/artist/painter"), QStringLiteral("/person/athlete"),
             QStringLiteral("/location/city"), QStringLiteral("/organization")}));
    }

private Q_SLOTS:
    void checkingKeepsTheSetClosed() {
        TypeChoiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(small());
        QCOMPARE(model.rowCount(), 3); // location, organization, person
        model.setChosen({QStringLiteral("/person/artist/painter"), QStringLiteral("/nowhere")});
        QCOMPARE(model.chosen(), (QStringList{QStringLiteral("/person"), QStringLiteral("/person/artist"),
                                              QStringLiteral("/person/artist/painter")}));
        QSignalSpy changed(&model, &TypeChoiceModel::chosenChanged);
        // Checking a leaf checks its ancestors.
        const QModelIndex city = model.indexOfPath(QStringLiteral("/location/city"));
        QVERIFY(city.isValid());
        QVERIFY(model.flags(city) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(city, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.indexOfPath(QStringLiteral("/location")).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        // Unchecking a type unchecks its descendants.
        QVERIFY(model.setData(model.indexOfPath(QStringLiteral("/person/artist")), Qt::Unchecked,
                              Qt::CheckStateRole));
        QCOMPARE(model.chosen(), (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city"),
                                              QStringLiteral("/person")}));
        QCOMPARE(model.indexOfPath(QStringLiteral("/person/artist/painter")).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QCOMPARE(model.indexOfPath(QStringLiteral("/person/athlete")).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("/person/athlete"));
    }

    void filterShowsMatchesWithTheirAncestors() {
        TypeChoiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(small());
        model.setChosen({QStringLiteral("/organization")});
        model.setFilter(QStringLiteral("paint"));
        QCOMPARE(model.rowCount(), 1); // person › artist › painter
        const QModelIndex person = model.index(0, 0);
        QCOMPARE(person.data(TypeChoiceModel::PathRole).toString(), QStringLiteral("/person"));
        QCOMPARE(model.rowCount(person), 1);
        const QModelIndex painter = model.index(0, 0, model.index(0, 0, person));
        QCOMPARE(painter.data().toString(), QStringLiteral("painter"));
        QVERIFY(!model.indexOfPath(QStringLiteral("/organization")).isValid()); // hidden, still chosen
        QVERIFY(model.setData(painter, Qt::Checked, Qt::CheckStateRole));
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.chosen(),
                 (QStringList{QStringLiteral("/organization"), QStringLiteral("/person"),
                              QStringLiteral("/person/artist"), QStringLiteral("/person/artist/painter")}));
    }

    void projectCatalogIsTheTypeSetPlusTheProjectsTypes() {
        TeamTestData t;
        QString error;
        ProjectSnapshot s = ProjectSnapshot::load(t.workspace.get(), t.project, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Suggestions sug = computeSuggestions(s, crowd::AggregationMethod::MajorityVote);
        bool fromTypeSet = false;
        auto figer = TypeChoiceModel::projectCatalog(s, &sug, &fromTypeSet);
        QVERIFY(fromTypeSet);
        QVERIFY(figer->size() >= 113); // FIGER's 113 types (the project's are among them)
        QVERIFY(figer->indexOf(QStringLiteral("/person/artist")) >= 0);
        QVERIFY(figer->indexOf(QStringLiteral("/location/city")) >= 0);
        // A set this library cannot read without WordNet: the types the project uses, with ancestors.
        s.typeSet = QStringLiteral("wordnet");
        auto own = TypeChoiceModel::projectCatalog(s, &sug, &fromTypeSet);
        QVERIFY(!fromTypeSet);
        QCOMPARE(own->paths(), (QSet<QString>{QStringLiteral("/person"), QStringLiteral("/person/artist"),
                                              QStringLiteral("/location"), QStringLiteral("/location/city"),
                                              QStringLiteral("/organization")}));
    }
};

QTEST_GUILESS_MAIN(TestTeamTypeChoice)
#include "tst_team_typechoice.moc"
