// `kcat server init|add-annotator|assign|publish|pull|sync|status`: the team server, scriptable.

#include "annotation/server/ClientCache.h"
#include "annotation/server/ClientSchema.h"
#include "annotation/server/ServerAdmin.h"
#include "annotation/server/ServerModule.h"
#include "annotation/server/ServerSchema.h"
#include "annotation/server/TeamSync.h"
#include "compute/core/AppPaths.h"
#include "compute/core/Cli.h"
#include "compute/core/Json.h"
#include "compute/core/Workspace.h"

#include <QRandomGenerator>

namespace kcat::server {

namespace {

class ServerCommand : public core::CliCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::server::ServerCommand)

public:
    QStringList words() const override { return {QStringLiteral("server"), word()}; }
    void declare(QCommandLineParser& parser) const override {
        parser.addOption(
            {QStringLiteral("dsn"),
             tr("The team server: \"host=H port=P dbname=D user=U\" or postgresql://U@H:P/D; the "
                "password comes from password=, PGPASSWORD or ~/.pgpass."),
             QStringLiteral("DSN")});
        declareMore(parser);
    }
    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        ServerSettings settings;
        QString error;
        if (!ServerSettings::parse(core::requiredValue(parser, QStringLiteral("dsn")), &settings, &error))
            throw core::CliError(error);
        ServerConnection connection(settings, QStringLiteral("kcat-cli-server"));
        ServerError serverError;
        if (!connection.open(&serverError, needsSchema()))
            fail(serverError);
        return runWith(parser, connection, ctx);
    }

protected:
    virtual QString word() const = 0;
    virtual bool needsSchema() const { return true; }
    virtual void declareMore(QCommandLineParser&) const {}
    virtual int runWith(const QCommandLineParser& parser, ServerConnection& connection,
                        core::CliContext& ctx) = 0;

    [[noreturn]] static void fail(const ServerError& error) {
        throw core::CliError(error.message,
                             error.kind == ServerFailure::Query ? core::ExitBadInput : core::ExitFailure);
    }
    static void declareWorkspace(QCommandLineParser& parser) {
        parser.addOption({QStringLiteral("workspace"), tr("The workspace (default: the default workspace)."),
                          QStringLiteral("PATH")});
    }
    static std::unique_ptr<core::Workspace> openWorkspace(const QCommandLineParser& parser, bool create) {
        const QString path = parser.isSet(QStringLiteral("workspace"))
                                 ? parser.value(QStringLiteral("workspace"))
                                 : core::AppPaths::defaultWorkspacePath();
        core::WorkspaceError error;
        auto ws = create ? core::Workspace::openOrCreate(path, &error) : core::Workspace::open(path, &error);
        if (!ws)
            throw core::CliError(error.message);
        return ws;
    }
    static nlohmann::json countsJson(const SyncCounts& n) {
        return {{"projects", n.projects},       {"documents", n.documents}, {"mentions", n.mentions},
                {"labels", n.labels},           {"costs", n.costs},         {"annotators", n.annotators},
                {"assignments", n.assignments}, {"skipped", n.skipped}};
    }
};

class InitCommand : public ServerCommand {
public:
    QString word() const override { return QStringLiteral("init"); }
    QString summary() const override {
        return ServerCommand::tr(
            "Create (or complete) the team schema, the kcat_manager/kcat_annotator roles and the "
            "row-level-security policies.");
    }
    bool needsSchema() const override { return false; }
    int runWith(const QCommandLineParser&, ServerConnection& connection, core::CliContext& ctx) override {
        ServerError error;
        const int before = ServerSchema::version(connection, &error);
        if (before < 0 || !ServerSchema::init(connection, &error))
            fail(error);
        ctx.print({{"server", connection.settings().displayDsn()},
                   {"schema_version", ServerSchema::Version},
                   {"created", before == 0}});
        return core::ExitOk;
    }
};

class AddAnnotatorCommand : public ServerCommand {
public:
    QString word() const override { return QStringLiteral("add-annotator"); }
    QString summary() const override {
        return ServerCommand::tr("Make a login role for an annotator (or a manager with --manager).");
    }
    void declareMore(QCommandLineParser& parser) const override {
        parser.addPositionalArgument(QStringLiteral("name"),
                                     ServerCommand::tr("The login name (lower case)."),
                                     QStringLiteral("NAME"));
        parser.addOption(
            {QStringLiteral("manager"), ServerCommand::tr("Make a manager: sees and edits everything.")});
        parser.addOption(
            {QStringLiteral("password-file"),
             ServerCommand::tr("File whose first line is the new login's password (default: a generated "
                               "password, printed once)."),
             QStringLiteral("FILE")});
    }
    int runWith(const QCommandLineParser& parser, ServerConnection& connection,
                core::CliContext& ctx) override {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1)
            throw core::CliError(
                ServerCommand::tr("expected one annotator name, got %1 arguments").arg(args.size()));
        QString password;
        bool generated = false;
        if (parser.isSet(QStringLiteral("password-file"))) {
            ServerSettings s;
            QString error;
            if (!s.readPasswordFile(parser.value(QStringLiteral("password-file")), &error))
                throw core::CliError(error);
            password = s.password;
        } else {
            const QString alphabet =
                QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
            for (int i = 0; i < 20; ++i)
                password += alphabet[QRandomGenerator::system()->bounded(int(alphabet.size()))];
            generated = true;
        }
        ServerError error;
        if (!ServerAdmin::addAnnotator(connection, args.first(), password,
                                       parser.isSet(QStringLiteral("manager")), &error))
            fail(error);
        nlohmann::json out = {{"name", args.first()},
                              {"role", parser.isSet(QStringLiteral("manager")) ? "manager" : "annotator"}};
        if (generated)
            out["password"] = password;
        ctx.print(out);
        return core::ExitOk;
    }
};

class AssignCommand : public ServerCommand {
public:
    QString word() const override { return QStringLiteral("assign"); }
    QString summary() const override {
        return ServerCommand::tr(
            "Assign a project's published documents (all, or those named) to an annotator.");
    }
    void declareMore(QCommandLineParser& parser) const override {
        parser.addOption(
            {QStringLiteral("project"), ServerCommand::tr("The project's name."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("annotator"), ServerCommand::tr("The annotator's login name."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("document"),
                          ServerCommand::tr("A document's name (repeatable; default: all)."),
                          QStringLiteral("NAME")});
        parser.addOption(
            {QStringLiteral("gold"), ServerCommand::tr("Mark the assignments as gold (quality control).")});
        parser.addOption({QStringLiteral("remove"), ServerCommand::tr("Remove the assignments instead.")});
    }
    int runWith(const QCommandLineParser& parser, ServerConnection& connection,
                core::CliContext& ctx) override {
        const QString project = core::requiredValue(parser, QStringLiteral("project"));
        const QString annotator = core::requiredValue(parser, QStringLiteral("annotator"));
        ServerError error;
        const int changed = ServerAdmin::assign(
            connection, project, parser.values(QStringLiteral("document")), annotator,
            parser.isSet(QStringLiteral("gold")), parser.isSet(QStringLiteral("remove")), &error);
        if (changed < 0)
            fail(error);
        ctx.print({{"project", project},
                   {"annotator", annotator},
                   {parser.isSet(QStringLiteral("remove")) ? "removed" : "assigned", changed}});
        return core::ExitOk;
    }
};

class PublishCommand : public ServerCommand {
public:
    QString word() const override { return QStringLiteral("publish"); }
    QString summary() const override {
        return ServerCommand::tr(
            "Push the workspace's projects, documents, mentions and candidates to the team server.");
    }
    void declareMore(QCommandLineParser& parser) const override {
        declareWorkspace(parser);
        parser.addOption(
            {QStringLiteral("project"), ServerCommand::tr("Only this project."), QStringLiteral("NAME")});
    }
    int runWith(const QCommandLineParser& parser, ServerConnection& connection,
                core::CliContext& ctx) override {
        auto ws = openWorkspace(parser, false);
        SyncCounts n;
        ServerError error;
        if (!TeamSync::publish(*ws, connection, parser.value(QStringLiteral("project")), &n, &error))
            fail(error);
        ctx.print(countsJson(n));
        return core::ExitOk;
    }
};

class PullCommand : public ServerCommand {
public:
    QString word() const override { return QStringLiteral("pull"); }
    QString summary() const override {
        return ServerCommand::tr(
            "Bring every annotator's labels and cost log back into the workspace (per annotator).");
    }
    void declareMore(QCommandLineParser& parser) const override { declareWorkspace(parser); }
    int runWith(const QCommandLineParser& parser, ServerConnection& connection,
                core::CliContext& ctx) override {
        auto ws = openWorkspace(parser, false);
        SyncCounts n;
        ServerError error;
        if (!TeamSync::pull(*ws, connection, &n, &error))
            fail(error);
        ctx.print(countsJson(n));
        return core::ExitOk;
    }
};

class SyncCommand : public ServerCommand {
public:
    QString word() const override { return QStringLiteral("sync"); }
    QString summary() const override {
        return ServerCommand::tr(
            "Annotator's cache: send the outbox, then fetch the assigned documents and own labels.");
    }
    void declareMore(QCommandLineParser& parser) const override { declareWorkspace(parser); }
    int runWith(const QCommandLineParser& parser, ServerConnection& connection,
                core::CliContext& ctx) override {
        auto ws = openWorkspace(parser, true);
        int pushed = 0;
        SyncCounts n;
        ServerError error;
        if (!ClientCache::push(*ws, connection, &pushed, &error) ||
            !ClientCache::download(*ws, connection, &n, &error))
            fail(error);
        nlohmann::json out = countsJson(n);
        out["pushed"] = pushed;
        out["pending"] = ClientCache::pending(*ws);
        ctx.print(out);
        return core::ExitOk;
    }
};

class StatusCommand : public ServerCommand {
public:
    QString word() const override { return QStringLiteral("status"); }
    QString summary() const override {
        return ServerCommand::tr(
            "Show the login's role and, for a manager, each annotator's assignments and labels.");
    }
    int runWith(const QCommandLineParser&, ServerConnection& connection, core::CliContext& ctx) override {
        ServerError error;
        const QString role = connection.role(&error);
        const QVector<AnnotatorProgress> rows = ServerAdmin::progress(connection, &error);
        if (error.isError())
            fail(error);
        nlohmann::json annotators = nlohmann::json::array();
        for (const AnnotatorProgress& p : rows)
            annotators.push_back({{"name", p.name},
                                  {"manager", p.manager},
                                  {"documents", p.documents},
                                  {"labelled_mentions", p.labelledMentions}});
        ctx.print({{"server", connection.settings().displayDsn()},
                   {"schema_version", ServerSchema::Version},
                   {"role", role},
                   {"annotators", annotators}});
        return core::ExitOk;
    }
};

} // namespace

void registerServerModule() {
    registerServerSchema();
    auto& registry = core::CliRegistry::instance();
    if (registry.has({QStringLiteral("server"), QStringLiteral("init")}))
        return;
    registry.add(std::make_unique<InitCommand>());
    registry.add(std::make_unique<AddAnnotatorCommand>());
    registry.add(std::make_unique<AssignCommand>());
    registry.add(std::make_unique<PublishCommand>());
    registry.add(std::make_unique<PullCommand>());
    registry.add(std::make_unique<SyncCommand>());
    registry.add(std::make_unique<StatusCommand>());
}

} // namespace kcat::server
