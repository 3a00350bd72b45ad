#include "ui/annotate/AnnotatePage.h"

#include "annotation/documents/AddMentionCommand.h"
#include "annotation/documents/AdjustSpanCommand.h"
#include "annotation/documents/DemoProject.h"
#include "annotation/documents/DocumentListModel.h"
#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/FlagMentionCommand.h"
#include "annotation/documents/KnowledgeConstraint.h"
#include "annotation/documents/MentionListModel.h"
#include "annotation/documents/ProjectStore.h"
#include "annotation/documents/RemoveMentionCommand.h"
#include "annotation/documents/SetLinkCommand.h"
#include "annotation/documents/SetTypeCommand.h"
#include "annotation/documents/TypePaths.h"
#include "annotation/knowledge/Knowledge.h"
#include "annotation/knowledge/KnowledgeError.h"
#include "annotation/server/ClientCache.h"
#include "annotation/server/IdMap.h"
#include "annotation/server/ServerSettings.h"
#include "annotation/team/TeamStore.h"
#include "compute/core/ConcurrentJob.h"
#include "compute/core/JobListModel.h"
#include "compute/core/Workspace.h"
#include "ui/annotate/AssignedDocumentsFilter.h"
#include "ui/annotate/MentionTextView.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kcat::ui {

using namespace annotation;

namespace {

// What the background load hands back to the GUI thread.
struct LoadResult {
    std::shared_ptr<const Knowledge> knowledge;
    QVector<DocumentData> demo;
    bool demoBuilt = false;
};

// The knowledge base is loaded once per process and shared by every workspace shown.
std::shared_ptr<const Knowledge>& sharedKnowledge() {
    static std::shared_ptr<const Knowledge> knowledge;
    return knowledge;
}

} // namespace

} // namespace kcat::ui

Q_DECLARE_METATYPE(kcat::ui::LoadResult)

namespace kcat::ui {

AnnotatePage::AnnotatePage(QWidget* parent)
    : WorkspacePage(parent)
    , m_filter(new AssignedDocumentsFilter(this))
    , m_undo(new QUndoStack(this))
    , m_documentModel(new DocumentListModel(this))
    , m_mentionModel(new MentionListModel(this))
    , m_typeModel(new TypeCandidateModel(this)) {
    m_filter->setSourceModel(m_documentModel);
    buildUi();
    retranslate();
    connect(m_mentionModel, &QAbstractItemModel::modelReset, this, &AnnotatePage::refresh);
    connect(m_mentionModel, &QAbstractItemModel::dataChanged, this, &AnnotatePage::refresh);
}

AnnotatePage::~AnnotatePage() {
    // The window may have closed the workspace already: nothing may query the store from here on.
    m_undo->clear();
    disconnect(m_mentionModel, nullptr, this, nullptr);
    m_mentionModel->setStore(nullptr);
    m_documentModel->setStore(nullptr, 0);
    m_store.reset();
}

void AnnotatePage::buildUi() {
    auto* top = new QHBoxLayout;
    m_projects = new QComboBox(this);
    m_projects->setObjectName(QStringLiteral("annotateProjects"));
    m_projects->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("annotateStatus"));
    top->addWidget(m_projects);
    // Team work: who annotates, their assignments and the progress of their queue (hidden without a team).
    m_memberLabel = new QLabel(this);
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("annotateMember"));
    m_member->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_member->setFocusPolicy(Qt::ClickFocus);
    m_mineOnly = new QCheckBox(this);
    m_mineOnly->setObjectName(QStringLiteral("annotateMyAssignments"));
    m_mineOnly->setChecked(true);
    m_mineOnly->setFocusPolicy(Qt::NoFocus);
    m_queue = new QLabel(this);
    m_queue->setObjectName(QStringLiteral("annotateQueue"));
    auto* teamRow = new QHBoxLayout;
    for (QWidget* w : {static_cast<QWidget*>(m_memberLabel), static_cast<QWidget*>(m_member),
                       static_cast<QWidget*>(m_mineOnly), static_cast<QWidget*>(m_queue)}) {
        teamRow->addWidget(w);
        w->hide();
    }
    teamRow->addStretch(1);
    top->addWidget(m_status, 1);

    m_documents = new QTableView(this);
    m_documents->setObjectName(QStringLiteral("annotateDocuments"));
    m_documents->setModel(m_filter);
    m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documents->verticalHeader()->hide();
    m_documents->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_documents->setFocusPolicy(Qt::ClickFocus);

    m_text = new MentionTextView(this);
    m_text->setObjectName(QStringLiteral("annotateText"));

    // The right column: entity card, link revision, typing views.
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_cardTitle = new QLabel(side);
    m_card = new QLabel(side);
    m_card->setObjectName(QStringLiteral("annotateEntityCard"));
    m_card->setWordWrap(true);
    m_card->setTextFormat(Qt::RichText);
    m_card->setFrameShape(QFrame::StyledPanel);
    m_card->setMargin(6);
    m_card->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_card->setMinimumHeight(120); // rich, word-wrapped text: keep room for the gloss and classes
    m_candidates = new QListWidget(side);
    m_candidates->setObjectName(QStringLiteral("annotateCandidates"));
    m_candidates->setFocusPolicy(Qt::NoFocus);
    m_candidates->setMaximumHeight(140);
    m_candidates->hide();
    auto* linkRow = new QHBoxLayout;
    m_linkButton = new QPushButton(side);
    m_nilButton = new QPushButton(side);
    m_flagButton = new QPushButton(side);
    m_showAllBox = new QCheckBox(side);
    m_showAllBox->setObjectName(QStringLiteral("annotateShowAll"));
    for (QWidget* w : {static_cast<QWidget*>(m_linkButton), static_cast<QWidget*>(m_nilButton),
                       static_cast<QWidget*>(m_flagButton), static_cast<QWidget*>(m_showAllBox)}) {
        w->setFocusPolicy(Qt::NoFocus);
        linkRow->addWidget(w);
    }
    linkRow->addStretch();
    m_typesTitle = new QLabel(side);
    auto* viewRow = new QHBoxLayout;
    m_viewGroup = new QButtonGroup(this);
    for (int i = 0; i < 3; ++i) {
        m_viewButtons[i] = new QPushButton(side);
        m_viewButtons[i]->setCheckable(true);
        m_viewButtons[i]->setFocusPolicy(Qt::NoFocus);
        m_viewGroup->addButton(m_viewButtons[i], i);
        viewRow->addWidget(m_viewButtons[i]);
    }
    m_viewButtons[0]->setChecked(true);
    viewRow->addStretch();
    m_level = new QLabel(side);
    m_level->setObjectName(QStringLiteral("annotateLevel"));
    m_search = new QLineEdit(side);
    m_search->setObjectName(QStringLiteral("annotateSearch"));
    m_search->setClearButtonEnabled(true);
    m_types = new QTreeView(side);
    m_types->setObjectName(QStringLiteral("annotateTypes"));
    m_types->setModel(m_typeModel);
    m_types->setHeaderHidden(true);
    m_types->setUniformRowHeights(true);
    m_types->setFocusPolicy(Qt::ClickFocus);
    m_confirmButton = new QPushButton(side);
    m_confirmButton->setFocusPolicy(Qt::NoFocus);
    sideLayout->addWidget(m_cardTitle);
    sideLayout->addWidget(m_card);
    sideLayout->addWidget(m_candidates);
    sideLayout->addLayout(linkRow);
    sideLayout->addWidget(m_typesTitle);
    sideLayout->addLayout(viewRow);
    sideLayout->addWidget(m_level);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_types, 1);
    sideLayout->addWidget(m_confirmButton);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_documents);
    splitter->addWidget(m_text);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({220, 520, 360});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(teamRow);
    layout->addWidget(splitter, 1);

    m_help = new QLabel(this);
    m_help->setObjectName(QStringLiteral("annotateHelp"));
    m_help->setTextFormat(Qt::RichText);
    m_help->setAutoFillBackground(true);
    m_help->setFrameShape(QFrame::Box);
    m_help->setMargin(16);
    m_help->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_help->hide();

    for (QWidget* w :
         {static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_types), static_cast<QWidget*>(m_documents),
          static_cast<QWidget*>(m_search), static_cast<QWidget*>(this)})
        w->installEventFilter(this);
    m_text->viewport()->installEventFilter(this);
    m_types->viewport()->installEventFilter(this);

    connect(m_projects, &QComboBox::activated, this,
            [this](int i) { showProject(m_projects->itemData(i).toLongLong()); });
    connect(m_documents->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) { showDocument(m_filter->documentId(index.row())); });
    connect(m_member, &QComboBox::activated, this,
            [this](int i) { applyMember(m_member->itemData(i).toLongLong()); });
    connect(m_mineOnly, &QCheckBox::toggled, this, [this] { applyMember(annotator()); });
    connect(m_text, &MentionTextView::spanSelected, this, [this](int s, int e) { addMentionOver(s, e); });
    connect(m_text, &MentionTextView::mentionClicked, this, &AnnotatePage::setCurrentMention);
    connect(m_text, &MentionTextView::spanAdjusted, this, [this](qint64 id, int s, int e) {
        if (id != m_current)
            setCurrentMention(id);
        m_undo->push(new AdjustSpanCommand(m_store.get(), id, s, e));
    });
    connect(m_types, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        toggleType(index.data(TypeCandidateModel::PathRole).toString());
    });
    connect(m_search, &QLineEdit::textChanged, m_typeModel, &TypeCandidateModel::setFilter);
    connect(m_typeModel, &QAbstractItemModel::modelReset, m_types, &QTreeView::expandAll);
    connect(m_linkButton, &QPushButton::clicked, this, &AnnotatePage::toggleCandidates);
    connect(m_nilButton, &QPushButton::clicked, this, &AnnotatePage::setNil);
    connect(m_flagButton, &QPushButton::clicked, this, &AnnotatePage::toggleFlag);
    connect(m_showAllBox, &QCheckBox::toggled, this, &AnnotatePage::setShowAll);
    connect(m_confirmButton, &QPushButton::clicked, this, &AnnotatePage::confirm);
    connect(m_candidates, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { chooseCandidate(m_candidates->row(item)); });
    connect(m_viewGroup, &QButtonGroup::idClicked, this,
            [this](int id) { setView(TypeCandidateModel::View(id)); });
}

void AnnotatePage::retranslate() {
    m_cardTitle->setText(tr("<b>Entity</b>"));
    m_typesTitle->setText(tr("<b>Types</b>"));
    m_linkButton->setText(tr("Candidates"));
    m_linkButton->setToolTip(
        tr("List the linker's top candidates compatible with the chosen coarse type (L); "
           "then 1–9 picks one"));
    m_nilButton->setText(tr("NIL"));
    m_nilButton->setToolTip(
        tr("The mention's entity is not in the knowledge base (N); releases the constraint"));
    m_flagButton->setText(tr("Flag"));
    m_flagButton->setToolTip(tr("Flag the mention for review (F)"));
    m_showAllBox->setText(tr("Show all types"));
    m_showAllBox->setToolTip(tr("Release the knowledge constraint for this mention (A)"));
    m_viewButtons[0]->setText(tr("Flatten"));
    m_viewButtons[1]->setText(tr("Coarse→Fine"));
    m_viewButtons[2]->setText(tr("Tree"));
    for (QPushButton* b : m_viewButtons)
        b->setToolTip(tr("Typing view (V cycles the views)"));
    m_search->setPlaceholderText(tr("Search types (/)"));
    m_search->setToolTip(
        tr("Incremental search over names and descriptions (/); Enter takes the first match"));
    m_types->setToolTip(tr("1–9 choose the n-th visible type; Backspace goes up in Coarse→Fine"));
    m_confirmButton->setText(tr("Confirm and next (Enter)"));
    m_confirmButton->setToolTip(tr("Confirm the mention's types and move to the next mention (Enter)"));
    m_text->setToolTip(tr("Tab / Shift+Tab: next / previous mention. Select text and press M (or release the "
                          "mouse) to add a mention; drag a mention's edge (or Alt+arrows) to adjust it; "
                          "Delete removes one"));
    m_documents->setToolTip(tr("Documents with typed / total mentions"));
    m_memberLabel->setText(tr("Annotating as:"));
    m_member->setToolTip(tr("The team member whose labels you see and edit; the cost log records them"));
    m_mineOnly->setText(tr("My assignments"));
    m_mineOnly->setToolTip(tr("Show only the documents assigned to this member"));
    const QStringList rows = {
        tr("Tab / Shift+Tab"),
        tr("next / previous mention"),
        tr("1 – 9"),
        tr("choose the n-th visible type (again: unset it)"),
        tr("/"),
        tr("search types; Enter takes the first match, Esc returns"),
        tr("Enter"),
        tr("confirm the mention and move on"),
        tr("Backspace"),
        tr("Coarse→Fine: up one level"),
        tr("V"),
        tr("cycle Flatten / Coarse→Fine / Tree"),
        tr("L"),
        tr("list candidate entities; then 1 – 9 links one"),
        tr("N"),
        tr("link to NIL (releases the constraint)"),
        tr("A"),
        tr("show all types"),
        tr("F"),
        tr("flag / unflag the mention"),
        tr("M"),
        tr("add a mention over the selected text"),
        tr("Delete"),
        tr("remove the mention"),
        tr("Alt+←/→, Alt+Shift+←/→"),
        tr("move the mention's end / start"),
        tr("Mouse"),
        tr("select text to add a mention; drag a mention's edge to move it"),
        tr("Ctrl+Z / Ctrl+Shift+Z"),
        tr("undo / redo"),
        tr("F1"),
        tr("show / hide this help"),
    };
    QString html = tr("<h3>Annotate: keyboard</h3>") + QStringLiteral("<table cellspacing=6>");
    for (int i = 0; i + 1 < rows.size(); i += 2)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(rows[i].toHtmlEscaped(), rows[i + 1]);
    html += QStringLiteral("</table>");
    m_help->setText(html);
    refresh();
}

void AnnotatePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WorkspacePage::changeEvent(event);
}

void AnnotatePage::resizeEvent(QResizeEvent* event) {
    WorkspacePage::resizeEvent(event);
    m_help->setGeometry(rect().adjusted(40, 40, -40, -40));
}

bool AnnotatePage::isReady() const {
    return m_constraint != nullptr && m_store != nullptr && !m_loading;
}

void AnnotatePage::setWorkspace(core::Workspace* workspace) {
    m_undo->clear();
    m_workspace = workspace;
    m_mentionModel->setStore(nullptr);
    m_documentModel->setStore(nullptr, 0);
    m_store.reset();
    m_constraint.reset();
    m_project = m_document = m_current = 0;
    m_projects->clear();
    m_team.reset();
    m_teamProject = m_blind = false;
    if (!workspace) {
        refresh();
        return;
    }
    m_store = std::make_unique<DocumentStore>(workspace);
    m_team = std::make_unique<team::TeamStore>(workspace);
    m_mentionModel->setStore(m_store.get());
    const QMap<QString, int> modules = workspace->moduleVersions();
    m_teamTables = modules.contains(QStringLiteral("team"));
    m_serverLogin.clear();
    m_serverEndpoint.clear();
    server::ServerSettings cache;
    QString ignored;
    if (modules.contains(QStringLiteral("server")) &&
        server::ServerSettings::parse(server::ClientCache::connectedDsn(*workspace), &cache, &ignored) &&
        !cache.user.isEmpty()) {
        m_serverLogin = cache.user;
        m_serverEndpoint = cache.endpoint();
    }
    startLoading();
}

void AnnotatePage::startLoading() {
    const bool needDemo = DemoProject::isNeeded(m_workspace);
    if (sharedKnowledge() && !needDemo) {
        m_knowledge = sharedKnowledge();
        knowledgeLoaded();
        return;
    }
    m_loading = true;
    m_status->setText(needDemo ? tr("Loading the knowledge base and building the demo project…")
                               : tr("Loading the knowledge base…"));
    std::shared_ptr<const Knowledge> cached = sharedKnowledge();
    auto* job = new core::ConcurrentJob(
        needDemo ? tr("Build the demo project") : tr("Load the knowledge base"),
        [cached, needDemo](core::JobControl& control) {
            LoadResult result;
            try {
                control.report(0, 2, tr("WordNet"));
                result.knowledge = cached ? cached : Knowledge::loadBuiltin();
            } catch (const KnowledgeError& e) {
                throw core::JobFailure{e.message()};
            }
            if (needDemo && !control.isCancelled()) {
                control.report(1, 2, tr("demo documents"));
                result.demo = DemoProject::buildDocuments(*result.knowledge, DemoProject::DocumentCount,
                                                          [&control] { return control.isCancelled(); });
                result.demoBuilt = true;
            }
            control.report(2, 2);
            return QVariant::fromValue(result);
        },
        this);
    core::Workspace* target = m_workspace;
    connect(job, &core::ConcurrentJob::succeeded, this, [this, target](const QVariant& value) {
        const LoadResult result = value.value<LoadResult>();
        sharedKnowledge() = result.knowledge;
        m_loading = false;
        if (target != m_workspace)
            return; // the workspace changed while loading
        m_knowledge = result.knowledge;
        if (result.demoBuilt && DemoProject::isNeeded(m_workspace)) {
            QString error;
            if (DemoProject::store(m_workspace, result.demo, &error) == 0)
                m_status->setText(tr("The demo project could not be stored: %1").arg(error));
        }
        knowledgeLoaded();
    });
    connect(job, &core::Job::finished, this, [this, job](core::Job::State state) {
        if (state != core::Job::State::Succeeded) {
            m_loading = false;
            m_status->setText(state == core::Job::State::Failed
                                  ? tr("The knowledge base could not be loaded: %1").arg(job->errorMessage())
                                  : tr("Loading was cancelled."));
        }
    });
    if (jobs())
        jobs()->add(job);
    job->start();
}

void AnnotatePage::knowledgeLoaded() {
    if (!m_workspace || !m_store)
        return;
    m_projects->clear();
    for (const Project& p : ProjectStore(m_workspace).projects())
        m_projects->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.typeSet), p.id);
    if (m_projects->count() > 0)
        showProject(m_projects->itemData(0).toLongLong());
    else
        m_status->setText(tr("No annotation project in this workspace."));
    Q_EMIT ready();
}

void AnnotatePage::showProject(qint64 projectId) {
    const Project project = ProjectStore(m_workspace).project(projectId);
    m_project = project.id;
    m_constraint.reset();
    try {
        m_constraint = std::make_unique<KnowledgeConstraint>(m_knowledge, project.typeSet);
    } catch (const KnowledgeError& e) {
        m_status->setText(tr("Type set \"%1\" is not available: %2").arg(project.typeSet, e.message()));
    }
    m_typeModel->setCatalog(m_constraint ? m_constraint->catalog() : nullptr);
    m_mentionModel->setEntityNamer(
        [this](const QString& id) { return m_constraint ? m_constraint->entityName(id) : id; });
    m_document = m_current = 0;
    setupTeam();
    m_text->setFocus();
}

void AnnotatePage::showDocument(qint64 documentId) {
    if (documentId == m_document)
        return;
    m_document = documentId;
    m_current = 0;
    m_mentionModel->setDocument(documentId);
    const QVector<Mention>& ms = m_mentionModel->mentions();
    setCurrentMention(ms.isEmpty() ? 0 : ms.first().id);
}

Mention AnnotatePage::current() const {
    const int row = m_mentionModel->rowOf(m_current);
    if (row < 0)
        return Mention();
    Mention m = m_mentionModel->mentionAt(row);
    // A team member starts from the linker's top candidate (the workspace's own annotator has it stored
    // as its link; a member or a team-server login has no label row yet), so the knowledge constraint holds.
    if (m_teamProject && m.link == LinkState::Unlinked && !m.candidates.isEmpty()) {
        m.link = LinkState::Linked;
        m.entity = m.candidates.first().entity;
    }
    return m;
}

bool AnnotatePage::isSuggestedLink(const Mention& m) const {
    const int row = m_mentionModel->rowOf(m.id);
    return row >= 0 && m.link == LinkState::Linked &&
           m_mentionModel->mentionAt(row).link == LinkState::Unlinked;
}

void AnnotatePage::setCurrentMention(qint64 mentionId) {
    const bool changed = mentionId != m_current;
    m_current = mentionId;
    if (changed) {
        m_focusTimer.restart();
        m_keystrokes = 0;
        m_clicks = 0;
        m_showAll = false;
        m_showAllBox->blockSignals(true);
        m_showAllBox->setChecked(false);
        m_showAllBox->blockSignals(false);
        m_search->clear();
        m_candidates->hide();
        m_typeModel->setLevel(QString());
    }
    refresh();
}

void AnnotatePage::refresh() {
    if (m_mentionModel->rowOf(m_current) < 0 && m_current != 0)
        m_current = 0;
    const Mention m = current();
    m_text->setDocument(m_mentionModel->text(), m_mentionModel->mentions(), m_current);
    refreshCard(m);
    refreshTypes(m);
    if (!m_loading && m_store && m_project != 0) {
        const DocumentSummary s = m_store->summary(m_document);
        QString line = tr("%1 of %2 mentions typed in this document").arg(s.typed).arg(s.mentions);
        if (m.id != 0 && m_constraint) {
            const auto c = m_constraint->candidates(m);
            const int shown = m_typeModel->candidateCount();
            line += QStringLiteral(" · ") +
                    tr("candidates %1 of %2 types (%3%)")
                        .arg(shown)
                        .arg(m_constraint->catalog()->size())
                        .arg(100.0 * shown / qMax(1, m_constraint->catalog()->size()), 0, 'f', 1);
            if (c.released || m_showAll)
                line += QStringLiteral(" · ") + tr("constraint released");
        }
        m_status->setText(line);
    }
    refreshQueue();
}

void AnnotatePage::refreshCard(const Mention& m) {
    if (m.id == 0 || !m_constraint) {
        m_card->setText(tr("<i>No mention selected.</i>"));
        return;
    }
    QString html;
    const QString surface = m_mentionModel->text().mid(m.start, m.length()).toHtmlEscaped();
    html += tr("Mention: <b>%1</b>").arg(surface) + QStringLiteral("<br>");
    if (m.link == LinkState::Nil) {
        html += tr("Linked to <b>NIL</b> (not in the knowledge base)");
    } else if (m.link == LinkState::Unlinked) {
        html += tr("Not linked yet");
    } else {
        html += QStringLiteral("<b>%1</b> <small>%2</small><br>%3<br>")
                    .arg(m_constraint->entityName(m.entity).toHtmlEscaped(), m.entity.toHtmlEscaped(),
                         m_constraint->entityDescription(m.entity).toHtmlEscaped());
        const QStringList classes = m_constraint->entityClasses(m.entity);
        html += tr("Classes: %1").arg(classes.mid(0, 6).join(QStringLiteral(", ")).toHtmlEscaped());
        if (isSuggestedLink(m))
            html += QStringLiteral("<br><i>") + tr("The linker's suggestion (L revises it, N sets NIL)") +
                    QStringLiteral("</i>");
    }
    if (!m.types.isEmpty())
        html += QStringLiteral("<br>") +
                tr("Types: %1").arg(TypePaths::leaves(m.types).join(QStringLiteral(", ")));
    if (m.flagged)
        html += QStringLiteral("<br><b>") + tr("Flagged") + QStringLiteral("</b>");
    html += otherLabelsHtml(m);
    m_card->setText(html);
}

void AnnotatePage::refreshTypes(const Mention& m) {
    if (!m_constraint || m.id == 0) {
        m_typeModel->setCandidates({});
        return;
    }
    const auto c = m_constraint->candidates(m);
    if (c.released || m_showAll)
        m_typeModel->setUnconstrained();
    else
        m_typeModel->setCandidates(c.types);
    m_typeModel->setChosen(m.types);
    m_level->setText(
        m_typeModel->view() == TypeCandidateModel::View::CoarseFine
            ? tr("Level: %1").arg(m_typeModel->level().isEmpty() ? tr("top") : m_typeModel->level())
            : QString());
    m_level->setVisible(m_typeModel->view() == TypeCandidateModel::View::CoarseFine);
}

bool AnnotatePage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonPress &&
        (watched == m_text->viewport() || watched == m_types->viewport()))
        ++m_clicks;
    if (event->type() != QEvent::KeyPress)
        return WorkspacePage::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            ++m_keystrokes;
            chooseVisible(0);
            m_search->clear();
            m_text->setFocus();
            return true;
        case Qt::Key_Escape:
            ++m_keystrokes;
            m_search->clear();
            m_text->setFocus();
            return true;
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            m_text->setFocus();
            return handleKey(key);
        default:
            if (!key->text().isEmpty())
                ++m_keystrokes;
            return false;
        }
    }
    return handleKey(key);
}

bool AnnotatePage::handleKey(QKeyEvent* event) {
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int k = event->key();
    if (k == Qt::Key_F1) {
        toggleHelp();
        return true;
    }
    if (m_help->isVisible() && k == Qt::Key_Escape) {
        m_help->hide();
        return true;
    }
    if (!isReady())
        return false;
    if (mods & Qt::ControlModifier)
        return false; // undo/redo and page switching belong to the window
    if (mods & Qt::AltModifier) {
        const bool shift = mods & Qt::ShiftModifier;
        if (k == Qt::Key_Left || k == Qt::Key_Right) {
            ++m_keystrokes;
            const int d = k == Qt::Key_Left ? -1 : 1;
            shift ? adjustSpan(d, 0) : adjustSpan(0, d);
            return true;
        }
        return false;
    }
    if (k == Qt::Key_Backtab || (k == Qt::Key_Tab && (mods & Qt::ShiftModifier))) {
        stepMention(-1);
        return true;
    }
    if (k == Qt::Key_Tab) {
        stepMention(1);
        return true;
    }
    if (k >= Qt::Key_1 && k <= Qt::Key_9) {
        ++m_keystrokes;
        if (m_candidates->isVisible())
            chooseCandidate(k - Qt::Key_1);
        else
            chooseVisible(k - Qt::Key_1);
        return true;
    }
    switch (k) {
    case Qt::Key_Slash:
        ++m_keystrokes;
        m_search->setFocus();
        m_search->selectAll();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        ++m_keystrokes;
        confirm();
        return true;
    case Qt::Key_Backspace:
        ++m_keystrokes;
        if (m_typeModel->goUp())
            refresh();
        return true;
    case Qt::Key_Escape:
        if (m_candidates->isVisible()) {
            m_candidates->hide();
            return true;
        }
        return false;
    case Qt::Key_Delete:
        ++m_keystrokes;
        removeCurrent();
        return true;
    case Qt::Key_L:
        ++m_keystrokes;
        toggleCandidates();
        return true;
    case Qt::Key_N:
        ++m_keystrokes;
        setNil();
        return true;
    case Qt::Key_A:
        ++m_keystrokes;
        m_showAllBox->setChecked(!m_showAllBox->isChecked());
        return true;
    case Qt::Key_F:
        ++m_keystrokes;
        toggleFlag();
        return true;
    case Qt::Key_V:
        ++m_keystrokes;
        cycleView();
        return true;
    case Qt::Key_M: {
        int s = 0;
        int e = 0;
        if (m_text->selectedSpan(&s, &e)) {
            ++m_keystrokes;
            addMentionOver(s, e);
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

void AnnotatePage::stepMention(int step) {
    const QVector<Mention>& ms = m_mentionModel->mentions();
    if (ms.isEmpty())
        return;
    const int row = m_mentionModel->rowOf(m_current);
    const int next = row < 0 ? 0 : qBound(0, row + step, int(ms.size()) - 1);
    setCurrentMention(ms[next].id);
}

void AnnotatePage::chooseVisible(int n) {
    const QString path = m_typeModel->visiblePath(n);
    if (path.isEmpty() || m_current == 0)
        return;
    const Mention m = current();
    if (m_typeModel->view() == TypeCandidateModel::View::CoarseFine) {
        const QModelIndex index = m_typeModel->indexOfPath(path);
        const bool hasChildren = index.data(TypeCandidateModel::HasChildrenRole).toBool();
        if (!m.types.contains(path))
            m_undo->push(new SetTypeCommand(m_store.get(), m_current, path, true));
        else if (!hasChildren)
            m_undo->push(new SetTypeCommand(m_store.get(), m_current, path, false));
        if (hasChildren)
            m_typeModel->setLevel(path);
        refresh();
        return;
    }
    toggleType(path);
}

void AnnotatePage::toggleType(const QString& path) {
    if (m_current == 0 || path.isEmpty())
        return;
    const bool set = !current().types.contains(path);
    m_undo->push(new SetTypeCommand(m_store.get(), m_current, path, set));
}

void AnnotatePage::confirm() {
    if (m_current == 0)
        return;
    QString error;
    const CostEntry cost{m_current, m_focusTimer.elapsed(), m_keystrokes, m_clicks, viewName()};
    // With the team module, the types offered (and whether the constraint was on) go with the cost row.
    const bool logged = m_teamTables
                            ? m_team->logCost(cost, m_store->annotator(), m_typeModel->candidateCount(),
                                              m_typeModel->isConstrained(), &error) != 0
                            : m_store->logCost(cost, &error);
    if (!logged)
        qWarning("The cost of mention %lld was not logged: %s", m_current, qPrintable(error));
    // Confirming accepts the linker's suggestion a team member started from: store it as their link.
    const Mention confirmed = current();
    if (isSuggestedLink(confirmed))
        m_undo->push(new SetLinkCommand(m_store.get(), confirmed.id, LinkState::Linked, confirmed.entity));
    const QVector<Mention>& ms = m_mentionModel->mentions();
    const int row = m_mentionModel->rowOf(m_current);
    if (row + 1 < ms.size()) {
        setCurrentMention(ms[row + 1].id);
        return;
    }
    // The document is done: move to the next one.
    const int docRow = m_filter->rowOf(m_document);
    if (docRow + 1 < m_filter->rowCount())
        selectDocumentRow(docRow + 1);
    else
        setCurrentMention(m_current); // restart the clock on the last mention
}

void AnnotatePage::removeCurrent() {
    if (m_current == 0)
        return;
    // In a team, a mention is shared: removing it would delete the others' labels (or, in a team-server
    // cache, come back with the next download). The member flags it for the manager instead.
    if (!m_serverLogin.isEmpty() &&
        server::IdMap(m_workspace->database(), QStringLiteral("mention")).server(m_current) != 0) {
        m_status->setText(tr("This mention comes from the team server and only the manager can remove it: "
                             "flag it (F) for review instead."));
        return;
    }
    if (m_teamProject && m_serverLogin.isEmpty() && !m_team->otherLabels(m_current, annotator()).isEmpty()) {
        m_status->setText(tr("Other annotators have labelled this mention; removing it would delete their "
                             "labels: flag it (F) for the manager instead."));
        return;
    }
    const int row = m_mentionModel->rowOf(m_current);
    m_undo->push(new RemoveMentionCommand(m_store.get(), m_current));
    const QVector<Mention>& ms = m_mentionModel->mentions();
    setCurrentMention(ms.isEmpty() ? 0 : ms[qMin(row, int(ms.size()) - 1)].id);
}

void AnnotatePage::addMentionOver(int start, int end) {
    if (m_document == 0)
        return;
    Mention m;
    m.documentId = m_document;
    m.start = start;
    m.end = end;
    if (m_knowledge) {
        // Link the new mention right away, as the detector's mentions are.
        const QString text = m_mentionModel->text();
        const LinkResult link = m_knowledge->linker().link(QStringView(text).mid(start, end - start),
                                                           m_knowledge->linker().context(text));
        for (const LinkCandidate& c : link.candidates)
            m.candidates.push_back({m_knowledge->knowledgeBase()->entity(c.entity).id, c.score});
        m.link = link.isNil() ? LinkState::Nil : LinkState::Linked;
        if (!link.isNil())
            m.entity = m_knowledge->knowledgeBase()->entity(link.entity).id;
    }
    auto* command = new AddMentionCommand(m_store.get(), m);
    m_undo->push(command);
    if (command->error().isEmpty() || command->mentionId() != 0)
        setCurrentMention(command->mentionId());
    else
        m_status->setText(command->error());
}

void AnnotatePage::adjustSpan(int startDelta, int endDelta) {
    const Mention m = current();
    if (m.id == 0)
        return;
    m_undo->push(new AdjustSpanCommand(m_store.get(), m.id, m.start + startDelta, m.end + endDelta));
}

void AnnotatePage::setNil() {
    if (m_current == 0)
        return;
    m_undo->push(new SetLinkCommand(m_store.get(), m_current, LinkState::Nil, QString()));
    m_candidates->hide();
    m_typeModel->setLevel(QString());
    refresh();
}

void AnnotatePage::toggleCandidates() {
    if (m_candidates->isVisible() || m_current == 0 || !m_constraint) {
        m_candidates->hide();
        return;
    }
    m_candidates->clear();
    const QVector<EntityCandidate> list = m_constraint->compatibleCandidates(current());
    for (int i = 0; i < list.size() && i < 9; ++i) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2 — %3  (%4)")
                                             .arg(i + 1)
                                             .arg(m_constraint->entityName(list[i].entity),
                                                  m_constraint->entityDescription(list[i].entity).left(60))
                                             .arg(list[i].score, 0, 'f', 2));
        item->setData(Qt::UserRole, list[i].entity);
        m_candidates->addItem(item);
    }
    if (list.isEmpty())
        m_candidates->addItem(tr("No compatible candidate: N links to NIL."));
    m_candidates->show();
}

void AnnotatePage::chooseCandidate(int n) {
    QListWidgetItem* item = m_candidates->item(n);
    if (!item || item->data(Qt::UserRole).toString().isEmpty() || m_current == 0)
        return;
    m_undo->push(
        new SetLinkCommand(m_store.get(), m_current, LinkState::Linked, item->data(Qt::UserRole).toString()));
    m_candidates->hide();
    m_typeModel->setLevel(QString());
    refresh();
}

void AnnotatePage::setShowAll(bool all) {
    m_showAll = all;
    refresh();
}

void AnnotatePage::toggleFlag() {
    if (m_current == 0)
        return;
    m_undo->push(new FlagMentionCommand(m_store.get(), m_current, !current().flagged));
}

void AnnotatePage::setView(TypeCandidateModel::View view) {
    m_typeModel->setView(view);
    m_typeModel->setLevel(QString());
    m_viewButtons[int(view)]->setChecked(true);
    refresh();
}

void AnnotatePage::cycleView() {
    setView(TypeCandidateModel::View((int(m_typeModel->view()) + 1) % 3));
}

QString AnnotatePage::viewName() const {
    switch (m_typeModel->view()) {
    case TypeCandidateModel::View::Flatten:
        return QStringLiteral("flatten");
    case TypeCandidateModel::View::CoarseFine:
        return QStringLiteral("coarse-fine");
    case TypeCandidateModel::View::Tree:
        return QStringLiteral("tree");
    }
    return QString();
}

void AnnotatePage::toggleHelp() {
    m_help->setGeometry(rect().adjusted(40, 40, -40, -40));
    m_help->setVisible(!m_help->isVisible());
    m_help->raise();
}

// --- Team work: identity, assignments, blind mode ---

qint64 AnnotatePage::annotator() const {
    return m_store ? m_store->annotator() : 0;
}

void AnnotatePage::setupTeam() {
    m_teamProject = false;
    m_blind = false;
    m_member->clear();
    m_assignments =
        m_teamTables && m_project != 0 ? m_team->assignments(m_project) : QVector<team::Assignment>();
    if (!m_serverLogin.isEmpty()) {
        // A team-server cache: the login annotates; the server sent only its assigned documents and, by
        // row-level security, none of the other annotators' labels.
        m_teamProject = true;
        m_blind = true;
        m_member->addItem(tr("%1 (team server %2)").arg(m_serverLogin, m_serverEndpoint),
                          ProjectStore(m_workspace).defaultAnnotator());
    } else if (m_teamTables && m_project != 0) {
        // Simulated annotators (`kcat crowd simulate`) are not people: nobody annotates in their layers, and
        // a project assigned only to them is annotated as the workspace's own annotator, like any other.
        QSet<qint64> withWork;
        for (const team::Assignment& a : m_assignments)
            withWork.insert(a.annotatorId);
        for (const team::Member& member : m_team->members())
            if (withWork.contains(member.id) && !member.simulated)
                m_member->addItem(member.name, member.id);
        if (m_member->count() > 0) {
            m_teamProject = true;
            m_blind = m_team->isBlind(m_project);
        }
    }
    for (QWidget* w : {static_cast<QWidget*>(m_memberLabel), static_cast<QWidget*>(m_member),
                       static_cast<QWidget*>(m_mineOnly), static_cast<QWidget*>(m_queue)})
        w->setVisible(m_teamProject);
    m_member->setEnabled(m_member->count() > 1);
    m_mineOnly->setEnabled(m_serverLogin.isEmpty());
    if (!m_serverLogin.isEmpty())
        m_mineOnly->setChecked(true);
    // Who annotates: the member shown so far when still listed, else the workspace's own annotator when it
    // is a member, else the first member; without a team, the workspace's own annotator.
    const qint64 own = ProjectStore(m_workspace).defaultAnnotator();
    qint64 who = own;
    if (m_teamProject && m_member->count() > 0) {
        who = m_member->itemData(0).toLongLong();
        for (qint64 preferred : {m_store->annotator(), own})
            if (m_member->findData(preferred) >= 0) {
                who = preferred;
                break;
            }
        m_member->setCurrentIndex(m_member->findData(who));
    }
    applyMember(who);
}

bool AnnotatePage::setMember(qint64 annotatorId) {
    const int index = m_member->findData(annotatorId);
    if (index < 0 || !m_teamProject)
        return false;
    m_member->setCurrentIndex(index);
    applyMember(annotatorId);
    return true;
}

void AnnotatePage::refreshTeam() {
    if (!isReady() || m_project == 0)
        return;
    // Reload only when the assignments or the blind flag changed (showing the page keeps the mention).
    const QVector<team::Assignment> now =
        m_teamTables ? m_team->assignments(m_project) : QVector<team::Assignment>();
    const bool blind = m_serverLogin.isEmpty() ? (m_teamTables && m_team->isBlind(m_project)) : true;
    if (now == m_assignments && (blind == m_blind || !m_teamProject)) {
        refresh();
        return;
    }
    setupTeam();
}

void AnnotatePage::applyMember(qint64 annotatorId) {
    if (!m_store || m_project == 0)
        return;
    if (annotatorId != m_store->annotator()) {
        m_undo->clear(); // the commands on the stack edited another annotator's labels
        m_store->setAnnotator(annotatorId);
    }
    const bool local = m_teamProject && m_serverLogin.isEmpty();
    m_filter->setAssigned(local ? m_team->assignedDocuments(m_project, annotatorId) : QSet<qint64>(),
                          local && m_mineOnly->isChecked());
    const qint64 previous = m_document;
    m_documentModel->setStore(m_store.get(), m_project); // progress of this annotator
    m_document = m_current = 0;
    const int row = m_filter->rowOf(previous);
    if (m_filter->rowCount() > 0)
        selectDocumentRow(row < 0 ? 0 : row);
    else
        showDocument(0);
    refresh();
}

void AnnotatePage::selectDocumentRow(int row) {
    const QModelIndex index = m_filter->index(row, 0);
    if (m_documents->currentIndex() == index)
        showDocument(m_filter->documentId(row));
    else
        m_documents->setCurrentIndex(index);
}

void AnnotatePage::refreshQueue() {
    if (!m_teamProject || !m_store || m_project == 0 || m_loading) {
        m_queue->clear();
        return;
    }
    const bool local = m_serverLogin.isEmpty();
    const QSet<qint64> mine =
        local ? m_team->assignedDocuments(m_project, m_store->annotator()) : QSet<qint64>();
    int documents = 0, done = 0, mentions = 0, typed = 0;
    for (const DocumentSummary& d : m_store->documents(m_project)) {
        if (local && !mine.contains(d.id))
            continue;
        ++documents;
        mentions += d.mentions;
        typed += d.typed;
        if (d.typed >= d.mentions)
            ++done;
    }
    QString text = tr("My queue: %1 of %2 documents done, %3 of %4 mentions typed")
                       .arg(done)
                       .arg(documents)
                       .arg(typed)
                       .arg(mentions);
    if (m_blind)
        text += QStringLiteral(" · ") + tr("blind: only your own labels are shown");
    m_queue->setText(text);
}

QString AnnotatePage::otherLabelsHtml(const Mention& m) const {
    if (!m_teamProject || m_blind || !m_serverLogin.isEmpty() || m.id == 0)
        return QString();
    const QVector<team::TeamStore::OtherLabel> labels = m_team->otherLabels(m.id, m_store->annotator());
    if (labels.isEmpty())
        return QString();
    QStringList parts;
    for (const team::TeamStore::OtherLabel& l : labels) {
        QString what = TypePaths::leaves(l.types).join(QStringLiteral(", "));
        if (l.flagged)
            what += (what.isEmpty() ? QString() : QStringLiteral(" ")) + tr("(flagged)");
        parts << QStringLiteral("%1: %2").arg(l.annotator.toHtmlEscaped(), what.toHtmlEscaped());
    }
    return QStringLiteral("<br>") + tr("Other annotators: %1").arg(parts.join(QStringLiteral("; ")));
}

void AnnotatePage::showEvent(QShowEvent* event) {
    WorkspacePage::showEvent(event);
    refreshTeam(); // the Manage page may have changed the assignments meanwhile
}

} // namespace kcat::ui
