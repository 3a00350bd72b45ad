// `kcat aggregate --input F --method mv|ds|onecoin|glad|mace [--gold G] [--multilabel] [--parents P]`

#include "annotation/crowd/AnnotatorQuality.h"
#include "annotation/crowd/CrowdCommands.h"
#include "annotation/crowd/MultiLabelAggregation.h"
#include "compute/core/Json.h"

namespace kcat::crowd {

namespace {

// Posteriors below this are left out of the JSON to keep it readable; they are still part of the estimate.
constexpr double kPosteriorFloor = 1e-6;

nlohmann::json singleLabel(const LabelTable& table, AggregationMethod method,
                           const AggregationOptions& options, const std::optional<GoldLabels>& goldFile,
                           const QString& goldPath) {
    const CrowdLabels data = CrowdLabels::fromTable(table);
    const AggregationResult r = aggregate(method, data, options);
    std::vector<int> gold;
    if (goldFile) {
        gold.assign(size_t(table.itemCount()), -1);
        const std::vector<QStringList> perItem = goldFile->forTable(table);
        for (int i = 0; i < table.itemCount(); ++i) {
            const QStringList& g = perItem[size_t(i)];
            if (g.size() > 1)
                throw CrowdInputError(CrowdCommands::tr("%1: item '%2' has %3 gold labels; single-label "
                                                        "aggregation needs one (use --multilabel)")
                                          .arg(goldPath, table.items()[i])
                                          .arg(g.size()));
            if (g.size() == 1) {
                const int id = table.labelId(g.first());
                gold[size_t(i)] = id >= 0 ? id : data.classes; // a label nobody gave: never matched
            }
        }
    }
    std::vector<int> goldForQuality = gold;
    for (int& g : goldForQuality)
        if (g == data.classes)
            g = -2;
    nlohmann::json labels = nlohmann::json::object(), posteriors = nlohmann::json::object();
    qint64 goldItems = 0, goldRight = 0;
    for (int i = 0; i < table.itemCount(); ++i) {
        const std::string item = table.items()[i].toStdString();
        const int l = r.labels[size_t(i)];
        if (l < 0) {
            labels[item] = nullptr;
            continue;
        }
        labels[item] = table.labels()[l].toStdString();
        nlohmann::json p = nlohmann::json::object();
        for (int c = 0; c < r.classes; ++c)
            if (r.posterior(i, c) >= kPosteriorFloor)
                p[table.labels()[c].toStdString()] = r.posterior(i, c);
        posteriors[item] = std::move(p);
        if (!gold.empty() && gold[size_t(i)] >= 0) {
            ++goldItems;
            goldRight += gold[size_t(i)] == l;
        }
    }
    const std::vector<AnnotatorQuality> quality = annotatorQuality(data, r, goldForQuality);
    nlohmann::json skills = nlohmann::json::object();
    const size_t k = size_t(r.classes);
    for (int j = 0; j < table.annotatorCount(); ++j) {
        const AnnotatorQuality& q = quality[size_t(j)];
        nlohmann::json confusion = nlohmann::json::array();
        for (size_t t = 0; t < k; ++t)
            confusion.push_back(
                std::vector<double>(r.confusion.begin() + ptrdiff_t((size_t(j) * k + t) * k),
                                    r.confusion.begin() + ptrdiff_t((size_t(j) * k + t + 1) * k)));
        skills[table.annotators()[j].toStdString()] = {
            {"labels", q.labels},
            {r.skillName, CrowdCommands::number(q.skill)},
            {"accuracy_consensus", CrowdCommands::number(q.consensusAccuracy)},
            {"accuracy_gold", CrowdCommands::number(q.goldAccuracy)},
            {"gold_items", q.goldItems},
            {"spammer_score", CrowdCommands::number(q.spammerScore)},
            {"confusion", confusion},
        };
    }
    nlohmann::json out = {
        {"classes", table.labels()},
        {"labels", labels},
        {"posteriors", posteriors},
        {"skills", skills},
        {"iterations", r.iterations},
        {"converged", r.converged},
        {"log_likelihood", CrowdCommands::number(r.logLikelihood)},
    };
    if (goldFile)
        out["gold"] = {
            {"items", goldItems},
            {"accuracy", CrowdCommands::number(
                             goldItems > 0 ? std::optional<double>(double(goldRight) / double(goldItems))
                                           : std::nullopt)}};
    return out;
}

nlohmann::json multiLabel(const LabelTable& table, AggregationMethod method,
                          const AggregationOptions& options, const std::optional<GoldLabels>& goldFile,
                          const TypeHierarchy& hierarchy) {
    const std::vector<QStringList> gold = goldFile ? goldFile->forTable(table) : std::vector<QStringList>{};
    const MultiLabelResult r = aggregateMultiLabel(table, method, options, hierarchy, gold);
    nlohmann::json labels = nlohmann::json::object(), posteriors = nlohmann::json::object();
    qint64 goldItems = 0;
    double goldExact = 0;
    for (int i = 0; i < table.itemCount(); ++i) {
        const std::string item = table.items()[i].toStdString();
        labels[item] = r.labels[size_t(i)];
        nlohmann::json p = nlohmann::json::object();
        for (const auto& [label, value] : r.posteriors[size_t(i)])
            if (value >= kPosteriorFloor)
                p[label.toStdString()] = value;
        posteriors[item] = std::move(p);
        if (!gold.empty() && !gold[size_t(i)].isEmpty()) {
            QStringList g = gold[size_t(i)];
            g.sort();
            ++goldItems;
            goldExact += g == r.labels[size_t(i)];
        }
    }
    nlohmann::json skills = nlohmann::json::object();
    for (int j = 0; j < table.annotatorCount(); ++j) {
        const MultiLabelAnnotatorQuality& q = r.annotators[size_t(j)];
        nlohmann::json perLabel = nlohmann::json::object();
        for (const auto& [label, skill] : q.skillPerLabel)
            perLabel[label.toStdString()] = {
                {r.skillName, CrowdCommands::number(skill)},
                {"spammer_score", CrowdCommands::number(q.spammerScorePerLabel.at(label))}};
        skills[table.annotators()[j].toStdString()] = {
            {"items", q.cells},
            {"jaccard_consensus", CrowdCommands::number(q.consensusJaccard)},
            {"accuracy_consensus", CrowdCommands::number(q.consensusExact)},
            {"jaccard_gold", CrowdCommands::number(q.goldJaccard)},
            {"accuracy_gold", CrowdCommands::number(q.goldExact)},
            {"gold_items", q.goldItems},
            {"spammer_score", CrowdCommands::number(q.meanSpammerScore)},
            {"per_label", perLabel},
        };
    }
    nlohmann::json out = {
        {"labels", labels},         {"posteriors", posteriors},
        {"skills", skills},         {"iterations", r.iterations},
        {"converged", r.converged}, {"closed_under_ancestors", !hierarchy.isEmpty()},
    };
    if (goldFile)
        out["gold"] = {
            {"items", goldItems},
            {"exact_match",
             CrowdCommands::number(goldItems > 0 ? std::optional<double>(goldExact / double(goldItems))
                                                 : std::nullopt)}};
    return out;
}

class AggregateCommand : public core::CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("aggregate")}; }
    QString summary() const override {
        return CrowdCommands::tr(
            "Turn many annotators' labels into one label per item, with annotator skills.");
    }
    void declare(QCommandLineParser& parser) const override {
        parser.addOption({QStringLiteral("input"),
                          CrowdCommands::tr("Long-format TSV: item<TAB>annotator<TAB>label[<TAB>time]."),
                          QStringLiteral("F")});
        parser.addOption({QStringLiteral("method"),
                          CrowdCommands::tr("mv, ds (Dawid-Skene, default), onecoin, glad or mace."),
                          QStringLiteral("M")});
        parser.addOption({QStringLiteral("gold"), CrowdCommands::tr("Gold labels TSV: item<TAB>label."),
                          QStringLiteral("G")});
        parser.addOption(
            {QStringLiteral("multilabel"),
             CrowdCommands::tr("Label sets: binary relevance per label, closed under ancestors.")});
        parser.addOption({QStringLiteral("parents"),
                          CrowdCommands::tr("Parent map TSV label<TAB>parent for --multilabel."),
                          QStringLiteral("P")});
        parser.addOption({QStringLiteral("tolerance"),
                          CrowdCommands::tr("EM stops when no posterior moves more (default 1e-6)."),
                          QStringLiteral("T"), QStringLiteral("1e-6")});
        parser.addOption({QStringLiteral("max-iterations"),
                          CrowdCommands::tr("EM iteration cap (default 100)."), QStringLiteral("N"),
                          QStringLiteral("100")});
        parser.addOption({QStringLiteral("seed"),
                          CrowdCommands::tr("Seed of MACE's random restarts (default 1)."),
                          QStringLiteral("S"), QStringLiteral("1")});
        parser.addOption({QStringLiteral("restarts"),
                          CrowdCommands::tr("MACE's random restarts (default 5)."), QStringLiteral("R"),
                          QStringLiteral("5")});
    }
    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        const QString methodName =
            CrowdCommands::choice(parser, QStringLiteral("method"),
                                  {QStringLiteral("ds"), QStringLiteral("mv"), QStringLiteral("onecoin"),
                                   QStringLiteral("glad"), QStringLiteral("mace")});
        const AggregationMethod method = methodName == QLatin1String("mv") ? AggregationMethod::MajorityVote
                                         : methodName == QLatin1String("onecoin") ? AggregationMethod::OneCoin
                                         : methodName == QLatin1String("glad")    ? AggregationMethod::Glad
                                         : methodName == QLatin1String("mace")
                                             ? AggregationMethod::Mace
                                             : AggregationMethod::DawidSkene;
        AggregationOptions options;
        options.tolerance = core::doubleValue(parser, QStringLiteral("tolerance"), 0.0, 1.0);
        options.maxIterations = core::intValue(parser, QStringLiteral("max-iterations"), 1, 1000000);
        options.seed = std::uint64_t(core::intValue(parser, QStringLiteral("seed"), 0, 2147483647));
        options.restarts = core::intValue(parser, QStringLiteral("restarts"), 1, 1000);
        const bool multi = parser.isSet(QStringLiteral("multilabel"));
        if (parser.isSet(QStringLiteral("parents")) && !multi)
            throw core::CliError(CrowdCommands::tr("--parents needs --multilabel"));

        const LabelTable table = CrowdCommands::loadInput(parser);
        try {
            std::optional<GoldLabels> gold;
            const QString goldPath = parser.value(QStringLiteral("gold"));
            if (parser.isSet(QStringLiteral("gold")))
                gold = GoldLabels::loadTsv(goldPath);
            nlohmann::json out;
            if (multi) {
                const TypeHierarchy hierarchy =
                    parser.isSet(QStringLiteral("parents"))
                        ? TypeHierarchy::loadTsv(parser.value(QStringLiteral("parents")))
                        : TypeHierarchy();
                out = multiLabel(table, method, options, gold, hierarchy);
            } else {
                out = singleLabel(table, method, options, gold, goldPath);
            }
            nlohmann::json head = {{"method", methodName.toStdString()},
                                   {"multilabel", multi},
                                   {"items", table.itemCount()},
                                   {"annotators", table.annotatorCount()}};
            head.update(out);
            ctx.print(head);
        } catch (const CrowdInputError& e) {
            throw core::CliError(e.message(), core::ExitBadInput);
        }
        return core::ExitOk;
    }
};

} // namespace

std::unique_ptr<core::CliCommand> CrowdCommands::aggregate() {
    return std::make_unique<AggregateCommand>();
}

} // namespace kcat::crowd
