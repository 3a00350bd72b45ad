#include "ui/manage/ManagePage.h"

#include "annotation/documents/ProjectStore.h"
#include "annotation/team/CurationModel.h"
#include "annotation/team/FinalLayer.h"
#include "annotation/team/ReadConnection.h"
#include "annotation/team/TeamStore.h"
#include "compute/core/ConcurrentJob.h"
#include "compute/core/JobListModel.h"
#include "compute/core/Workspace.h"
#include "ui/LiveText.h"
#include "ui/manage/AdjudicationView.h"
#include "ui/manage/DashboardView.h"
#include "ui/manage/TeamPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kcat::ui {

namespace {

struct Computed {
    std::shared_ptr<const team::ProjectSnapshot> snapshot;
    std::shared_ptr<const team::Suggestions> suggestions;
    std::shared_ptr<const team::Dashboard> dashboard;
};

} // namespace

} // namespace kcat::ui

Q_DECLARE_METATYPE(kcat::ui::Computed)

namespace kcat::ui {

ManagePage::ManagePage(QWidget* parent)
    : WorkspacePage(parent)
    , m_undo(new QUndoStack(this))
    , m_curation(new team::CurationModel(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_projects = new QComboBox;
    m_projects->setObjectName(QStringLiteral("projects"));
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("method"));
    for (const char* method : {"mv", "ds", "onecoin", "glad", "mace"})
        m_method->addItem(QString(), QLatin1String(method));
    auto* refresh = new QPushButton;
    refresh->setObjectName(QStringLiteral("refresh"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("manageStatus"));
    auto *projectLabel = new QLabel, *methodLabel = new QLabel;
    top->addWidget(projectLabel);
    top->addWidget(m_projects, 1);
    top->addWidget(methodLabel);
    top->addWidget(m_method);
    top->addWidget(refresh);
    layout->addLayout(top);
    layout->addWidget(m_status);
    m_tabs = new QTabWidget;
    m_team = new TeamPanel(m_undo);
    m_dashboards = new DashboardView;
    m_adjudication = new AdjudicationView(m_curation, m_undo);
    m_tabs->addTab(m_team, QString());
    m_tabs->addTab(m_dashboards, QString());
    m_tabs->addTab(m_adjudication, QString());
    // Every text follows a language switch; the status line is re-made from its numbers.
    auto* live = new LiveText(this);
    live->add([=] {
        m_method->setItemText(0, tr("Majority vote"));
        m_method->setItemText(1, tr("Dawid–Skene"));
        m_method->setItemText(2, tr("One-coin Dawid–Skene"));
        m_method->setItemText(3, tr("GLAD"));
        m_method->setItemText(4, tr("MACE"));
        m_method->setToolTip(tr("How the suggestions and the consensus are aggregated (per type)"));
        refresh->setText(tr("Refresh"));
        projectLabel->setText(tr("Project:"));
        methodLabel->setText(tr("Aggregation:"));
        m_tabs->setTabText(0, tr("Team && Assignments"));
        m_tabs->setTabText(1, tr("Dashboards"));
        m_tabs->setTabText(2, tr("Adjudication"));
        m_status->setText(m_statusText ? m_statusText() : QString());
    });
    m_tabs->setCurrentWidget(m_dashboards);
    layout->addWidget(m_tabs, 1);
    connect(m_projects, &QComboBox::currentIndexChanged, this,
            [this](int i) { showProject(i < 0 ? 0 : m_projects->itemData(i).toLongLong()); });
    connect(m_method, &QComboBox::currentIndexChanged, this, &ManagePage::reload);
    connect(m_dashboards, &DashboardView::filled, this, &ManagePage::refreshed);
    connect(refresh, &QPushButton::clicked, this, &ManagePage::reload);
}

ManagePage::~ManagePage() {
    if (m_job)
        m_job->cancel();
}

void ManagePage::setWorkspace(core::Workspace* workspace) {
    m_undo->clear();
    m_workspace = workspace;
    m_team->setStore(nullptr, 0, {});
    m_adjudication->setFinalLayer(nullptr, 0);
    delete m_layer;
    m_layer = nullptr;
    m_store.reset();
    m_curation->setData(nullptr, nullptr);
    m_projects->blockSignals(true);
    m_projects->clear();
    m_project = 0;
    if (workspace) {
        m_store = std::make_unique<team::TeamStore>(workspace);
        m_layer = new team::FinalLayer(workspace, this);
        connect(m_layer, &team::FinalLayer::decisionsChanged, m_curation,
                &team::CurationModel::applyDecisions);
        // Members and assignments change the numbers: recompute (the final layer only changes its column).
        connect(m_store.get(), &team::TeamStore::membersChanged, this, &ManagePage::reload);
        connect(m_store.get(), &team::TeamStore::assignmentsChanged, this, &ManagePage::reload);
        for (const annotation::Project& p : annotation::ProjectStore(workspace).projects())
            m_projects->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.typeSet), p.id);
    }
    m_projects->blockSignals(false);
    if (m_projects->count() > 0)
        showProject(m_projects->itemData(0).toLongLong());
    else
        setStatus(workspace ? std::function<QString()>([] {
            return tr("This workspace has no annotation project yet. Import documents on the Annotate page "
                      "or run `kcat crowd simulate --project …`.");
        })
                            : std::function<QString()>());
}

void ManagePage::showProject(qint64 projectId) {
    m_project = projectId;
    m_undo->clear();
    reload();
}

void ManagePage::setStatus(std::function<QString()> text) {
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

bool ManagePage::isComputing() const {
    return m_job != nullptr || m_dashboards->isFilling();
}

void ManagePage::setMethod(const QString& method) {
    m_method->setCurrentIndex(std::max(0, m_method->findData(method)));
}

void ManagePage::reload() {
    if (!m_workspace || m_project == 0)
        return;
    if (m_job) {
        m_reloadPending = true; // recompute when the running job ends
        m_job->cancel();
        return;
    }
    startComputation();
}

void ManagePage::startComputation() {
    crowd::AggregationMethod method = crowd::AggregationMethod::MajorityVote;
    team::methodFromName(m_method->currentData().toString(), &method);
    setStatus([] { return tr("Reading the project…"); });
    const QString path = m_workspace->path();
    const qint64 project = m_project;
    // Everything off the GUI thread: the read (own connection; the cost log on a second one), the
    // aggregation and the dashboards' numbers.
    auto* job = new core::ConcurrentJob(
        tr("Aggregate the crowd's labels"),
        [path, project, method](core::JobControl& control) {
            control.report(0, 3, tr("reading the project"));
            Computed out;
            {
                team::ReadConnection connection(path);
                if (!connection.isOpen())
                    throw core::JobFailure{connection.error()};
                QString error;
                auto snapshot = std::make_shared<team::ProjectSnapshot>(
                    team::ProjectSnapshot::load(connection.database(), project, &error, path));
                if (!error.isEmpty())
                    throw core::JobFailure{error};
                out.snapshot = snapshot;
            }
            if (control.isCancelled())
                return QVariant();
            control.report(1, 3, tr("aggregating %n label(s)", nullptr, int(out.snapshot->labels.size())));
            auto suggestions = std::make_shared<team::Suggestions>(
                team::computeSuggestions(*out.snapshot, method, [&control](int done, int total) {
                    control.report(1, 3, tr("type %1 of %2").arg(done).arg(total));
                    return !control.isCancelled();
                }));
            if (suggestions->cancelled || control.isCancelled())
                return QVariant();
            out.suggestions = suggestions;
            control.report(2, 3, tr("dashboards"));
            out.dashboard =
                std::make_shared<team::Dashboard>(team::computeDashboard(*out.snapshot, *suggestions));
            return QVariant::fromValue(out);
        },
        this);
    m_job = job;
    const int generation = ++m_generation;
    // Job emits finished() before succeeded(): both follow the generation, not m_job.
    connect(job, &core::ConcurrentJob::succeeded, this, [this, generation](const QVariant& value) {
        if (generation != m_generation || !value.isValid())
            return;
        const Computed c = value.value<Computed>();
        if (c.snapshot->projectId != m_project)
            return;
        QVector<qint64> documents;
        documents.reserve(qsizetype(c.snapshot->documents.size()));
        for (const auto& d : c.snapshot->documents)
            documents << d.id;
        m_team->setStore(m_store.get(), m_project, documents);
        m_adjudication->setFinalLayer(m_layer, m_project);
        m_curation->setData(c.snapshot, c.suggestions);
        m_adjudication->modelReset();
        m_team->setProgress(c.dashboard->progress, c.dashboard->documentProgress);
        qint64 done = 0;
        for (const auto& l : c.snapshot->labels)
            done += l.done;
        int disagreements = 0;
        for (char d : c.suggestions->disagreement)
            disagreements += d;
        setStatus([name = c.snapshot->projectName, documents = c.snapshot->documents.size(),
                   mentions = c.snapshot->mentions.size(), annotators = c.snapshot->annotators.size(), done,
                   disagreements] {
            return tr("%1: %2 documents, %3 mentions, %4 annotators, %5 labels; %6 mentions with "
                      "disagreement.")
                .arg(name)
                .arg(documents)
                .arg(mentions)
                .arg(annotators)
                .arg(done)
                .arg(disagreements);
        });
        m_dashboards->setDashboard(c.dashboard); // the charts follow, one per event-loop turn → refreshed()
    });
    connect(job, &core::Job::finished, this, [this, job, generation](core::Job::State state) {
        if (generation != m_generation)
            return;
        m_job = nullptr;
        if (state == core::Job::State::Failed)
            setStatus([message = job->errorMessage()] { return tr("Aggregation failed: %1").arg(message); });
        else if (state == core::Job::State::Cancelled)
            setStatus([] { return tr("Aggregation was cancelled."); });
        if (m_reloadPending) {
            m_reloadPending = false;
            reload();
        }
    });
    if (jobs())
        jobs()->add(job);
    job->start();
}

} // namespace kcat::ui
