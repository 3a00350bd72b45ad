#pragma once

#include "compute/runs/RunStore.h"

#include <QIODevice>

namespace kcat::runs {

// A run record as JSON (what `kcat runs list/show` print).
nlohmann::json runToJson(const RunRecord& run);

// The metric points of the given runs in one CSV table, one line per point:
// run_id,run_name,kind,status,metric,step,wall_time_ms,value (RFC 4180 quoting).
bool exportRunsCsv(const RunStore& store, const QVector<qint64>& ids, QIODevice& out);
// The given runs as one JSON document: records, metric stats, series, tables, logs and artifacts.
nlohmann::json exportRunsJson(const RunStore& store, const QVector<qint64>& ids);

} // namespace kcat::runs
