#include "compute/core/JobListModel.h"

#include <QCoreApplication>

namespace kcat::core {

JobListModel::JobListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void JobListModel::add(Job* job) {
    job->setParent(this);
    beginInsertRows(QModelIndex(), m_jobs.size(), m_jobs.size());
    m_jobs.append(job);
    endInsertRows();
    connect(job, &Job::changed, this, [this, job] { jobChanged(job); });
    Q_EMIT currentJobChanged();
}

Job* JobListModel::job(int row) const {
    return row >= 0 && row < m_jobs.size() ? m_jobs.at(row) : nullptr;
}

QVector<Job*> JobListModel::runningJobs() const {
    QVector<Job*> running;
    for (Job* job : m_jobs)
        if (job->isRunning())
            running.append(job);
    return running;
}

Job* JobListModel::currentJob() const {
    for (auto it = m_jobs.crbegin(); it != m_jobs.crend(); ++it)
        if ((*it)->isRunning())
            return *it;
    return nullptr;
}

void JobListModel::clearFinished() {
    for (int row = m_jobs.size() - 1; row >= 0; --row) {
        if (m_jobs.at(row)->isRunning())
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        Job* job = m_jobs.takeAt(row);
        endRemoveRows();
        job->deleteLater();
    }
}

int JobListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_jobs.size();
}

int JobListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobListModel::stateName(Job::State state) {
    switch (state) {
    case Job::State::Running:
        return tr("Running");
    case Job::State::Succeeded:
        return tr("Done");
    case Job::State::Failed:
        return tr("Failed");
    case Job::State::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QVariant JobListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    Job* job = m_jobs.at(index.row());
    if (role == JobRole)
        return QVariant::fromValue(static_cast<QObject*>(job));
    if (role == ProgressRole)
        return job->progress();
    if (role == Qt::ToolTipRole)
        return job->errorMessage().isEmpty() ? job->detail() : job->errorMessage();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return job->title();
    case StateColumn:
        return job->cancelRequested() && job->isRunning() ? tr("Cancelling") : stateName(job->state());
    case ProgressColumn:
        return job->progress() < 0 ? QVariant() : QVariant(int(job->progress() * 100.0 + 0.5));
    case DetailColumn:
        return job->errorMessage().isEmpty() ? job->detail() : job->errorMessage();
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Job");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress (%)");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

void JobListModel::jobChanged(Job* job) {
    const int row = m_jobs.indexOf(job);
    if (row < 0)
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT currentJobChanged();
}

} // namespace kcat::core
