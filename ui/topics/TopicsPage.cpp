#include "ui/topics/TopicsPage.h"

#include "compute/core/ConcurrentJob.h"
#include "compute/core/JobListModel.h"
#include "compute/core/Workspace.h"
#include "topics/core/CorpusDocumentModel.h"
#include "topics/core/JobProgress.h"
#include "topics/core/Lemmatizer.h"
#include "topics/core/ModelComparisonModel.h"
#include "topics/core/TopicColouring.h"
#include "topics/core/TopicExplorerModels.h"
#include "topics/core/TopicExport.h"
#include "topics/core/TopicListModel.h"
#include "topics/core/TopicWorkflow.h"
#include "ui/LiveText.h"
#include "ui/topics/ChartExport.h"
#include "ui/topics/ComparisonView.h"
#include "ui/topics/DocumentView.h"
#include "ui/topics/FitModelDialog.h"
#include "ui/topics/ImportCorpusDialog.h"
#include "ui/topics/IntertopicMapView.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace kcat::ui {

struct TopicsPage::Loaded {
    topics::StoredTopicModel model;
    topics::Corpus corpus;
};

namespace {

enum ExportKind { TopicsCsv, TopicsJson, DocumentTopics, MapImage, ChartImage, ComparisonCsv };

QTableView* makeTable(QWidget* parent, const char* name, QAbstractItemModel* model) {
    auto* t = new QTableView(parent);
    t->setObjectName(QLatin1String(name));
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

} // namespace

TopicsPage::TopicsPage(QWidget* parent)
    : WorkspacePage(parent)
    , m_topicList(new topics::TopicListModel(this))
    , m_terms(new topics::TopicTermModel(this))
    , m_mapModel(new topics::IntertopicMapModel(this))
    , m_topicDocs(new topics::TopicDocumentModel(this))
    , m_corpusDocs(new topics::CorpusDocumentModel(this))
    , m_search(new QSortFilterProxyModel(this))
    , m_comparison(new topics::ModelComparisonModel(this)) {
    m_search->setSourceModel(m_corpusDocs);
    m_search->setFilterRole(topics::CorpusDocumentModel::SearchRole);
    m_search->setFilterKeyColumn(topics::CorpusDocumentModel::Text);
    m_search->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_terms->setTermCount(30);
    buildUi();
    setWorkspace(nullptr);
}

TopicsPage::~TopicsPage() = default;

void TopicsPage::buildUi() {
    m_live = new LiveText(this);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_corpusBox = new QComboBox(this);
    m_corpusBox->setObjectName(QStringLiteral("topicsCorpus"));
    m_corpusBox->setMinimumContentsLength(18);
    m_corpusBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importCorpus"));
    m_modelBox = new QComboBox(this);
    m_modelBox->setObjectName(QStringLiteral("topicsModel"));
    m_modelBox->setMinimumContentsLength(22);
    m_modelBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fitButton = new QPushButton(this);
    m_fitButton->setObjectName(QStringLiteral("fitModel"));
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteModel"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("topicsSearch"));
    m_searchEdit->setClearButtonEnabled(true);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("topicsExport"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_exportButton);
    QVector<QAction*> exportActions;
    for (ExportKind kind : {TopicsCsv, TopicsJson, DocumentTopics, MapImage, ChartImage, ComparisonCsv}) {
        QAction* a = menu->addAction(QString());
        connect(a, &QAction::triggered, this, [this, kind] { exportInteractive(kind); });
        exportActions << a;
    }
    m_live->add([this, exportActions] {
        m_importButton->setText(tr("Import Corpus…"));
        m_fitButton->setText(tr("Fit Model…"));
        m_deleteButton->setText(tr("Delete Model"));
        m_searchEdit->setPlaceholderText(tr("Search a term or the documents"));
        m_exportButton->setText(tr("Export"));
        const QStringList texts{tr("Topics as CSV…"),
                                tr("Topics as JSON…"),
                                tr("Document–Topic Matrix (CSV)…"),
                                tr("Distance Map Image (PNG/SVG)…"),
                                tr("Precision–Recall Chart (PNG/SVG)…"),
                                tr("Model Comparison (CSV)…")};
        for (int i = 0; i < texts.size(); ++i)
            exportActions[i]->setText(texts[i]);
    });
    m_exportButton->setMenu(menu);
    bar->addWidget(m_live->label([] { return tr("Corpus:"); }, this));
    bar->addWidget(m_corpusBox);
    bar->addWidget(m_importButton);
    bar->addSpacing(12);
    bar->addWidget(m_live->label([] { return tr("Model:"); }, this));
    bar->addWidget(m_modelBox);
    bar->addWidget(m_fitButton);
    bar->addWidget(m_deleteButton);
    bar->addStretch(1);
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("topicsStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addWidget(buildExplorer(), 1);

    connect(m_importButton, &QPushButton::clicked, this, &TopicsPage::importCorpus);
    connect(m_fitButton, &QPushButton::clicked, this, &TopicsPage::fitModel);
    connect(m_deleteButton, &QPushButton::clicked, this, &TopicsPage::deleteModel);
    connect(m_modelBox, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_modelBox->itemData(index).toLongLong();
        if (id > 0 && id != currentModel())
            openModel(id);
    });
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_searchEdit, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &TopicsPage::searchChanged);
    m_live->add([this] { retranslateData(); }, false);
}

QWidget* TopicsPage::buildExplorer() {
    auto* splitter = new QSplitter(Qt::Horizontal, this);

    // Left: topics, the λ slider, the selected topic's terms.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_topicTable = makeTable(left, "topicTable", m_topicList);
    m_topicTable->horizontalHeader()->setSectionResizeMode(topics::TopicListModel::Topic,
                                                           QHeaderView::ResizeToContents);
    m_topicTable->horizontalHeader()->setSectionResizeMode(topics::TopicListModel::Prevalence,
                                                           QHeaderView::ResizeToContents);
    auto* lambdaRow = new QHBoxLayout;
    m_lambda = new QSlider(Qt::Horizontal, left);
    m_lambda->setObjectName(QStringLiteral("lambdaSlider"));
    m_lambda->setRange(0, 100);
    m_lambda->setValue(60);
    m_live->add([this] {
        m_lambda->setToolTip(
            tr("λ = 1 ranks terms by p(term | topic); λ = 0 by lift p(term | topic) / p(term)"));
    });
    m_lambdaLabel = new QLabel(left);
    m_lambdaLabel->setMinimumWidth(60);
    lambdaRow->addWidget(m_live->label([] { return tr("Relevance"); }, left));
    lambdaRow->addWidget(m_lambda, 1);
    lambdaRow->addWidget(m_lambdaLabel);
    m_termTable = makeTable(left, "termTable", m_terms);
    m_termTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* leftSplit = new QSplitter(Qt::Vertical, left);
    leftSplit->addWidget(m_topicTable);
    auto* termBox = new QWidget(leftSplit);
    auto* termLayout = new QVBoxLayout(termBox);
    termLayout->setContentsMargins(0, 0, 0, 0);
    termLayout->addLayout(lambdaRow);
    termLayout->addWidget(m_termTable, 1);
    leftSplit->addWidget(termBox);
    leftLayout->addWidget(leftSplit);

    // Centre: the map and the comparison of models.
    m_centre = new QTabWidget(splitter);
    m_centre->setObjectName(QStringLiteral("topicsCentreTabs"));
    m_map = new IntertopicMapView(m_mapModel, m_centre);
    m_map->setObjectName(QStringLiteral("intertopicMap"));
    m_comparisonView = new ComparisonView(m_comparison, m_centre);
    m_comparisonView->setObjectName(QStringLiteral("modelComparison"));
    m_centre->addTab(m_map, QString());
    m_centre->addTab(m_comparisonView, QString());
    m_live->add([this] {
        m_centre->setTabText(0, tr("Distance Map"));
        m_centre->setTabText(1, tr("Comparison"));
    });

    // Right: documents of the topic, search results, one document.
    auto* right = new QSplitter(Qt::Vertical, splitter);
    m_docTabs = new QTabWidget(right);
    m_topicDocTable = makeTable(m_docTabs, "topicDocumentTable", m_topicDocs);
    m_topicDocTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* searchBox = new QWidget(m_docTabs);
    auto* searchLayout = new QVBoxLayout(searchBox);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    m_searchInfo = new QLabel(searchBox);
    m_searchInfo->setObjectName(QStringLiteral("searchInfo"));
    m_searchInfo->setWordWrap(true);
    m_searchTable = makeTable(searchBox, "searchTable", m_search);
    searchLayout->addWidget(m_searchInfo);
    searchLayout->addWidget(m_searchTable, 1);
    m_docTabs->addTab(m_topicDocTable, QString());
    m_docTabs->addTab(searchBox, QString());
    m_live->add([this] {
        m_docTabs->setTabText(0, m_model ? tr("Topic %1 Documents").arg(m_topic) : tr("Topic Documents"));
        m_docTabs->setTabText(1, tr("All Documents"));
    });
    m_document = new DocumentView(right);
    m_document->setObjectName(QStringLiteral("documentView"));
    right->addWidget(m_docTabs);
    right->addWidget(m_document);

    splitter->addWidget(left);
    splitter->addWidget(m_centre);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({440, 560, 440});

    connect(m_topicTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (index.isValid())
                    selectTopic(index.row());
            });
    connect(m_map, &IntertopicMapView::topicClicked, this, &TopicsPage::selectTopic);
    connect(m_lambda, &QSlider::valueChanged, this, &TopicsPage::lambdaChanged);
    connect(m_topicDocTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) { documentActivated(index, false); });
    connect(m_searchTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) { documentActivated(index, true); });
    lambdaChanged(m_lambda->value());
    return splitter;
}

void TopicsPage::setWorkspace(core::Workspace* workspace) {
    m_ws = workspace;
    m_openRequest = 0;
    clearModel();
    m_corpusBox->clear();
    m_modelBox->clear();
    m_comparison->setModels({});
    setEnabled(workspace != nullptr);
    if (!workspace) {
        setStatus(tr("No workspace open."));
        return;
    }
    reloadLists();
    if (m_modelBox->count() > 0)
        openModel(m_modelBox->itemData(m_modelBox->count() - 1).toLongLong());
}

qint64 TopicsPage::currentCorpus() const {
    return m_corpusBox->currentData().toLongLong();
}

bool TopicsPage::isBusy() const {
    return m_jobsRunning > 0;
}

void TopicsPage::setStatus(const QString& text) {
    m_status->setText(text);
}

void TopicsPage::reloadLists(qint64 selectCorpus, qint64 selectModel) {
    if (!m_ws)
        return;
    const qint64 corpus = selectCorpus ? selectCorpus : currentCorpus();
    const qint64 model = selectModel ? selectModel : currentModel();
    m_corpusBox->clear();
    for (const topics::CorpusInfo& c : topics::CorpusStore::list(*m_ws))
        m_corpusBox->addItem(tr("%1 (%n document(s))", nullptr, c.documents).arg(c.name), c.id);
    m_corpusBox->setCurrentIndex(std::max(0, m_corpusBox->findData(corpus)));
    const QVector<topics::ModelSummary> models = topics::TopicModelStore::list(*m_ws);
    m_modelBox->clear();
    for (const topics::ModelSummary& m : models)
        if (m.explorable)
            m_modelBox->addItem(m.name, m.id);
    m_modelBox->setCurrentIndex(m_modelBox->findData(model));
    m_comparison->setModels(models);
    updateActions();
    Q_EMIT corporaChanged();
    if (!m_model)
        setStatus(m_corpusBox->count() == 0
                      ? tr("Import a corpus to start: a folder of text files, JSONL, CSV or the built-in "
                           "WordNet demo.")
                      : tr("Fit a model on a corpus to explore its topics."));
}

void TopicsPage::updateActions() {
    m_fitButton->setEnabled(m_corpusBox->count() > 0);
    m_deleteButton->setEnabled(m_model != nullptr);
}

core::Job* TopicsPage::startJob(const QString& title, std::function<QVariant(const topics::Progress&)> work,
                                std::function<void(const QVariant&)> done) {
    auto* job = new core::ConcurrentJob(title, [work](core::JobControl& control) -> QVariant {
        try {
            return work(topics::progressOf(control));
        } catch (const topics::Cancelled&) {
            return {};
        } catch (const topics::CorpusError& e) {
            throw core::JobFailure{e.message()};
        }
    });
    ++m_jobsRunning;
    connect(job, &core::ConcurrentJob::succeeded, this, [done](const QVariant& v) { done(v); });
    connect(job, &core::Job::finished, this, [this, job, title](core::Job::State state) {
        --m_jobsRunning;
        if (state == core::Job::State::Failed) {
            setStatus(tr("%1 failed: %2").arg(title, job->errorMessage()));
            auto* box =
                new QMessageBox(QMessageBox::Warning, title, job->errorMessage(), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("topicsJobFailed"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else if (state == core::Job::State::Cancelled) {
            setStatus(tr("%1: cancelled; nothing was saved.").arg(title));
        }
        updateActions();
    });
    if (core::JobListModel* list = jobs())
        list->add(job);
    else
        job->setParent(this);
    job->start();
    return job;
}

void TopicsPage::importCorpus() {
    if (!m_ws)
        return;
    ImportCorpusDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const topics::ImportRequest request = dialog.request();
    const QString path = m_ws->path();
    setStatus(tr("Importing %1…").arg(request.name));
    startJob(
        tr("Importing corpus %1").arg(request.name),
        [path, request](const topics::Progress& progress) -> QVariant {
            return topics::TopicWorkflow::importCorpus(path, request, progress);
        },
        [this](const QVariant& id) {
            if (!id.isValid())
                return;
            reloadLists(id.toLongLong());
            setStatus(tr("Imported %1.").arg(m_corpusBox->currentText()));
        });
}

void TopicsPage::fitModel() {
    if (!m_ws)
        return;
    FitModelDialog dialog(topics::CorpusStore::list(*m_ws), currentCorpus(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 corpus = dialog.corpusId();
    const QString name = dialog.modelName();
    const topics::FitOptions options = dialog.options();
    const QString path = m_ws->path();
    setStatus(tr("Fitting %1…").arg(name));
    startJob(
        tr("Fitting topic model %1").arg(name),
        [path, corpus, name, options](const topics::Progress& progress) -> QVariant {
            return topics::TopicWorkflow::fitModel(path, corpus, name, options, progress);
        },
        [this](const QVariant& id) {
            if (!id.isValid())
                return;
            reloadLists(0, id.toLongLong());
            openModel(id.toLongLong());
        });
}

void TopicsPage::openModel(qint64 id) {
    if (!m_ws)
        return;
    m_openRequest = id;
    const QString path = m_ws->path();
    auto loaded = std::make_shared<Loaded>();
    startJob(
        tr("Opening topic model"),
        [path, id, loaded](const topics::Progress&) -> QVariant {
            core::WorkspaceError error;
            auto ws = core::Workspace::open(path, &error);
            if (!ws)
                throw topics::CorpusError(error.message);
            loaded->model = topics::TopicModelStore::load(*ws, id);
            if (loaded->model.summary.corpusId > 0)
                loaded->corpus = topics::CorpusStore::load(*ws, loaded->model.summary.corpusId);
            return id;
        },
        [this, loaded](const QVariant& id) {
            if (id.toLongLong() == m_openRequest)
                showLoaded(loaded);
        });
}

void TopicsPage::clearModel() {
    m_model.reset();
    m_lemmatizer.reset();
    m_topic = -1;
    m_labels.clear();
    m_topicList->clear();
    m_terms->setModel(Eigen::MatrixXd(), Eigen::VectorXd(), {});
    m_mapModel->setModel(Eigen::MatrixXd(0, 0), Eigen::VectorXd());
    m_topicDocs->setModel(Eigen::MatrixXd(), {}, {});
    m_corpusDocs->setCorpus({});
    m_document->setModel(Eigen::MatrixXd(), {}, Eigen::VectorXd(), nullptr);
    updateActions();
}

void TopicsPage::showLoaded(const std::shared_ptr<Loaded>& loaded) {
    clearModel();
    m_model = std::make_unique<topics::StoredTopicModel>(std::move(loaded->model));
    const topics::StoredTopicModel& m = *m_model;
    if (m.summary.params.value("lemmatize", false)) {
        try {
            m_lemmatizer = std::make_unique<topics::Lemmatizer>();
        } catch (const topics::CorpusError&) {
            // Without WordNet the text view colours the unlemmatised words only.
        }
    }
    QHash<QString, QString> labels;
    for (const topics::Document& d : loaded->corpus.documents)
        labels.insert(d.id, d.label);
    for (const QString& id : m.documentIds)
        m_labels << labels.value(id);
    const Eigen::VectorXd marginal = m.marginal();
    m_topicList->setModel(m.topicWord, marginal, m.featureNames, m.prevalence);
    m_terms->setModel(m.topicWord, marginal, m.featureNames);
    m_mapModel->setModel(m.topicWord, m.prevalence);
    m_topicDocs->setModel(m.documentTopic, m.documentIds, m_labels);
    m_corpusDocs->setCorpus(loaded->corpus);
    m_document->setModel(m.topicWord, m.featureNames, m.prevalence, m_lemmatizer.get());
    m_modelBox->setCurrentIndex(m_modelBox->findData(m.summary.id));
    showModelStatus();
    lambdaChanged(m_lambda->value());
    selectTopic(0);
    searchChanged();
    updateActions();
    Q_EMIT modelShown(m.summary.id);
}

void TopicsPage::showModelStatus() {
    auto number = [this](const char* key, int decimals) {
        const double v = topics::ModelComparisonModel::metric(m_model->summary, key);
        return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("—");
    };
    setStatus(tr("%1: %2 on %3, K = %4, %5 training documents, %6 features · mAP %7 · NPMI %8 · UMass %9 · "
                 "perplexity %10")
                  .arg(m_model->summary.name,
                       m_model->summary.model == QLatin1String("rsm") ? tr("Replicated Softmax") : tr("LDA"),
                       m_model->summary.features == QLatin1String("bow") ? tr("bag of words")
                                                                         : tr("semantic locality"))
                  .arg(m_model->summary.topics)
                  .arg(m_model->documentIds.size())
                  .arg(m_model->featureNames.size())
                  .arg(number("map", 4), number("npmi", 4), number("umass", 3), number("perplexity", 1)));
}

// What a language change cannot reach by itself: texts made from data.
void TopicsPage::retranslateData() {
    if (!m_ws) {
        setStatus(tr("No workspace open."));
        return;
    }
    reloadLists();
    if (m_model)
        showModelStatus();
    m_lambdaLabel->setText(tr("λ = %1").arg(m_lambda->value() / 100.0, 0, 'f', 2));
    for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
             m_topicList, m_terms, m_topicDocs, m_search, m_comparison})
        if (model->columnCount() > 0)
            Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
}

void TopicsPage::selectTopic(int topic) {
    if (!m_model || topic < 0 || topic >= m_model->topicWord.rows())
        return;
    m_topic = topic;
    m_terms->setTopic(topic);
    m_topicDocs->setTopic(topic);
    m_map->setSelectedTopic(topic);
    if (m_topicTable->currentIndex().row() != topic) {
        const QSignalBlocker block(m_topicTable->selectionModel());
        m_topicTable->selectRow(topic);
        m_topicTable->setCurrentIndex(m_topicList->index(topic, 0));
    }
    m_docTabs->setTabText(0, tr("Topic %1 Documents").arg(topic));
}

void TopicsPage::lambdaChanged(int value) {
    const double lambda = value / 100.0;
    m_lambdaLabel->setText(tr("λ = %1").arg(lambda, 0, 'f', 2));
    m_terms->setLambda(lambda);
    m_topicList->setLambda(lambda);
}

void TopicsPage::searchChanged() {
    const QString text = m_searchEdit->text().trimmed();
    m_search->setFilterFixedString(text);
    Eigen::VectorXd highlight;
    QString info;
    if (m_model && !text.isEmpty()) {
        const int feature = int(m_model->featureNames.indexOf(text.toLower()));
        if (feature >= 0) {
            highlight =
                topics::TopicColouring::topicsOfTerm(m_model->topicWord, m_model->prevalence, feature);
            QVector<int> order(int(highlight.size()));
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](int a, int b) { return highlight[a] > highlight[b]; });
            QStringList top;
            for (int i = 0; i < std::min<int>(3, int(order.size())); ++i)
                top << tr("topic %1 (%2%)").arg(order[i]).arg(100 * highlight[order[i]], 0, 'f', 0);
            info = tr("“%1” is a term of the model; on the map, red shows p(topic | term): %2.")
                       .arg(text, top.join(QStringLiteral(", ")));
        } else {
            info = tr("“%1” is not a term of the model; documents containing it:").arg(text);
        }
        m_docTabs->setCurrentIndex(1);
    }
    m_map->setTermHighlight(highlight);
    m_searchInfo->setText(text.isEmpty() ? QString()
                                         : info + QLatin1Char(' ') +
                                               tr("%n document(s) match.", nullptr, m_search->rowCount()));
}

void TopicsPage::documentActivated(const QModelIndex& index, bool fromSearch) {
    if (!index.isValid())
        return;
    const QString id = fromSearch
                           ? index.siblingAtColumn(topics::CorpusDocumentModel::Id).data().toString()
                           : index.siblingAtColumn(topics::TopicDocumentModel::Document).data().toString();
    showDocument(id);
}

void TopicsPage::showDocument(const QString& id) {
    if (!m_model)
        return;
    const int row = m_corpusDocs->rowOf(id);
    if (row < 0) {
        m_document->clear();
        return;
    }
    const topics::Document& d = m_corpusDocs->corpus().documents[row];
    const int trained = int(m_model->documentIds.indexOf(id));
    const Eigen::VectorXd theta =
        trained >= 0 ? Eigen::VectorXd(m_model->documentTopic.row(trained).transpose()) : Eigen::VectorXd();
    m_document->showDocument(d.id, d.label, d.text, theta);
}

void TopicsPage::deleteModel() {
    if (!m_ws || !m_model)
        return;
    if (QMessageBox::question(
            this, tr("Delete Model"),
            tr("Delete the topic model '%1' from the workspace?").arg(m_model->summary.name)) !=
        QMessageBox::Yes)
        return;
    try {
        topics::TopicModelStore::remove(*m_ws, m_model->summary.id);
    } catch (const topics::CorpusError& e) {
        QMessageBox::warning(this, tr("Delete Model"), e.message());
        return;
    }
    clearModel();
    reloadLists();
    if (m_modelBox->count() > 0)
        openModel(m_modelBox->itemData(m_modelBox->count() - 1).toLongLong());
}

bool TopicsPage::exportTopics(const QString& path, QString* error) const {
    if (!m_model) {
        *error = tr("No model is shown.");
        return false;
    }
    try {
        const double lambda = m_lambda->value() / 100.0;
        const bool json = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
        topics::TopicExport::write(path, json ? topics::TopicExport::topicsJson(*m_model, lambda, 30)
                                              : topics::TopicExport::topicsCsv(*m_model, lambda, 30));
    } catch (const topics::CorpusError& e) {
        *error = e.message();
        return false;
    }
    return true;
}

bool TopicsPage::exportDocumentTopics(const QString& path, QString* error) const {
    if (!m_model) {
        *error = tr("No model is shown.");
        return false;
    }
    try {
        topics::TopicExport::write(path, topics::TopicExport::documentTopicCsv(*m_model));
    } catch (const topics::CorpusError& e) {
        *error = e.message();
        return false;
    }
    return true;
}

bool TopicsPage::exportMap(const QString& path, QString* error) const {
    return ChartExport::save(m_map, path, tr("Intertopic distance map"), error);
}

void TopicsPage::exportInteractive(int what) {
    QString path, error;
    bool ok = true;
    const QString images = tr("PNG image (*.png);;SVG image (*.svg)");
    switch (what) {
    case TopicsCsv:
    case TopicsJson:
        path = QFileDialog::getSaveFileName(this, tr("Export Topics"), QString(),
                                            what == TopicsCsv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
        ok = path.isEmpty() || exportTopics(path, &error);
        break;
    case DocumentTopics:
        path = QFileDialog::getSaveFileName(this, tr("Export Document–Topic Matrix"), QString(),
                                            tr("CSV (*.csv)"));
        ok = path.isEmpty() || exportDocumentTopics(path, &error);
        break;
    case MapImage:
        path = QFileDialog::getSaveFileName(this, tr("Export Distance Map"), QString(), images);
        ok = path.isEmpty() || exportMap(path, &error);
        break;
    case ChartImage:
        path = QFileDialog::getSaveFileName(this, tr("Export Chart"), QString(), images);
        ok = path.isEmpty() || m_comparisonView->exportChart(path, &error);
        break;
    case ComparisonCsv:
        path = QFileDialog::getSaveFileName(this, tr("Export Comparison"), QString(), tr("CSV (*.csv)"));
        ok = path.isEmpty() || m_comparisonView->exportCsv(path, &error);
        break;
    default:
        break;
    }
    if (!ok)
        QMessageBox::warning(this, tr("Export"), error);
}

} // namespace kcat::ui
