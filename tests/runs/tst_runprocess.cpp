// `kcat run` as a child process: foreground runs, refused parameters, SIGTERM + resume, SIGKILL.

#include "JsonCompare.h"
#include "RunsHost.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/runs/RunStore.h"
#include "compute/runs/Runs.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <csignal>

using namespace kcat::runs;
using kcat::core::Workspace;
using kcat::core::WorkspaceError;
using nlohmann::json;

class TestRunProcess : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("w%1.kcat").arg(++m_n)); }

    static std::unique_ptr<Workspace> open(const QString& path) {
        WorkspaceError error;
        auto ws = Workspace::openOrCreate(path, &error);
        if (!ws)
            qWarning() << error.message;
        return ws;
    }

    // Starts `run --run id` and reads its JSON lines until a metric at step >= untilStep arrived.
    static QSet<QString> startAndWait(QProcess& process, const QString& path, qint64 id, qint64 untilStep,
                                      bool resume = false) {
        QStringList args{QStringLiteral("run"), QStringLiteral("--workspace"), path, QStringLiteral("--run"),
                         QString::number(id)};
        if (resume)
            args << QStringLiteral("--resume");
        process.start(runsHostPath(), args);
        QSet<QString> seen;
        QByteArray pending;
        qint64 maxStep = 0;
        QElapsedTimer timer;
        timer.start();
        while (maxStep < untilStep && timer.elapsed() < 30000) {
            process.waitForReadyRead(200);
            pending += process.readAllStandardOutput();
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const json j = json::parse(pending.left(nl).toStdString());
                pending.remove(0, nl + 1);
                if (j["event"] == "metric") {
                    seen.insert(QString::fromStdString(j["key"].get<std::string>()) + QLatin1Char('@') +
                                QString::number(j["step"].get<qint64>()));
                    maxStep = std::max(maxStep, j["step"].get<qint64>());
                }
            }
        }
        return seen;
    }

private Q_SLOTS:
    void initTestCase() {
        kcat::core::registerCoreSchema();
        registerRunsModule();
        QVERIFY2(QFileInfo::exists(runsHostPath()), qPrintable(runsHostPath()));
    }

    void foregroundRun() {
        const QString path = newPath();
        const HostResult r = runHost({"run", "--workspace", path, "--kind", "test.counter", "--param",
                                      "steps=12", "--param", "seed=5", "--name", "twelve", "--tag", "smoke"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto lines = r.lines();
        QVERIFY(lines.size() > 36);
        QCOMPARE_JSON(lines.front()["event"], json("started"));
        const json& last = lines.back();
        QCOMPARE_JSON(last["event"], json("finished"));
        QCOMPARE_JSON(last["status"], json("succeeded"));
        QCOMPARE_JSON(last["metrics"]["loss"].get<double>(), 1.0 / 13.0);
        QCOMPARE_JSON(last["metrics"]["accuracy"].get<double>(), 1.0);

        auto ws = open(path);
        RunStore store(*ws);
        const auto runs = store.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].status, RunStatus::Succeeded);
        QCOMPARE(runs[0].name, QStringLiteral("twelve"));
        QCOMPARE(runs[0].seed, quint64(5));
        QCOMPARE(runs[0].tags, QStringList{QStringLiteral("smoke")});
        QCOMPARE_JSON(runs[0].parameters["steps"], json(12));
        QCOMPARE_JSON(runs[0].parameters["mode"], json("up")); // default filled in
        const auto loss = store.series(runs[0].id, QStringLiteral("loss"));
        QCOMPARE(loss.size(), 12);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(loss[i].value, 1.0 / double(2 + i));
        QCOMPARE(store.tableRows(runs[0].id).size(), 4); // steps 5 and 10, two layers
        QVERIFY(QFileInfo::exists(store.artifactFolder(runs[0].id) + QStringLiteral("/checkpoints/last.pt")));

        // list / show / export
        const HostResult list = runHost({"runs", "list", "--workspace", path, "--status", "succeeded"});
        QCOMPARE(list.exitCode, 0);
        const json listed = json::parse(list.out.toStdString());
        QCOMPARE_JSON(listed["runs"].size(), size_t(1));
        QCOMPARE_JSON(listed["runs"][0]["metrics"]["accuracy"].get<double>(), 1.0);
        const HostResult show =
            runHost({"runs", "show", "--workspace", path, "--run", QString::number(runs[0].id)});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE_JSON(json::parse(show.out.toStdString())["metrics"]["loss"]["count"], json(12));
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        const HostResult exported = runHost({"runs", "export", "--workspace", path, "--output", csv});
        QCOMPARE(exported.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 1 + 3 * 12);
    }

    void refusedParameters_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QStringList{"--param", "stepz=3"} << "unknown parameter 'stepz'";
        QTest::newRow("range") << QStringList{"--param", "steps=0"}
                               << "parameter 'steps': 0 is below the minimum 1";
        QTest::newRow("type") << QStringList{"--param", "scale=big"} << "parameter 'scale': expected double";
        QTest::newRow("enum") << QStringList{"--param", "mode=sideways"} << "expected one of up, down";
        QTest::newRow("syntax") << QStringList{"--param", "steps"} << "expected NAME=VALUE";
        QTest::newRow("kind") << QStringList{"--kind", "no.such"} << "unknown run kind 'no.such'";
    }

    void refusedParameters() {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const QString path = newPath();
        QStringList args{"run", "--workspace", path};
        if (!extra.contains(QStringLiteral("--kind")))
            args << QStringLiteral("--kind") << QStringLiteral("test.counter");
        const HostResult r = runHost(args + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(path)); // refused before anything started
    }

    void configFile() {
        const QString config = m_dir.filePath(QStringLiteral("c.json"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"kind": "test.counter", "name": "from file", "parameters": {"steps": 3, "scale": 2}})");
        f.close();
        const QString path = newPath();
        const HostResult r = runHost({"run", "--workspace", path, "--config", config, "--param", "steps=4"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE_JSON(r.lines().back()["metrics"]["loss"].get<double>(),
                      2.0 / 5.0); // --param wins over the file

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"steps\": 3,");
        f.close();
        const HostResult bad =
            runHost({"run", "--workspace", path, "--kind", "test.counter", "--config", config});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(QString::fromUtf8(bad.err).contains(config + QStringLiteral(": not valid JSON")),
                 bad.err.constData());
    }

    void distributedOptions() {
        // A non-zero rank computes and prints but records nothing: the workspace is not even created.
        const QString path = newPath();
        const HostResult r =
            runHost({"run", "--workspace", path, "--kind", "test.counter", "--param", "steps=3", "--rank",
                     "1", "--world-size", "2", "--master", "127.0.0.1:29500"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto lines = r.lines();
        QCOMPARE_JSON(lines.back()["status"], json("succeeded"));
        QCOMPARE_JSON(lines.back()["rank"], json(1));
        QCOMPARE(lines.back()["metrics"]["loss"].get<double>(), 1.0 / 4.0);
        QVERIFY(!QFileInfo::exists(path));

        const HostResult bad = runHost({"run", "--workspace", path, "--kind", "test.counter", "--rank", "2",
                                        "--world-size", "2", "--master", "127.0.0.1:29500"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--rank 2 must be below --world-size 2"));
        const HostResult noPort = runHost({"run", "--workspace", path, "--kind", "test.counter",
                                           "--world-size", "2", "--master", "localhost"});
        QCOMPARE(noPort.exitCode, 2);
        QVERIFY(noPort.err.contains("--master: expected HOST:PORT"));
    }

    void failingRunKeepsMetrics() {
        const QString path = newPath();
        const HostResult r = runHost({"run", "--workspace", path, "--kind", "test.counter", "--param",
                                      "steps=10", "--param", "fail_at=7"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE_JSON(r.lines().back()["status"], json("failed"));
        auto ws = open(path);
        RunStore store(*ws);
        const auto run = store.runs().value(0);
        QCOMPARE(run.status, RunStatus::Failed);
        QCOMPARE(run.error, QStringLiteral("failed at step 7 as asked"));
        QCOMPARE(store.series(run.id, QStringLiteral("loss")).size(), 6);
        QCOMPARE(store.logs(run.id).back().level, QStringLiteral("error"));
    }

    void cancelAndResume() {
        const QString path = newPath();
        qint64 id = 0;
        {
            auto ws = open(path);
            RunStore store(*ws);
            QString error;
            id = store.createRun(QStringLiteral("test.counter"), QStringLiteral("long"),
                                 {{"steps", 200}, {"step_ms", 15}, {"checkpoint_every", 10}}, 0, &error);
            QVERIFY(id > 0);
        }
        QProcess child;
        startAndWait(child, path, id, 25);
        child.terminate(); // SIGTERM: stops at the next step boundary
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 1);
        const QByteArray rest = child.readAllStandardOutput();
        QVERIFY(rest.contains("\"status\":\"cancelled\""));
        qint64 checkpointStep = 0;
        {
            auto ws = open(path);
            RunStore store(*ws);
            const auto run = store.run(id);
            QCOMPARE(run->status, RunStatus::Cancelled);
            checkpointStep = run->resumePoint["step"].get<qint64>();
            QVERIFY(checkpointStep >= 20 && checkpointStep % 10 == 0);
            QVERIFY(store.series(id, QStringLiteral("loss")).size() < 200);
        }
        const HostResult resumed =
            runHost({"run", "--workspace", path, "--run", QString::number(id), "--resume"});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        const auto lines = resumed.lines();
        QCOMPARE_JSON(lines.front()["resumed"], json(true));
        // The first metric after resuming is the step after the checkpoint.
        for (const json& j : lines) {
            if (j["event"] == "metric") {
                QCOMPARE_JSON(j["step"].get<qint64>(), checkpointStep + 1);
                break;
            }
        }
        auto ws = open(path);
        RunStore store(*ws);
        QCOMPARE(store.run(id)->status, RunStatus::Succeeded);
        const auto loss = store.series(id, QStringLiteral("loss"));
        QCOMPARE(loss.size(), 200); // every step exactly once
        for (int i = 0; i < 200; ++i)
            QCOMPARE(loss[i].step, qint64(i + 1));
        const auto stats = store.stats(id);
        QCOMPARE(stats[1].key, QStringLiteral("loss"));
        QCOMPARE(stats[1].count, qint64(200));
        QCOMPARE(stats[1].last, 1.0 / 201.0);

        // A succeeded run cannot be resumed.
        const HostResult again =
            runHost({"run", "--workspace", path, "--run", QString::number(id), "--resume"});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains("only failed or cancelled runs can be resumed"));
    }

    void killedChildLeavesFailedRunWithMetrics() {
        const QString path = newPath();
        qint64 id = 0;
        {
            auto ws = open(path);
            RunStore store(*ws);
            QString error;
            id = store.createRun(QStringLiteral("test.counter"), QStringLiteral("doomed"),
                                 {{"steps", 100000}, {"step_ms", 5}}, 0, &error);
        }
        QProcess child;
        const QSet<QString> seen = startAndWait(child, path, id, 40);
        // Reading stops at the first metric of step 40: steps 1..39 complete, step 40 at least in part.
        QVERIFY(seen.size() > 39 * 3);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto ws = open(path);
        RunStore store(*ws);
        QCOMPARE(store.run(id)->status, RunStatus::Running); // nobody told the store yet
        QCOMPARE(store.markStaleRuns(), 1);                  // what opening the runs page or `runs list` does
        const auto run = store.run(id);
        QCOMPARE(run->status, RunStatus::Failed);
        QVERIFY(run->error.contains(QStringLiteral("ended unexpectedly")));
        QSet<QString> stored;
        for (const QString& key : store.metricKeys(id))
            for (const MetricPoint& p : store.series(id, key))
                stored.insert(key + QLatin1Char('@') + QString::number(p.step));
        for (const QString& s : seen)
            QVERIFY2(stored.contains(s), qPrintable(s)); // every metric the parent saw was stored
    }
};

QTEST_GUILESS_MAIN(TestRunProcess)
#include "tst_runprocess.moc"
