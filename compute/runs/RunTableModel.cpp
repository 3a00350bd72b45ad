#include "compute/runs/RunTableModel.h"

#include "compute/core/Json.h"

#include <QSet>

#include <cmath>

namespace kcat::runs {

namespace {

QString jsonDisplay(const nlohmann::json& v) {
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_float())
        return QString::number(v.get<double>(), 'g', 6);
    return QString::fromStdString(v.dump());
}

} // namespace

RunTableModel::RunTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RunTableModel::setStore(RunStore* store) {
    beginResetModel();
    m_store = store;
    m_runs.clear();
    m_rowOf.clear();
    m_stats.clear();
    if (m_store) {
        m_runs = m_store->runs();
        const auto all = m_store->allStats();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            for (const MetricStats& s : it.value())
                m_stats[it.key()].insert(s.key, s);
    }
    for (int i = 0; i < m_runs.size(); ++i)
        m_rowOf.insert(m_runs[i].id, i);
    rebuildColumns();
    endResetModel();
}

void RunTableModel::refresh() {
    if (!m_store)
        return;
    const QVector<RunRecord> fresh = m_store->runs();
    // A run disappeared (deleted elsewhere): rows lose their identity, start over.
    QSet<qint64> freshIds;
    for (const RunRecord& r : fresh)
        freshIds.insert(r.id);
    for (const RunRecord& r : std::as_const(m_runs)) {
        if (!freshIds.contains(r.id)) {
            setStore(m_store);
            return;
        }
    }
    QHash<qint64, QHash<QString, MetricStats>> stats;
    const auto all = m_store->allStats();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        for (const MetricStats& s : it.value())
            stats[it.key()].insert(s.key, s);

    const QStringList oldParams = m_parameterNames;
    const QVector<MetricColumn> oldMetrics = m_metricColumns;
    QVector<RunRecord> added;
    for (const RunRecord& r : fresh) {
        const int row = m_rowOf.value(r.id, -1);
        if (row >= 0)
            m_runs[row] = r;
        else
            added.push_back(r);
    }
    m_stats = stats;
    QSet<QString> params(m_parameterNames.cbegin(), m_parameterNames.cend());
    QSet<QString> keys(m_metricKeys.cbegin(), m_metricKeys.cend());
    bool columnsGrow = false;
    for (const RunRecord& r : fresh)
        for (auto it = r.parameters.begin(); it != r.parameters.end(); ++it)
            columnsGrow |= !params.contains(QString::fromStdString(it.key()));
    for (const auto& perRun : std::as_const(m_stats))
        for (auto it = perRun.cbegin(); it != perRun.cend(); ++it)
            columnsGrow |= !keys.contains(it.key());
    if (columnsGrow) {
        // New columns: cheapest correct path is a reset (rare: a new kind or metric appeared).
        beginResetModel();
        for (const RunRecord& r : added) {
            m_rowOf.insert(r.id, m_runs.size());
            m_runs.push_back(r);
        }
        rebuildColumns();
        endResetModel();
        return;
    }
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_runs.size() - 1, columnCount() - 1));
    if (!added.isEmpty()) {
        beginInsertRows(QModelIndex(), m_runs.size(), m_runs.size() + added.size() - 1);
        for (const RunRecord& r : added) {
            m_rowOf.insert(r.id, m_runs.size());
            m_runs.push_back(r);
        }
        endInsertRows();
    }
}

void RunTableModel::rebuildColumns() {
    QSet<QString> params;
    QSet<QString> keys;
    for (const RunRecord& r : std::as_const(m_runs))
        for (auto it = r.parameters.begin(); it != r.parameters.end(); ++it)
            params.insert(QString::fromStdString(it.key()));
    for (const auto& perRun : std::as_const(m_stats))
        for (auto it = perRun.cbegin(); it != perRun.cend(); ++it)
            keys.insert(it.key());
    m_parameterNames = QStringList(params.cbegin(), params.cend());
    m_parameterNames.sort();
    m_metricKeys = QStringList(keys.cbegin(), keys.cend());
    m_metricKeys.sort();
    if (m_autoMetrics) {
        m_metricColumns.clear();
        for (const QString& k : std::as_const(m_metricKeys))
            m_metricColumns.push_back({k, MetricStat::Last});
    }
}

void RunTableModel::setMetricColumns(const QVector<MetricColumn>& columns) {
    beginResetModel();
    m_autoMetrics = false;
    m_metricColumns = columns;
    endResetModel();
}

QStringList RunTableModel::kinds() const {
    QSet<QString> set;
    for (const RunRecord& r : m_runs)
        set.insert(r.kind);
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}

QStringList RunTableModel::tags() const {
    QSet<QString> set;
    for (const RunRecord& r : m_runs)
        for (const QString& t : r.tags)
            set.insert(t);
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}

QString RunTableModel::statName(MetricStat stat) {
    switch (stat) {
    case MetricStat::Last:
        return tr("last");
    case MetricStat::Best:
        return tr("best");
    case MetricStat::Min:
        return tr("min");
    case MetricStat::Max:
        return tr("max");
    }
    return QString();
}

std::optional<double> RunTableModel::statValue(int row, const MetricColumn& column) const {
    const RunRecord& r = m_runs.at(row);
    const auto perRun = m_stats.constFind(r.id);
    if (perRun == m_stats.cend())
        return std::nullopt;
    const auto s = perRun->constFind(column.key);
    if (s == perRun->cend())
        return std::nullopt;
    switch (column.stat) {
    case MetricStat::Last:
        return s->last;
    case MetricStat::Min:
        return s->min;
    case MetricStat::Max:
        return s->max;
    case MetricStat::Best:
        return RunKindRegistry::instance().goalFor(r.kind, column.key) == MetricGoal::Minimize ? s->min
                                                                                               : s->max;
    }
    return std::nullopt;
}

int RunTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_runs.size();
}

int RunTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FixedColumnCount + m_parameterNames.size() + m_metricColumns.size();
}

QVariant RunTableModel::parameterValue(const RunRecord& run, const QString& name, int role) const {
    const std::string key = name.toStdString();
    if (!run.parameters.contains(key))
        return QVariant();
    const nlohmann::json& v = run.parameters[key];
    if (role == SortRole && v.is_number())
        return v.get<double>();
    if (role == SortRole && v.is_boolean())
        return v.get<bool>() ? 1.0 : 0.0;
    return jsonDisplay(v);
}

QString RunTableModel::statusText(RunStatus status) {
    switch (status) {
    case RunStatus::Queued:
        return tr("queued");
    case RunStatus::Running:
        return tr("running");
    case RunStatus::Succeeded:
        return tr("succeeded");
    case RunStatus::Failed:
        return tr("failed");
    case RunStatus::Cancelled:
        return tr("cancelled");
    }
    return statusName(status);
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const RunRecord& r = m_runs.at(index.row());
    switch (role) {
    case RunIdRole:
        return r.id;
    case StatusRole:
        return statusName(r.status);
    case KindRole:
        return r.kind;
    case TagsRole:
        return r.tags;
    case ParametersRole:
        return QString::fromStdString(r.parameters.dump());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        break;
    case Qt::TextAlignmentRole:
        return index.column() == IdColumn || index.column() >= FixedColumnCount + m_parameterNames.size()
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    default:
        return QVariant();
    }
    const int c = index.column();
    const bool sort = role == SortRole;
    switch (c) {
    case IdColumn:
        return sort ? QVariant(double(r.id)) : QVariant(r.id);
    case NameColumn:
        return role == Qt::ToolTipRole && !r.notes.isEmpty() ? r.notes : r.name;
    case KindColumn:
        return r.kind;
    case StatusColumn:
        if (role == Qt::ToolTipRole && !r.error.isEmpty())
            return r.error;
        if (!sort && r.status == RunStatus::Running && r.progress >= 0)
            return tr("running (%1%)").arg(qRound(r.progress * 100));
        return sort ? statusName(r.status) : statusText(r.status);
    case CreatedColumn:
        return sort ? QVariant(double(r.created.toMSecsSinceEpoch()))
                    : QVariant(r.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    case DurationColumn: {
        if (!r.started.isValid())
            return sort ? QVariant(-1.0) : QVariant();
        const QDateTime end = r.finished.isValid() ? r.finished : QDateTime::currentDateTimeUtc();
        const double seconds = r.started.msecsTo(end) / 1000.0;
        return sort ? QVariant(seconds) : QVariant(tr("%1 s").arg(seconds, 0, 'f', 1));
    }
    case TagsColumn:
        return r.tags.join(QStringLiteral(", "));
    default:
        break;
    }
    const int p = c - FixedColumnCount;
    if (p < m_parameterNames.size())
        return parameterValue(r, m_parameterNames.at(p), role);
    const auto v = statValue(index.row(), m_metricColumns.at(p - m_parameterNames.size()));
    if (!v)
        return QVariant();
    return sort ? QVariant(*v) : QVariant(QString::number(*v, 'g', 6));
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case DurationColumn:
        return tr("Duration");
    case TagsColumn:
        return tr("Tags");
    default:
        break;
    }
    const int p = section - FixedColumnCount;
    if (p < 0 || p >= m_parameterNames.size() + m_metricColumns.size())
        return QVariant();
    if (p < m_parameterNames.size())
        return m_parameterNames.at(p);
    const MetricColumn& m = m_metricColumns.at(p - m_parameterNames.size());
    return tr("%1 (%2)").arg(m.key, statName(m.stat));
}

RunFilterModel::RunFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(RunTableModel::SortRole);
    setDynamicSortFilter(true);
}

void RunFilterModel::setKind(const QString& kind) {
    m_kind = kind;
    invalidateFilter();
}

void RunFilterModel::setStatus(const QString& status) {
    m_status = status;
    invalidateFilter();
}

void RunFilterModel::setTag(const QString& tag) {
    m_tag = tag;
    invalidateFilter();
}

void RunFilterModel::setParameter(const QString& name, const QString& value) {
    m_paramName = name;
    m_paramValue = value;
    invalidateFilter();
}

void RunFilterModel::setText(const QString& text) {
    m_text = text;
    invalidateFilter();
}

bool RunFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const auto* model = qobject_cast<const RunTableModel*>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const RunRecord& r = model->run(sourceRow);
    if (!m_kind.isEmpty() && r.kind != m_kind)
        return false;
    if (!m_status.isEmpty() && statusName(r.status) != m_status)
        return false;
    if (!m_tag.isEmpty() && !r.tags.contains(m_tag))
        return false;
    if (!m_text.isEmpty() && !r.name.contains(m_text, Qt::CaseInsensitive))
        return false;
    if (!m_paramName.isEmpty()) {
        const std::string key = m_paramName.toStdString();
        if (!r.parameters.contains(key))
            return false;
        if (!m_paramValue.isEmpty() && jsonDisplay(r.parameters[key]) != m_paramValue)
            return false;
    }
    return true;
}

} // namespace kcat::runs
