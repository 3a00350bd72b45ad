// The main window offscreen: pages by keyboard, workspaces, jobs, and the --screenshot option.

#include "app/Modules.h"
#include "app/Pages.h"
#include "compute/core/ConcurrentJob.h"
#include "compute/core/JobListModel.h"
#include "compute/core/RecentWorkspaces.h"
#include "compute/core/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/PlaceholderPage.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using kcat::ui::MainWindow;

namespace {
// A job that could outlive the application, like an experiment run's child process.
class DetachableJob : public kcat::core::Job {
public:
    DetachableJob()
        : Job(QStringLiteral("run 1")) {}
    bool canKeepRunning() const override { return isRunning(); }
    void keepRunning() override { kept = true; }
    bool kept = false;

protected:
    void requestCancel() override {}
};
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        kcat::core::RecentWorkspaces::clear();
        kcat::app::registerModules();
        kcat::app::registerPages();
    }

    void switchesPagesWithTheKeyboard() {
        MainWindow window;
        QVERIFY(window.createWorkspace(m_dir.filePath(QStringLiteral("pages.kcat"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        const Qt::Key keys[] = {Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_1};
        const MainWindow::Page expected[] = {MainWindow::ManagePage, MainWindow::TopicsPage,
                                             MainWindow::ExperimentsPage, MainWindow::AnnotatePage};
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(&window, keys[i], Qt::ControlModifier);
            QCOMPARE(window.currentPage(), expected[i]);
            QVERIFY(window.page(expected[i])->isVisible());
        }
        auto* bar = window.findChild<QAction*>(QStringLiteral("topicsAction"));
        QVERIFY(bar);
        bar->trigger();
        QCOMPARE(window.currentPage(), MainWindow::TopicsPage);
        QVERIFY(bar->isChecked());
    }

    void titleAndRecentListFollowTheWorkspace() {
        MainWindow window;
        const QString first = m_dir.filePath(QStringLiteral("first.kcat"));
        const QString second = m_dir.filePath(QStringLiteral("second.kcat"));
        QVERIFY(window.createWorkspace(first));
        QVERIFY(window.windowTitle().contains(first));
        QVERIFY(window.createWorkspace(second));
        QVERIFY(window.windowTitle().contains(second));
        QCOMPARE(kcat::core::RecentWorkspaces::list().mid(0, 2), (QStringList{second, first}));

        auto* recent = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QAction* entry = nullptr;
        for (QAction* action : recent->actions())
            if (action->data().toString() == first)
                entry = action;
        QVERIFY(entry);
        entry->trigger();
        QCOMPARE(window.workspace()->path(), first);
    }

    void aBadFileKeepsTheCurrentWorkspace() {
        MainWindow window;
        const QString good = m_dir.filePath(QStringLiteral("good.kcat"));
        QVERIFY(window.createWorkspace(good));
        const QString bad = m_dir.filePath(QStringLiteral("bad.kcat"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        QString error;
        QVERIFY(!window.openWorkspace(bad, &error));
        QVERIFY(error.contains(bad));
        QCOMPARE(window.workspace()->path(), good);
    }

    void integrityCheckRunsAsABackgroundJob() {
        MainWindow window;
        QVERIFY(window.createWorkspace(m_dir.filePath(QStringLiteral("check.kcat"))));
        kcat::core::JobListModel* jobs = window.jobs();
        const int before = jobs->rowCount(); // pages may start their own loading jobs
        window.checkWorkspace();
        QCOMPARE(jobs->rowCount(), before + 1);
        kcat::core::Job* check = jobs->job(before);
        QVERIFY(check->title().startsWith(QStringLiteral("Checking")));
        QTRY_COMPARE_WITH_TIMEOUT(check->state(), kcat::core::Job::State::Succeeded, 20000);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("no problems")));
    }

    void jobIndicatorShowsTheRunningJob() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* indicator = window.findChild<QWidget*>(QStringLiteral("jobIndicator"));
        QVERIFY(indicator);
        auto* bar = indicator->findChild<QProgressBar*>();
        QVERIFY(bar && !bar->isVisible());
        std::atomic<bool> release{false};
        auto* job = new kcat::core::ConcurrentJob(QStringLiteral("Counting"),
                                                  [&release](kcat::core::JobControl& control) -> QVariant {
                                                      control.report(1, 4, QString());
                                                      while (!release && !control.isCancelled())
                                                          QThread::msleep(2);
                                                      return {};
                                                  });
        window.jobs()->add(job);
        job->start();
        QTRY_COMPARE(bar->value(), 250);
        QVERIFY(bar->isVisible());
        QVERIFY(indicator->findChild<QLabel*>()->text().contains(QStringLiteral("Counting")));
        release = true;
        QTRY_VERIFY(!bar->isVisible());
        QCOMPARE(job->state(), kcat::core::Job::State::Succeeded);
    }

    void closingAsksToStopOrKeepRunningJobs_data() {
        QTest::addColumn<QString>("button");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<bool>("kept");
        QTest::addColumn<bool>("cancelled");
        QTest::newRow("keep") << "keepButton" << true << true << false;
        QTest::newRow("stop") << "stopButton" << true << false << true;
        QTest::newRow("cancel") << "cancel" << false << false << false;
    }

    void closingAsksToStopOrKeepRunningJobs() {
        QFETCH(QString, button);
        QFETCH(bool, closed);
        QFETCH(bool, kept);
        QFETCH(bool, cancelled);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* job = new DetachableJob;
        window.jobs()->add(job);
        QTimer::singleShot(0, &window, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->findChild<QPushButton*>(QStringLiteral("keepButton")));
            if (button == QLatin1String("cancel"))
                box->button(QMessageBox::Cancel)->click();
            else
                box->findChild<QPushButton*>(button)->click();
        });
        QCOMPARE(window.close(), closed);
        QCOMPARE(job->kept, kept);
        QCOMPARE(job->cancelRequested(), cancelled);
    }

    void screenshotOptionSavesAPng() {
        const QString png = m_dir.filePath(QStringLiteral("shot.png"));
        QProcess studio;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        studio.setProcessEnvironment(env);
        studio.start(
            QStringLiteral(KCAT_BINARY_DIR "/bin/kcat-studio"),
            {QStringLiteral("--screenshot"), png, QStringLiteral("--page"), QStringLiteral("experiments")});
        QVERIFY(studio.waitForFinished(60000));
        QCOMPARE(studio.exitCode(), 0);
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QCOMPARE(file.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
        const QImage image(png);
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // The default workspace was created on first start.
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data/kcat/kcat-studio/default.kcat"))));
    }

    void unknownPageIsRefused() {
        QProcess studio;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data2")));
        studio.setProcessEnvironment(env);
        studio.start(QStringLiteral(KCAT_BINARY_DIR "/bin/kcat-studio"),
                     {QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png")),
                      QStringLiteral("--page"), QStringLiteral("nowhere")});
        QVERIFY(studio.waitForFinished(60000));
        QCOMPARE(studio.exitCode(), 2);
        QVERIFY(studio.readAllStandardError().contains("nowhere"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
