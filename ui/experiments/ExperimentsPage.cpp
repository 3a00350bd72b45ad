#include "ui/experiments/ExperimentsPage.h"

#include "compute/core/Json.h"
#include "compute/core/Workspace.h"
#include "compute/runs/RunExport.h"
#include "compute/runs/RunKind.h"
#include "compute/runs/RunLauncher.h"
#include "compute/runs/RunStore.h"
#include "compute/runs/RunTableModel.h"
#include "ui/LiveText.h"
#include "ui/experiments/CompareView.h"
#include "ui/experiments/LaunchDialog.h"
#include "ui/experiments/LayerBarsView.h"
#include "ui/experiments/ParallelCoordinatesView.h"
#include "ui/experiments/RunView.h"
#include "ui/experiments/ScatterView.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kcat::ui {

ExperimentsPage::ExperimentsPage(QWidget* parent)
    : WorkspacePage(parent)
    , m_live(new LiveText(this)) {
    auto* layout = new QVBoxLayout(this);
    buildToolbar(layout);

    auto* filters = new QHBoxLayout;
    m_kindFilter = new QComboBox(this);
    m_statusFilter = new QComboBox(this);
    m_tagFilter = new QComboBox(this);
    for (const char* s : {"", "queued", "running", "succeeded", "failed", "cancelled"})
        m_statusFilter->addItem(QString(), QString::fromLatin1(s));
    m_paramFilter = new QLineEdit(this);
    m_textFilter = new QLineEdit(this);
    m_live->add([this] {
        m_statusFilter->setItemText(0, tr("Any status"));
        for (int i = 1; i < m_statusFilter->count(); ++i)
            m_statusFilter->setItemText(i, runs::RunTableModel::statusText(*runs::statusFromName(
                                               m_statusFilter->itemData(i).toString())));
        m_paramFilter->setPlaceholderText(tr("parameter=value"));
        m_textFilter->setPlaceholderText(tr("Search names"));
    });
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_tagFilter);
    filters->addWidget(m_paramFilter);
    filters->addWidget(m_textFilter, 1);
    layout->addLayout(filters);

    m_model = new runs::RunTableModel(this);
    m_filter = new runs::RunFilterModel(this);
    m_filter->setSourceModel(m_model);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(runs::RunTableModel::IdColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_tabs = new QTabWidget(splitter);
    m_compare = new CompareView(m_tabs);
    m_scatter = new ScatterView(m_tabs);
    m_scatter->setModel(m_model);
    m_parallel = new ParallelCoordinatesView(m_tabs);
    m_parallel->setModel(m_model);
    m_layers = new LayerBarsView(m_tabs);
    m_details = new QPlainTextEdit(m_tabs);
    m_details->setReadOnly(true);
    for (QWidget* tab :
         std::initializer_list<QWidget*>{m_compare, m_scatter, m_parallel, m_layers, m_details})
        m_tabs->addTab(tab, QString());
    m_live->add([this] {
        const QStringList titles{tr("Compare"), tr("Scatter"), tr("Parameters"), tr("Layers"), tr("Details")};
        for (int i = 0; i < titles.size(); ++i)
            m_tabs->setTabText(i, titles[i]);
    });
    for (const RunViewFactory& factory : runViewFactories()) {
        RunView* view = factory.create(m_tabs);
        view->setObjectName(factory.objectName);
        m_tabs->addTab(view, QString());
        m_tabs->setTabVisible(m_tabs->indexOf(view), false);
        m_live->add(
            [this, view, title = factory.title] { m_tabs->setTabText(m_tabs->indexOf(view), title()); });
        m_runViews << view;
        m_runViewAccepts << factory.accepts;
    }
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 420}); // room for several runs above the charts
    layout->addWidget(splitter, 1);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    // Texts made from data: the summary, the details, the "any" filter entries, the column headers and
    // every chart (their titles and axes are written when they are drawn).
    m_live->add(
        [this] {
            m_kindFilter->setItemText(0, tr("Any kind"));
            m_tagFilter->setItemText(0, tr("Any tag"));
            m_summary->setText(tr("%n run(s)", nullptr, m_model->rowCount()));
            if (m_model->columnCount() > 0)
                Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
            showDetails();
            m_scatter->refresh();
            m_parallel->refresh();
            m_layers->refresh();
            for (RunView* view : std::as_const(m_runViews))
                view->refresh();
        },
        false);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    m_liveTimer = new QTimer(this);
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ExperimentsPage::tick);
    connect(m_liveTimer, &QTimer::timeout, this, &ExperimentsPage::refreshLive);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExperimentsPage::selectionChanged);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &ExperimentsPage::updateFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ExperimentsPage::updateFilters);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &ExperimentsPage::updateFilters);
    connect(m_paramFilter, &QLineEdit::textChanged, this, &ExperimentsPage::updateFilters);
    connect(m_textFilter, &QLineEdit::textChanged, this, &ExperimentsPage::updateFilters);
    // A reset (a new parameter or metric column) must not lose the user's selection.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelection = selectedRuns(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_keepSelection.isEmpty())
            selectRuns(m_keepSelection);
        m_keepSelection.clear();
        const QSignalBlocker a(m_kindFilter), b(m_tagFilter);
        const QString kind = m_kindFilter->currentData().toString(),
                      tag = m_tagFilter->currentData().toString();
        m_kindFilter->clear();
        m_kindFilter->addItem(tr("Any kind"), QString());
        for (const QString& k : m_model->kinds())
            m_kindFilter->addItem(k, k);
        m_tagFilter->clear();
        m_tagFilter->addItem(tr("Any tag"), QString());
        for (const QString& t : m_model->tags())
            m_tagFilter->addItem(t, t);
        m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(kind)));
        m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(tag)));
    });
    setWorkspace(nullptr);
}

ExperimentsPage::~ExperimentsPage() {
    m_launcher.reset(); // stops children before the store goes
}

void ExperimentsPage::buildToolbar(QVBoxLayout* layout) {
    auto* bar = new QHBoxLayout;
    auto add = [&](std::function<QString()> text, const QString& name, void (ExperimentsPage::*slot)()) {
        auto* b = new QPushButton(this);
        b->setObjectName(name);
        m_live->add([b, text] { b->setText(text()); });
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    auto* launchButton = new QPushButton(this);
    launchButton->setObjectName(QStringLiteral("newRun"));
    connect(launchButton, &QPushButton::clicked, this, [this] { newRun(); });
    bar->addWidget(launchButton);
    auto* cloneButton = new QPushButton(this);
    m_live->add([launchButton, cloneButton] {
        launchButton->setText(tr("New Run…"));
        cloneButton->setText(tr("Clone…"));
    });
    connect(cloneButton, &QPushButton::clicked, this, [this] {
        const auto ids = selectedRuns();
        if (!ids.isEmpty())
            newRun(ids.front());
    });
    bar->addWidget(cloneButton);
    add([] { return tr("Resume"); }, QStringLiteral("resume"), &ExperimentsPage::resumeSelected);
    add([] { return tr("Cancel"); }, QStringLiteral("cancel"), &ExperimentsPage::cancelSelected);
    add([] { return tr("Delete"); }, QStringLiteral("delete"), &ExperimentsPage::deleteSelected);
    bar->addStretch(1);
    add([] { return tr("Export CSV…"); }, QStringLiteral("exportCsv"),
        &ExperimentsPage::exportCsvInteractive);
    add([] { return tr("Export Chart…"); }, QStringLiteral("exportChart"),
        &ExperimentsPage::exportChartInteractive);
    layout->addLayout(bar);
}

void ExperimentsPage::setWorkspace(core::Workspace* workspace) {
    m_timer->stop();
    m_launcher.reset();
    m_compare->setStore(nullptr);
    m_layers->setStore(nullptr);
    for (RunView* view : std::as_const(m_runViews))
        view->setStore(nullptr);
    m_model->setStore(nullptr);
    m_store.reset();
    m_ws = workspace;
    setEnabled(workspace != nullptr);
    if (!workspace)
        return;
    m_store = std::make_unique<runs::RunStore>(*workspace);
    m_store->markStaleRuns();
    m_launcher = std::make_unique<runs::RunLauncher>(*workspace);
    m_launcher->setJobList(jobs());
    connect(m_launcher.get(), &runs::RunLauncher::metricReceived, this, [this](qint64 id) {
        m_dirty.insert(id);
        if (!m_liveTimer->isActive())
            m_liveTimer->start();
    });
    connect(m_launcher.get(), &runs::RunLauncher::runFinished, this, [this](qint64 id) {
        m_dirty.insert(id);
        refreshLive();
    });
    m_model->setStore(m_store.get());
    m_compare->setStore(m_store.get());
    m_layers->setStore(m_store.get());
    for (RunView* view : std::as_const(m_runViews))
        view->setStore(m_store.get());
    m_scatter->refresh();
    m_parallel->refresh();
    m_timer->start();
    m_summary->setText(tr("%n run(s)", nullptr, m_model->rowCount()));
    // Show the newest run's charts at once rather than an empty chart.
    qint64 newest = -1;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        newest = std::max(newest, m_filter->index(row, 0).data(runs::RunTableModel::RunIdRole).toLongLong());
    if (newest >= 0)
        selectRuns({newest});
}

void ExperimentsPage::updateFilters() {
    m_filter->setKind(m_kindFilter->currentData().toString());
    m_filter->setStatus(m_statusFilter->currentData().toString());
    m_filter->setTag(m_tagFilter->currentData().toString());
    const QString param = m_paramFilter->text().trimmed();
    const int eq = param.indexOf(QLatin1Char('='));
    m_filter->setParameter(eq >= 0 ? param.left(eq).trimmed() : param,
                           eq >= 0 ? param.mid(eq + 1).trimmed() : QString());
    m_filter->setText(m_textFilter->text().trimmed());
}

QVector<qint64> ExperimentsPage::selectedRuns() const {
    QVector<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << index.data(runs::RunTableModel::RunIdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ExperimentsPage::selectRuns(const QVector<qint64>& ids) {
    QItemSelection selection;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        if (ids.contains(m_filter->index(row, 0).data(runs::RunTableModel::RunIdRole).toLongLong()))
            selection.select(m_filter->index(row, 0), m_filter->index(row, m_filter->columnCount() - 1));
    m_table->selectionModel()->select(selection,
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ExperimentsPage::selectionChanged() {
    const QVector<qint64> ids = selectedRuns();
    m_compare->setRuns(ids);
    m_scatter->setRuns(ids);
    m_parallel->setRuns(ids);
    m_layers->setRuns(ids);
    updateRunViews(false);
    showDetails();
}

void ExperimentsPage::updateRunViews(bool reloadOnly) {
    if (m_runViews.isEmpty())
        return;
    QVector<runs::RunRecord> records;
    if (m_store)
        for (qint64 id : selectedRuns())
            if (const auto run = m_store->run(id))
                records << *run;
    for (int i = 0; i < m_runViews.size(); ++i) {
        QVector<qint64> accepted;
        for (const runs::RunRecord& run : std::as_const(records))
            if (m_runViewAccepts[i](run.kind))
                accepted << run.id;
        const int tab = m_tabs->indexOf(m_runViews[i]);
        m_tabs->setTabVisible(tab, !accepted.isEmpty());
        if (reloadOnly)
            m_runViews[i]->refresh();
        else
            m_runViews[i]->showRuns(accepted);
    }
}

void ExperimentsPage::showDetails() {
    const QVector<qint64> ids = selectedRuns();
    if (!m_store || ids.size() != 1) {
        m_details->setPlainText(ids.isEmpty() ? tr("Select a run to see its details.")
                                              : tr("%n runs selected.", nullptr, ids.size()));
        return;
    }
    nlohmann::json j = runs::exportRunsJson(*m_store, ids)["runs"][0];
    for (auto& [key, metric] : j["metrics"].items()) {
        metric.erase("steps");
        metric.erase("wall_time_ms");
        metric.erase("values");
    }
    m_details->setPlainText(QString::fromStdString(j.dump(2)));
}

void ExperimentsPage::tick() {
    if (!m_store)
        return;
    bool live = m_launcher && (m_launcher->runningCount() > 0 || m_launcher->queuedCount() > 0);
    for (int row = 0; row < m_model->rowCount() && !live; ++row)
        live = m_model->run(row).status == runs::RunStatus::Running;
    if (!live)
        return;
    // Runs started elsewhere (`kcat run` in a terminal) are followed too: reload what is running.
    m_store->markStaleRuns();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->run(row).status == runs::RunStatus::Running)
            m_dirty.insert(m_model->run(row).id);
    refreshLive();
}

void ExperimentsPage::refreshLive() {
    if (!m_store)
        return;
    const QVector<qint64> selected = m_compare->runs();
    m_model->refresh();
    QVector<qint64> reload;
    for (qint64 id : std::as_const(m_dirty))
        if (selected.contains(id))
            reload << id;
    m_dirty.clear();
    if (!reload.isEmpty()) {
        m_compare->reload(reload);
        m_layers->refresh();
        updateRunViews(true);
    }
    m_scatter->refresh();
    m_parallel->refresh();
    m_summary->setText(tr("%n run(s)", nullptr, m_model->rowCount()));
}

void ExperimentsPage::launch(const QString& kind, const QString& name, const nlohmann::json& params,
                             const QStringList& tags, qint64 clonedFrom, qint64* id) {
    QString error;
    const quint64 seed =
        params.contains("seed") && params["seed"].is_number_integer() ? params["seed"].get<quint64>() : 0;
    *id = m_store->createRun(kind, name, params, seed, &error, clonedFrom, tags);
    if (*id == 0 || !m_launcher->enqueue(*id, false, &error)) {
        QMessageBox::warning(this, tr("New Run"), tr("Could not launch the run: %1").arg(error));
        return;
    }
    m_model->refresh();
    selectRuns({*id});
}

qint64 ExperimentsPage::newRun(qint64 cloneOf) {
    if (!m_store)
        return 0;
    LaunchDialog dialog(m_store.get(), this);
    if (cloneOf > 0)
        if (const auto run = m_store->run(cloneOf))
            dialog.cloneFrom(*run);
    if (dialog.exec() != QDialog::Accepted || dialog.parameters().is_null())
        return 0;
    qint64 id = 0;
    launch(dialog.kind(), dialog.runName(), dialog.parameters(), dialog.tags(), cloneOf, &id);
    return id;
}

void ExperimentsPage::cancelSelected() {
    if (!m_launcher)
        return;
    for (qint64 id : selectedRuns())
        m_launcher->cancel(id);
}

void ExperimentsPage::resumeSelected() {
    if (!m_launcher)
        return;
    QStringList problems;
    for (qint64 id : selectedRuns()) {
        QString error;
        if (!m_launcher->enqueue(id, true, &error))
            problems << error;
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Resume"), problems.join(QLatin1Char('\n')));
    m_model->refresh();
}

void ExperimentsPage::deleteSelected() {
    const QVector<qint64> ids = selectedRuns();
    if (!m_store || ids.isEmpty())
        return;
    for (qint64 id : ids) {
        if (m_launcher && m_launcher->isActive(id)) {
            QMessageBox::warning(this, tr("Delete Runs"),
                                 tr("Run %1 is still running; cancel it first.").arg(id));
            return;
        }
    }
    if (QMessageBox::question(this, tr("Delete Runs"),
                              tr("Delete %n run(s) and their metrics?", nullptr, ids.size())) !=
        QMessageBox::Yes)
        return;
    for (qint64 id : ids) {
        QString error;
        if (!m_store->deleteRun(id, &error)) {
            QMessageBox::warning(this, tr("Delete Runs"), error);
            break;
        }
    }
    m_model->refresh();
}

bool ExperimentsPage::exportCsv(const QString& path, QString* error) const {
    QVector<qint64> ids = selectedRuns();
    if (ids.isEmpty())
        for (int row = 0; row < m_filter->rowCount(); ++row)
            ids << m_filter->index(row, 0).data(runs::RunTableModel::RunIdRole).toLongLong();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !runs::exportRunsCsv(*m_store, ids, file) || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ExperimentsPage::exportCsvInteractive() {
    if (!m_store)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Runs as CSV"), QString(), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Runs"), error);
}

void ExperimentsPage::exportChartInteractive() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), QString(),
                                                      tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_compare->exportImage(path, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

} // namespace kcat::ui
