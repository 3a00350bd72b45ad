#include "ui/manage/ManagePage.h"

#include "annotation/documents/ProjectStore.h"
#include "annotation/team/CurationModel.h"
#include "annotation/team/FinalLayer.h"
#include "annotation/team/TeamStore.h"
#include "compute/core/ConcurrentJob.h"
#include "compute/core/JobListModel.h"
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
    m_method->addItem(tr("Majority vote"), QStringLiteral("mv"));
    m_method->addItem(tr("Dawid–Skene"), QStringLiteral("ds"));
    m_method->addItem(tr("One-coin Dawid–Skene"), QStringLiteral("onecoin"));
    m_method->addItem(tr("GLAD"), QStringLiteral("glad"));
    m_method->addItem(tr("MACE"), QStringLiteral("mace"));
    m_method->setToolTip(tr("How the suggestions and the consensus are aggregated (per type)"));
    auto* refresh = new QPushButton(tr("Refresh"));
    m_status = new QLabel;
    top->addWidget(new QLabel(tr("Project:")));
    top->addWidget(m_projects, 1);
    top->addWidget(new QLabel(tr("Aggregation:")));
    top->addWidget(m_method);
    top->addWidget(refresh);
    layout->addLayout(top);
    layout->addWidget(m_status);
    m_tabs = new QTabWidget;
    m_team = new TeamPanel(m_undo);
    m_dashboards = new DashboardView;
    m_adjudication = new AdjudicationView(m_curation, m_undo);
    m_tabs->addTab(m_team, tr("Team && Assignments"));
    m_tabs->addTab(m_dashboards, tr("Dashboards"));
    m_tabs->addTab(m_adjudication, tr("Adjudication"));
    m_tabs->setCurrentWidget(m_dashboards);
    layout->addWidget(m_tabs, 1);
    connect(m_projects, &QComboBox::currentIndexChanged, this,
            [this](int i) { showProject(i < 0 ? 0 : m_projects->itemData(i).toLongLong()); });
    connect(m_method, &QComboBox::currentIndexChanged, this, &ManagePage::reload);
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
        m_status->setText(workspace
                              ? tr("This workspace has no annotation project yet. Import documents on the "
                                   "Annotate page or run `kcat crowd simulate --project …`.")
                              : QString());
}

void ManagePage::showProject(qint64 projectId) {
    m_project = projectId;
    m_undo->clear();
    reload();
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
    QString error;
    auto snapshot =
        std::make_shared<team::ProjectSnapshot>(team::ProjectSnapshot::load(m_workspace, m_project, &error));
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    QVector<qint64> documents;
    for (const auto& d : snapshot->documents)
        documents << d.id;
    m_team->setStore(m_store.get(), m_project, documents);
    m_adjudication->setFinalLayer(m_layer, m_project);
    startComputation(snapshot);
}

void ManagePage::startComputation(std::shared_ptr<const team::ProjectSnapshot> snapshot) {
    crowd::AggregationMethod method = crowd::AggregationMethod::MajorityVote;
    team::methodFromName(m_method->currentData().toString(), &method);
    m_status->setText(tr("Aggregating %n label(s)…", nullptr, int(snapshot->labels.size())));
    auto* job = new core::ConcurrentJob(
        tr("Aggregate the crowd's labels"),
        [snapshot, method](core::JobControl& control) {
            Computed out;
            out.snapshot = snapshot;
            auto suggestions = std::make_shared<team::Suggestions>(
                team::computeSuggestions(*snapshot, method, [&control](int done, int total) {
                    control.report(done, total + 1, tr("type %1 of %2").arg(done).arg(total));
                    return !control.isCancelled();
                }));
            if (suggestions->cancelled || control.isCancelled())
                return QVariant();
            out.suggestions = suggestions;
            out.dashboard =
                std::make_shared<team::Dashboard>(team::computeDashboard(*snapshot, *suggestions));
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
        m_curation->setData(c.snapshot, c.suggestions);
        m_adjudication->modelReset();
        m_dashboards->setDashboard(c.dashboard);
        m_team->setProgress(c.dashboard->progress, c.dashboard->documentProgress);
        qint64 done = 0;
        for (const auto& l : c.snapshot->labels)
            done += l.done;
        int disagreements = 0;
        for (char d : c.suggestions->disagreement)
            disagreements += d;
        m_status->setText(tr("%1: %2 documents, %3 mentions, %4 annotators, %5 labels; %6 mentions with "
                             "disagreement.")
                              .arg(c.snapshot->projectName)
                              .arg(c.snapshot->documents.size())
                              .arg(c.snapshot->mentions.size())
                              .arg(c.snapshot->annotators.size())
                              .arg(done)
                              .arg(disagreements));
        Q_EMIT refreshed();
    });
    connect(job, &core::Job::finished, this, [this, job, generation](core::Job::State state) {
        if (generation != m_generation)
            return;
        m_job = nullptr;
        if (state == core::Job::State::Failed)
            m_status->setText(tr("Aggregation failed: %1").arg(job->errorMessage()));
        else if (state == core::Job::State::Cancelled)
            m_status->setText(tr("Aggregation was cancelled."));
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
