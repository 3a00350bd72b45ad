#include "annotation/crowd/CrowdCommands.h"
#include "annotation/crowd/CrowdModule.h"

#include <cmath>

namespace kcat::crowd {

LabelTable CrowdCommands::loadInput(const QCommandLineParser& parser) {
    const QString path = core::requiredValue(parser, QStringLiteral("input"));
    try {
        return LabelTable::loadTsv(path);
    } catch (const CrowdInputError& e) {
        throw core::CliError(e.message(), core::ExitBadInput);
    }
}

QString CrowdCommands::choice(const QCommandLineParser& parser, const QString& option,
                              const QStringList& choices) {
    if (!parser.isSet(option))
        return choices.first();
    const QString value = parser.value(option);
    if (!choices.contains(value))
        throw core::CliError(
            tr("--%1: expected one of %2, got '%3'").arg(option, choices.join(QStringLiteral(", ")), value));
    return value;
}

nlohmann::json CrowdCommands::number(std::optional<double> value) {
    if (!value || !std::isfinite(*value))
        return nullptr;
    return *value;
}

void registerCrowdModule() {
    auto& registry = core::CliRegistry::instance();
    if (registry.has({QStringLiteral("agree")}))
        return;
    registry.add(CrowdCommands::agree());
    registry.add(CrowdCommands::aggregate());
    registry.add(CrowdCommands::simulate());
}

} // namespace kcat::crowd
