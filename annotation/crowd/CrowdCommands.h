#pragma once

// The crowd subcommands (internal to kcat_crowd; see CrowdModule.h) and what they share.

#include "annotation/crowd/LabelTable.h"
#include "compute/core/Cli.h"

#include <memory>
#include <optional>

namespace kcat::crowd {

class CrowdCommands {
    Q_DECLARE_TR_FUNCTIONS(kcat::crowd::CrowdCommands)

public:
    static std::unique_ptr<core::CliCommand> agree();
    static std::unique_ptr<core::CliCommand> aggregate();
    static std::unique_ptr<core::CliCommand> simulate();

    // --input F loaded, bad input turned into exit code 2.
    static LabelTable loadInput(const QCommandLineParser& parser);
    // One of `choices` (the first when the option is absent), else CliError listing them.
    static QString choice(const QCommandLineParser& parser, const QString& option,
                          const QStringList& choices);
    // A JSON number, or null for an undefined value (never NaN).
    static nlohmann::json number(std::optional<double> value);
};

} // namespace kcat::crowd
