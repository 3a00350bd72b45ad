// `kcat crowd simulate --gold GOLD.tsv --annotators N --accuracy A [--seed S] [--spammers M] ...`, or with
// `--project P` into a workspace project (the handler is installed by annotation/team).

#include "annotation/crowd/CrowdCommands.h"
#include "annotation/crowd/CrowdModule.h"
#include "annotation/crowd/CrowdSimulator.h"

namespace kcat::crowd {

namespace {

ProjectSimulationHandler& projectHandler() {
    static ProjectSimulationHandler handler;
    return handler;
}

class SimulateCommand : public core::CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("crowd"), QStringLiteral("simulate")}; }
    QString summary() const override {
        return CrowdCommands::tr("Simulate crowd labels over gold labels (a label TSV on stdout), or into a "
                                 "workspace project with --project.");
    }
    void declare(QCommandLineParser& parser) const override {
        parser.addOption({QStringLiteral("gold"), CrowdCommands::tr("Gold labels TSV: item<TAB>label."),
                          QStringLiteral("G")});
        if (projectHandler())
            projectHandler().declare(parser);
        parser.addOption(
            {QStringLiteral("annotators"), CrowdCommands::tr("Number of annotators."), QStringLiteral("N")});
        parser.addOption(
            {QStringLiteral("accuracy"),
             CrowdCommands::tr("Accuracy of every annotator, or one per annotator (comma-separated)."),
             QStringLiteral("A")});
        parser.addOption({QStringLiteral("spammers"),
                          CrowdCommands::tr("How many of the annotators (the last ones) answer at random."),
                          QStringLiteral("M"), QStringLiteral("0")});
        parser.addOption(
            {QStringLiteral("pattern"),
             CrowdCommands::tr("Errors: uniform (default) or sibling (towards labels with the same "
                               "parent)."),
             QStringLiteral("P")});
        parser.addOption(
            {QStringLiteral("parents"),
             CrowdCommands::tr("Parent map TSV label<TAB>parent (default: from /path/like names)."),
             QStringLiteral("F")});
        parser.addOption({QStringLiteral("coverage"),
                          CrowdCommands::tr("Chance that an annotator labels an item (default 1)."),
                          QStringLiteral("C"), QStringLiteral("1")});
        parser.addOption({QStringLiteral("seed"), CrowdCommands::tr("Random seed (default 1)."),
                          QStringLiteral("S"), QStringLiteral("1")});
    }
    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        const bool intoProject = projectHandler() && parser.isSet(QStringLiteral("project"));
        const QString goldPath =
            intoProject ? QString() : core::requiredValue(parser, QStringLiteral("gold"));
        core::requiredValue(parser, QStringLiteral("annotators"));
        const int n = core::intValue(parser, QStringLiteral("annotators"), 1, 100000);
        const int spammers = core::intValue(parser, QStringLiteral("spammers"), 0, n);
        const QStringList accuracies =
            core::requiredValue(parser, QStringLiteral("accuracy")).split(QLatin1Char(','));
        if (accuracies.size() != 1 && accuracies.size() != n)
            throw core::CliError(
                CrowdCommands::tr("--accuracy: expected one value or %1 comma-separated values, got %2")
                    .arg(n)
                    .arg(accuracies.size()));
        const QString patternName = CrowdCommands::choice(
            parser, QStringLiteral("pattern"), {QStringLiteral("uniform"), QStringLiteral("sibling")});
        SimulationOptions options;
        options.seed = std::uint64_t(core::intValue(parser, QStringLiteral("seed"), 0, 2147483647));
        options.coverage = core::doubleValue(parser, QStringLiteral("coverage"), 0.0, 1.0);
        std::vector<SimulatedAnnotator> annotators;
        const int width = QString::number(n).size();
        for (int j = 0; j < n; ++j) {
            bool ok = false;
            const QString text = accuracies[accuracies.size() == 1 ? 0 : j].trimmed();
            const double a = text.toDouble(&ok);
            if (!ok || a < 0 || a > 1)
                throw core::CliError(
                    CrowdCommands::tr("--accuracy: expected numbers from 0 to 1, got '%1'").arg(text));
            SimulatedAnnotator sa;
            sa.name = QStringLiteral("sim%1").arg(j + 1, width, 10, QLatin1Char('0'));
            sa.accuracy = a;
            sa.pattern = j >= n - spammers                         ? ErrorPattern::Spammer
                         : patternName == QLatin1String("sibling") ? ErrorPattern::Sibling
                                                                   : ErrorPattern::Uniform;
            annotators.push_back(sa);
        }
        if (intoProject) {
            for (SimulatedAnnotator& a : annotators)
                a.name.clear(); // the project handler names them (prefix, simulated flag)
            return projectHandler().run(parser, ctx, annotators, options.seed);
        }
        try {
            const GoldLabels gold = GoldLabels::loadTsv(goldPath);
            const TypeHierarchy hierarchy =
                parser.isSet(QStringLiteral("parents"))
                    ? TypeHierarchy::loadTsv(parser.value(QStringLiteral("parents")))
                    : TypeHierarchy::fromPathNames(gold.labelNames);
            const std::vector<SimulatedLabel> labels = simulateCrowd(gold, annotators, hierarchy, options);
            QStringList spamNames;
            for (const SimulatedAnnotator& a : annotators)
                if (a.pattern == ErrorPattern::Spammer)
                    spamNames << a.name;
            const QString description =
                QStringLiteral(
                    "gold=%1 annotators=%2 accuracy=%3 pattern=%4 spammers=[%5] coverage=%6 seed=%7")
                    .arg(goldPath)
                    .arg(n)
                    .arg(accuracies.join(QLatin1Char(',')), patternName, spamNames.join(QLatin1Char(',')))
                    .arg(options.coverage)
                    .arg(options.seed);
            writeSimulatedTsv(ctx.out, labels, description);
            ctx.out.flush();
        } catch (const CrowdInputError& e) {
            throw core::CliError(e.message(), core::ExitBadInput);
        }
        return core::ExitOk;
    }
};

} // namespace

void setProjectSimulationHandler(ProjectSimulationHandler handler) {
    projectHandler() = std::move(handler);
}

std::unique_ptr<core::CliCommand> CrowdCommands::simulate() {
    return std::make_unique<SimulateCommand>();
}

} // namespace kcat::crowd
