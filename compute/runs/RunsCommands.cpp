// `kcat run` and `kcat runs list|show|export|kinds`.

#include "compute/core/AppPaths.h"
#include "compute/core/Cli.h"
#include "compute/core/Json.h"
#include "compute/core/Workspace.h"
#include "compute/runs/RunExecutor.h"
#include "compute/runs/RunExport.h"
#include "compute/runs/RunKind.h"
#include "compute/runs/RunStore.h"
#include "compute/runs/Runs.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace kcat::runs {

namespace {

using core::CliError;
using core::CliRegistry;
using core::ExitBadInput;
using core::ExitFailure;
using core::ExitOk;

QString workspacePath(const QCommandLineParser& parser) {
    const QString path = parser.value(QStringLiteral("workspace"));
    return path.isEmpty() ? core::AppPaths::defaultWorkspacePath() : path;
}

std::unique_ptr<core::Workspace> openWorkspace(const QCommandLineParser& parser, bool create) {
    core::WorkspaceError error;
    auto ws = create ? core::Workspace::openOrCreate(workspacePath(parser), &error)
                     : core::Workspace::open(workspacePath(parser), &error);
    if (!ws)
        throw CliError(error.message, error.code == core::WorkspaceError::Code::Io ||
                                              error.code == core::WorkspaceError::Code::Migration
                                          ? ExitFailure
                                          : ExitBadInput);
    return ws;
}

void addWorkspaceOption(QCommandLineParser& parser) {
    parser.addOption({{QStringLiteral("w"), QStringLiteral("workspace")},
                      CliRegistry::tr("Workspace file (default: the default workspace)."),
                      QStringLiteral("FILE")});
}

qint64 runIdValue(const QString& text) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw CliError(CliRegistry::tr("--run: expected a run id (a positive integer), got '%1'").arg(text));
    return id;
}

// Reads --config FILE.json: either an object of parameters or {"kind", "name", "seed", "tags", "parameters"}.
nlohmann::json readConfig(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CliError(
            CliRegistry::tr("%1: cannot read the configuration file: %2").arg(path, file.errorString()));
    try {
        nlohmann::json j = nlohmann::json::parse(file.readAll().toStdString());
        if (!j.is_object())
            throw CliError(CliRegistry::tr("%1: expected a JSON object of parameters").arg(path));
        if (!j.contains("parameters"))
            j = {{"parameters", j}};
        return j;
    } catch (const nlohmann::json::parse_error& e) {
        throw CliError(CliRegistry::tr("%1: not valid JSON (byte %2): %3")
                           .arg(path)
                           .arg(qint64(e.byte))
                           .arg(QString::fromUtf8(e.what())));
    }
}

DistributedOptions distributedOptions(const QCommandLineParser& parser) {
    DistributedOptions dist;
    if (!parser.isSet(QStringLiteral("world-size")))
        return dist;
    dist.worldSize = core::intValue(parser, QStringLiteral("world-size"), 1, 1024);
    dist.rank =
        parser.isSet(QStringLiteral("rank")) ? core::intValue(parser, QStringLiteral("rank"), 0, 1023) : 0;
    if (dist.rank >= dist.worldSize)
        throw CliError(
            CliRegistry::tr("--rank %1 must be below --world-size %2").arg(dist.rank).arg(dist.worldSize));
    const QString master = parser.value(QStringLiteral("master"));
    const int colon = master.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon > 0 ? master.mid(colon + 1).toInt(&ok) : 0;
    if (dist.worldSize > 1 && (!ok || port <= 0 || port > 65535))
        throw CliError(CliRegistry::tr("--master: expected HOST:PORT, got '%1'").arg(master));
    dist.masterHost = master.left(colon);
    dist.masterPort = port;
    return dist;
}

class RunCommand : public core::CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("run")}; }
    QString summary() const override {
        return CliRegistry::tr(
            "Run an experiment in the foreground (a new run of --kind, or the queued run --run).");
    }
    void declare(QCommandLineParser& parser) const override {
        addWorkspaceOption(parser);
        parser.addOption({QStringLiteral("kind"), CliRegistry::tr("Run kind, e.g. train.baseline."),
                          QStringLiteral("KIND")});
        parser.addOption({QStringLiteral("param"), CliRegistry::tr("A parameter (repeatable)."),
                          QStringLiteral("NAME=VALUE")});
        parser.addOption({QStringLiteral("config"), CliRegistry::tr("JSON file with the parameters."),
                          QStringLiteral("FILE")});
        parser.addOption(
            {QStringLiteral("name"), CliRegistry::tr("Name of the new run."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("tag"), CliRegistry::tr("Tag of the new run (repeatable)."),
                          QStringLiteral("TAG")});
        parser.addOption({QStringLiteral("seed"),
                          CliRegistry::tr("Seed, for kinds without a seed parameter."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("run"), CliRegistry::tr("Execute this existing queued run."),
                          QStringLiteral("ID")});
        parser.addOption(
            {QStringLiteral("resume"), CliRegistry::tr("Resume --run from its last checkpoint.")});
        parser.addOption({QStringLiteral("rank"), CliRegistry::tr("Rank of this process (distributed)."),
                          QStringLiteral("R")});
        parser.addOption({QStringLiteral("world-size"), CliRegistry::tr("Number of processes (distributed)."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("master"), CliRegistry::tr("Rendezvous address of rank 0."),
                          QStringLiteral("HOST:PORT")});
    }

    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        const DistributedOptions dist = distributedOptions(parser);
        if (parser.isSet(QStringLiteral("run"))) {
            if (parser.isSet(QStringLiteral("kind")) || parser.isSet(QStringLiteral("param")) ||
                parser.isSet(QStringLiteral("config")))
                throw CliError(CliRegistry::tr("--run executes a stored run; --kind, --param and --config "
                                               "only apply to a new run"));
            const qint64 id = runIdValue(parser.value(QStringLiteral("run")));
            auto ws = openWorkspace(parser, false);
            RunExecutor::installSignalHandlers();
            return finish(
                RunExecutor::execute(*ws, id, parser.isSet(QStringLiteral("resume")), dist, ctx.out), ctx);
        }
        if (parser.isSet(QStringLiteral("resume")))
            throw CliError(CliRegistry::tr("--resume needs --run ID"));

        nlohmann::json config = parser.isSet(QStringLiteral("config"))
                                    ? readConfig(parser.value(QStringLiteral("config")))
                                    : nlohmann::json{{"parameters", nlohmann::json::object()}};
        QString kindName = parser.value(QStringLiteral("kind"));
        if (kindName.isEmpty() && config.contains("kind"))
            kindName = core::toQString(config["kind"]);
        if (kindName.isEmpty())
            throw CliError(CliRegistry::tr("expected --kind KIND or --run ID (kinds: %1)")
                               .arg(RunKindRegistry::instance().names().join(QStringLiteral(", "))));
        const RunKind* kind = RunKindRegistry::instance().find(kindName);
        if (!kind)
            throw CliError(
                CliRegistry::tr("unknown run kind '%1' (known: %2)")
                    .arg(kindName, RunKindRegistry::instance().names().join(QStringLiteral(", "))));
        const ParameterSchema schema = kind->schema();
        nlohmann::json given = config["parameters"];
        if (!given.is_object())
            throw CliError(CliRegistry::tr("%1: \"parameters\" must be a JSON object")
                               .arg(parser.value(QStringLiteral("config"))));
        for (const QString& assignment : parser.values(QStringLiteral("param"))) {
            const int eq = assignment.indexOf(QLatin1Char('='));
            if (eq <= 0)
                throw CliError(CliRegistry::tr("--param: expected NAME=VALUE, got '%1'").arg(assignment));
            QString error;
            const auto value = schema.parseValue(assignment.left(eq), assignment.mid(eq + 1), &error);
            if (!value)
                throw CliError(error);
            given[assignment.left(eq).toStdString()] = *value;
        }
        QString error;
        const auto parameters = schema.validate(given, &error);
        if (!parameters)
            throw CliError(error);
        quint64 seed = 0;
        if (parser.isSet(QStringLiteral("seed")))
            seed =
                quint64(core::intValue(parser, QStringLiteral("seed"), 0, std::numeric_limits<int>::max()));
        else if (config.contains("seed") && config["seed"].is_number_unsigned())
            seed = config["seed"].get<quint64>();
        if (parameters->contains("seed") && (*parameters)["seed"].is_number_integer())
            seed = (*parameters)["seed"].get<quint64>();

        if (dist.isDistributed() && dist.rank > 0) {
            // Only rank 0 records the run; the other ranks compute and print.
            const QString folder = core::AppPaths::artifactFolder(workspacePath(parser)) +
                                   QStringLiteral("/ranks/%1").arg(dist.rank);
            RunExecutor::installSignalHandlers();
            return finish(RunExecutor::executeDetached(kindName, *parameters, seed, dist, folder, ctx.out),
                          ctx);
        }
        QString name = parser.value(QStringLiteral("name"));
        if (name.isEmpty() && config.contains("name"))
            name = core::toQString(config["name"]);
        if (name.isEmpty())
            name = kindName;
        QStringList tags = parser.values(QStringLiteral("tag"));
        if (config.contains("tags") && config["tags"].is_array())
            for (const auto& t : config["tags"])
                if (t.is_string())
                    tags << core::toQString(t);
        auto ws = openWorkspace(parser, true);
        RunStore store(*ws);
        const qint64 id = store.createRun(kindName, name, *parameters, seed, &error, 0, tags);
        if (id == 0)
            throw CliError(error, ExitFailure);
        RunExecutor::installSignalHandlers();
        return finish(RunExecutor::execute(*ws, id, false, dist, ctx.out), ctx);
    }

private:
    static int finish(const RunExecutor::Outcome& outcome, core::CliContext& ctx) {
        if (!outcome.started)
            throw CliError(outcome.error);
        if (outcome.status == QLatin1String("succeeded"))
            return ExitOk;
        ctx.err << "kcat run: " << outcome.status.toStdString();
        if (!outcome.error.isEmpty())
            ctx.err << ": " << outcome.error.toStdString();
        ctx.err << '\n';
        return ExitFailure;
    }
};

class RunsListCommand : public core::CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("runs"), QStringLiteral("list")}; }
    QString summary() const override { return CliRegistry::tr("List the runs of a workspace."); }
    void declare(QCommandLineParser& parser) const override {
        addWorkspaceOption(parser);
        parser.addOption(
            {QStringLiteral("kind"), CliRegistry::tr("Only runs of this kind."), QStringLiteral("KIND")});
        parser.addOption({QStringLiteral("status"), CliRegistry::tr("Only runs with this status."),
                          QStringLiteral("STATUS")});
        parser.addOption(
            {QStringLiteral("tag"), CliRegistry::tr("Only runs with this tag."), QStringLiteral("TAG")});
    }
    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        auto ws = openWorkspace(parser, false);
        RunStore store(*ws);
        store.markStaleRuns();
        const QString kind = parser.value(QStringLiteral("kind"));
        const QString status = parser.value(QStringLiteral("status"));
        if (!status.isEmpty() && !statusFromName(status))
            throw CliError(
                CliRegistry::tr("--status: expected queued, running, succeeded, failed or cancelled, "
                                "got '%1'")
                    .arg(status));
        const QString tag = parser.value(QStringLiteral("tag"));
        const auto stats = store.allStats();
        nlohmann::json runs = nlohmann::json::array();
        for (const RunRecord& r : store.runs()) {
            if ((!kind.isEmpty() && r.kind != kind) ||
                (!status.isEmpty() && statusName(r.status) != status) ||
                (!tag.isEmpty() && !r.tags.contains(tag)))
                continue;
            nlohmann::json j = runToJson(r);
            nlohmann::json last = nlohmann::json::object();
            for (const MetricStats& s : stats.value(r.id))
                last[s.key.toStdString()] = s.last;
            j["metrics"] = last;
            runs.push_back(j);
        }
        ctx.print({{"workspace", ws->path()}, {"runs", runs}});
        return ExitOk;
    }
};

class RunsShowCommand : public core::CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("runs"), QStringLiteral("show")}; }
    QString summary() const override {
        return CliRegistry::tr("Show one run: parameters, metrics, tables, logs and artifacts.");
    }
    void declare(QCommandLineParser& parser) const override {
        addWorkspaceOption(parser);
        parser.addOption({QStringLiteral("run"), CliRegistry::tr("Run id."), QStringLiteral("ID")});
    }
    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        const qint64 id = runIdValue(core::requiredValue(parser, QStringLiteral("run")));
        auto ws = openWorkspace(parser, false);
        RunStore store(*ws);
        store.markStaleRuns();
        if (!store.run(id))
            throw CliError(CliRegistry::tr("run %1 does not exist in %2").arg(id).arg(ws->path()));
        ctx.print(exportRunsJson(store, {id})["runs"][0]);
        return ExitOk;
    }
};

class RunsExportCommand : public core::CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("runs"), QStringLiteral("export")}; }
    QString summary() const override {
        return CliRegistry::tr("Export runs' metrics as CSV or JSON (all runs unless --run is given).");
    }
    void declare(QCommandLineParser& parser) const override {
        addWorkspaceOption(parser);
        parser.addOption(
            {QStringLiteral("run"), CliRegistry::tr("Run id (repeatable)."), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("format"), CliRegistry::tr("csv or json (default: csv)."),
                          QStringLiteral("FORMAT")});
        parser.addOption({QStringLiteral("output"), CliRegistry::tr("File to write (default: stdout)."),
                          QStringLiteral("FILE")});
    }
    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        const QString format = parser.value(QStringLiteral("format")).isEmpty()
                                   ? QStringLiteral("csv")
                                   : parser.value(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("json"))
            throw CliError(CliRegistry::tr("--format: expected csv or json, got '%1'").arg(format));
        auto ws = openWorkspace(parser, false);
        RunStore store(*ws);
        QVector<qint64> ids;
        for (const QString& text : parser.values(QStringLiteral("run"))) {
            ids << runIdValue(text);
            if (!store.run(ids.back()))
                throw CliError(
                    CliRegistry::tr("run %1 does not exist in %2").arg(ids.back()).arg(ws->path()));
        }
        if (ids.isEmpty())
            for (const RunRecord& r : store.runs())
                ids << r.id;
        QByteArray bytes;
        if (format == QLatin1String("csv")) {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            exportRunsCsv(store, ids, buffer);
        } else {
            bytes = QByteArray::fromStdString(exportRunsJson(store, ids).dump()) + '\n';
        }
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty()) {
            ctx.out << bytes.toStdString() << std::flush;
            return ExitOk;
        }
        QFile file(output);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            throw CliError(CliRegistry::tr("%1: cannot write: %2").arg(output, file.errorString()),
                           ExitFailure);
        ctx.print({{"output", QFileInfo(output).absoluteFilePath()},
                   {"runs", ids.size()},
                   {"format", format},
                   {"bytes", bytes.size()}});
        return ExitOk;
    }
};

class RunsKindsCommand : public core::CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("runs"), QStringLiteral("kinds")}; }
    QString summary() const override { return CliRegistry::tr("List the run kinds and their parameters."); }
    void declare(QCommandLineParser&) const override {}
    int run(const QCommandLineParser&, core::CliContext& ctx) override {
        nlohmann::json kinds = nlohmann::json::array();
        for (const QString& name : RunKindRegistry::instance().names()) {
            const RunKind* k = RunKindRegistry::instance().find(name);
            kinds.push_back({{"name", name},
                             {"title", k->title()},
                             {"description", k->description()},
                             {"resume", k->supportsResume()},
                             {"parameters", k->schema().toJson()}});
        }
        ctx.print({{"kinds", kinds}});
        return ExitOk;
    }
};

} // namespace

void registerRunsCommands() {
    CliRegistry& registry = CliRegistry::instance();
    if (registry.has({QStringLiteral("run")}))
        return;
    registry.add(std::make_unique<RunCommand>());
    registry.add(std::make_unique<RunsListCommand>());
    registry.add(std::make_unique<RunsShowCommand>());
    registry.add(std::make_unique<RunsExportCommand>());
    registry.add(std::make_unique<RunsKindsCommand>());
}

void registerRunsModule() {
    registerRunsSchema();
    registerRunsCommands();
}

} // namespace kcat::runs
