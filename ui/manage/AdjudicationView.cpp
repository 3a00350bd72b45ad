#include "ui/manage/AdjudicationView.h"

#include "annotation/team/AdjudicateCommand.h"
#include "annotation/team/CurationModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
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
    m_disagreements = new QCheckBox(tr("Only disagreements"));
    m_lowConfidence = new QCheckBox(tr("Only confidence below"));
    m_threshold = new QDoubleSpinBox;
    m_threshold->setRange(0.5, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(0.9);
    m_undecided = new QCheckBox(tr("Only undecided"));
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_annotator = new QComboBox;
    m_annotator->setObjectName(QStringLiteral("annotatorFilter"));
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_disagreements, m_lowConfidence, m_threshold, m_undecided})
        filters->addWidget(w);
    filters->addWidget(new QLabel(tr("Type:")));
    filters->addWidget(m_type, 1);
    filters->addWidget(new QLabel(tr("Annotator:")));
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
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    auto* accept = new QPushButton(tr("Accept suggestion"));
    accept->setToolTip(tr("Make the suggestion the final types of the selected mentions (Enter)"));
    accept->setShortcut(Qt::Key_Return);
    auto* acceptAll = new QPushButton(tr("Accept all shown"));
    auto* override = new QPushButton(tr("Override…"));
    override->setToolTip(tr("Type the final types of the selected mention yourself"));
    auto* clear = new QPushButton(tr("Clear decision"));
    m_count = new QLabel;
    m_format = new QComboBox;
    m_format->addItem(tr("KCAT format"), int(annotation::DocumentImporter::Format::Kcat));
    m_format->addItem(tr("FIGER JSONL"), int(annotation::DocumentImporter::Format::FigerJsonl));
    m_format->addItem(tr("brat standoff"), int(annotation::DocumentImporter::Format::Brat));
    m_format->addItem(tr("plain text"), int(annotation::DocumentImporter::Format::PlainText));
    auto* exportButton = new QPushButton(tr("Export final layer…"));
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
    m_model->setOnlyDisagreements(m_disagreements->isChecked());
    m_model->setMaxConfidence(m_lowConfidence->isChecked() ? m_threshold->value() : 1.0);
    m_model->setOnlyUndecided(m_undecided->isChecked());
    m_model->setTypeFilter(m_type->currentData().toString());
    m_model->setAnnotatorFilter(m_annotator->currentData().isValid() ? m_annotator->currentData().toInt()
                                                                     : -1);
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
    if (!m_layer || row < 0 || row >= m_model->rowCount())
        return false;
    m_undo->push(new team::AdjudicateCommand(m_layer, {m_model->overrideDecision(row, types)}));
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

void AdjudicationView::overrideInteractive() {
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const QStringList suggestion =
        m_model->index(rows.first(), 0).data(team::CurationModel::SuggestionRole).toStringList();
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Override Types"), tr("Final types of this mention, comma-separated paths:"),
        QLineEdit::Normal, team::CurationModel::display(suggestion), &ok);
    if (!ok)
        return;
    QStringList types;
    for (const QString& t : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        types << t.trimmed();
    overrideRow(rows.first(), types);
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
