#include "compute/balance/BalanceRunData.h"

#include "compute/runs/RunStore.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace kcat::balance {

namespace {

std::vector<double> doubles(const nlohmann::json& j, const char* key) {
    std::vector<double> out;
    if (j.contains(key) && j.at(key).is_array())
        for (const auto& v : j.at(key))
            out.push_back(v.is_number() ? v.get<double>() : 0.0);
    return out;
}

double number(const nlohmann::json& j, const char* key) {
    return j.contains(key) && j.at(key).is_number() ? j.at(key).get<double>() : 0.0;
}

QString policyTitle(const QString& key) {
    if (key == QLatin1String("two_stage"))
        return BalanceRunData::tr("two-stage");
    if (key == QLatin1String("greedy_packing"))
        return BalanceRunData::tr("greedy packing");
    return key;
}

} // namespace

BalanceRunData::BalanceRunData(const runs::RunStore& store, qint64 runId)
    : m_store(store)
    , m_id(runId) {
    if (const auto r = store.run(runId))
        m_kind = r->kind;
}

QVector<qint64> BalanceRunData::ganttSteps() const {
    QVector<qint64> steps;
    for (const runs::TableRow& row : m_store.tableRows(m_id))
        if ((row.table == QLatin1String("schedule") || row.table == QLatin1String("measured_schedule")) &&
            !steps.contains(row.step))
            steps.push_back(row.step);
    std::sort(steps.begin(), steps.end());
    return steps;
}

GanttData BalanceRunData::gantt(qint64 step) const {
    GanttData out;
    std::vector<runs::TableRow> rows;
    for (const runs::TableRow& row : m_store.tableRows(m_id))
        if (row.step == step &&
            (row.table == QLatin1String("schedule") || row.table == QLatin1String("measured_schedule")))
            rows.push_back(row);
    std::sort(rows.begin(), rows.end(),
              [](const runs::TableRow& x, const runs::TableRow& y) { return x.row < y.row; });
    for (const runs::TableRow& row : rows) {
        const nlohmann::json& v = row.values;
        const int replica = int(number(v, "replica"));
        if (row.table == QLatin1String("schedule")) {
            out.tailName = tr("pipeline bubble");
            GanttRow g;
            g.label =
                QStringLiteral("r%1 %2").arg(replica).arg(QString::fromStdString(v.value("strategy", "")));
            g.microBatchSeconds = doubles(v, "micro_batch_seconds");
            g.tailSeconds = number(v, "bubble_seconds");
            g.seconds = number(v, "seconds");
            out.rows.push_back(std::move(g));
        } else {
            out.tailName = tr("all-reduce wait");
            out.policy = policyTitle(QString::fromStdString(v.value("policy", "")));
            GanttRow measured;
            measured.label = tr("rank %1 measured").arg(replica);
            measured.microBatchSeconds = doubles(v, "micro_batch_seconds");
            measured.tailSeconds = number(v, "allreduce_seconds");
            measured.seconds = number(v, "seconds") + measured.tailSeconds;
            GanttRow predicted;
            predicted.label = tr("rank %1 predicted").arg(replica);
            predicted.microBatchSeconds = doubles(v, "predicted_micro_batch_seconds");
            predicted.seconds = number(v, "predicted_seconds");
            out.rows.push_back(std::move(measured));
            out.rows.push_back(std::move(predicted));
        }
    }
    return out;
}

std::vector<HistogramBin> BalanceRunData::histogram() const {
    std::vector<HistogramBin> bins;
    qint64 last = -1;
    const QVector<runs::TableRow> rows = m_store.tableRows(m_id);
    for (const runs::TableRow& row : rows)
        if (row.table == QLatin1String("length_histogram"))
            last = std::max(last, row.step);
    for (const runs::TableRow& row : rows)
        if (row.table == QLatin1String("length_histogram") && row.step == last)
            bins.push_back({int(number(row.values, "lo")), int(number(row.values, "hi")),
                            qint64(number(row.values, "sequences")), qint64(number(row.values, "tokens"))});
    std::sort(bins.begin(), bins.end(),
              [](const HistogramBin& x, const HistogramBin& y) { return x.lo < y.lo; });
    return bins;
}

std::vector<std::pair<QString, double>> BalanceRunData::speedups() const {
    std::vector<std::pair<QString, double>> out;
    for (const runs::MetricStats& s : m_store.stats(m_id)) {
        if (s.key.startsWith(QLatin1String("speedup_vs_")))
            out.emplace_back(s.key.mid(11), s.last);
        else if (s.key == QLatin1String("measured_speedup"))
            out.emplace_back(tr("measured"), s.last);
        else if (s.key == QLatin1String("predicted_speedup"))
            out.emplace_back(tr("predicted"), s.last);
    }
    return out;
}

std::vector<std::pair<QString, std::vector<std::pair<double, double>>>> BalanceRunData::imbalance() const {
    std::vector<std::pair<QString, std::vector<std::pair<double, double>>>> out;
    const auto add = [&](const QString& name, const QString& key) {
        const QVector<runs::MetricPoint> pts = m_store.series(m_id, key);
        if (pts.isEmpty())
            return;
        std::vector<std::pair<double, double>> xy;
        for (const runs::MetricPoint& p : pts)
            xy.emplace_back(double(p.step), p.value);
        out.emplace_back(name, std::move(xy));
    };
    add(tr("two-stage"), QStringLiteral("iter_imbalance"));
    for (const QString policy : {QStringLiteral("two_stage"), QStringLiteral("greedy_packing")}) {
        add(tr("%1 measured").arg(policyTitle(policy)),
            QStringLiteral("iter_measured_imbalance_%1").arg(policy));
        add(tr("%1 predicted").arg(policyTitle(policy)),
            QStringLiteral("iter_predicted_imbalance_%1").arg(policy));
    }
    return out;
}

std::vector<PredictionPoint> BalanceRunData::predictions() const {
    std::vector<PredictionPoint> out;
    for (const runs::TableRow& row : m_store.tableRows(m_id)) {
        const nlohmann::json& v = row.values;
        PredictionPoint p;
        if (row.table == QLatin1String("calibration") && m_kind == QLatin1String("balance.calibrate")) {
            p.x = number(v, "tokens");
            p.measured = number(v, "median_seconds");
            p.predicted = number(v, "predicted_seconds");
            p.sequences = std::max(1, int(number(v, "sequences")));
            p.group = tr("%n sequence(s) per micro-batch", nullptr, p.sequences);
        } else if (row.table == QLatin1String("predicted_vs_measured")) {
            p.x = number(v, "predicted_seconds");
            p.predicted = p.x;
            p.measured = number(v, "measured_seconds");
            p.group = policyTitle(QString::fromStdString(v.value("policy", "")));
            p.warmup = v.value("warmup", false);
        } else {
            continue;
        }
        out.push_back(p);
    }
    return out;
}

CalibrationCurve BalanceRunData::curve() const {
    const auto r = m_store.run(m_id);
    CalibrationCurve c;
    if (!r || !r->summary.contains("coefficients"))
        return c;
    nlohmann::json j = r->summary.at("coefficients");
    if (j.contains("model"))
        j = j.at("model");
    if (!j.is_object() || !j.contains("a") || !j.contains("b") || !j.contains("c"))
        return c;
    c.valid = true;
    c.a = number(j, "a");
    c.b = number(j, "b");
    c.c = number(j, "c");
    return c;
}

} // namespace kcat::balance
