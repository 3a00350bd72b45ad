// The Manage page (offscreen) on a simulated project: dashboards with data and their PNG/SVG/CSV exports,
// the adjudication view's filters, accept/override with the window's undo, the final layer's export, and
// assignments from the team panel. KCAT_MANAGE_SHOTS=DIR saves a picture of every view.

#include "annotation/documents/DemoProject.h"
#include "annotation/knowledge/Knowledge.h"
#include "annotation/team/CurationModel.h"
#include "annotation/team/ProjectSimulation.h"
#include "annotation/team/TeamSchema.h"
#include "annotation/team/TeamStore.h"
#include "annotation/team/TypeChoiceModel.h"
#include "compute/core/RecentWorkspaces.h"
#include "compute/core/Translations.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "ui/MainWindow.h"
#include "ui/manage/AdjudicationView.h"
#include "ui/manage/ChartPanel.h"
#include "ui/manage/DashboardView.h"
#include "ui/manage/ManagePage.h"
#include "ui/manage/TeamPanel.h"
#include "ui/manage/TypePickerDialog.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace kcat;
using kcat::ui::MainWindow;

class TestManagePage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static void shoot(QWidget* w, const QString& name) {
        const QString dir = qEnvironmentVariable("KCAT_MANAGE_SHOTS");
        if (!dir.isEmpty())
            w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        core::RecentWorkspaces::clear();
        // Only what this page needs (not every module): the core and team schemas, the Manage page.
        core::registerCoreSchema();
        team::registerTeamSchema();
        MainWindow::setPageFactory(MainWindow::ManagePage, [](QWidget* p) { return new ui::ManagePage(p); });
        // A workspace with a demo project of 40 documents and 4 simulated annotators.
        core::WorkspaceError error;
        auto ws = core::Workspace::create(m_dir.filePath(QStringLiteral("crowd.kcat")), &error);
        QVERIFY(ws);
        auto knowledge = annotation::Knowledge::loadBuiltin();
        QString err;
        const qint64 project = annotation::DemoProject::store(
            ws.get(), annotation::DemoProject::buildDocuments(*knowledge, 40), &err);
        QVERIFY2(project != 0, qPrintable(err));
        team::ProjectSimulationOptions o;
        for (double a : {0.9, 0.8, 0.7, 0.6}) {
            crowd::SimulatedAnnotator s;
            s.accuracy = a;
            o.annotators.push_back(s);
        }
        o.assignment.overlap = 3;
        o.assignment.goldDocuments = 4;
        team::ProjectSimulationResult r;
        QVERIFY2(team::ProjectSimulation::run(ws.get(), project, *knowledge, o, &r, &err), qPrintable(err));
    }

    void managesASimulatedCrowd() {
        MainWindow window;
        window.resize(1280, 800); // the smallest window the page is designed for
        QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("crowd.kcat"))));
        window.setCurrentPage(MainWindow::ManagePage);
        auto* page = qobject_cast<ui::ManagePage*>(window.page(MainWindow::ManagePage));
        QVERIFY(page);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isComputing() && page->curationModel()->rowCount() > 0, 30000);

        // Dashboards: every chart has data and exports PNG, SVG and CSV.
        page->tabs()->setCurrentWidget(page->dashboards());
        QTest::qWait(50);
        shoot(&window, QStringLiteral("manage-dashboards"));
        const QList<ui::ChartPanel*> panels = page->dashboards()->panels();
        QCOMPARE(panels.size(), 7);
        QTemporaryDir out;
        for (ui::ChartPanel* panel : panels) {
            const QString name = panel->table().name;
            QVERIFY2(!name.isEmpty(), "a chart without numbers");
            QVERIFY2(!panel->chart()->series().isEmpty(), qPrintable(name));
            QVERIFY2(!panel->table().rows.isEmpty(), qPrintable(name));
            QString error;
            for (const QString& suffix :
                 {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("csv")}) {
                const QString path = out.filePath(name + QLatin1Char('.') + suffix);
                const bool ok = suffix == QLatin1String("csv") ? panel->exportCsv(path, &error)
                                                               : panel->exportImage(path, &error);
                QVERIFY2(ok, qPrintable(error));
                QVERIFY2(QFileInfo(path).size() > 100, qPrintable(path));
            }
            QFile csv(out.filePath(name + QStringLiteral(".csv")));
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = csv.readAll().split('\n');
            QCOMPARE(QString::fromUtf8(lines[0]), panel->table().columns.join(QLatin1Char(',')));
            QCOMPARE(lines.size(), panel->table().rows.size() + 2); // header + rows + the final newline
            shoot(panel, QStringLiteral("chart-") + name);
        }
        QVERIFY(QFile(out.filePath(QStringLiteral("agreement.svg"))).open(QIODevice::ReadOnly));
        // The agreement heat map: 4 × 4 cells; the confusion chooser lists the 4 annotators.
        auto* agreement = page->dashboards()->panel(QStringLiteral("agreement"));
        QCOMPARE(agreement->table().rows.size(), 6);
        QCOMPARE(page->dashboards()->findChild<QComboBox*>(QStringLiteral("confusionAnnotator"))->count(), 4);

        // Team & assignments.
        page->tabs()->setCurrentWidget(page->teamPanel());
        QTest::qWait(50);
        shoot(&window, QStringLiteral("manage-team"));
        auto* progress = page->teamPanel()->findChild<QTableView*>(QStringLiteral("progress"));
        QCOMPARE(progress->model()->rowCount(), 4);
        // Simulated annotators labelled every assigned mention that has KB gold types.
        const auto snapshot = page->curationModel()->snapshot();
        for (int r = 0; r < 4; ++r) {
            int done = 0;
            for (const auto& l : snapshot->labels)
                done +=
                    l.done && snapshot->annotators[l.annotator].name == progress->model()->index(r, 0).data();
            QCOMPARE(progress->model()->index(r, 4).data(Qt::UserRole).toInt(), done);
            QVERIFY(progress->model()->index(r, 5).data(Qt::UserRole).toDouble() > 0.8);
        }
        QSignalSpy refreshed(page, &ui::ManagePage::refreshed);
        QVERIFY(page->teamPanel()->assign(2, true, 0, 5));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 30000);
        team::TeamStore store(window.workspace());
        QCOMPARE(store.assignments(page->curationModel()->snapshot()->projectId).size(), 40 * 2);
        QVERIFY(store.isBlind(page->curationModel()->snapshot()->projectId));
        page->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 2, 30000);
        QCOMPARE(store.assignments(page->curationModel()->snapshot()->projectId).size(), 4 * 4 + 36 * 3);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isComputing(), 30000);

        // Adjudication: filters, accept, override, undo, export.
        page->tabs()->setCurrentWidget(page->adjudication());
        team::CurationModel* model = page->curationModel();
        const int all = model->rowCount();
        model->setOnlyDisagreements(true);
        const int disagreements = model->rowCount();
        QVERIFY(disagreements > 0 && disagreements < all);
        QTest::qWait(50);
        shoot(&window, QStringLiteral("manage-adjudication"));
        ui::AdjudicationView* view = page->adjudication();
        const QStringList suggestion =
            model->index(0, 0).data(team::CurationModel::SuggestionRole).toStringList();
        const int mention = model->mentionAt(0);
        QVERIFY(view->acceptRows({0}));
        QCOMPARE(model->finalTypes(mention), suggestion);
        QVERIFY(view->overrideRow(0, {QStringLiteral("/event")}));
        QCOMPARE(model->finalTypes(mention), QStringList{QStringLiteral("/event")});
        QCOMPARE(model->decision(mention), QStringLiteral("overridden"));
        page->undoStack()->undo();
        QCOMPARE(model->finalTypes(mention), suggestion);
        QCOMPARE(model->decision(mention), QStringLiteral("accepted"));

        // "Override…" opens the type picker on the selected row: filter, check a leaf (its ancestors
        // follow), OK → one undoable command.
        view->table()->selectRow(0);
        const int undoBefore = page->undoStack()->index();
        bool picked = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ui::TypePickerDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QCOMPARE(dialog->chosen(), suggestion); // starts from the accepted suggestion
            dialog->filterBox()->setText(QStringLiteral("city"));
            team::TypeChoiceModel* types = dialog->model();
            types->setChosen({});
            const QModelIndex city = types->indexOfPath(QStringLiteral("/location/city"));
            QVERIFY(city.isValid());
            QVERIFY(types->setData(city, Qt::Checked, Qt::CheckStateRole));
            dialog->resize(460, 400);
            shoot(dialog, QStringLiteral("manage-type-picker"));
            picked = true;
            dialog->accept();
        });
        view->findChild<QPushButton*>(QStringLiteral("override"))->click();
        QVERIFY(picked);
        QCOMPARE(model->finalTypes(mention),
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));
        QCOMPARE(model->decision(mention), QStringLiteral("overridden"));
        QCOMPARE(page->undoStack()->index(), undoBefore + 1);
        // Several rows at once: still one command.
        const int second = model->mentionAt(1);
        const QStringList secondBefore = model->finalTypes(second);
        QVERIFY(view->overrideRows({0, 1}, {QStringLiteral("/event")}));
        QCOMPARE(model->finalTypes(second), QStringList{QStringLiteral("/event")});
        QCOMPARE(page->undoStack()->index(), undoBefore + 2);
        page->undoStack()->undo();
        QCOMPARE(model->finalTypes(second), secondBefore);
        page->undoStack()->undo();
        QCOMPARE(model->finalTypes(mention), suggestion);
        model->setOnlyDisagreements(false);
        QTemporaryDir exported;
        QString error;
        const QStringList files =
            view->exportFinal(annotation::DocumentImporter::Format::FigerJsonl, exported.path(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(files.size(), 1);
        QFile jsonl(files[0]);
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        QCOMPARE(jsonl.readAll().count('\n'), 40);

        // Another aggregation method recomputes off the GUI thread.
        page->setMethod(QStringLiteral("ds"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isComputing() &&
                                     model->headerData(model->suggestionColumn(), Qt::Horizontal)
                                         .toString()
                                         .contains(QStringLiteral("ds")),
                                 60000);
    }

    // A language switch retranslates the open page without a restart: tabs, buttons, the status line made
    // from data, column headers, chart titles and the charts' axis titles and legends.
    void followsALanguageSwitch() {
        MainWindow window;
        window.resize(1280, 800);
        QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("crowd.kcat"))));
        window.setCurrentPage(MainWindow::ManagePage);
        auto* page = qobject_cast<ui::ManagePage*>(window.page(MainWindow::ManagePage));
        QVERIFY(page);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isComputing() && page->curationModel()->rowCount() > 0, 30000);
        auto* refresh = page->findChild<QPushButton*>(QStringLiteral("refresh"));
        auto* status = page->findChild<QLabel*>(QStringLiteral("manageStatus"));
        auto* progress = page->teamPanel()->findChild<QTableView*>(QStringLiteral("progress"));
        QVERIFY(refresh && status && progress);
        ui::ChartPanel* agreement = page->dashboards()->panel(QStringLiteral("agreement"));
        ui::ChartPanel* accuracy = page->dashboards()->panel(QStringLiteral("accuracy"));
        auto axisTitle = [](ui::ChartPanel* panel) {
            return panel->chart()->axes(Qt::Horizontal).value(0)->titleText();
        };
        auto firstLegend = [](ui::ChartPanel* panel) {
            return panel->chart()->legend()->markers().value(0)->label();
        };
        QCOMPARE(page->tabs()->tabText(1), QStringLiteral("Dashboards"));
        QCOMPARE(refresh->text(), QStringLiteral("Refresh"));
        QVERIFY(status->text().contains(QStringLiteral("documents")));
        QCOMPARE(agreement->title(), QStringLiteral("Agreement between annotators (same type set)"));
        QCOMPARE(axisTitle(agreement), QStringLiteral("annotator"));
        QCOMPARE(firstLegend(accuracy), QStringLiteral("vs gold (exact)"));

        core::Translations::install(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        auto zh = [](const char* context, const char* text) {
            const QString t = QCoreApplication::translate(context, text);
            return t == QLatin1String(text) ? QString() : t; // a missing translation fails the comparison
        };
        QCOMPARE(page->tabs()->tabText(1), zh("kcat::ui::ManagePage", "Dashboards"));
        QCOMPARE(page->tabs()->tabText(2), zh("kcat::ui::ManagePage", "Adjudication"));
        QCOMPARE(refresh->text(), zh("kcat::ui::ManagePage", "Refresh"));
        QVERIFY2(!status->text().contains(QStringLiteral("documents")), qPrintable(status->text()));
        QCOMPARE(page->curationModel()->headerData(0, Qt::Horizontal).toString(),
                 zh("kcat::team::CurationModel", "Document"));
        QCOMPARE(progress->model()->headerData(0, Qt::Horizontal).toString(),
                 zh("kcat::ui::TeamPanel", "Annotator"));
        QCOMPARE(agreement->title(),
                 zh("kcat::ui::DashboardView", "Agreement between annotators (same type set)"));
        // The charts are rebuilt in the new language, one per event-loop turn.
        QTRY_COMPARE(axisTitle(agreement), zh("kcat::ui::DashboardView", "annotator"));
        QTRY_COMPARE(firstLegend(accuracy), zh("kcat::ui::ManageCharts", "vs gold (exact)"));
        page->tabs()->setCurrentWidget(page->adjudication());
        QTest::qWait(50);
        shoot(&window, QStringLiteral("manage-adjudication-zh"));
        page->tabs()->setCurrentWidget(page->dashboards());
        QTest::qWait(50);
        shoot(&window, QStringLiteral("manage-dashboards-zh"));

        core::Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(page->tabs()->tabText(1), QStringLiteral("Dashboards"));
        QVERIFY(status->text().contains(QStringLiteral("documents")));
        QTRY_COMPARE(axisTitle(agreement), QStringLiteral("annotator"));
    }
};

QTEST_MAIN(TestManagePage)
#include "tst_managepage.moc"
