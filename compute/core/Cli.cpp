#include "compute/core/Cli.h"

#include <QTextStream>

namespace kcat::core {

CliRegistry& CliRegistry::instance() {
    static CliRegistry registry;
    return registry;
}

void CliRegistry::add(std::unique_ptr<CliCommand> command) {
    if (has(command->words()))
        return;
    m_commands.push_back(std::move(command));
}

bool CliRegistry::has(const QStringList& words) const {
    for (const auto& c : m_commands)
        if (c->words() == words)
            return true;
    return false;
}

QString CliRegistry::help() const {
    QString text;
    QTextStream s(&text);
    s << tr("Usage: kcat <command> [options]") << "\n\n"
      << tr("The command-line twin of KCAT Studio. Results are JSON on standard output; errors go to "
            "standard error with a non-zero exit code (2 for bad usage or input, 1 for other failures).")
      << "\n\n"
      << tr("Commands:") << "\n";
    int width = 0;
    for (const auto& c : m_commands)
        width = std::max(width, int(c->words().join(QLatin1Char(' ')).size()));
    for (const auto& c : m_commands)
        s << "  " << c->words().join(QLatin1Char(' ')).leftJustified(width + 2) << c->summary() << "\n";
    s << "\n" << tr("Run 'kcat <command> --help' for a command's options.") << "\n";
    return text;
}

int CliRegistry::dispatch(const QStringList& args, CliContext& ctx) const {
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        ctx.out << help().toStdString() << std::flush;
        return args.isEmpty() ? ExitBadInput : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        ctx.out << QCoreApplication::applicationVersion().toStdString() << '\n';
        return ExitOk;
    }

    CliCommand* best = nullptr;
    int bestLength = 0;
    for (const auto& c : m_commands) {
        const QStringList words = c->words();
        if (words.size() > bestLength && args.mid(0, words.size()) == words) {
            best = c.get();
            bestLength = words.size();
        }
    }
    if (!best) {
        // A known group without its subcommand ("kcat workspace") lists the group's commands.
        QStringList group;
        for (const auto& c : m_commands)
            if (c->words().size() > 1 && c->words().first() == args.first())
                group << c->words().join(QLatin1Char(' '));
        if (!group.isEmpty())
            ctx.err << tr("kcat: '%1' needs a subcommand: %2")
                           .arg(args.mid(0, 2).join(QLatin1Char(' ')), group.join(QStringLiteral(", ")))
                           .toStdString()
                    << '\n';
        else
            ctx.err << tr("kcat: unknown command '%1'; run 'kcat --help' for the list")
                           .arg(args.first())
                           .toStdString()
                    << '\n';
        return ExitBadInput;
    }

    const QString name = best->words().join(QLatin1Char(' '));
    QCommandLineParser parser;
    parser.setApplicationDescription(best->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    best->declare(parser);
    QStringList argv = args.mid(bestLength);
    argv.prepend(QStringLiteral("kcat ") + name);
    if (!parser.parse(argv)) {
        ctx.err << "kcat " << name.toStdString() << ": " << parser.errorText().toStdString() << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(helpOption)) {
        ctx.out << parser.helpText().toStdString() << std::flush;
        return ExitOk;
    }
    try {
        return best->run(parser, ctx);
    } catch (const CliError& e) {
        ctx.err << "kcat " << name.toStdString() << ": " << e.what() << '\n';
        return e.code();
    } catch (const std::exception& e) {
        ctx.err << "kcat " << name.toStdString() << ": " << e.what() << '\n';
        return ExitFailure;
    }
}

void CliRegistry::addVersionFact(const QString& key, std::function<nlohmann::json()> value) {
    for (const auto& fact : m_facts)
        if (fact.first == key)
            return;
    m_facts.emplace_back(key, std::move(value));
}

nlohmann::json CliRegistry::versionFacts() const {
    nlohmann::json facts = nlohmann::json::object();
    for (const auto& [key, value] : m_facts)
        facts[key.toStdString()] = value();
    return facts;
}

QString requiredValue(const QCommandLineParser& parser, const QString& option) {
    const QString value = parser.value(option);
    if (value.isEmpty())
        throw CliError(CliRegistry::tr("missing --%1").arg(option));
    return value;
}

int intValue(const QCommandLineParser& parser, const QString& option, int min, int max) {
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max)
        throw CliError(CliRegistry::tr("--%1: expected an integer from %2 to %3, got '%4'")
                           .arg(option)
                           .arg(min)
                           .arg(max)
                           .arg(parser.value(option)));
    return value;
}

double doubleValue(const QCommandLineParser& parser, const QString& option, double min, double max) {
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !(value >= min && value <= max))
        throw CliError(CliRegistry::tr("--%1: expected a number from %2 to %3, got '%4'")
                           .arg(option)
                           .arg(min)
                           .arg(max)
                           .arg(parser.value(option)));
    return value;
}

} // namespace kcat::core
