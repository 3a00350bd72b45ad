#include "compute/runs/RunStore.h"

#include "compute/core/AppPaths.h"
#include "compute/core/Json.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace kcat::runs {

namespace {

const char* const StatusNames[] = {"queued", "running", "succeeded", "failed", "cancelled"};

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant& v) {
    if (v.isNull())
        return QDateTime();
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

nlohmann::json parseJson(const QVariant& v, nlohmann::json fallback) {
    if (v.isNull())
        return fallback;
    try {
        return nlohmann::json::parse(v.toString().toStdString());
    } catch (const nlohmann::json::exception&) {
        return fallback;
    }
}

QString dump(const nlohmann::json& j) {
    return QString::fromStdString(j.dump());
}

bool execOrFail(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

QString programVersion() {
    const QString v = QCoreApplication::applicationVersion();
    return v.isEmpty() ? QStringLiteral("unknown") : v;
}

bool processAlive(qint64 pid) {
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

const char* const RunsColumns =
    "id, kind, name, status, parameters, seed, program_version, host, pid, created, started, finished, "
    "error, notes, summary, resume_point, cloned_from, progress, progress_detail";

} // namespace

QString statusName(RunStatus status) {
    return QLatin1String(StatusNames[int(status)]);
}

std::optional<RunStatus> statusFromName(const QString& name) {
    for (int i = 0; i < 5; ++i)
        if (name == QLatin1String(StatusNames[i]))
            return RunStatus(i);
    return std::nullopt;
}

void registerRunsSchema() {
    core::WorkspaceSchema& schema = core::WorkspaceSchema::instance();
    if (schema.hasModule(QStringLiteral("runs")))
        return;
    core::Migration m;
    m.module = QStringLiteral("runs");
    m.version = 1;
    m.description = QStringLiteral("experiment runs, metric series, tables, logs, artifacts, tags, presets");
    m.statements = {
        QStringLiteral("CREATE TABLE runs ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " status TEXT NOT NULL CHECK (status IN "
                       "  ('queued','running','succeeded','failed','cancelled')),"
                       " parameters TEXT NOT NULL,"
                       " seed INTEGER NOT NULL DEFAULT 0,"
                       " program_version TEXT NOT NULL DEFAULT '',"
                       " host TEXT NOT NULL DEFAULT '',"
                       " pid INTEGER NOT NULL DEFAULT 0,"
                       " created TEXT NOT NULL,"
                       " started TEXT,"
                       " finished TEXT,"
                       " error TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " summary TEXT NOT NULL DEFAULT '{}',"
                       " resume_point TEXT,"
                       " cloned_from INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
                       " progress REAL NOT NULL DEFAULT -1,"
                       " progress_detail TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX runs_kind_status ON runs(kind, status)"),
        QStringLiteral("CREATE TABLE run_metrics ("
                       " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " key TEXT NOT NULL,"
                       " step INTEGER NOT NULL,"
                       " wall_ms INTEGER NOT NULL,"
                       " value REAL NOT NULL)"),
        QStringLiteral("CREATE INDEX run_metrics_series ON run_metrics(run_id, key, step)"),
        QStringLiteral("CREATE TABLE run_metric_stats ("
                       " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " key TEXT NOT NULL,"
                       " count INTEGER NOT NULL,"
                       " last_step INTEGER NOT NULL,"
                       " last_value REAL NOT NULL,"
                       " min_value REAL NOT NULL,"
                       " max_value REAL NOT NULL,"
                       " PRIMARY KEY (run_id, key))"),
        QStringLiteral("CREATE TABLE run_tables ("
                       " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " table_name TEXT NOT NULL,"
                       " step INTEGER NOT NULL,"
                       " row_key TEXT NOT NULL,"
                       " row_values TEXT NOT NULL,"
                       " PRIMARY KEY (run_id, table_name, step, row_key))"),
        QStringLiteral("CREATE TABLE run_logs ("
                       " id INTEGER PRIMARY KEY,"
                       " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " wall_ms INTEGER NOT NULL,"
                       " level TEXT NOT NULL,"
                       " line TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX run_logs_run ON run_logs(run_id)"),
        QStringLiteral("CREATE TABLE run_artifacts ("
                       " id INTEGER PRIMARY KEY,"
                       " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " path TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " created TEXT NOT NULL,"
                       " UNIQUE (run_id, path))"),
        QStringLiteral("CREATE TABLE run_tags ("
                       " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " tag TEXT NOT NULL,"
                       " PRIMARY KEY (run_id, tag))"),
        QStringLiteral("CREATE TABLE run_presets ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " parameters TEXT NOT NULL,"
                       " created TEXT NOT NULL,"
                       " UNIQUE (kind, name))"),
    };
    schema.add(m);
}

RunStore::RunStore(core::Workspace& workspace)
    : m_ws(workspace) {
    // The GUI and `kcat run` children write to the same file: wait for each other's short transactions.
    QSqlQuery q(m_ws.database());
    q.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
}

qint64 RunStore::createRun(const QString& kind, const QString& name, const nlohmann::json& parameters,
                           quint64 seed, QString* error, qint64 clonedFrom, const QStringList& tags) {
    qint64 id = 0;
    const bool ok = m_ws.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("INSERT INTO runs (kind, name, status, parameters, seed, program_version,"
                               " created, cloned_from) VALUES (?, ?, 'queued', ?, ?, ?, ?, ?)"));
            q.addBindValue(text(kind));
            q.addBindValue(text(name));
            q.addBindValue(dump(parameters));
            q.addBindValue(qint64(seed));
            q.addBindValue(programVersion());
            q.addBindValue(now());
            q.addBindValue(clonedFrom > 0 ? QVariant(clonedFrom) : QVariant(QMetaType(QMetaType::LongLong)));
            if (!execOrFail(q, err))
                return false;
            id = q.lastInsertId().toLongLong();
            QSqlQuery t(db);
            t.prepare(QStringLiteral("INSERT OR IGNORE INTO run_tags (run_id, tag) VALUES (?, ?)"));
            for (const QString& tag : tags) {
                t.addBindValue(id);
                t.addBindValue(text(tag.trimmed()));
                if (!tag.trimmed().isEmpty() && !execOrFail(t, err))
                    return false;
            }
            return true;
        },
        error);
    return ok ? id : 0;
}

RunRecord RunStore::readRecord(const QSqlQuery& q) const {
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.name = q.value(2).toString();
    r.status = statusFromName(q.value(3).toString()).value_or(RunStatus::Failed);
    r.parameters = parseJson(q.value(4), nlohmann::json::object());
    r.seed = quint64(q.value(5).toLongLong());
    r.programVersion = q.value(6).toString();
    r.host = q.value(7).toString();
    r.pid = q.value(8).toLongLong();
    r.created = parseTime(q.value(9));
    r.started = parseTime(q.value(10));
    r.finished = parseTime(q.value(11));
    r.error = q.value(12).toString();
    r.notes = q.value(13).toString();
    r.summary = parseJson(q.value(14), nlohmann::json::object());
    r.resumePoint = parseJson(q.value(15), nullptr);
    r.clonedFrom = q.value(16).toLongLong();
    r.progress = q.value(17).toDouble();
    r.progressDetail = q.value(18).toString();
    return r;
}

std::optional<RunRecord> RunStore::run(qint64 id) const {
    QSqlQuery q(m_ws.database());
    q.prepare(QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(QLatin1String(RunsColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    RunRecord r = readRecord(q);
    QSqlQuery t(m_ws.database());
    t.prepare(QStringLiteral("SELECT tag FROM run_tags WHERE run_id = ? ORDER BY tag"));
    t.addBindValue(id);
    if (t.exec())
        while (t.next())
            r.tags << t.value(0).toString();
    return r;
}

QVector<RunRecord> RunStore::runs() const {
    QVector<RunRecord> out;
    QHash<qint64, int> index;
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM runs ORDER BY id").arg(QLatin1String(RunsColumns)))) {
        while (q.next()) {
            out.push_back(readRecord(q));
            index.insert(out.back().id, out.size() - 1);
        }
    }
    if (q.exec(QStringLiteral("SELECT run_id, tag FROM run_tags ORDER BY run_id, tag")))
        while (q.next())
            if (auto it = index.constFind(q.value(0).toLongLong()); it != index.cend())
                out[*it].tags << q.value(1).toString();
    return out;
}

bool RunStore::deleteRun(qint64 id, QString* error) {
    return m_ws.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
            q.addBindValue(id);
            return execOrFail(q, err);
        },
        error);
}

bool RunStore::markRunning(qint64 id, qint64 pid, const QString& host, QString* error) {
    return m_ws.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE runs SET status = 'running', pid = ?, host = ?, started = ?,"
                                     " finished = NULL, error = '', program_version = ?, progress = -1,"
                                     " progress_detail = '' WHERE id = ?"));
            q.addBindValue(pid);
            q.addBindValue(text(host));
            q.addBindValue(now());
            q.addBindValue(programVersion());
            q.addBindValue(id);
            return execOrFail(q, err);
        },
        error);
}

bool RunStore::markFinished(qint64 id, RunStatus status, const QString& message, QString* error) {
    return m_ws.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE runs SET status = ?, error = ?, finished = ? WHERE id = ?"));
            q.addBindValue(statusName(status));
            q.addBindValue(text(message));
            q.addBindValue(now());
            q.addBindValue(id);
            return execOrFail(q, err);
        },
        error);
}

bool RunStore::setProgress(qint64 id, double fraction, const QString& detail) {
    QString error;
    return m_ws.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE runs SET progress = ?, progress_detail = ? WHERE id = ?"));
            q.addBindValue(fraction);
            q.addBindValue(text(detail));
            q.addBindValue(id);
            return execOrFail(q, err);
        },
        &error);
}

int RunStore::markStaleRuns() {
    const QString host = QSysInfo::machineHostName();
    QVector<qint64> stale;
    QSqlQuery q(m_ws.database());
    q.prepare(QStringLiteral("SELECT id, pid FROM runs WHERE status = 'running' AND host = ?"));
    q.addBindValue(text(host));
    if (q.exec())
        while (q.next())
            if (!processAlive(q.value(1).toLongLong()))
                stale << q.value(0).toLongLong();
    int marked = 0;
    for (qint64 id : stale) {
        QString error;
        if (markFinished(id, RunStatus::Failed, tr("the run's process ended unexpectedly"), &error))
            ++marked;
    }
    return marked;
}

bool RunStore::append(qint64 id, const QVector<MetricRow>& metrics, const QVector<TableRow>& rows,
                      const QVector<LogLine>& logs, const nlohmann::json& summary, QString* error) {
    if (metrics.isEmpty() && rows.isEmpty() && logs.isEmpty() && (summary.is_null() || summary.empty()))
        return true;
    return m_ws.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO run_metrics (run_id, key, step, wall_ms, value)"
                                     " VALUES (?, ?, ?, ?, ?)"));
            QSqlQuery s(db);
            s.prepare(QStringLiteral(
                "INSERT INTO run_metric_stats (run_id, key, count, last_step, last_value, min_value, "
                "max_value)"
                " VALUES (?, ?, 1, ?, ?, ?, ?) ON CONFLICT (run_id, key) DO UPDATE SET"
                " count = count + 1,"
                " last_value = CASE WHEN excluded.last_step >= last_step THEN excluded.last_value"
                "  ELSE last_value END,"
                " last_step = max(last_step, excluded.last_step),"
                " min_value = min(min_value, excluded.min_value),"
                " max_value = max(max_value, excluded.max_value)"));
            for (const MetricRow& m : metrics) {
                q.addBindValue(id);
                q.addBindValue(text(m.key));
                q.addBindValue(m.point.step);
                q.addBindValue(m.point.wallMs);
                q.addBindValue(m.point.value);
                if (!execOrFail(q, err))
                    return false;
                s.addBindValue(id);
                s.addBindValue(text(m.key));
                s.addBindValue(m.point.step);
                s.addBindValue(m.point.value);
                s.addBindValue(m.point.value);
                s.addBindValue(m.point.value);
                if (!execOrFail(s, err))
                    return false;
            }
            QSqlQuery t(db);
            t.prepare(QStringLiteral("INSERT OR REPLACE INTO run_tables (run_id, table_name, step, row_key,"
                                     " row_values) VALUES (?, ?, ?, ?, ?)"));
            for (const TableRow& r : rows) {
                t.addBindValue(id);
                t.addBindValue(text(r.table));
                t.addBindValue(r.step);
                t.addBindValue(text(r.row));
                t.addBindValue(dump(r.values));
                if (!execOrFail(t, err))
                    return false;
            }
            QSqlQuery l(db);
            l.prepare(
                QStringLiteral("INSERT INTO run_logs (run_id, wall_ms, level, line) VALUES (?, ?, ?, ?)"));
            for (const LogLine& line : logs) {
                l.addBindValue(id);
                l.addBindValue(line.wallMs);
                l.addBindValue(text(line.level));
                l.addBindValue(text(line.text));
                if (!execOrFail(l, err))
                    return false;
            }
            if (summary.is_object() && !summary.empty()) {
                QSqlQuery r(db);
                r.prepare(QStringLiteral("SELECT summary FROM runs WHERE id = ?"));
                r.addBindValue(id);
                if (!execOrFail(r, err) || !r.next())
                    return false;
                nlohmann::json merged = parseJson(r.value(0), nlohmann::json::object());
                merged.update(summary);
                QSqlQuery u(db);
                u.prepare(QStringLiteral("UPDATE runs SET summary = ? WHERE id = ?"));
                u.addBindValue(dump(merged));
                u.addBindValue(id);
                if (!execOrFail(u, err))
                    return false;
            }
            return true;
        },
        error);
}

QStringList RunStore::metricKeys(qint64 id) const {
    QStringList out;
    QSqlQuery q(m_ws.database());
    q.prepare(QStringLiteral("SELECT key FROM run_metric_stats WHERE run_id = ? ORDER BY key"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QVector<MetricPoint> RunStore::series(qint64 id, const QString& key) const {
    return series(QVector<qint64>{id}, key).value(id);
}

QHash<qint64, QVector<MetricPoint>> RunStore::series(const QVector<qint64>& ids, const QString& key) const {
    // One query per chunk of runs instead of one per run. Points come in index order (run_id, key, step,
    // rowid): equal steps keep the order they were stored in, and SQLite needs no sort.
    QHash<qint64, QVector<MetricPoint>> out;
    constexpr int Chunk = 500; // well below SQLite's bound-parameter limit
    for (int first = 0; first < ids.size(); first += Chunk) {
        const int n = std::min(Chunk, int(ids.size()) - first);
        QString in = QStringLiteral("?");
        for (int i = 1; i < n; ++i)
            in += QStringLiteral(",?");
        QSqlQuery count(m_ws.database());
        count.setForwardOnly(true);
        count.prepare(
            QStringLiteral("SELECT run_id, count FROM run_metric_stats WHERE key = ? AND run_id IN (%1)")
                .arg(in));
        count.addBindValue(key);
        for (int i = 0; i < n; ++i)
            count.addBindValue(ids[first + i]);
        if (count.exec())
            while (count.next())
                out[count.value(0).toLongLong()].reserve(count.value(1).toInt());
        QSqlQuery q(m_ws.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT run_id, step, wall_ms, value FROM run_metrics"
                                 " WHERE key = ? AND run_id IN (%1) ORDER BY run_id, step, rowid")
                      .arg(in));
        q.addBindValue(key);
        for (int i = 0; i < n; ++i)
            q.addBindValue(ids[first + i]);
        if (!q.exec())
            continue;
        qint64 current = -1;
        QVector<MetricPoint>* points = nullptr;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id != current) {
                current = id;
                points = &out[id];
            }
            points->push_back({q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toDouble()});
        }
    }
    return out;
}

namespace {

MetricStats readStats(const QSqlQuery& q, int first) {
    MetricStats s;
    s.key = q.value(first).toString();
    s.count = q.value(first + 1).toLongLong();
    s.lastStep = q.value(first + 2).toLongLong();
    s.last = q.value(first + 3).toDouble();
    s.min = q.value(first + 4).toDouble();
    s.max = q.value(first + 5).toDouble();
    return s;
}

} // namespace

QVector<MetricStats> RunStore::stats(qint64 id) const {
    QVector<MetricStats> out;
    QSqlQuery q(m_ws.database());
    q.prepare(
        QStringLiteral("SELECT key, count, last_step, last_value, min_value, max_value FROM run_metric_stats"
                       " WHERE run_id = ? ORDER BY key"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            out.push_back(readStats(q, 0));
    return out;
}

QHash<qint64, QVector<MetricStats>> RunStore::allStats() const {
    QHash<qint64, QVector<MetricStats>> out;
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral(
            "SELECT run_id, key, count, last_step, last_value, min_value, max_value FROM run_metric_stats"
            " ORDER BY run_id, key")))
        while (q.next())
            out[q.value(0).toLongLong()].push_back(readStats(q, 1));
    return out;
}

QVector<TableRow> RunStore::tableRows(qint64 id) const {
    QVector<TableRow> out;
    QSqlQuery q(m_ws.database());
    q.prepare(QStringLiteral("SELECT table_name, step, row_key, row_values FROM run_tables WHERE run_id = ?"
                             " ORDER BY table_name, step, rowid"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            out.push_back({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                           parseJson(q.value(3), nlohmann::json::object())});
    return out;
}

QVector<LogLine> RunStore::logs(qint64 id) const {
    QVector<LogLine> out;
    QSqlQuery q(m_ws.database());
    q.prepare(QStringLiteral("SELECT wall_ms, level, line FROM run_logs WHERE run_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

bool RunStore::addArtifact(qint64 id, const Artifact& artifact, QString* error) {
    return m_ws.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO run_artifacts (run_id, kind, path, description,"
                                     " created) VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(text(artifact.kind));
            q.addBindValue(text(artifact.path));
            q.addBindValue(text(artifact.description));
            q.addBindValue(now());
            return execOrFail(q, err);
        },
        error);
}

QVector<Artifact> RunStore::artifacts(qint64 id) const {
    QVector<Artifact> out;
    QSqlQuery q(m_ws.database());
    q.prepare(QStringLiteral("SELECT kind, path, description, created FROM run_artifacts WHERE run_id = ?"
                             " ORDER BY id"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            out.push_back(
                {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), parseTime(q.value(3))});
    return out;
}

bool RunStore::setResumePoint(qint64 id, const nlohmann::json& point, QString* error) {
    return m_ws.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE runs SET resume_point = ? WHERE id = ?"));
            q.addBindValue(dump(point));
            q.addBindValue(id);
            return execOrFail(q, err);
        },
        error);
}

bool RunStore::prepareResume(qint64 id, QString* error) {
    const auto r = run(id);
    if (!r) {
        if (error)
            *error = tr("run %1 does not exist").arg(id);
        return false;
    }
    if (r->status != RunStatus::Failed && r->status != RunStatus::Cancelled) {
        if (error)
            *error = tr("run %1 is %2; only failed or cancelled runs can be resumed")
                         .arg(id)
                         .arg(statusName(r->status));
        return false;
    }
    if (!r->resumePoint.is_object()) {
        if (error)
            *error = tr("run %1 saved no checkpoint to resume from").arg(id);
        return false;
    }
    const qint64 step = r->resumePoint.value("step", qint64(0));
    return m_ws.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM run_metrics WHERE run_id = ? AND step > ?"));
            q.addBindValue(id);
            q.addBindValue(step);
            if (!execOrFail(q, err))
                return false;
            q.prepare(QStringLiteral("DELETE FROM run_tables WHERE run_id = ? AND step > ?"));
            q.addBindValue(id);
            q.addBindValue(step);
            if (!execOrFail(q, err))
                return false;
            q.prepare(QStringLiteral("DELETE FROM run_metric_stats WHERE run_id = ?"));
            q.addBindValue(id);
            if (!execOrFail(q, err))
                return false;
            // Rebuild the stats from the points that remain; "last" is the value at the highest step.
            q.prepare(QStringLiteral(
                "INSERT INTO run_metric_stats (run_id, key, count, last_step, last_value, min_value, "
                "max_value)"
                " SELECT m.run_id, m.key, count(*), max(m.step),"
                "  (SELECT value FROM run_metrics l WHERE l.run_id = m.run_id AND l.key = m.key"
                "   ORDER BY l.step DESC, l.rowid DESC LIMIT 1), min(m.value), max(m.value)"
                " FROM run_metrics m WHERE m.run_id = ? GROUP BY m.key"));
            q.addBindValue(id);
            if (!execOrFail(q, err))
                return false;
            q.prepare(QStringLiteral("UPDATE runs SET status = 'queued', error = '', finished = NULL"
                                     " WHERE id = ?"));
            q.addBindValue(id);
            return execOrFail(q, err);
        },
        error);
}

bool RunStore::setTags(qint64 id, const QStringList& tags, QString* error) {
    return m_ws.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM run_tags WHERE run_id = ?"));
            q.addBindValue(id);
            if (!execOrFail(q, err))
                return false;
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO run_tags (run_id, tag) VALUES (?, ?)"));
            for (const QString& tag : tags) {
                if (tag.trimmed().isEmpty())
                    continue;
                q.addBindValue(id);
                q.addBindValue(text(tag.trimmed()));
                if (!execOrFail(q, err))
                    return false;
            }
            return true;
        },
        error);
}

bool RunStore::setNotes(qint64 id, const QString& notes, QString* error) {
    return m_ws.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE runs SET notes = ? WHERE id = ?"));
            q.addBindValue(text(notes));
            q.addBindValue(id);
            return execOrFail(q, err);
        },
        error);
}

bool RunStore::rename(qint64 id, const QString& name, QString* error) {
    return m_ws.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"));
            q.addBindValue(text(name));
            q.addBindValue(id);
            return execOrFail(q, err);
        },
        error);
}

bool RunStore::savePreset(const QString& kind, const QString& name, const nlohmann::json& parameters,
                          QString* error) {
    return m_ws.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO run_presets (kind, name, parameters, created)"
                                     " VALUES (?, ?, ?, ?) ON CONFLICT (kind, name) DO UPDATE SET"
                                     " parameters = excluded.parameters"));
            q.addBindValue(text(kind));
            q.addBindValue(text(name));
            q.addBindValue(dump(parameters));
            q.addBindValue(now());
            return execOrFail(q, err);
        },
        error);
}

QVector<Preset> RunStore::presets(const QString& kind) const {
    QVector<Preset> out;
    QSqlQuery q(m_ws.database());
    q.prepare(
        QStringLiteral("SELECT id, kind, name, parameters FROM run_presets WHERE kind = ? ORDER BY name"));
    q.addBindValue(text(kind));
    if (q.exec())
        while (q.next())
            out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           parseJson(q.value(3), nlohmann::json::object())});
    return out;
}

bool RunStore::deletePreset(qint64 id, QString* error) {
    return m_ws.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM run_presets WHERE id = ?"));
            q.addBindValue(id);
            return execOrFail(q, err);
        },
        error);
}

QString RunStore::artifactFolder(qint64 id) const {
    return QDir(core::AppPaths::artifactFolder(m_ws.path())).filePath(QStringLiteral("runs/%1").arg(id));
}

} // namespace kcat::runs
