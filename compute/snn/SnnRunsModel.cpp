#include "compute/snn/SnnRunsModel.h"

#include "compute/core/Json.h"
#include "compute/runs/RunStore.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace kcat::snn {

namespace {

QString text(const nlohmann::json& j, const char* key) {
    return j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>())
                                                 : QString();
}

QVector<double> numbers(const nlohmann::json& j) {
    QVector<double> out;
    if (j.is_array())
        for (const auto& v : j)
            out << (v.is_number() ? v.get<double>() : 0.0);
    return out;
}

} // namespace

QString SnnRunsModel::RunData::method() const {
    return node + QStringLiteral(" / ") + backward;
}

double SnnRunsModel::RunData::finalValue(const char* key) const {
    if (final.contains(key) && final[key].is_number())
        return final[key].get<double>();
    return std::numeric_limits<double>::quiet_NaN();
}

SnnRunsModel::SnnRunsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SnnRunsModel::setStore(runs::RunStore* store) {
    m_store = store;
    reload();
}

void SnnRunsModel::setRuns(const QVector<qint64>& ids) {
    m_ids = ids;
    reload();
}

void SnnRunsModel::reload() {
    beginResetModel();
    m_runs.clear();
    if (m_store) {
        for (qint64 id : std::as_const(m_ids)) {
            const auto record = m_store->run(id);
            if (!record || !record->kind.startsWith(QLatin1String("snn.")))
                continue;
            RunData d;
            d.id = id;
            d.name = record->name;
            d.status = runs::statusName(record->status);
            d.node = text(record->parameters, "node");
            d.backward = text(record->parameters, "backward");
            d.timesteps = record->parameters.value("timesteps", 0);
            if (record->summary.contains("final_metrics"))
                d.final = record->summary["final_metrics"];
            for (const char* key : {"test_accuracy", "train_loss", "loss", "epoch_seconds",
                                    "backward_seconds", "peak_memory_bytes"}) {
                QVector<QPointF> points;
                for (const runs::MetricPoint& p : m_store->series(id, QString::fromLatin1(key)))
                    points << QPointF(double(p.step), p.value);
                d.series.insert(QString::fromLatin1(key), points);
            }
            // Tables: keep the last step's rows of each table.
            QHash<QString, qint64> lastStep;
            const QVector<runs::TableRow> rows = m_store->tableRows(id);
            for (const runs::TableRow& r : rows)
                lastStep[r.table] = std::max(lastStep.value(r.table, r.step), r.step);
            for (const runs::TableRow& r : rows) {
                if (r.step != lastStep.value(r.table))
                    continue;
                if (r.table == QLatin1String("spike_rates")) {
                    d.spikeRates << qMakePair(r.row, r.values.value("rate", 0.0));
                } else if (r.table == QLatin1String("membrane")) {
                    Trace t;
                    t.layer = text(r.values, "layer");
                    t.neuron = r.values.value("neuron", qint64(0));
                    t.potential = numbers(r.values.value("potential", nlohmann::json::array()));
                    t.spikes = numbers(r.values.value("spikes", nlohmann::json::array()));
                    t.threshold = r.values.value("threshold", 1.0);
                    d.traces << t;
                } else if (r.table == QLatin1String("raster")) {
                    Raster raster;
                    raster.layer = text(r.values, "layer");
                    raster.neurons = r.values.value("neurons", 0);
                    raster.timesteps = r.values.value("timesteps", 0);
                    for (const auto& e : r.values.value("events", nlohmann::json::array()))
                        if (e.is_array() && e.size() == 2)
                            raster.events << QPointF(e[0].get<double>(), e[1].get<double>());
                    d.rasters << raster;
                }
            }
            m_runs << d;
        }
    }
    endResetModel();
}

QMap<QString, QVector<QPointF>> SnnRunsModel::memoryAgainstTimesteps() const {
    QMap<QString, QVector<QPointF>> out;
    for (const RunData& d : m_runs) {
        const double bytes = d.finalValue("peak_memory_bytes");
        if (std::isnan(bytes) || d.timesteps <= 0)
            continue;
        out[d.method()] << QPointF(d.timesteps, bytes);
    }
    for (auto& points : out)
        std::sort(points.begin(), points.end(),
                  [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    return out;
}

int SnnRunsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SnnRunsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnnRunsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_runs.size() || index.column() >= ColumnCount)
        return {};
    const RunData& d = m_runs[index.row()];
    const auto number = [&](const char* key) -> QVariant {
        const double v = d.finalValue(key);
        return std::isnan(v) ? QVariant() : QVariant(v);
    };
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Run:
            return d.id;
        case Node:
            return d.node;
        case Backward:
            return d.backward;
        case Timesteps:
            return d.timesteps;
        case Accuracy:
            return number("test_accuracy");
        case PeakMemory:
            return number("peak_memory_bytes");
        case PeakRss:
            return number("peak_rss_bytes");
        case EpochSeconds:
            return number("epoch_seconds");
        case BackwardSeconds:
            return number("backward_seconds");
        case BackwardFlops:
            return number("backward_flops");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    const auto fixed = [&](const char* key, double scale, int decimals) -> QVariant {
        const double v = d.finalValue(key);
        return std::isnan(v) ? QVariant() : QVariant(locale.toString(v * scale, 'f', decimals));
    };
    switch (index.column()) {
    case Run:
        return d.name.isEmpty() ? QStringLiteral("#%1").arg(d.id)
                                : QStringLiteral("#%1 %2").arg(d.id).arg(d.name);
    case Node:
        return d.node;
    case Backward:
        return d.backward;
    case Timesteps:
        return d.timesteps;
    case Accuracy:
        return fixed("test_accuracy", 100.0, 2);
    case PeakMemory:
        return fixed("peak_memory_bytes", 1.0 / 1048576.0, 2);
    case PeakRss:
        return fixed("peak_rss_bytes", 1.0 / 1048576.0, 1);
    case EpochSeconds:
        return fixed("epoch_seconds", 1.0, 1);
    case BackwardSeconds:
        return fixed("backward_seconds", 1000.0, 1);
    case BackwardFlops:
        return fixed("backward_flops", 1e-9, 3);
    default:
        return {};
    }
}

QVariant SnnRunsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Run:
        return tr("Run");
    case Node:
        return tr("Node");
    case Backward:
        return tr("Backward");
    case Timesteps:
        return tr("T");
    case Accuracy:
        return tr("Test accuracy (%)");
    case PeakMemory:
        return tr("Peak memory (MiB)");
    case PeakRss:
        return tr("Peak RSS (MiB)");
    case EpochSeconds:
        return tr("Epoch (s)");
    case BackwardSeconds:
        return tr("Backward (ms/step)");
    case BackwardFlops:
        return tr("Backward GFLOPs/step");
    default:
        return {};
    }
}

} // namespace kcat::snn
