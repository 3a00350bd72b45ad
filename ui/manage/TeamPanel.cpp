#include "ui/manage/TeamPanel.h"

#include "annotation/team/AssignDocumentsCommand.h"
#include "annotation/team/AssignmentPlanner.h"
#include "annotation/team/TeamModels.h"
#include "ui/LiveText.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kcat::ui {

namespace {

// Draws a share in [0, 1] (Qt::UserRole) as a progress bar.
class ProgressBarDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        const QVariant v = index.data(Qt::UserRole);
        if (v.isNull()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(std::lround(v.toDouble() * 1000));
        bar.text = QStringLiteral("%1%").arg(v.toDouble() * 100, 0, 'f', 0);
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

QTableView* table(QAbstractItemModel* model) {
    auto* view = new QTableView;
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setResizeContentsPrecision(100); // widths from the visible rows and 100 more
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

TeamPanel::TeamPanel(QUndoStack* undo, QWidget* parent)
    : QWidget(parent)
    , m_undo(undo) {
    m_progress = new team::ChartTableModel(this);
    m_documentProgress = new team::ChartTableModel(this);
    auto* layout = new QHBoxLayout(this);

    auto* left = new QVBoxLayout;
    auto* membersBox = new QGroupBox;
    auto* membersLayout = new QVBoxLayout(membersBox);
    m_memberView = table(nullptr);
    m_memberView->setObjectName(QStringLiteral("members"));
    membersLayout->addWidget(m_memberView);
    auto* addRow = new QHBoxLayout;
    m_name = new QLineEdit;
    m_role = new QComboBox;
    m_role->addItems({QString(), QString()});
    auto* add = new QPushButton;
    auto* role = new QPushButton;
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_role);
    addRow->addWidget(add);
    addRow->addWidget(role);
    membersLayout->addLayout(addRow);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addMember(m_name->text().trimmed(), m_role->currentIndex() == 1))
            m_name->clear();
    });
    connect(m_name, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(role, &QPushButton::clicked, this, &TeamPanel::toggleRole);
    left->addWidget(membersBox, 1);

    auto* assignBox = new QGroupBox;
    auto* form = new QFormLayout(assignBox);
    m_overlap = new QSpinBox;
    m_overlap->setRange(1, 100);
    m_overlap->setValue(2);
    m_blind = new QCheckBox;
    m_gold = new QSpinBox;
    m_gold->setRange(0, 1000000);
    m_seed = new QSpinBox;
    m_seed->setRange(0, 1000000);
    m_seed->setValue(1);
    auto* assignButton = new QPushButton;
    assignButton->setObjectName(QStringLiteral("assign"));
    auto *overlapLabel = new QLabel, *goldLabel = new QLabel, *seedLabel = new QLabel;
    form->addRow(overlapLabel, m_overlap);
    form->addRow(QString(), m_blind);
    form->addRow(goldLabel, m_gold);
    form->addRow(seedLabel, m_seed);
    form->addRow(QString(), assignButton);
    connect(assignButton, &QPushButton::clicked, this,
            [this] { assign(m_overlap->value(), m_blind->isChecked(), m_gold->value(), m_seed->value()); });
    left->addWidget(assignBox);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    left->addWidget(m_message);
    layout->addLayout(left, 2);

    auto* right = new QSplitter(Qt::Vertical);
    auto* progressBox = new QGroupBox;
    auto* pl = new QVBoxLayout(progressBox);
    m_progressView = table(m_progress);
    m_progressView->setObjectName(QStringLiteral("progress"));
    m_progressView->setItemDelegateForColumn(5, new ProgressBarDelegate(m_progressView));
    pl->addWidget(m_progressView);
    auto* docBox = new QGroupBox;
    auto* dl = new QVBoxLayout(docBox);
    m_documentView = table(m_documentProgress);
    m_documentView->setObjectName(QStringLiteral("documentProgress"));
    dl->addWidget(m_documentView);
    right->addWidget(progressBox);
    right->addWidget(docBox);
    layout->addWidget(right, 3);

    // Every text here follows a language switch (the message of the last action included).
    auto* live = new LiveText(this);
    live->add([=] {
        m_progress->setHeaderLabels({tr("Annotator"), tr("Documents"), tr("Gold documents"), tr("Mentions"),
                                     tr("Done"), tr("Progress"), tr("Seconds per mention")});
        m_documentProgress->setHeaderLabels({tr("Document"), tr("Mentions"), tr("Annotators"),
                                             tr("Labels done"), tr("Labels expected"), tr("Adjudicated"),
                                             tr("Seconds per mention")});
        membersBox->setTitle(tr("Team"));
        m_name->setPlaceholderText(tr("New annotator's name"));
        m_role->setItemText(0, tr("annotator"));
        m_role->setItemText(1, tr("manager"));
        add->setText(tr("Add"));
        role->setText(tr("Toggle role"));
        role->setToolTip(tr("Make the selected member a manager, or an annotator again"));
        assignBox->setTitle(tr("Assignments"));
        m_overlap->setToolTip(tr("Every document goes to this many annotators; the load is balanced"));
        m_blind->setText(tr("Blind (annotators never see each other's labels)"));
        m_gold->setToolTip(tr("Documents every annotator gets, scored against gold types"));
        assignButton->setText(tr("Assign documents"));
        overlapLabel->setText(tr("Overlap k:"));
        goldLabel->setText(tr("Gold documents:"));
        seedLabel->setText(tr("Seed:"));
        progressBox->setTitle(tr("Progress per annotator"));
        docBox->setTitle(tr("Progress per document"));
        if (m_members)
            m_members->retranslate();
        m_message->setText(m_messageText ? m_messageText() : QString());
    });
}

void TeamPanel::setMessage(std::function<QString()> text) {
    m_messageText = std::move(text);
    m_message->setText(m_messageText ? m_messageText() : QString());
}

void TeamPanel::setStore(team::TeamStore* store, qint64 projectId, const QVector<qint64>& documents) {
    if (store != m_store || !m_members) {
        delete m_members;
        m_members = store ? new team::TeamMemberModel(store, this) : nullptr;
        m_memberView->setModel(m_members);
    }
    m_store = store;
    m_project = projectId;
    m_documents = documents;
    m_gold->setMaximum(int(documents.size()));
    if (store && projectId) {
        const team::AssignmentSettings s = store->settings(projectId);
        m_overlap->setValue(s.overlap);
        m_blind->setChecked(s.blind);
        m_gold->setValue(s.goldDocuments);
        m_seed->setValue(int(s.seed));
    }
    setMessage({});
}

void TeamPanel::setProgress(const team::ChartTable& annotators, const team::ChartTable& documents) {
    m_progress->setTable(annotators);
    m_documentProgress->setTable(documents);
    m_progressView->resizeColumnsToContents();
    m_documentView->resizeColumnsToContents();
}

bool TeamPanel::addMember(const QString& name, bool manager) {
    if (!m_store)
        return false;
    auto* command =
        new team::AddMemberCommand(m_store, name, manager ? team::Role::Manager : team::Role::Annotator);
    m_undo->push(command); // an obsolete (failed) command is deleted by the stack
    const bool ok = m_undo->command(m_undo->index() - 1) == command;
    setMessage(ok ? std::function<QString()>() : [name] { return tr("Could not add %1.").arg(name); });
    return ok;
}

void TeamPanel::toggleRole() {
    const QModelIndex index = m_memberView->currentIndex();
    if (!m_members || !index.isValid())
        return;
    const team::Member& m = m_members->member(index.row());
    m_undo->push(new team::SetRoleCommand(
        m_store, m.id, m.role == team::Role::Manager ? team::Role::Annotator : team::Role::Manager));
}

bool TeamPanel::assign(int overlap, bool blind, int goldDocuments, int seed) {
    if (!m_store || m_project == 0)
        return false;
    QVector<qint64> annotators;
    for (const team::Member& m : m_store->members())
        if (m.role == team::Role::Annotator)
            annotators << m.id;
    team::AssignmentSettings settings{overlap, blind, goldDocuments, quint64(seed)};
    QVector<team::Assignment> plan;
    QString error;
    if (!team::AssignmentPlanner::plan(m_documents, annotators, settings, &plan, &error)) {
        setMessage([error] { return error; }); // the planner's message, in the language it was made in
        return false;
    }
    auto* command = new team::AssignDocumentsCommand(m_store, m_project, settings, plan);
    m_undo->push(command);
    const bool ok = m_undo->command(m_undo->index() - 1) == command;
    const int made = int(plan.size());
    setMessage(
        [ok, made] { return ok ? tr("%n assignment(s) made.", nullptr, made) : tr("Assigning failed."); });
    return ok;
}

} // namespace kcat::ui
