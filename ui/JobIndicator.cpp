#include "ui/JobIndicator.h"

#include "compute/core/JobListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>

namespace kcat::ui {

JobIndicator::JobIndicator(core::JobListModel* jobs, QWidget* parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this)) {
    setObjectName(QStringLiteral("jobIndicator"));
    m_bar->setFixedWidth(160);
    m_bar->setMaximumHeight(16);
    m_bar->setTextVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    setCursor(Qt::PointingHandCursor);
    connect(m_jobs, &core::JobListModel::currentJobChanged, this, &JobIndicator::refresh);
    refresh();
}

void JobIndicator::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
    QWidget::mousePressEvent(event);
}

void JobIndicator::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void JobIndicator::refresh() {
    core::Job* job = m_jobs->currentJob();
    const int running = m_jobs->runningJobs().size();
    setToolTip(tr("Background jobs: %1 running. Click to open the job list.").arg(running));
    if (!job) {
        m_label->setText(tr("No background jobs"));
        m_bar->hide();
        return;
    }
    QString text = job->title();
    if (running > 1)
        text = tr("%1 (+%2 more)").arg(text).arg(running - 1);
    m_label->setText(text);
    m_bar->show();
    if (job->progress() < 0) {
        m_bar->setRange(0, 0);
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(job->progress() * 1000.0));
    }
}

} // namespace kcat::ui
