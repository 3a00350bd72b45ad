#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <vector>

namespace kcat::core {

// Exit codes of every kcat subcommand.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitBadInput = 2 };

// Thrown by a command for bad usage or bad input; the dispatcher prints it on stderr and exits with code.
class CliError : public std::runtime_error {
public:
    explicit CliError(const QString& message, int code = ExitBadInput)
        : std::runtime_error(message.toStdString())
        , m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

struct CliContext {
    std::ostream& out; // JSON results
    std::ostream& err; // messages for people

    void print(const nlohmann::json& value) const { out << value.dump() << '\n' << std::flush; }
};

// One `kcat` subcommand ("workspace init", "link", ...). Commands only declare and validate parameters and
// call library functions; they never hold an algorithm.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    // Words that name the command, e.g. {"workspace", "init"}.
    virtual QStringList words() const = 0;
    virtual QString summary() const = 0;
    // Declares options and positional arguments on the parser (help is added by the dispatcher).
    virtual void declare(QCommandLineParser& parser) const = 0;
    // Runs with the parsed arguments; returns an exit code or throws CliError.
    virtual int run(const QCommandLineParser& parser, CliContext& ctx) = 0;
};

// The subcommands of this program; the dispatcher matches the longest run of leading words.
class CliRegistry {
    Q_DECLARE_TR_FUNCTIONS(kcat::core::CliRegistry)

public:
    static CliRegistry& instance();

    void add(std::unique_ptr<CliCommand> command);
    bool has(const QStringList& words) const;
    // argv without the program name. Prints results on ctx.out, messages on ctx.err.
    int dispatch(const QStringList& args, CliContext& ctx) const;
    QString help() const;

    // Facts `kcat version` reports, contributed by each library (e.g. "libtorch" -> "1.13.1").
    void addVersionFact(const QString& key, std::function<nlohmann::json()> value);
    nlohmann::json versionFacts() const;

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
    std::vector<std::pair<QString, std::function<nlohmann::json()>>> m_facts;
};

// Helpers for commands.
QString requiredValue(const QCommandLineParser& parser, const QString& option);
int intValue(const QCommandLineParser& parser, const QString& option, int min, int max);
double doubleValue(const QCommandLineParser& parser, const QString& option, double min, double max);

void registerCoreCommands();

} // namespace kcat::core
