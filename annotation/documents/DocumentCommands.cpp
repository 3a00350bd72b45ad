// `kcat documents import` and `kcat documents export`: the importers and exporters, scriptable.

#include "annotation/documents/DocumentImporter.h"
#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/DocumentsModule.h"
#include "annotation/documents/DocumentsSchema.h"
#include "annotation/documents/ProjectStore.h"
#include "annotation/knowledge/KnowledgeError.h"
#include "annotation/knowledge/TypeSetRegistry.h"
#include "compute/core/AppPaths.h"
#include "compute/core/Cli.h"
#include "compute/core/Json.h"
#include "compute/core/Workspace.h"

namespace kcat::annotation {

namespace {

class DocumentCommand : public core::CliCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::DocumentCommand)

protected:
    static std::unique_ptr<core::Workspace> openWorkspace(const QCommandLineParser& parser) {
        const QString path = parser.isSet(QStringLiteral("workspace"))
                                 ? parser.value(QStringLiteral("workspace"))
                                 : core::AppPaths::defaultWorkspacePath();
        core::WorkspaceError error;
        auto ws = core::Workspace::openOrCreate(path, &error);
        if (!ws)
            throw core::CliError(error.message);
        return ws;
    }
    static void declareCommon(QCommandLineParser& parser) {
        parser.addOption({QStringLiteral("workspace"), tr("The workspace (default: the default workspace)."),
                          QStringLiteral("PATH")});
        parser.addOption(
            {QStringLiteral("project"), tr("The annotation project's name."), QStringLiteral("NAME")});
    }
};

class ImportCommand : public DocumentCommand {
public:
    QStringList words() const override { return {QStringLiteral("documents"), QStringLiteral("import")}; }
    QString summary() const override {
        return DocumentCommand::tr(
            "Import document files (.kcat, .jsonl, brat .txt+.ann, plain .txt) into a project.");
    }
    void declare(QCommandLineParser& parser) const override {
        declareCommon(parser);
        parser.addOption(
            {QStringLiteral("typeset"),
             DocumentCommand::tr("Type set of a new project: figer, ontonotes or coarse (default figer)."),
             QStringLiteral("NAME"), QStringLiteral("figer")});
        parser.addPositionalArgument(QStringLiteral("files"), DocumentCommand::tr("The files to import."),
                                     QStringLiteral("FILE..."));
    }
    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        const QString name = core::requiredValue(parser, QStringLiteral("project"));
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty())
            throw core::CliError(DocumentCommand::tr("expected at least one file to import"));
        auto ws = openWorkspace(parser);
        ProjectStore projects(ws.get());
        Project project = projects.projectNamed(name);
        QString error;
        if (project.id == 0) {
            const qint64 id = projects.createProject(name, parser.value(QStringLiteral("typeset")), &error);
            if (id == 0)
                throw core::CliError(error, core::ExitFailure);
            project = projects.project(id);
        }
        QSet<QString> known;
        try {
            const QStringList paths = TypeSetRegistry().get(project.typeSet)->paths();
            known = QSet<QString>(paths.begin(), paths.end());
        } catch (const KnowledgeError& e) {
            throw core::CliError(e.message());
        }
        DocumentStore store(ws.get());
        DocumentImporter importer(&store, known);
        int failed = 0;
        for (const QString& file : files) {
            ImportError problem;
            const QVector<qint64> ids = importer.importFile(project.id, file, &problem);
            nlohmann::json line = {{"file", file}, {"project", project.name}, {"documents", ids.size()}};
            if (problem.isError()) {
                ++failed;
                line["error"] = problem.message();
                ctx.err << problem.message().toStdString() << '\n';
            }
            ctx.print(line);
        }
        return failed == 0 ? core::ExitOk : core::ExitBadInput;
    }
};

class ExportCommand : public DocumentCommand {
public:
    QStringList words() const override { return {QStringLiteral("documents"), QStringLiteral("export")}; }
    QString summary() const override {
        return DocumentCommand::tr("Export a project's documents in one of the document formats.");
    }
    void declare(QCommandLineParser& parser) const override {
        declareCommon(parser);
        parser.addOption({QStringLiteral("format"), DocumentCommand::tr("kcat, jsonl, brat or text."),
                          QStringLiteral("FORMAT")});
        parser.addOption({QStringLiteral("output"), DocumentCommand::tr("The folder to write into."),
                          QStringLiteral("DIR")});
    }
    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        const QString name = core::requiredValue(parser, QStringLiteral("project"));
        const QString format = core::requiredValue(parser, QStringLiteral("format"));
        const QString output = core::requiredValue(parser, QStringLiteral("output"));
        const QHash<QString, DocumentImporter::Format> formats = {
            {QStringLiteral("kcat"), DocumentImporter::Format::Kcat},
            {QStringLiteral("jsonl"), DocumentImporter::Format::FigerJsonl},
            {QStringLiteral("brat"), DocumentImporter::Format::Brat},
            {QStringLiteral("text"), DocumentImporter::Format::PlainText}};
        if (!formats.contains(format))
            throw core::CliError(
                DocumentCommand::tr("unknown format \"%1\" (expected kcat, jsonl, brat or text)")
                    .arg(format));
        auto ws = openWorkspace(parser);
        const Project project = ProjectStore(ws.get()).projectNamed(name);
        if (project.id == 0)
            throw core::CliError(DocumentCommand::tr("no project named \"%1\" in %2").arg(name, ws->path()));
        DocumentStore store(ws.get());
        QString error;
        const QStringList written =
            DocumentImporter(&store, {}).exportProject(project.id, formats.value(format), output, &error);
        if (!error.isEmpty())
            throw core::CliError(error, core::ExitFailure);
        ctx.print({{"project", project.name}, {"format", format}, {"files", written}});
        return core::ExitOk;
    }
};

} // namespace

void registerDocumentsModule() {
    registerDocumentsSchema();
    auto& registry = core::CliRegistry::instance();
    if (!registry.has({QStringLiteral("documents"), QStringLiteral("import")})) {
        registry.add(std::make_unique<ImportCommand>());
        registry.add(std::make_unique<ExportCommand>());
    }
    registerTypingCostCommand();
}

} // namespace kcat::annotation
