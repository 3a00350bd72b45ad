#include "ui/JobListDialog.h"

#include "compute/core/JobListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kcat::ui {

JobListDialog::JobListDialog(core::JobListModel* jobs, QWidget* parent)
    : QDialog(parent)
    , m_jobs(jobs)
    , m_view(new QTableView(this))
    , m_cancel(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_close(new QPushButton(this)) {
    setObjectName(QStringLiteral("jobListDialog"));
    m_view->setModel(jobs);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    resize(640, 320);

    connect(m_cancel, &QPushButton::clicked, this, &JobListDialog::cancelSelected);
    connect(m_clear, &QPushButton::clicked, m_jobs, &core::JobListModel::clearFinished);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobListDialog::updateButtons);
    connect(m_jobs, &core::JobListModel::dataChanged, this, &JobListDialog::updateButtons);
    retranslate();
    updateButtons();
}

void JobListDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void JobListDialog::retranslate() {
    setWindowTitle(tr("Background Jobs"));
    m_cancel->setText(tr("&Cancel Job"));
    m_clear->setText(tr("Clear &Finished"));
    m_close->setText(tr("Close"));
}

void JobListDialog::updateButtons() {
    bool anyRunning = false;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        if (core::Job* job = m_jobs->job(index.row()); job && job->isRunning() && !job->cancelRequested())
            anyRunning = true;
    m_cancel->setEnabled(anyRunning);
}

void JobListDialog::cancelSelected() {
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        if (core::Job* job = m_jobs->job(index.row()))
            job->cancel();
    updateButtons();
}

} // namespace kcat::ui
