#include "ui/manage/AdjudicationView.h"

#include "annotation/team/AdjudicateCommand.h"
#include "annotation/team/CurationModel.h"
#include "annotation/team/TypeChoiceModel.h"
#include "ui/LiveText.h"
#include "ui/manage/TypePickerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kcat::ui {

AdjudicationView::AdjudicationView(team::CurationModel* model, QUndoStack* undo, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_undo(undo) {
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_disagreements = new QCheckBox;
    m_lowConfidence = new QCheckBox;
    m_threshold = new QDoubleSpinBox;
    m_threshold->setRange(0.5, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(0.9);
    m_undecided = new QCheckBox;
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_annotator = new QComboBox;
    m_annotator->setObjectName(QStringLiteral("annotatorFilter"));
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_disagreements, m_lowConfidence, m_threshold, m_undecided})
        filters->addWidget(w);
    auto *typeLabel = new QLabel, *annotatorLabel = new QLabel;
    filters->addWidget(typeLabel);
    filters->addWidget(m_type, 1);
    filters->addWidget(annotatorLabel);
    filters->addWidget(m_annotator);
    layout->addLayout(filters);
    for (QCheckBox* box : {m_disagreements, m_lowConfidence, m_undecided})
        connect(box, &QCheckBox::toggled, this, &AdjudicationView::applyFilters);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &AdjudicationView::applyFilters);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AdjudicationView::applyFilters);
    connect(m_annotator, &QComboBox::currentIndexChanged, this, &AdjudicationView::applyFilters);

    m_table = new QTableView;
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Column widths from the visible rows and at most 100 others (not every mention of a big project).
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    auto* accept = new QPushButton;
    accept->setShortcut(Qt::Key_Return);
    auto* acceptAll = new QPushButton;
    auto* override = new QPushButton;
    override->setObjectName(QStringLiteral("override"));
    auto* clear = new QPushButton;
    m_count = new QLabel;
    m_format = new QComboBox;
    for (auto format :
         {annotation::DocumentImporter::Format::Kcat, annotation::DocumentImporter::Format::FigerJsonl,
          annotation::DocumentImporter::Format::Brat, annotation::DocumentImporter::Format::PlainText})
        m_format->addItem(QString(), int(format));
    auto* exportButton = new QPushButton;
    for (QWidget* w : std::initializer_list<QWidget*>{accept, acceptAll, override, clear})
        actions->addWidget(w);
    actions->addWidget(m_count, 1);
    actions->addWidget(m_format);
    actions->addWidget(exportButton);
    layout->addLayout(actions);
    connect(accept, &QPushButton::clicked, this, [this] { acceptRows(selectedRows()); });
    connect(acceptAll, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows << r;
        acceptRows(rows);
    });
    connect(override, &QPushButton::clicked, this, &AdjudicationView::overrideInteractive);
    connect(clear, &QPushButton::clicked, this, [this] { clearRows(selectedRows()); });
    connect(exportButton, &QPushButton::clicked, this, &AdjudicationView::exportInteractive);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_count->setText(tr("%n mention(s) shown", nullptr, m_model->rowCount())); });

    auto* live = new LiveText(this);
    live->add([=] {
        m_disagreements->setText(tr("Only disagreements"));
        m_lowConfidence->setText(tr("Only confidence below"));
        m_undecided->setText(tr("Only undecided"));
        typeLabel->setText(tr("Type:"));
        annotatorLabel->setText(tr("Annotator:"));
        accept->setText(tr("Accept suggestion"));
        accept->setToolTip(tr("Make the suggestion the final types of the selected mentions (Enter)"));
        acceptAll->setText(tr("Accept all shown"));
        override->setText(tr("Override…"));
        override->setToolTip(tr("Choose the final types of the selected mentions yourself"));
        clear->setText(tr("Clear decision"));
        m_format->setItemText(0, tr("KCAT format"));
        m_format->setItemText(1, tr("FIGER JSONL"));
        m_format->setItemText(2, tr("brat standoff"));
        m_format->setItemText(3, tr("plain text"));
        exportButton->setText(tr("Export final layer…"));
        if (m_type->count() > 0)
            m_type->setItemText(0, tr("All types"));
        if (m_annotator->count() > 0)
            m_annotator->setItemText(0, tr("All annotators"));
        m_count->setText(tr("%n mention(s) shown", nullptr, m_model->rowCount()));
        m_model->retranslate();
    });
}

void AdjudicationView::setFinalLayer(team::FinalLayer* layer, qint64 projectId) {
    m_layer = layer;
    m_project = projectId;
}

void AdjudicationView::modelReset() {
    const auto snapshot = m_model->snapshot();
    const QString type = m_type->currentData().toString();
    m_type->blockSignals(true);
    m_annotator->blockSignals(true);
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    m_annotator->clear();
    m_annotator->addItem(tr("All annotators"), -1);
    if (snapshot) {
        QSet<QString> seen;
        QStringList types;
        for (const QStringList& set : snapshot->typeSets)
            for (const QString& t : set)
                if (!seen.contains(t)) {
                    seen.insert(t);
                    types << t;
                }
        types.sort();
        for (const QString& t : types)
            m_type->addItem(t, t);
        for (int j = 0; j < snapshot->annotators.size(); ++j)
            m_annotator->addItem(snapshot->annotators[j].name, j);
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    m_type->blockSignals(false);
    m_annotator->blockSignals(false);
    applyFilters();
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 220));
}

void AdjudicationView::applyFilters() {
    if (!m_model->snapshot())
        return;
    team::CurationModel::Filters f;
    f.onlyDisagreements = m_disagreements->isChecked();
    f.maxConfidence = m_lowConfidence->isChecked() ? m_threshold->value() : 1.0;
    f.onlyUndecided = m_undecided->isChecked();
    f.type = m_type->currentData().toString();
    f.annotator = m_annotator->currentData().isValid() ? m_annotator->currentData().toInt() : -1;
    m_model->setFilters(f); // one refilter at most
}

QList<int> AdjudicationView::selectedRows() const {
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool AdjudicationView::acceptRows(const QList<int>& rows) {
    if (!m_layer)
        return false;
    const QVector<team::Decision> decisions = m_model->acceptDecisions(rows);
    if (decisions.isEmpty())
        return false;
    m_undo->push(new team::AdjudicateCommand(m_layer, decisions));
    return true;
}

bool AdjudicationView::overrideRow(int row, const QStringList& types) {
    return overrideRows({row}, types);
}

bool AdjudicationView::overrideRows(const QList<int>& rows, const QStringList& types) {
    if (!m_layer || rows.isEmpty())
        return false;
    QVector<team::Decision> decisions;
    for (int row : rows) {
        if (row < 0 || row >= m_model->rowCount())
            return false;
        decisions << m_model->overrideDecision(row, types);
    }
    m_undo->push(new team::AdjudicateCommand(m_layer, decisions)); // one undo step for all rows
    return true;
}

bool AdjudicationView::clearRows(const QList<int>& rows) {
    if (!m_layer || rows.isEmpty())
        return false;
    QVector<team::Decision> decisions;
    for (int row : rows)
        decisions << team::Decision{
            m_model->snapshot()->mentions[size_t(m_model->mentionAt(row))].id, {}, {}, {}, -1};
    m_undo->push(new team::AdjudicateCommand(m_layer, decisions));
    return true;
}

std::unique_ptr<TypePickerDialog> AdjudicationView::typePicker(const QList<int>& rows) {
    const auto snapshot = m_model->snapshot();
    if (!snapshot || rows.isEmpty())
        return nullptr;
    if (m_catalogSnapshot.lock() != snapshot) {
        m_catalog = team::TypeChoiceModel::projectCatalog(*snapshot, m_model->suggestions().get(),
                                                          &m_catalogFromTypeSet);
        m_catalogSnapshot = snapshot;
    }
    // Start from the final types when the first row is decided, else from its suggestion.
    const int mention = m_model->mentionAt(rows.first());
    QStringList start = m_model->finalTypes(mention);
    if (m_model->decision(mention).isEmpty())
        start = m_model->index(rows.first(), 0).data(team::CurationModel::SuggestionRole).toStringList();
    const QString note =
        m_catalogFromTypeSet
            ? QString()
            : tr("The type set “%1” is not available here; the list shows the types used in this project.")
                  .arg(snapshot->typeSet);
    auto dialog = std::make_unique<TypePickerDialog>(m_catalog, start, note, this);
    if (rows.size() > 1)
        dialog->setWindowTitle(tr("Override Types of %n Mention(s)", nullptr, int(rows.size())));
    return dialog;
}

void AdjudicationView::overrideInteractive() {
    const QList<int> rows = selectedRows();
    auto dialog = typePicker(rows);
    if (dialog && dialog->exec() == QDialog::Accepted)
        overrideRows(rows, dialog->chosen());
}

QStringList AdjudicationView::exportFinal(annotation::DocumentImporter::Format format, const QString& folder,
                                          QString* error) {
    if (!m_layer) {
        *error = tr("No project is open.");
        return {};
    }
    return m_layer->exportProject(m_project, format, folder, error);
}

void AdjudicationView::exportInteractive() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Final Layer Into"));
    if (folder.isEmpty())
        return;
    QString error;
    const QStringList files =
        exportFinal(annotation::DocumentImporter::Format(m_format->currentData().toInt()), folder, &error);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Final Layer"), error);
    else
        m_count->setText(tr("%n file(s) written to %1", nullptr, int(files.size())).arg(folder));
}

} // namespace kcat::ui
