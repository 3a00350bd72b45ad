#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <nlohmann/json.hpp>

#include <optional>

namespace kcat::runs {

// The value type of one run parameter.
enum class ParamType { Int, Double, Bool, String, Enum };

// One parameter a run kind accepts: what the launch dialog shows and what `--param name=value` checks.
struct ParamSpec {
    QString name; // "lr", "batch_size", ...
    ParamType type = ParamType::Int;
    nlohmann::json defaultValue;   // of the parameter's type; a null default makes the parameter required
    std::optional<double> minimum; // Int/Double: inclusive range
    std::optional<double> maximum;
    QStringList choices; // Enum: the allowed strings
    QString help;        // one line for the dialog's tooltip and `kcat run --help-kind`

    static ParamSpec integer(QString name, qint64 def, std::optional<double> min, std::optional<double> max,
                             QString help);
    static ParamSpec real(QString name, double def, std::optional<double> min, std::optional<double> max,
                          QString help);
    static ParamSpec boolean(QString name, bool def, QString help);
    static ParamSpec string(QString name, QString def, QString help);
    static ParamSpec choice(QString name, QStringList choices, QString def, QString help);
};

// The parameters of a run kind, in the order the dialog lists them. validate() is the single gate every
// run passes before anything starts: unknown names, wrong types and out-of-range values are refused with
// a message naming the parameter.
class ParameterSchema {
    Q_DECLARE_TR_FUNCTIONS(kcat::runs::ParameterSchema)

public:
    ParameterSchema() = default;
    ParameterSchema(std::initializer_list<ParamSpec> params);

    void add(const ParamSpec& spec);
    const QVector<ParamSpec>& parameters() const { return m_params; }
    const ParamSpec* find(const QString& name) const;
    bool contains(const QString& name) const { return find(name) != nullptr; }

    // An object with every parameter's default.
    nlohmann::json defaults() const;

    // Checks a JSON object of given parameters and returns it completed with defaults (all keys present,
    // ints as integers, doubles as numbers). On error returns std::nullopt and sets error naming the
    // parameter, e.g. "parameter 'lr': 5 is above the maximum 1".
    std::optional<nlohmann::json> validate(const nlohmann::json& given, QString* error) const;

    // Converts a command-line text ("0.01", "true", "adam") to the parameter's JSON type, or sets error.
    std::optional<nlohmann::json> parseValue(const QString& name, const QString& text, QString* error) const;

    static QString typeName(ParamType type);

    // The schema as JSON (for `kcat runs kinds` and the tests).
    nlohmann::json toJson() const;

private:
    std::optional<nlohmann::json> check(const ParamSpec& spec, const nlohmann::json& value,
                                        QString* error) const;

    QVector<ParamSpec> m_params;
};

} // namespace kcat::runs
