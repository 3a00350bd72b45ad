#include "compute/runs/ParameterSchema.h"

#include "compute/core/Json.h"

#include <cmath>
#include <limits>

namespace kcat::runs {

namespace {

QString number(double v) {
    return QString::number(v, 'g', 12);
}

QString jsonText(const nlohmann::json& value) {
    return QString::fromStdString(value.dump());
}

} // namespace

ParamSpec ParamSpec::integer(QString name, qint64 def, std::optional<double> min, std::optional<double> max,
                             QString help) {
    ParamSpec s;
    s.name = std::move(name);
    s.type = ParamType::Int;
    s.defaultValue = def;
    s.minimum = min;
    s.maximum = max;
    s.help = std::move(help);
    return s;
}

ParamSpec ParamSpec::real(QString name, double def, std::optional<double> min, std::optional<double> max,
                          QString help) {
    ParamSpec s;
    s.name = std::move(name);
    s.type = ParamType::Double;
    s.defaultValue = def;
    s.minimum = min;
    s.maximum = max;
    s.help = std::move(help);
    return s;
}

ParamSpec ParamSpec::boolean(QString name, bool def, QString help) {
    ParamSpec s;
    s.name = std::move(name);
    s.type = ParamType::Bool;
    s.defaultValue = def;
    s.help = std::move(help);
    return s;
}

ParamSpec ParamSpec::string(QString name, QString def, QString help) {
    ParamSpec s;
    s.name = std::move(name);
    s.type = ParamType::String;
    s.defaultValue = def.toStdString();
    s.help = std::move(help);
    return s;
}

ParamSpec ParamSpec::choice(QString name, QStringList choices, QString def, QString help) {
    ParamSpec s;
    s.name = std::move(name);
    s.type = ParamType::Enum;
    s.choices = std::move(choices);
    s.defaultValue = def.toStdString();
    s.help = std::move(help);
    return s;
}

ParameterSchema::ParameterSchema(std::initializer_list<ParamSpec> params) {
    for (const ParamSpec& p : params)
        add(p);
}

void ParameterSchema::add(const ParamSpec& spec) {
    for (ParamSpec& p : m_params) {
        if (p.name == spec.name) {
            p = spec;
            return;
        }
    }
    m_params.push_back(spec);
}

const ParamSpec* ParameterSchema::find(const QString& name) const {
    for (const ParamSpec& p : m_params)
        if (p.name == name)
            return &p;
    return nullptr;
}

nlohmann::json ParameterSchema::defaults() const {
    nlohmann::json out = nlohmann::json::object();
    for (const ParamSpec& p : m_params)
        out[p.name.toStdString()] = p.defaultValue;
    return out;
}

QString ParameterSchema::typeName(ParamType type) {
    switch (type) {
    case ParamType::Int:
        return QStringLiteral("int");
    case ParamType::Double:
        return QStringLiteral("double");
    case ParamType::Bool:
        return QStringLiteral("bool");
    case ParamType::String:
        return QStringLiteral("string");
    case ParamType::Enum:
        return QStringLiteral("enum");
    }
    return QString();
}

std::optional<nlohmann::json> ParameterSchema::check(const ParamSpec& spec, const nlohmann::json& value,
                                                     QString* error) const {
    auto fail = [&](const QString& why) -> std::optional<nlohmann::json> {
        if (error)
            *error = tr("parameter '%1': %2").arg(spec.name, why);
        return std::nullopt;
    };
    switch (spec.type) {
    case ParamType::Int: {
        qint64 v = 0;
        if (value.is_number_integer()) {
            v = value.get<qint64>();
        } else if (value.is_number_float()) {
            const double d = value.get<double>();
            if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15)
                return fail(tr("expected an integer, got %1").arg(jsonText(value)));
            v = qint64(d);
        } else {
            return fail(tr("expected an integer, got %1").arg(jsonText(value)));
        }
        if (spec.minimum && double(v) < *spec.minimum)
            return fail(tr("%1 is below the minimum %2").arg(v).arg(number(*spec.minimum)));
        if (spec.maximum && double(v) > *spec.maximum)
            return fail(tr("%1 is above the maximum %2").arg(v).arg(number(*spec.maximum)));
        return nlohmann::json(v);
    }
    case ParamType::Double: {
        if (!value.is_number())
            return fail(tr("expected a number, got %1").arg(jsonText(value)));
        const double v = value.get<double>();
        if (!std::isfinite(v))
            return fail(tr("expected a finite number"));
        if (spec.minimum && v < *spec.minimum)
            return fail(tr("%1 is below the minimum %2").arg(number(v), number(*spec.minimum)));
        if (spec.maximum && v > *spec.maximum)
            return fail(tr("%1 is above the maximum %2").arg(number(v), number(*spec.maximum)));
        return nlohmann::json(v);
    }
    case ParamType::Bool:
        if (!value.is_boolean())
            return fail(tr("expected true or false, got %1").arg(jsonText(value)));
        return value;
    case ParamType::String:
        if (!value.is_string())
            return fail(tr("expected a string, got %1").arg(jsonText(value)));
        return value;
    case ParamType::Enum: {
        if (!value.is_string())
            return fail(tr("expected one of %1, got %2")
                            .arg(spec.choices.join(QStringLiteral(", ")), jsonText(value)));
        const QString v = QString::fromStdString(value.get<std::string>());
        if (!spec.choices.contains(v))
            return fail(tr("expected one of %1, got '%2'").arg(spec.choices.join(QStringLiteral(", ")), v));
        return value;
    }
    }
    return fail(tr("unknown type"));
}

std::optional<nlohmann::json> ParameterSchema::validate(const nlohmann::json& given, QString* error) const {
    if (!given.is_null() && !given.is_object()) {
        if (error)
            *error = tr("parameters must be a JSON object, got %1").arg(jsonText(given));
        return std::nullopt;
    }
    nlohmann::json out = nlohmann::json::object();
    if (given.is_object()) {
        for (auto it = given.begin(); it != given.end(); ++it) {
            const QString name = QString::fromStdString(it.key());
            if (!find(name)) {
                QStringList known;
                for (const ParamSpec& p : m_params)
                    known << p.name;
                if (error)
                    *error = tr("unknown parameter '%1' (known: %2)")
                                 .arg(name, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")));
                return std::nullopt;
            }
        }
    }
    for (const ParamSpec& p : m_params) {
        const std::string key = p.name.toStdString();
        const bool present = given.is_object() && given.contains(key);
        if (!present && p.defaultValue.is_null()) {
            if (error)
                *error = tr("parameter '%1' is required").arg(p.name);
            return std::nullopt;
        }
        const auto v = check(p, present ? given.at(key) : p.defaultValue, error);
        if (!v)
            return std::nullopt;
        out[key] = *v;
    }
    return out;
}

std::optional<nlohmann::json> ParameterSchema::parseValue(const QString& name, const QString& text,
                                                          QString* error) const {
    const ParamSpec* spec = find(name);
    if (!spec) {
        if (error)
            *error = tr("unknown parameter '%1'").arg(name);
        return std::nullopt;
    }
    const QString t = text.trimmed();
    bool ok = false;
    switch (spec->type) {
    case ParamType::Int: {
        const qint64 v = t.toLongLong(&ok);
        if (ok)
            return nlohmann::json(v);
        break;
    }
    case ParamType::Double: {
        const double v = t.toDouble(&ok);
        if (ok)
            return nlohmann::json(v);
        break;
    }
    case ParamType::Bool:
        if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes"))
            return nlohmann::json(true);
        if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no"))
            return nlohmann::json(false);
        break;
    case ParamType::String:
    case ParamType::Enum:
        return nlohmann::json(text.toStdString());
    }
    if (error)
        *error = tr("parameter '%1': expected %2, got '%3'").arg(name, typeName(spec->type), text);
    return std::nullopt;
}

nlohmann::json ParameterSchema::toJson() const {
    nlohmann::json out = nlohmann::json::array();
    for (const ParamSpec& p : m_params) {
        nlohmann::json j = {
            {"name", p.name}, {"type", typeName(p.type)}, {"default", p.defaultValue}, {"help", p.help}};
        if (p.minimum)
            j["minimum"] = *p.minimum;
        if (p.maximum)
            j["maximum"] = *p.maximum;
        if (p.type == ParamType::Enum)
            j["choices"] = p.choices;
        out.push_back(j);
    }
    return out;
}

} // namespace kcat::runs
