#include "ui/server/TeamServerActions.h"

#include "annotation/documents/ProjectStore.h"
#include "compute/core/ConcurrentJob.h"
#include "compute/core/JobListModel.h"
#include "compute/core/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/server/ConnectDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QSpinBox>
#include <QStatusBar>

namespace kcat::ui {

AssignDialog::AssignDialog(const QStringList& projects, QWidget* parent)
    : QDialog(parent)
    , m_project(new QComboBox(this))
    , m_overlap(new QSpinBox(this))
    , m_blind(new QCheckBox(tr("Blind: an annotator never sees another's labels"), this))
    , m_gold(new QSpinBox(this))
    , m_seed(new QSpinBox(this)) {
    setWindowTitle(tr("Assign on Team Server"));
    m_project->addItems(projects);
    m_overlap->setRange(1, 50);
    m_overlap->setValue(2);
    m_overlap->setToolTip(tr("Every document goes to this many annotators, the load balanced"));
    m_blind->setChecked(true);
    m_gold->setRange(0, 10000);
    m_gold->setToolTip(tr("Documents given to every annotator, for quality control against gold types"));
    m_seed->setRange(1, 1000000);
    m_seed->setToolTip(tr("Chooses the gold documents and breaks ties of the balancing"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Project:"), m_project);
    form->addRow(tr("Overlap (annotators per document):"), m_overlap);
    form->addRow(QString(), m_blind);
    form->addRow(tr("Gold documents:"), m_gold);
    form->addRow(tr("Seed:"), m_seed);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AssignDialog::project() const {
    return m_project->currentText();
}

TeamServerJobs::AssignOptions AssignDialog::options() const {
    TeamServerJobs::AssignOptions o;
    o.overlap = m_overlap->value();
    o.blind = m_blind->isChecked();
    o.goldDocuments = m_gold->value();
    o.seed = quint64(m_seed->value());
    return o;
}

TeamServerActions::TeamServerActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_publish(new QAction(window))
    , m_assign(new QAction(window))
    , m_pull(new QAction(window)) {
    m_publish->setObjectName(QStringLiteral("publishTeamServerAction"));
    m_assign->setObjectName(QStringLiteral("assignTeamServerAction"));
    m_pull->setObjectName(QStringLiteral("pullTeamServerAction"));
    retranslate();
    window->installEventFilter(this);
    connect(m_publish, &QAction::triggered, this, [this] {
        const QStringList names = projects();
        if (names.isEmpty())
            return;
        bool ok = false;
        const QString project = names.size() == 1
                                    ? names.first()
                                    : QInputDialog::getItem(m_window, tr("Publish to Team Server"),
                                                            tr("Project to publish:"), names, 0, false, &ok);
        server::ServerSettings settings;
        if ((names.size() == 1 || ok) && askLogin(&settings))
            startPublish(settings, project);
    });
    connect(m_assign, &QAction::triggered, this, [this] {
        const QStringList names = projects();
        if (names.isEmpty())
            return;
        AssignDialog dialog(names, m_window);
        server::ServerSettings settings;
        if (dialog.exec() == QDialog::Accepted && askLogin(&settings))
            startAssign(settings, dialog.project(), dialog.options());
    });
    connect(m_pull, &QAction::triggered, this, [this] {
        server::ServerSettings settings;
        if (m_window->workspace() && askLogin(&settings))
            startPull(settings);
    });
}

bool TeamServerActions::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TeamServerActions::retranslate() {
    m_publish->setText(tr("&Publish to Team Server…"));
    m_publish->setStatusTip(
        tr("Send a project's documents and mentions to the team server (manager login)."));
    m_assign->setText(tr("&Assign on Team Server…"));
    m_assign->setStatusTip(
        tr("Assign a project's documents to the server's annotators: overlap, blind, gold documents."));
    m_pull->setText(tr("P&ull Labels from Team Server…"));
    m_pull->setStatusTip(tr("Bring every annotator's labels and cost log into this workspace."));
}

QStringList TeamServerActions::projects() const {
    QStringList names;
    if (core::Workspace* ws = m_window->workspace())
        for (const annotation::Project& p : annotation::ProjectStore(ws).projects())
            names << p.name;
    if (names.isEmpty())
        QMessageBox::information(m_window, tr("Team Server"),
                                 tr("This workspace has no annotation project."));
    return names;
}

bool TeamServerActions::askLogin(server::ServerSettings* settings) {
    ConnectDialog dialog(m_window);
    dialog.setWindowTitle(tr("Team Server: Manager Login"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    dialog.remember();
    *settings = dialog.settings();
    return true;
}

core::ConcurrentJob* TeamServerActions::startPublish(const server::ServerSettings& settings,
                                                     const QString& project) {
    if (!m_window->workspace())
        return nullptr;
    return run(TeamServerJobs::publish(m_window->workspace()->path(), settings, project, this), false);
}

core::ConcurrentJob* TeamServerActions::startAssign(const server::ServerSettings& settings,
                                                    const QString& project,
                                                    const TeamServerJobs::AssignOptions& options) {
    if (!m_window->workspace())
        return nullptr;
    return run(TeamServerJobs::assign(m_window->workspace()->path(), settings, project, options, this), true);
}

core::ConcurrentJob* TeamServerActions::startPull(const server::ServerSettings& settings) {
    if (!m_window->workspace())
        return nullptr;
    return run(TeamServerJobs::pull(m_window->workspace()->path(), settings, this), true);
}

core::ConcurrentJob* TeamServerActions::run(core::ConcurrentJob* job, bool reloadAfter) {
    const QString path = m_window->workspace()->path();
    connect(job, &core::Job::finished, this, [this, job, path, reloadAfter](core::Job::State state) {
        const bool ok = state == core::Job::State::Succeeded;
        const QString message =
            ok ? job->result().toString()
            : state == core::Job::State::Cancelled
                ? tr("%1: cancelled; nothing was changed on the server or in the workspace.")
                      .arg(job->title())
                : job->errorMessage();
        // The job wrote through its own connection: reopen the workspace so every page shows the result.
        if (ok && reloadAfter && m_window->workspace() && m_window->workspace()->path() == path)
            m_window->openWorkspace(path);
        m_window->statusBar()->showMessage(message, 15000);
        auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Team Server"),
                                    message, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("teamServerJobMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT finished(ok, message);
    });
    if (m_window->jobs())
        m_window->jobs()->add(job);
    job->start();
    return job;
}

} // namespace kcat::ui
