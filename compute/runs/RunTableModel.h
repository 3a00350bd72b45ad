#pragma once

#include "compute/runs/RunKind.h"
#include "compute/runs/RunStore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace kcat::runs {

// Which number of a metric series a runs-table column shows.
enum class MetricStat { Last, Best, Min, Max };

struct MetricColumn {
    QString key;
    MetricStat stat = MetricStat::Last;
    bool operator==(const MetricColumn& o) const { return key == o.key && stat == o.stat; }
};

// The runs of a workspace as a table: fixed columns (id, name, kind, status, created, duration, tags),
// one column per parameter name any run has, and the chosen metric columns (last/best/min/max of a
// series; "best" follows the metric's goal). refresh() re-reads the store in place (rows keep their
// identity), which is how the table follows running runs.
class RunTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum FixedColumn {
        IdColumn,
        NameColumn,
        KindColumn,
        StatusColumn,
        CreatedColumn,
        DurationColumn,
        TagsColumn,
        FixedColumnCount
    };
    enum Role {
        RunIdRole = Qt::UserRole + 1, // qint64
        SortRole,                     // numbers as double, text as text
        StatusRole,                   // status name
        KindRole,
        TagsRole,       // QStringList
        ParametersRole, // JSON text of the parameters
    };

    explicit RunTableModel(QObject* parent = nullptr);

    // Reads every run of store (nullptr: empty). The store must outlive the model or be reset.
    void setStore(RunStore* store);
    // Re-reads the store; keeps rows of runs that still exist, appends new ones.
    void refresh();

    // Metric columns; by default every metric key's last value.
    void setMetricColumns(const QVector<MetricColumn>& columns);
    QVector<MetricColumn> metricColumns() const { return m_metricColumns; }
    bool automaticMetricColumns() const { return m_autoMetrics; }
    QStringList metricKeys() const { return m_metricKeys; }
    QStringList parameterNames() const { return m_parameterNames; }
    QStringList kinds() const;
    QStringList tags() const;

    const RunRecord& run(int row) const { return m_runs.at(row); }
    int rowOf(qint64 runId) const { return m_rowOf.value(runId, -1); }
    std::optional<double> statValue(int row, const MetricColumn& column) const;
    static QString statName(MetricStat stat);
    // The status as the user reads it (translated); StatusRole and sorting keep statusName().
    static QString statusText(RunStatus status);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildColumns();
    QVariant parameterValue(const RunRecord& run, const QString& name, int role) const;

    RunStore* m_store = nullptr;
    QVector<RunRecord> m_runs;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, QHash<QString, MetricStats>> m_stats;
    QStringList m_parameterNames;
    QStringList m_metricKeys;
    QVector<MetricColumn> m_metricColumns;
    bool m_autoMetrics = true;
};

// Filters the runs table by kind, status, tag, a parameter value and free text; sorts by SortRole.
class RunFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RunFilterModel(QObject* parent = nullptr);

    void setKind(const QString& kind);     // "" = any
    void setStatus(const QString& status); // "" = any
    void setTag(const QString& tag);       // "" = any
    // Keeps runs whose parameter name equals value (compared as text of the JSON value, strings unquoted).
    void setParameter(const QString& name, const QString& value);
    void setText(const QString& text); // name contains, case-insensitive

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_kind, m_status, m_tag, m_paramName, m_paramValue, m_text;
};

} // namespace kcat::runs
