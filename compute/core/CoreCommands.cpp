// `kcat version` and `kcat workspace init|info|check`.

#include "compute/core/AppPaths.h"
#include "compute/core/Cli.h"
#include "compute/core/Json.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QtGlobal>

namespace kcat::core {

namespace {

nlohmann::json describe(const Workspace& ws) {
    nlohmann::json modules = nlohmann::json::object();
    const QMap<QString, int> versions = ws.moduleVersions();
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        modules[it.key().toStdString()] = it.value();
    QSqlQuery q(ws.database());
    QString journal;
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        journal = q.value(0).toString();
    nlohmann::json tables = nlohmann::json::object();
    QStringList names;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        while (q.next())
            names << q.value(0).toString();
    for (const QString& name : names)
        if (q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)) && q.next())
            tables[name.toStdString()] = q.value(0).toLongLong();
    return {
        {"path", ws.path()},
        {"id", ws.id()},
        {"created", ws.created().toString(Qt::ISODateWithMs)},
        {"schema_version", ws.schemaVersion()},
        {"program_schema_version", WorkspaceSchema::instance().programVersion()},
        {"modules", modules},
        {"journal_mode", journal},
        {"size_bytes", QFileInfo(ws.path()).size()},
        {"artifact_folder", AppPaths::artifactFolder(ws.path())},
        {"tables", tables},
    };
}

std::unique_ptr<Workspace> openOrThrow(const QString& path) {
    WorkspaceError error;
    auto ws = Workspace::open(path, &error);
    if (!ws)
        throw CliError(error.message,
                       error.code == WorkspaceError::Code::Io || error.code == WorkspaceError::Code::Migration
                           ? ExitFailure
                           : ExitBadInput);
    return ws;
}

QString pathArgument(const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        throw CliError(CliRegistry::tr("expected one workspace path, got %1 arguments").arg(args.size()));
    return args.isEmpty() ? AppPaths::defaultWorkspacePath() : args.first();
}

class VersionCommand : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("version")}; }
    QString summary() const override {
        return CliRegistry::tr("Print the program's version and its libraries'.");
    }
    void declare(QCommandLineParser&) const override {}
    int run(const QCommandLineParser&, CliContext& ctx) override {
        QString sqlite;
        {
            const QString name = QStringLiteral("kcat-version-probe");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(QStringLiteral(":memory:"));
                if (db.open()) {
                    QSqlQuery q(db);
                    if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                        sqlite = q.value(0).toString();
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        nlohmann::json out = {
            {"name", "kcat"},
            {"version", KCAT_VERSION},
            {"git", KCAT_GIT_COMMIT},
            {"build_type", KCAT_BUILD_TYPE},
            {"qt", qVersion()},
            {"sqlite", sqlite},
            {"schema_version", WorkspaceSchema::instance().programVersion()},
            {"platform", QSysInfo::prettyProductName()},
            {"default_workspace", AppPaths::defaultWorkspacePath()},
        };
        out.update(CliRegistry::instance().versionFacts());
        ctx.print(out);
        return ExitOk;
    }
};

class WorkspaceInitCommand : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("workspace"), QStringLiteral("init")}; }
    QString summary() const override {
        return CliRegistry::tr("Create a new workspace (default: the default workspace).");
    }
    void declare(QCommandLineParser& parser) const override {
        parser.addPositionalArgument(QStringLiteral("path"), CliRegistry::tr("Workspace file to create."),
                                     QStringLiteral("[PATH]"));
    }
    int run(const QCommandLineParser& parser, CliContext& ctx) override {
        WorkspaceError error;
        auto ws = Workspace::create(pathArgument(parser), &error);
        if (!ws)
            throw CliError(error.message,
                           error.code == WorkspaceError::Code::AlreadyExists ? ExitBadInput : ExitFailure);
        ctx.print(describe(*ws));
        return ExitOk;
    }
};

class WorkspaceInfoCommand : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("workspace"), QStringLiteral("info")}; }
    QString summary() const override {
        return CliRegistry::tr("Describe a workspace: schema, modules, tables.");
    }
    void declare(QCommandLineParser& parser) const override {
        parser.addPositionalArgument(QStringLiteral("path"), CliRegistry::tr("Workspace file."),
                                     QStringLiteral("[PATH]"));
    }
    int run(const QCommandLineParser& parser, CliContext& ctx) override {
        ctx.print(describe(*openOrThrow(pathArgument(parser))));
        return ExitOk;
    }
};

class WorkspaceCheckCommand : public CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("workspace"), QStringLiteral("check")}; }
    QString summary() const override {
        return CliRegistry::tr("Check a workspace's integrity (SQLite quick_check and foreign keys).");
    }
    void declare(QCommandLineParser& parser) const override {
        parser.addPositionalArgument(QStringLiteral("path"), CliRegistry::tr("Workspace file."),
                                     QStringLiteral("[PATH]"));
        parser.addOption({QStringLiteral("full"), CliRegistry::tr("Run the slower full integrity_check.")});
    }
    int run(const QCommandLineParser& parser, CliContext& ctx) override {
        const QString path = pathArgument(parser);
        WorkspaceError error;
        if (!Workspace::validate(path, &error)) {
            ctx.print({{"path", path}, {"ok", false}, {"problems", nlohmann::json::array({error.message})}});
            ctx.err << "kcat workspace check: " << error.message.toStdString() << '\n';
            return ExitFailure;
        }
        auto ws = openOrThrow(path);
        const Workspace::CheckResult result = ws->check(parser.isSet(QStringLiteral("full")));
        ctx.print({{"path", ws->path()}, {"ok", result.ok}, {"problems", result.problems}});
        if (!result.ok)
            ctx.err << "kcat workspace check: " << result.problems.first().toStdString() << '\n';
        return result.ok ? ExitOk : ExitFailure;
    }
};

} // namespace

void registerCoreCommands() {
    CliRegistry& registry = CliRegistry::instance();
    registry.add(std::make_unique<VersionCommand>());
    registry.add(std::make_unique<WorkspaceInitCommand>());
    registry.add(std::make_unique<WorkspaceInfoCommand>());
    registry.add(std::make_unique<WorkspaceCheckCommand>());
}

} // namespace kcat::core
