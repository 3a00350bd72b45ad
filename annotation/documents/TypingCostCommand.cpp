// `kcat typing-cost`: the keystroke experiment of KCAT (the knowledge constraint keeps typing cheap as the
// type set grows), on the demo documents with WordNet gold links; optionally next to a workspace's cost log.

#include "annotation/documents/DemoProject.h"
#include "annotation/documents/DocumentsModule.h"
#include "annotation/documents/ProjectStore.h"
#include "annotation/documents/TypingCost.h"
#include "annotation/knowledge/Knowledge.h"
#include "annotation/knowledge/KnowledgeError.h"
#include "annotation/knowledge/TypeSetRegistry.h"
#include "compute/core/Cli.h"
#include "compute/core/Json.h"
#include "compute/core/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kcat::annotation {

namespace {

// What annotators really did in a project: the last cost row of every confirmed mention.
nlohmann::json costLog(const QString& workspacePath, const QString& projectName) {
    core::WorkspaceError error;
    auto ws = core::Workspace::open(workspacePath, &error);
    if (!ws)
        throw core::CliError(error.message);
    const Project project = ProjectStore(ws.get()).projectNamed(projectName);
    if (project.id == 0)
        throw core::CliError(
            TypingCostModel::tr("no project named \"%1\" in %2").arg(projectName, workspacePath));
    QSqlQuery q(ws->database());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), AVG(c.keystrokes), AVG(c.clicks), AVG(c.focus_to_confirm_ms) FROM annotation_costs "
        "c "
        "JOIN annotation_mentions m ON m.id = c.mention_id JOIN annotation_documents d ON d.id = "
        "m.document_id "
        "WHERE d.project_id = ? AND c.id = (SELECT MAX(c2.id) FROM annotation_costs c2 WHERE c2.mention_id = "
        "c.mention_id AND c2.annotator_id = c.annotator_id)"));
    q.addBindValue(project.id);
    if (!q.exec() || !q.next())
        throw core::CliError(q.lastError().text(), core::ExitFailure);
    return {{"project", project.name},
            {"type_set", project.typeSet},
            {"mentions", q.value(0).toInt()},
            {"mean_keystrokes", q.value(1).toDouble()},
            {"mean_clicks", q.value(2).toDouble()},
            {"mean_ms", q.value(3).toDouble()}};
}

class TypingCostCommand : public core::CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("typing-cost")}; }
    QString summary() const override {
        return TypingCostModel::tr("Fewest keystrokes to type the demo mentions' gold types, with or "
                                   "without the knowledge constraint.");
    }
    void declare(QCommandLineParser& parser) const override {
        parser.addOption({QStringLiteral("typeset"),
                          TypingCostModel::tr("Type set: figer, ontonotes, coarse or wordnet."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("no-constraint"),
                          TypingCostModel::tr("Offer every type (no knowledge constraint).")});
        parser.addOption({QStringLiteral("documents"),
                          TypingCostModel::tr("How many gloss documents (default 200, the demo project)."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("workspace"),
                          TypingCostModel::tr("Also summarise this workspace's cost log (with --project)."),
                          QStringLiteral("PATH")});
        parser.addOption({QStringLiteral("project"),
                          TypingCostModel::tr("The project whose cost log to summarise."),
                          QStringLiteral("NAME")});
    }
    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        const QString typeSet = core::requiredValue(parser, QStringLiteral("typeset"));
        if (!TypeSetRegistry::builtinNames().contains(typeSet))
            throw core::CliError(
                TypingCostModel::tr("unknown type set \"%1\"; expected figer, ontonotes, coarse or wordnet")
                    .arg(typeSet));
        const int count = parser.isSet(QStringLiteral("documents"))
                              ? core::intValue(parser, QStringLiteral("documents"), 1, 100000)
                              : DemoProject::DocumentCount;
        if (parser.isSet(QStringLiteral("workspace")) != parser.isSet(QStringLiteral("project")))
            throw core::CliError(TypingCostModel::tr("expected --workspace and --project together"));
        nlohmann::json log;
        if (parser.isSet(QStringLiteral("workspace")))
            log = costLog(parser.value(QStringLiteral("workspace")), parser.value(QStringLiteral("project")));
        const bool constraint = !parser.isSet(QStringLiteral("no-constraint"));
        std::shared_ptr<const Knowledge> knowledge;
        try {
            knowledge = Knowledge::loadBuiltin();
        } catch (const KnowledgeError& e) {
            throw core::CliError(e.message());
        }
        std::vector<uint32_t> sources;
        const QVector<DocumentData> docs = DemoProject::buildDocuments(*knowledge, count, {}, &sources);
        const TypingCostReport r = measureTypingCost(knowledge, typeSet, constraint, docs, sources);
        nlohmann::json views = nlohmann::json::object();
        static const char* names[] = {"flatten", "coarse-fine", "tree"};
        for (int v = 0; v < 3; ++v)
            views[names[v]] = {
                {"mean_actions", r.viewMean[v]}, {"reached", r.viewReached[v]}, {"best_for", r.bestView[v]}};
        nlohmann::json out = {{"typeset", r.typeSet},
                              {"types", r.typeSetSize},
                              {"constraint", r.constraint},
                              {"documents", r.documents},
                              {"mentions", r.mentions},
                              {"gold_mentions", r.gold},
                              {"gold_by_pointer", r.goldByPointer},
                              {"gold_by_name", r.goldByName},
                              {"unreachable", r.unreachable},
                              {"mean_actions", r.meanActions},
                              {"median_actions", r.medianActions},
                              {"mean_candidate_ratio", r.meanCandidateRatio},
                              {"mean_linked_ratio", r.meanLinkedRatio},
                              {"relinked", r.relinked},
                              {"released", r.released},
                              {"views", views}};
        if (!log.is_null())
            out["cost_log"] = log;
        ctx.print(out);
        return core::ExitOk;
    }
};

} // namespace

void registerTypingCostCommand() {
    auto& registry = core::CliRegistry::instance();
    if (!registry.has({QStringLiteral("typing-cost")}))
        registry.add(std::make_unique<TypingCostCommand>());
}

} // namespace kcat::annotation
