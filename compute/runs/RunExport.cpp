#include "compute/runs/RunExport.h"

#include "compute/core/Json.h"

namespace kcat::runs {

namespace {

QByteArray csvField(const QString& text) {
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}

QString isoOrNull(const QDateTime& t) {
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

} // namespace

nlohmann::json runToJson(const RunRecord& r) {
    nlohmann::json j = {
        {"id", r.id},
        {"kind", r.kind},
        {"name", r.name},
        {"status", statusName(r.status)},
        {"parameters", r.parameters},
        {"seed", r.seed},
        {"program_version", r.programVersion},
        {"host", r.host},
        {"pid", r.pid},
        {"created", isoOrNull(r.created)},
        {"started", r.started.isValid() ? nlohmann::json(isoOrNull(r.started)) : nlohmann::json()},
        {"finished", r.finished.isValid() ? nlohmann::json(isoOrNull(r.finished)) : nlohmann::json()},
        {"error", r.error},
        {"notes", r.notes},
        {"tags", r.tags},
        {"summary", r.summary},
    };
    if (r.clonedFrom > 0)
        j["cloned_from"] = r.clonedFrom;
    if (!r.resumePoint.is_null())
        j["resume_point"] = r.resumePoint;
    if (r.status == RunStatus::Running)
        j["progress"] = {{"fraction", r.progress}, {"detail", r.progressDetail}};
    return j;
}

bool exportRunsCsv(const RunStore& store, const QVector<qint64>& ids, QIODevice& out) {
    if (out.write("run_id,run_name,kind,status,metric,step,wall_time_ms,value\n") < 0)
        return false;
    for (qint64 id : ids) {
        const auto run = store.run(id);
        if (!run)
            continue;
        const QByteArray prefix = QByteArray::number(id) + ',' + csvField(run->name) + ',' +
                                  csvField(run->kind) + ',' + statusName(run->status).toUtf8() + ',';
        for (const QString& key : store.metricKeys(id)) {
            const QByteArray keyField = csvField(key);
            QByteArray block;
            for (const MetricPoint& p : store.series(id, key))
                block += prefix + keyField + ',' + QByteArray::number(p.step) + ',' +
                         QByteArray::number(p.wallMs) + ',' + QByteArray::number(p.value, 'g', 17) + '\n';
            if (out.write(block) < 0)
                return false;
        }
    }
    return true;
}

nlohmann::json exportRunsJson(const RunStore& store, const QVector<qint64>& ids) {
    nlohmann::json runs = nlohmann::json::array();
    for (qint64 id : ids) {
        const auto run = store.run(id);
        if (!run)
            continue;
        nlohmann::json j = runToJson(*run);
        nlohmann::json metrics = nlohmann::json::object();
        for (const MetricStats& s : store.stats(id)) {
            nlohmann::json steps = nlohmann::json::array(), times = nlohmann::json::array(),
                           values = nlohmann::json::array();
            for (const MetricPoint& p : store.series(id, s.key)) {
                steps.push_back(p.step);
                times.push_back(p.wallMs);
                values.push_back(p.value);
            }
            metrics[s.key.toStdString()] = {{"last", s.last},   {"min", s.min},   {"max", s.max},
                                            {"count", s.count}, {"steps", steps}, {"wall_time_ms", times},
                                            {"values", values}};
        }
        j["metrics"] = metrics;
        nlohmann::json tables = nlohmann::json::object();
        for (const TableRow& r : store.tableRows(id))
            tables[r.table.toStdString()].push_back({{"step", r.step}, {"row", r.row}, {"values", r.values}});
        j["tables"] = tables;
        nlohmann::json logs = nlohmann::json::array();
        for (const LogLine& l : store.logs(id))
            logs.push_back({{"time_ms", l.wallMs}, {"level", l.level}, {"line", l.text}});
        j["logs"] = logs;
        nlohmann::json artifacts = nlohmann::json::array();
        for (const Artifact& a : store.artifacts(id))
            artifacts.push_back({{"kind", a.kind}, {"path", a.path}, {"description", a.description}});
        j["artifacts"] = artifacts;
        runs.push_back(j);
    }
    return {{"runs", runs}};
}

} // namespace kcat::runs
