#include "ui/MainWindow.h"

#include "compute/core/AppPaths.h"
#include "compute/core/ConcurrentJob.h"
#include "compute/core/JobListModel.h"
#include "compute/core/RecentWorkspaces.h"
#include "compute/core/Workspace.h"
#include "ui/JobIndicator.h"
#include "ui/JobListDialog.h"
#include "ui/PlaceholderPage.h"
#include "ui/SettingsDialog.h"
#include "ui/server/TeamServerHook.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace kcat::ui {

namespace {

struct PageInfo {
    const char* key;
    const char* icon;
    const char* title;
    const char* plans;
};

const PageInfo Pages[MainWindow::PageCount] = {
    {"annotate", ":/icons/annotate.svg", QT_TRANSLATE_NOOP("kcat::ui::MainWindow", "Annotate"),
     QT_TRANSLATE_NOOP(
         "kcat::ui::MainWindow",
         "Type entity mentions with fine-grained types (FIGER, OntoNotes, WordNet). Each mention is "
         "linked to a knowledge base, and only the types its entity can have are offered. "
         "Keyboard first, with undo.")},
    {"manage", ":/icons/manage.svg", QT_TRANSLATE_NOOP("kcat::ui::MainWindow", "Manage"),
     QT_TRANSLATE_NOOP(
         "kcat::ui::MainWindow",
         "Run a team of annotators: assignments with overlap, agreement (Cohen's and Fleiss' kappa, "
         "Krippendorff's alpha), label aggregation (Dawid-Skene, GLAD, MACE), adjudication, and a "
         "shared PostgreSQL team server.")},
    {"topics", ":/icons/topics.svg", QT_TRANSLATE_NOOP("kcat::ui::MainWindow", "Topics"),
     QT_TRANSLATE_NOOP(
         "kcat::ui::MainWindow",
         "Explore the topics of a corpus: semantic-locality features, LDA and Replicated Softmax "
         "models, an intertopic distance map, retrieval mAP and coherence.")},
    {"experiments", ":/icons/experiments.svg", QT_TRANSLATE_NOOP("kcat::ui::MainWindow", "Experiments"),
     QT_TRANSLATE_NOOP(
         "kcat::ui::MainWindow",
         "Launch, watch and compare experiment runs: model compression, spiking networks and "
         "training-balance planning, with live charts and every metric kept in the workspace.")},
};

MainWindow::PageFactory& factoryFor(int page) {
    static MainWindow::PageFactory factories[MainWindow::PageCount];
    return factories[page];
}

} // namespace

void MainWindow::setPageFactory(Page page, PageFactory factory) {
    factoryFor(page) = std::move(factory);
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_jobs(new core::JobListModel(this))
    , m_stack(new QStackedWidget(this))
    , m_pageBar(new QToolBar(this))
    , m_pageGroup(new QActionGroup(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_jobIndicator(new JobIndicator(m_jobs, this))
    , m_workspaceLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kcat-studio.svg")));
    setCentralWidget(m_stack);

    m_pageBar->setObjectName(QStringLiteral("pageBar"));
    m_pageBar->setMovable(false);
    m_pageBar->setFloatable(false);
    m_pageBar->setIconSize(QSize(32, 32));
    m_pageBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_pageBar->setContextMenuPolicy(Qt::PreventContextMenu);
    addToolBar(Qt::LeftToolBarArea, m_pageBar);

    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_jobIndicator);
    connect(m_jobIndicator, &JobIndicator::clicked, this, &MainWindow::showJobList);

    createActions();
    createPages();
    createMenus();
    retranslate();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    Page page = AnnotatePage;
    pageFromName(settings.value(QStringLiteral("window/page")).toString(), &page);
    setCurrentPage(page);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspaceDialog);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        core::RecentWorkspaces::clear();
        updateRecentMenu();
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});

    m_jobsAction = new QAction(this);
    connect(m_jobsAction, &QAction::triggered, this, &MainWindow::showJobList);
    m_checkAction = new QAction(this);
    connect(m_checkAction, &QAction::triggered, this, &MainWindow::checkWorkspace);
    m_settingsAction = new QAction(this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_shortcutsAction = new QAction(this);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createPages() {
    for (int i = 0; i < PageCount; ++i) {
        const PageInfo& info = Pages[i];
        WorkspacePage* page =
            factoryFor(i) ? factoryFor(i)(m_stack)
                          : new PlaceholderPage(QLatin1String(info.icon), info.title, info.plans, m_stack);
        page->setObjectName(QLatin1String(info.key) + QStringLiteral("Page"));
        page->setJobs(m_jobs);
        m_pages.append(page);
        m_stack->addWidget(page);
        if (QUndoStack* stack = page->undoStack())
            m_undoGroup->addStack(stack);

        auto* action = new QAction(QIcon(QLatin1String(info.icon)), QString(), this);
        action->setObjectName(QLatin1String(info.key) + QStringLiteral("Action"));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::ApplicationShortcut);
        m_pageGroup->addAction(action);
        m_pageBar->addAction(action);
        m_pageActions.append(action);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentPage(Page(i)); });
    }
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    if (const TeamServerActionFactory& teamServer = teamServerActionFactory()) // ui/server
        m_fileMenu->addAction(teamServer(this));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction* action : std::as_const(m_pageActions))
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_jobsAction);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_checkAction);
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_settingsAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);
    updateRecentMenu();
}

void MainWindow::retranslate() {
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Workspace…"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_clearRecentAction->setText(tr("&Clear List"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_jobsAction->setText(tr("Background &Jobs…"));
    m_checkAction->setText(tr("&Check Workspace Integrity"));
    m_settingsAction->setText(tr("&Settings…"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About KCAT Studio"));
    m_pageBar->setWindowTitle(tr("Workspaces"));
    for (int i = 0; i < PageCount; ++i) {
        QAction* action = m_pageActions.at(i);
        action->setText(tr(Pages[i].title));
        action->setToolTip(
            tr("%1 (%2)").arg(tr(Pages[i].title), action->shortcut().toString(QKeySequence::NativeText)));
    }
    updateRecentMenu();
    updateTitle();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    const auto running = m_jobs->runningJobs();
    if (!running.isEmpty()) {
        const int keepable = int(std::count_if(running.begin(), running.end(),
                                               [](core::Job* job) { return job->canKeepRunning(); }));
        QMessageBox box(QMessageBox::Question, tr("Background Jobs Running"),
                        tr("%n background job(s) are still running.", nullptr, running.size()),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("closeJobsBox"));
        if (keepable > 0)
            box.setInformativeText(
                tr("%n experiment run(s) can keep running without KCAT Studio: they go on "
                   "writing into the workspace, and you see their results when you open it "
                   "again. Other jobs stop.",
                   nullptr, keepable));
        QPushButton* stop = box.addButton(tr("&Stop Them and Quit"), QMessageBox::DestructiveRole);
        stop->setObjectName(QStringLiteral("stopButton"));
        QPushButton* keep = nullptr;
        if (keepable > 0) {
            keep = box.addButton(tr("&Keep Runs Going and Quit"), QMessageBox::AcceptRole);
            keep->setObjectName(QStringLiteral("keepButton"));
        }
        QPushButton* cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel);
        box.exec();
        if (box.clickedButton() != stop && (!keep || box.clickedButton() != keep)) {
            event->ignore();
            return;
        }
        for (core::Job* job : running) {
            if (keep && box.clickedButton() == keep && job->canKeepRunning())
                job->keepRunning();
            else
                job->cancel();
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), QLatin1String(Pages[currentPage()].key));
    event->accept();
}

bool MainWindow::pageFromName(const QString& name, Page* page) {
    for (int i = 0; i < PageCount; ++i) {
        if (name == QLatin1String(Pages[i].key)) {
            *page = Page(i);
            return true;
        }
    }
    return false;
}

void MainWindow::setCurrentPage(Page page) {
    m_stack->setCurrentIndex(page);
    m_pageActions.at(page)->setChecked(true);
    if (QUndoStack* stack = m_pages.at(page)->undoStack())
        m_undoGroup->setActiveStack(stack);
    else
        m_undoGroup->setActiveStack(nullptr);
}

MainWindow::Page MainWindow::currentPage() const {
    return Page(m_stack->currentIndex());
}

bool MainWindow::setWorkspace(std::unique_ptr<core::Workspace> workspace) {
    for (WorkspacePage* page : std::as_const(m_pages))
        page->setWorkspace(nullptr);
    m_workspace = std::move(workspace);
    for (WorkspacePage* page : std::as_const(m_pages))
        page->setWorkspace(m_workspace.get());
    core::RecentWorkspaces::add(m_workspace->path());
    updateRecentMenu();
    updateTitle();
    return true;
}

bool MainWindow::openWorkspace(const QString& path, QString* error) {
    core::WorkspaceError why;
    auto ws = core::Workspace::open(path, &why);
    if (!ws) {
        if (error)
            *error = why.message;
        else
            QMessageBox::warning(this, tr("Cannot Open Workspace"), why.message);
        if (why.code == core::WorkspaceError::Code::NotFound)
            core::RecentWorkspaces::remove(path);
        return false;
    }
    return setWorkspace(std::move(ws));
}

bool MainWindow::createWorkspace(const QString& path, QString* error) {
    core::WorkspaceError why;
    auto ws = core::Workspace::create(path, &why);
    if (!ws) {
        if (error)
            *error = why.message;
        else
            QMessageBox::warning(this, tr("Cannot Create Workspace"), why.message);
        return false;
    }
    return setWorkspace(std::move(ws));
}

void MainWindow::newWorkspaceDialog() {
    const QString dir = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Workspace"), dir, tr("KCAT Studio workspaces (*.kcat)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".kcat");
    createWorkspace(path);
}

void MainWindow::openWorkspaceDialog() {
    const QString dir = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), dir,
                                                      tr("KCAT Studio workspaces (*.kcat);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::updateRecentMenu() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList paths = core::RecentWorkspaces::list();
    int n = 0;
    for (const QString& path : paths) {
        ++n;
        const QString label = n < 10 ? QStringLiteral("&%1 %2").arg(n).arg(path) : path;
        QAction* action = m_recentMenu->addAction(label);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (paths.isEmpty()) {
        QAction* none = m_recentMenu->addAction(tr("No recent workspaces"));
        none->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!paths.isEmpty());
}

void MainWindow::updateTitle() {
    if (m_workspace) {
        setWindowFilePath(m_workspace->path());
        setWindowTitle(tr("%1 — KCAT Studio").arg(QDir::toNativeSeparators(m_workspace->path())));
        m_workspaceLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(m_workspace->path())));
    } else {
        setWindowTitle(tr("KCAT Studio"));
        m_workspaceLabel->setText(tr("No workspace open"));
    }
    m_checkAction->setEnabled(m_workspace != nullptr);
}

bool MainWindow::saveScreenshot(const QString& file) {
    const QPixmap pixmap = grab();
    return !pixmap.isNull() && pixmap.save(file, "PNG");
}

void MainWindow::checkWorkspace() {
    if (!m_workspace)
        return;
    const QString path = m_workspace->path();
    auto* job = new core::ConcurrentJob(tr("Checking %1").arg(QFileInfo(path).fileName()),
                                        [path](core::JobControl& control) -> QVariant {
                                            control.report(0, 0, QString());
                                            // Its own connection: the window's belongs to the GUI thread.
                                            core::WorkspaceError error;
                                            auto ws = core::Workspace::open(path, &error);
                                            if (!ws)
                                                throw core::JobFailure{error.message};
                                            const auto result = ws->check(true);
                                            return result.problems;
                                        });
    connect(job, &core::ConcurrentJob::succeeded, this, [this, path](const QVariant& result) {
        const QStringList problems = result.toStringList();
        if (problems.isEmpty()) {
            statusBar()->showMessage(tr("%1: no problems found.").arg(path), 8000);
        } else {
            QMessageBox::warning(this, tr("Workspace Problems"),
                                 tr("%1 has %n problem(s):", nullptr, problems.size()).arg(path) +
                                     QStringLiteral("\n\n") + problems.mid(0, 20).join(QLatin1Char('\n')));
        }
    });
    connect(job, &core::Job::finished, this, [this, job](core::Job::State state) {
        if (state == core::Job::State::Failed)
            QMessageBox::warning(this, tr("Workspace Check Failed"), job->errorMessage());
    });
    m_jobs->add(job);
    job->start();
}

void MainWindow::showSettings() {
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showJobList() {
    auto* dialog = findChild<JobListDialog*>();
    if (!dialog)
        dialog = new JobListDialog(m_jobs, this);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showShortcuts() {
    QString text = QStringLiteral("<table>");
    auto row = [&text](const QString& keys, const QString& what) {
        text += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what);
    };
    for (int i = 0; i < PageCount; ++i)
        row(m_pageActions.at(i)->shortcut().toString(QKeySequence::NativeText),
            tr("Show the %1 page").arg(tr(Pages[i].title)));
    row(m_newAction->shortcut().toString(QKeySequence::NativeText), tr("New workspace"));
    row(m_openAction->shortcut().toString(QKeySequence::NativeText), tr("Open workspace"));
    row(m_undoAction->shortcut().toString(QKeySequence::NativeText), tr("Undo"));
    row(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString(QKeySequence::NativeText), tr("Redo"));
    row(m_quitAction->shortcut().toString(QKeySequence::NativeText), tr("Quit"));
    text += QStringLiteral("</table>");
    QMessageBox::information(this, tr("Keyboard Shortcuts"), text);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About KCAT Studio"),
                       tr("<h3>KCAT Studio %1</h3><p>Knowledge-constrained fine-grained entity typing, "
                          "crowd annotation management, topic exploration and machine-learning experiment "
                          "runs in one desktop application.</p><p>Built with Qt %2.</p>")
                           .arg(QCoreApplication::applicationVersion(), QLatin1String(qVersion())));
}

} // namespace kcat::ui
