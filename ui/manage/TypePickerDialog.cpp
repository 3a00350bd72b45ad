#include "ui/manage/TypePickerDialog.h"

#include "annotation/team/CurationModel.h"
#include "annotation/team/TypeChoiceModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace kcat::ui {

TypePickerDialog::TypePickerDialog(std::shared_ptr<const annotation::TypeCatalog> catalog,
                                   const QStringList& chosen, const QString& note, QWidget* parent)
    : QDialog(parent)
    , m_model(new team::TypeChoiceModel(this)) {
    m_model->setCatalog(std::move(catalog));
    m_model->setChosen(chosen);
    auto* layout = new QVBoxLayout(this);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("typeFilter"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("types"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_note = new QLabel(note);
    m_note->setWordWrap(true);
    m_note->setVisible(!note.isEmpty());
    layout->addWidget(m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilter(text);
        if (text.trimmed().isEmpty())
            expandToChosen();
        else
            m_tree->expandAll(); // the matches and their ancestors
    });
    connect(m_model, &team::TypeChoiceModel::chosenChanged, this, &TypePickerDialog::showChosen);
    resize(460, 560);
    retranslateUi();
    expandToChosen();
    showChosen();
    m_filter->setFocus();
}

QStringList TypePickerDialog::chosen() const {
    return m_model->chosen();
}

void TypePickerDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TypePickerDialog::retranslateUi() {
    setWindowTitle(tr("Override Types"));
    m_filter->setPlaceholderText(tr("Filter types (name, path or description)"));
    showChosen();
}

void TypePickerDialog::showChosen() {
    const QStringList types = m_model->chosen();
    m_summary->setText(types.isEmpty() ? tr("No type chosen: the mention's final layer will be untyped.")
                                       : tr("Final types: %1").arg(team::CurationModel::display(types)));
}

// The top level open, and the branches down to every chosen type.
void TypePickerDialog::expandToChosen() {
    m_tree->collapseAll();
    for (const QString& path : m_model->chosen()) {
        const QModelIndex index = m_model->indexOfPath(path);
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            m_tree->expand(p);
        if (index.isValid())
            m_tree->scrollTo(index);
    }
}

} // namespace kcat::ui
