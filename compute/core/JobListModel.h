#pragma once

#include "compute/core/Job.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace kcat::core {

// Every background job of this session, newest last: what the status bar's job indicator and the job list
// show. Owns the jobs it is given.
class JobListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, StateColumn, ProgressColumn, DetailColumn, ColumnCount };
    enum Role { JobRole = Qt::UserRole + 1, ProgressRole };

    explicit JobListModel(QObject* parent = nullptr);

    // Takes ownership and tracks the job's progress.
    void add(Job* job);
    Job* job(int row) const;
    QVector<Job*> runningJobs() const;
    // The job the status bar shows: the most recently started one still running.
    Job* currentJob() const;
    // Drops finished jobs from the list.
    void clearFinished();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateName(Job::State state);

Q_SIGNALS:
    void currentJobChanged();

private:
    void jobChanged(Job* job);

    QVector<Job*> m_jobs;
};

} // namespace kcat::core
