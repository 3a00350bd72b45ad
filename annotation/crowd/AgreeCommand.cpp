// `kcat agree --input F --metric percent|cohen|fleiss|krippendorff [--distance nominal|masi|jaccard]`

#include "annotation/crowd/AgreementBreakdown.h"
#include "annotation/crowd/CrowdCommands.h"
#include "compute/core/Json.h"

namespace kcat::crowd {

namespace {

nlohmann::json matrixJson(const std::vector<std::optional<double>>& matrix, int n) {
    nlohmann::json rows = nlohmann::json::array();
    for (int a = 0; a < n; ++a) {
        nlohmann::json row = nlohmann::json::array();
        for (int b = 0; b < n; ++b)
            row.push_back(CrowdCommands::number(matrix[size_t(a) * size_t(n) + size_t(b)]));
        rows.push_back(std::move(row));
    }
    return rows;
}

nlohmann::json groupsJson(const std::vector<GroupAgreement>& groups, const char* key, bool withRange) {
    nlohmann::json out = nlohmann::json::array();
    for (const GroupAgreement& g : groups) {
        nlohmann::json entry = {{key, g.name},
                                {"value", CrowdCommands::number(g.result.value)},
                                {"items", g.items},
                                {"pairable_items", g.result.units}};
        if (withRange) {
            entry["from"] = g.from;
            entry["to"] = g.to;
        }
        if (!g.result.value)
            entry["reason"] = g.result.reason;
        out.push_back(std::move(entry));
    }
    return out;
}

class AgreeCommand : public core::CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("agree")}; }
    QString summary() const override {
        return CrowdCommands::tr("Inter-annotator agreement of a label file (item, annotator, label TSV).");
    }
    void declare(QCommandLineParser& parser) const override {
        parser.addOption({QStringLiteral("input"),
                          CrowdCommands::tr("Long-format TSV: item<TAB>annotator<TAB>label[<TAB>time]."),
                          QStringLiteral("F")});
        parser.addOption({QStringLiteral("metric"),
                          CrowdCommands::tr("percent, cohen, fleiss or krippendorff (default)."),
                          QStringLiteral("M")});
        parser.addOption(
            {QStringLiteral("distance"),
             CrowdCommands::tr("Distance between label sets: nominal (default), masi or jaccard."),
             QStringLiteral("D")});
        parser.addOption(
            {QStringLiteral("by"),
             CrowdCommands::tr("Also break the value down: label, document, time (comma-separated)."),
             QStringLiteral("WHAT")});
        parser.addOption({QStringLiteral("windows"),
                          CrowdCommands::tr("Number of time windows for --by time (default 10)."),
                          QStringLiteral("N"), QStringLiteral("10")});
    }
    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        const QString metricName =
            CrowdCommands::choice(parser, QStringLiteral("metric"),
                                  {QStringLiteral("krippendorff"), QStringLiteral("percent"),
                                   QStringLiteral("cohen"), QStringLiteral("fleiss")});
        const QString distanceName = CrowdCommands::choice(
            parser, QStringLiteral("distance"),
            {QStringLiteral("nominal"), QStringLiteral("masi"), QStringLiteral("jaccard")});
        const QStringList by = parser.value(QStringLiteral("by")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& b : by)
            if (b != QLatin1String("label") && b != QLatin1String("document") && b != QLatin1String("time"))
                throw core::CliError(
                    CrowdCommands::tr("--by: expected label, document or time, got '%1'").arg(b));
        const int windows = core::intValue(parser, QStringLiteral("windows"), 1, 100000);
        const AgreementMetric metric = metricName == QLatin1String("percent") ? AgreementMetric::Percent
                                       : metricName == QLatin1String("cohen") ? AgreementMetric::Cohen
                                       : metricName == QLatin1String("fleiss")
                                           ? AgreementMetric::Fleiss
                                           : AgreementMetric::Krippendorff;
        const Distance distance = distanceName == QLatin1String("masi")      ? Distance::Masi
                                  : distanceName == QLatin1String("jaccard") ? Distance::Jaccard
                                                                             : Distance::Nominal;
        if (metric == AgreementMetric::Fleiss && distance != Distance::Nominal)
            throw core::CliError(
                CrowdCommands::tr("--metric fleiss is nominal only; use krippendorff or cohen "
                                  "with --distance %1")
                    .arg(distanceName));

        const LabelTable table = CrowdCommands::loadInput(parser);
        const QString input = parser.value(QStringLiteral("input"));
        if (table.annotatorCount() < 2)
            throw core::CliError(
                CrowdCommands::tr("%1: agreement needs at least two annotators; the file has only "
                                  "one ('%2')")
                    .arg(input, table.annotators().value(0)));
        const AgreementResult result =
            computeAgreement(metric, CodingView::ofSets(table), ValueDistance(table, distance));
        if (!result.value)
            throw core::CliError(
                CrowdCommands::tr("%1: agreement is undefined: %2").arg(input, result.reason));

        nlohmann::json out = {
            {"metric", metricName.toStdString()},
            {"distance", distanceName.toStdString()},
            {"value", CrowdCommands::number(result.value)},
            {"items", result.units},
            {"items_total", table.itemCount()},
            {"annotators", table.annotatorCount()},
            {"annotator_names", table.annotators()},
            {"labels", table.labelCount()},
            {"multilabel", table.isMultiLabel()},
        };
        if (metric == AgreementMetric::Percent || metric == AgreementMetric::Cohen) {
            const int n = table.annotatorCount();
            out["matrix"] = matrixJson(result.matrix, n);
            nlohmann::json shared = nlohmann::json::array();
            for (int a = 0; a < n; ++a)
                shared.push_back(
                    std::vector<int>(result.shared.begin() + a * n, result.shared.begin() + (a + 1) * n));
            out["shared_items"] = shared;
        }
        if (by.contains(QStringLiteral("label")))
            out["by_label"] = groupsJson(agreementByLabel(table, metric), "label", false);
        if (by.contains(QStringLiteral("document")))
            out["by_document"] = groupsJson(agreementByDocument(table, metric, distance), "document", false);
        if (by.contains(QStringLiteral("time"))) {
            out["over_time"] = {
                {"order", table.hasTimes() ? "time" : "item order"},
                {"windows", groupsJson(agreementOverTime(table, metric, distance, windows), "window", true)}};
        }
        ctx.print(out);
        return core::ExitOk;
    }
};

} // namespace

std::unique_ptr<core::CliCommand> CrowdCommands::agree() {
    return std::make_unique<AgreeCommand>();
}

} // namespace kcat::crowd
