// RunStore round trips on a real workspace file.

#include "JsonCompare.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/runs/RunExport.h"
#include "compute/runs/RunStore.h"
#include "compute/runs/Runs.h"

#include <QBuffer>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kcat::runs;
using kcat::core::Workspace;
using kcat::core::WorkspaceError;
using nlohmann::json;

class TestRunStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void initTestCase() {
        kcat::core::registerCoreSchema();
        registerRunsModule();
    }

    void init() {
        static int n = 0;
        WorkspaceError error;
        m_ws = Workspace::create(m_dir.filePath(QStringLiteral("w%1.kcat").arg(++n)), &error);
        QVERIFY2(m_ws, qPrintable(error.message));
    }

    void cleanup() { m_ws.reset(); }

    void runRoundTrip() {
        RunStore store(*m_ws);
        QString error;
        const json params = {{"lr", 0.1}, {"model", "lenet5"}};
        const qint64 id = store.createRun(QStringLiteral("train.baseline"), QStringLiteral("first"), params,
                                          42, &error, 0, {QStringLiteral("b"), QStringLiteral("a")});
        QVERIFY2(id > 0, qPrintable(error));
        auto r = store.run(id);
        QVERIFY(r);
        QCOMPARE(r->kind, QStringLiteral("train.baseline"));
        QCOMPARE(r->name, QStringLiteral("first"));
        QCOMPARE(r->status, RunStatus::Queued);
        QCOMPARE_JSON(r->parameters, params);
        QCOMPARE(r->seed, quint64(42));
        QCOMPARE(r->tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(r->created.isValid());
        QVERIFY(!r->started.isValid());

        QVERIFY(store.markRunning(id, 1234, QStringLiteral("hostx"), &error));
        r = store.run(id);
        QCOMPARE(r->status, RunStatus::Running);
        QCOMPARE(r->pid, qint64(1234));
        QCOMPARE(r->host, QStringLiteral("hostx"));
        QVERIFY(r->started.isValid());
        QVERIFY(store.markFinished(id, RunStatus::Succeeded, QString(), &error));
        r = store.run(id);
        QCOMPARE(r->status, RunStatus::Succeeded);
        QVERIFY(r->finished >= r->started);

        QVERIFY(store.setNotes(id, QStringLiteral("looks good"), &error));
        QVERIFY(store.setTags(id, {QStringLiteral("keep")}, &error));
        QVERIFY(store.rename(id, QStringLiteral("renamed"), &error));
        r = store.run(id);
        QCOMPARE(r->notes, QStringLiteral("looks good"));
        QCOMPARE(r->tags, QStringList{QStringLiteral("keep")});
        QCOMPARE(r->name, QStringLiteral("renamed"));

        const qint64 clone =
            store.createRun(r->kind, QStringLiteral("clone"), r->parameters, r->seed, &error, id);
        QCOMPARE(store.run(clone)->clonedFrom, id);
        QCOMPARE(store.runs().size(), 2);
        QVERIFY(store.deleteRun(id, &error));
        QCOMPARE(store.runs().size(), 1);
        QCOMPARE(store.run(clone)->clonedFrom, qint64(0)); // ON DELETE SET NULL
    }

    void metricsAndStats() {
        RunStore store(*m_ws);
        QString error;
        const qint64 id =
            store.createRun(QStringLiteral("k"), QStringLiteral("r"), json::object(), 0, &error);
        // loss: 3, 1, 2 at steps 1..3 (the last is not the minimum); acc in a second flush.
        QVERIFY(store.append(id,
                             {{"loss", {1, 1000, 3.0}}, {"loss", {2, 1100, 1.0}}, {"acc", {1, 1000, 0.5}}},
                             {}, {}, {}, &error));
        QVERIFY(store.append(id, {{"loss", {3, 1200, 2.0}}, {"acc", {2, 1200, 0.25}}},
                             {{"sparsity", 2, "conv1", {{"s", 0.5}}}, {"sparsity", 2, "fc1", {{"s", 0.9}}}},
                             {{1200, "info", "hello"}}, {{"confusion", {{1, 2}, {3, 4}}}}, &error));
        QCOMPARE(store.metricKeys(id), (QStringList{QStringLiteral("acc"), QStringLiteral("loss")}));
        const auto loss = store.series(id, QStringLiteral("loss"));
        QCOMPARE(loss.size(), 3);
        QCOMPARE(loss[1].step, qint64(2));
        QCOMPARE(loss[1].wallMs, qint64(1100));
        QCOMPARE(loss[1].value, 1.0);
        const auto stats = store.stats(id);
        QCOMPARE(stats.size(), 2);
        QCOMPARE(stats[1].key, QStringLiteral("loss"));
        QCOMPARE(stats[1].count, qint64(3));
        QCOMPARE(stats[1].last, 2.0);
        QCOMPARE(stats[1].lastStep, qint64(3));
        QCOMPARE(stats[1].min, 1.0);
        QCOMPARE(stats[1].max, 3.0);
        QCOMPARE(stats[0].last, 0.25);
        QCOMPARE(store.allStats().value(id).size(), 2);

        const auto rows = store.tableRows(id);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].row, QStringLiteral("fc1"));
        QCOMPARE_JSON(rows[1].values["s"].get<double>(), 0.9);
        QCOMPARE(store.logs(id).size(), 1);
        QCOMPARE(store.logs(id)[0].text, QStringLiteral("hello"));
        QCOMPARE_JSON(store.run(id)->summary["confusion"], json({{1, 2}, {3, 4}}));

        QVERIFY(store.addArtifact(
            id, {QStringLiteral("model"), QStringLiteral("/x/model.pt"), QStringLiteral("m"), {}}, &error));
        QCOMPARE(store.artifacts(id).size(), 1);
        QCOMPARE(store.artifacts(id)[0].path, QStringLiteral("/x/model.pt"));
        QVERIFY(store.artifactFolder(id).endsWith(QStringLiteral(".files/runs/%1").arg(id)));

        // Export: CSV lines for every point, header first.
        QByteArray csv;
        QBuffer buffer(&csv);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(exportRunsCsv(store, {id}, buffer));
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 5);
        QCOMPARE(lines[0], QByteArray("run_id,run_name,kind,status,metric,step,wall_time_ms,value"));
        QCOMPARE(lines[1], QByteArray::number(id) + ",r,k,queued,acc,1,1000,0.5");
        const json j = exportRunsJson(store, {id});
        QCOMPARE_JSON(j["runs"][0]["metrics"]["loss"]["values"], json({3.0, 1.0, 2.0}));
    }

    void resumeDropsLaterPoints() {
        RunStore store(*m_ws);
        QString error;
        const qint64 id =
            store.createRun(QStringLiteral("k"), QStringLiteral("r"), json::object(), 0, &error);
        QVERIFY(!store.prepareResume(id, &error)); // queued: refused
        QVERIFY(error.contains(QStringLiteral("queued")));
        QVector<MetricRow> rows;
        for (int s = 1; s <= 10; ++s)
            rows.push_back({QStringLiteral("loss"), {s, s, double(11 - s)}});
        QVERIFY(store.append(id, rows, {{"t", 8, "a", json::object()}}, {}, {}, &error));
        QVERIFY(store.markRunning(id, 1, QStringLiteral("h"), &error));
        QVERIFY(store.markFinished(id, RunStatus::Cancelled, QString(), &error));
        QVERIFY(!store.prepareResume(id, &error)); // no checkpoint
        QVERIFY(error.contains(QStringLiteral("checkpoint")));
        QVERIFY(store.setResumePoint(id, {{"name", "last"}, {"path", "/p"}, {"step", 6}}, &error));
        QVERIFY2(store.prepareResume(id, &error), qPrintable(error));
        QCOMPARE(store.run(id)->status, RunStatus::Queued);
        QCOMPARE(store.series(id, QStringLiteral("loss")).size(), 6);
        const auto stats = store.stats(id);
        QCOMPARE(stats[0].count, qint64(6));
        QCOMPARE(stats[0].last, 5.0); // step 6: 11 - 6
        QCOMPARE(stats[0].min, 5.0);
        QCOMPARE(stats[0].max, 10.0);
        QVERIFY(store.tableRows(id).isEmpty());
    }

    void staleRunsBecomeFailed() {
        RunStore store(*m_ws);
        QString error;
        const qint64 dead =
            store.createRun(QStringLiteral("k"), QStringLiteral("dead"), json::object(), 0, &error);
        const qint64 alive =
            store.createRun(QStringLiteral("k"), QStringLiteral("alive"), json::object(), 0, &error);
        const qint64 remote =
            store.createRun(QStringLiteral("k"), QStringLiteral("remote"), json::object(), 0, &error);
        // A pid above Linux's pid_max (4194304) belongs to no process.
        const QString host = QSysInfo::machineHostName();
        QVERIFY(store.markRunning(dead, 99999999, host, &error));
        QVERIFY(store.markRunning(alive, QCoreApplication::applicationPid(), host, &error));
        QVERIFY(store.markRunning(remote, 99999999, QStringLiteral("another-host"), &error));
        QCOMPARE(store.markStaleRuns(), 1);
        QCOMPARE(store.run(dead)->status, RunStatus::Failed);
        QVERIFY(store.run(dead)->error.contains(QStringLiteral("ended unexpectedly")));
        QCOMPARE(store.run(alive)->status, RunStatus::Running);
        QCOMPARE(store.run(remote)->status, RunStatus::Running);
    }

    void presets() {
        RunStore store(*m_ws);
        QString error;
        QVERIFY(store.savePreset(QStringLiteral("k"), QStringLiteral("fast"), {{"epochs", 1}}, &error));
        QVERIFY(store.savePreset(QStringLiteral("k"), QStringLiteral("fast"), {{"epochs", 2}}, &error));
        QVERIFY(store.savePreset(QStringLiteral("k"), QStringLiteral("all"), {{"epochs", 9}}, &error));
        QVERIFY(store.savePreset(QStringLiteral("other"), QStringLiteral("x"), json::object(), &error));
        const auto presets = store.presets(QStringLiteral("k"));
        QCOMPARE(presets.size(), 2);
        QCOMPARE(presets[0].name, QStringLiteral("all"));
        QCOMPARE_JSON(presets[1].parameters, json({{"epochs", 2}}));
        QVERIFY(store.deletePreset(presets[0].id, &error));
        QCOMPARE(store.presets(QStringLiteral("k")).size(), 1);
    }

    void reopenKeepsEverything() {
        const QString path = m_ws->path();
        qint64 id = 0;
        {
            RunStore store(*m_ws);
            QString error;
            id = store.createRun(QStringLiteral("k"), QStringLiteral("r"), {{"a", 1}}, 7, &error);
            QVERIFY(store.append(id, {{"loss", {1, 5, 0.5}}}, {}, {}, {}, &error));
        }
        m_ws.reset();
        WorkspaceError error;
        m_ws = Workspace::open(path, &error);
        QVERIFY2(m_ws, qPrintable(error.message));
        QCOMPARE(m_ws->moduleVersions().value(QStringLiteral("runs")), 1);
        RunStore store(*m_ws);
        QCOMPARE_JSON(store.run(id)->parameters, json({{"a", 1}}));
        QCOMPARE(store.series(id, QStringLiteral("loss")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
