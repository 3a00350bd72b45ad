#pragma once

// nlohmann/json for everything the program reads and writes as JSON; these let it take Qt strings directly.

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

inline void to_json(nlohmann::json& j, const QString& s) {
    j = s.toStdString();
}

inline void from_json(const nlohmann::json& j, QString& s) {
    s = QString::fromStdString(j.get<std::string>());
}

inline void to_json(nlohmann::json& j, const QStringList& list) {
    j = nlohmann::json::array();
    for (const QString& s : list)
        j.push_back(s.toStdString());
}

namespace kcat::core {

inline QString toQString(const nlohmann::json& j) {
    return QString::fromStdString(j.get<std::string>());
}

} // namespace kcat::core
