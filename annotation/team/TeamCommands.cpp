// `kcat crowd simulate --project P …` (simulated annotators into a workspace project) and
// `kcat team export-final --project P --format F --output DIR`.

#include "annotation/crowd/CrowdModule.h"
#include "annotation/documents/DemoProject.h"
#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/ProjectStore.h"
#include "annotation/knowledge/Knowledge.h"
#include "annotation/knowledge/KnowledgeError.h"
#include "annotation/team/FinalLayer.h"
#include "annotation/team/ProjectSimulation.h"
#include "annotation/team/TeamModule.h"
#include "annotation/team/TeamSchema.h"
#include "compute/core/AppPaths.h"
#include "compute/core/Workspace.h"

namespace kcat::team {

namespace {

class TeamCommands {
    Q_DECLARE_TR_FUNCTIONS(kcat::team::TeamCommands)

public:
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

    static void declareSimulation(QCommandLineParser& parser) {
        parser.addOption({QStringLiteral("project"),
                          tr("Simulate into this workspace project (its mentions' KB types are the gold)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("workspace"), tr("The workspace (default: the default workspace)."),
                          QStringLiteral("PATH")});
        parser.addOption({QStringLiteral("overlap"),
                          tr("With --project: annotators per document (default 3)."), QStringLiteral("K")});
        parser.addOption({QStringLiteral("gold-documents"),
                          tr("With --project: documents given to everyone as gold (default 10% of them)."),
                          QStringLiteral("G")});
        parser.addOption(
            {QStringLiteral("blind"), tr("With --project: annotators never see each other's labels.")});
        parser.addOption(
            {QStringLiteral("no-costs"), tr("With --project: write no simulated cost-log rows.")});
        parser.addOption({QStringLiteral("prefix"),
                          tr("With --project: name prefix of the simulated annotators (default sim)."),
                          QStringLiteral("P"), QStringLiteral("sim")});
    }

    static int simulate(const QCommandLineParser& parser, core::CliContext& ctx,
                        const std::vector<crowd::SimulatedAnnotator>& annotators, std::uint64_t seed) {
        const QString name = core::requiredValue(parser, QStringLiteral("project"));
        auto ws = openWorkspace(parser);
        annotation::ProjectStore projects(ws.get());
        annotation::Project project = projects.projectNamed(name);
        const bool demo = project.id == 0 && name == annotation::DemoProject::projectName();
        if (project.id == 0 && !demo)
            throw core::CliError(tr("--project: no project named '%1' in %2").arg(name, ws->path()));
        std::shared_ptr<annotation::Knowledge> knowledge;
        try {
            knowledge = annotation::Knowledge::loadBuiltin();
        } catch (const annotation::KnowledgeError& e) {
            throw core::CliError(QString::fromUtf8(e.what()), core::ExitFailure);
        }
        if (demo) { // the demo workspace's project, built as the Annotate page builds it
            QString error;
            const auto docs = annotation::DemoProject::buildDocuments(*knowledge);
            if (annotation::DemoProject::store(ws.get(), docs, &error) == 0)
                throw core::CliError(error, core::ExitFailure);
            project = projects.projectNamed(name);
        }
        ProjectSimulationOptions options;
        options.annotators = annotators;
        options.prefix = parser.value(QStringLiteral("prefix"));
        const int n = int(annotators.size());
        options.assignment.overlap = parser.isSet(QStringLiteral("overlap"))
                                         ? core::intValue(parser, QStringLiteral("overlap"), 1, n)
                                         : std::min(3, n);
        options.assignment.blind = parser.isSet(QStringLiteral("blind"));
        options.assignment.seed = seed;
        options.costs = !parser.isSet(QStringLiteral("no-costs"));
        const int documents = int(annotation::DocumentStore(ws.get()).documents(project.id).size());
        options.assignment.goldDocuments =
            parser.isSet(QStringLiteral("gold-documents"))
                ? core::intValue(parser, QStringLiteral("gold-documents"), 0, documents)
                : documents / 10;
        ProjectSimulationResult r;
        QString error;
        if (!ProjectSimulation::run(ws.get(), project.id, *knowledge, options, &r, &error))
            throw core::CliError(error);
        ctx.print({{"project", name.toStdString()},
                   {"simulated", true},
                   {"annotators", r.annotators},
                   {"documents", r.documents},
                   {"mentions", r.mentions},
                   {"mentions_without_gold", r.mentionsWithoutGold},
                   {"gold_mentions", r.goldMentions},
                   {"assignments", r.assignments},
                   {"labels", r.labels},
                   {"costs", r.costs},
                   {"overlap", options.assignment.overlap},
                   {"gold_documents", options.assignment.goldDocuments},
                   {"blind", options.assignment.blind}});
        return core::ExitOk;
    }
};

class ExportFinalCommand : public core::CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("team"), QStringLiteral("export-final")}; }
    QString summary() const override {
        return TeamCommands::tr("Export a project's adjudicated final layer in a document format.");
    }
    void declare(QCommandLineParser& parser) const override {
        parser.addOption({QStringLiteral("workspace"),
                          TeamCommands::tr("The workspace (default: the default "
                                           "workspace)."),
                          QStringLiteral("PATH")});
        parser.addOption({QStringLiteral("project"), TeamCommands::tr("The annotation project's name."),
                          QStringLiteral("NAME")});
        parser.addOption(
            {QStringLiteral("format"), TeamCommands::tr("kcat, jsonl, brat or text."), QStringLiteral("F")});
        parser.addOption(
            {QStringLiteral("output"), TeamCommands::tr("The folder to write into."), QStringLiteral("DIR")});
    }
    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        const QString name = core::requiredValue(parser, QStringLiteral("project"));
        const QString formatName = core::requiredValue(parser, QStringLiteral("format"));
        const QString output = core::requiredValue(parser, QStringLiteral("output"));
        using F = annotation::DocumentImporter::Format;
        const QHash<QString, F> formats{{QStringLiteral("kcat"), F::Kcat},
                                        {QStringLiteral("jsonl"), F::FigerJsonl},
                                        {QStringLiteral("brat"), F::Brat},
                                        {QStringLiteral("text"), F::PlainText}};
        if (!formats.contains(formatName))
            throw core::CliError(
                TeamCommands::tr("--format: expected kcat, jsonl, brat or text, got '%1'").arg(formatName));
        auto ws = TeamCommands::openWorkspace(parser);
        const annotation::Project project = annotation::ProjectStore(ws.get()).projectNamed(name);
        if (project.id == 0)
            throw core::CliError(
                TeamCommands::tr("--project: no project named '%1' in %2").arg(name, ws->path()));
        FinalLayer layer(ws.get());
        if (!layer.isValid())
            throw core::CliError(layer.error(), core::ExitFailure);
        QString error;
        const QStringList files = layer.exportProject(project.id, formats.value(formatName), output, &error);
        if (!error.isEmpty())
            throw core::CliError(error, core::ExitFailure);
        nlohmann::json list = nlohmann::json::array();
        for (const QString& f : files)
            list.push_back(f.toStdString());
        ctx.print({{"project", name.toStdString()}, {"format", formatName.toStdString()}, {"files", list}});
        return core::ExitOk;
    }
};

} // namespace

void registerTeamModule() {
    registerTeamSchema();
    auto& registry = core::CliRegistry::instance();
    if (registry.has({QStringLiteral("team"), QStringLiteral("export-final")}))
        return;
    registry.add(std::make_unique<ExportFinalCommand>());
    crowd::setProjectSimulationHandler({&TeamCommands::declareSimulation, &TeamCommands::simulate});
}

} // namespace kcat::team
