// `kcat link-calibration`: the entity linker's calibration on WordNet-labelled mentions, before and after
// fitting the context weight, the temperature and the NIL threshold (README "Calibration").

#include "annotation/knowledge/Knowledge.h"
#include "annotation/knowledge/KnowledgeError.h"
#include "annotation/knowledge/KnowledgeModule.h"
#include "annotation/knowledge/LinkerCalibration.h"
#include "compute/core/Cli.h"
#include "compute/core/Json.h"

namespace kcat::annotation {

namespace {

nlohmann::json toJson(const EntityLinker::Options& o) {
    return {{"prior_weight", o.priorWeight},
            {"context_weight", o.contextWeight},
            {"temperature", o.temperature},
            {"nil_logit", o.nilLogit}};
}

nlohmann::json toJson(const CalibrationMetrics& m) {
    nlohmann::json bins = nlohmann::json::array();
    for (const ReliabilityBin& b : m.bins)
        bins.push_back({{"low", b.low},
                        {"high", b.high},
                        {"count", b.count},
                        {"confidence", b.confidence},
                        {"accuracy", b.accuracy}});
    return {{"examples", m.examples},
            {"nil_examples", m.nilExamples},
            {"nll", m.nll},
            {"accuracy", m.accuracy},
            {"ece", m.ece},
            {"nil_precision", m.nilPrecision},
            {"nil_recall", m.nilRecall},
            {"reliability", bins}};
}

class CalibrationCommand : public core::CliCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::CalibrationCommand)

public:
    QStringList words() const override { return {QStringLiteral("link-calibration")}; }
    QString summary() const override {
        return tr("Measure the linker's calibration on WordNet-labelled mentions and fit its parameters on "
                  "a separate split.");
    }
    void declare(QCommandLineParser&) const override {}
    int run(const QCommandLineParser&, core::CliContext& ctx) override {
        std::shared_ptr<const Knowledge> knowledge;
        try {
            knowledge = Knowledge::loadBuiltin();
        } catch (const KnowledgeError& e) {
            throw core::CliError(e.message());
        }
        const auto all = LinkerCalibration::collect(*knowledge);
        const auto fitSet = LinkerCalibration::split(all, false);
        const auto heldOut = LinkerCalibration::split(all, true);
        const EntityLinker::Options current = knowledge->linker().options();
        EntityLinker::Options before = current;
        before.contextWeight = EntityLinker::Options::UncalibratedContextWeight;
        before.temperature = 1.0;
        before.nilLogit = EntityLinker::Options::UncalibratedNilLogit;
        const EntityLinker::Options joint = LinkerCalibration::fit(fitSet, before, true);
        const EntityLinker::Options fitted = LinkerCalibration::fit(fitSet, before, false);
        ctx.print({{"fit_examples", fitSet.size()},
                   {"held_out_examples", heldOut.size()},
                   {"before",
                    {{"options", toJson(before)},
                     {"held_out", toJson(LinkerCalibration::evaluate(heldOut, before))}}},
                   {"fitted",
                    {{"options", toJson(fitted)},
                     {"fit", toJson(LinkerCalibration::evaluate(fitSet, fitted))},
                     {"held_out", toJson(LinkerCalibration::evaluate(heldOut, fitted))}}},
                   {"defaults",
                    {{"options", toJson(current)},
                     {"held_out", toJson(LinkerCalibration::evaluate(heldOut, current))}}}});
        return core::ExitOk;
    }
};

} // namespace

void registerCalibrationCommand() {
    core::CliRegistry::instance().add(std::make_unique<CalibrationCommand>());
}

} // namespace kcat::annotation
