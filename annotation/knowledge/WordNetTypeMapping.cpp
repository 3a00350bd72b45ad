#include "annotation/knowledge/WordNetTypeMapping.h"

#include "annotation/knowledge/KnowledgeError.h"
#include "annotation/knowledge/WordNet.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_set>

namespace kcat::annotation {

WordNetTypeMapping WordNetTypeMapping::builtin(const WordNetDatabase& wordnet) {
    QFile file(QStringLiteral(":/knowledge/wordnet_mapping.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw KnowledgeError(file.fileName(), 0, tr("the built-in mapping is missing from the resources"));
    return fromJson(file.readAll(), QStringLiteral("wordnet_mapping.json"), wordnet);
}

WordNetTypeMapping WordNetTypeMapping::fromJson(const QByteArray& json, const QString& fileName,
                                                const WordNetDatabase& wordnet) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json.constBegin(), json.constEnd());
    } catch (const nlohmann::json::parse_error& e) {
        throw KnowledgeError(fileName, 0, tr("invalid JSON: %1").arg(QString::fromUtf8(e.what())));
    }
    auto rules = doc.find("rules");
    if (!doc.is_object() || rules == doc.end() || !rules->is_array())
        throw KnowledgeError(fileName, 0, tr("expected an object with a \"rules\" array"));
    WordNetTypeMapping mapping;
    mapping.m_wordnet = &wordnet;
    for (const auto& r : *rules) {
        auto synset = r.find("synset");
        if (!r.is_object() || synset == r.end() || !synset->is_string())
            throw KnowledgeError(fileName, 0,
                                 tr("expected every rule to have a \"synset\" such as \"city.n.01\""));
        Rule rule;
        rule.synset = QString::fromStdString(synset->get<std::string>());
        rule.offset = wordnet.resolve(rule.synset);
        const int line = [&] {
            const qsizetype at = json.indexOf('"' + rule.synset.toUtf8() + '"');
            return at < 0 ? 0 : int(std::count(json.constBegin(), json.constBegin() + at, '\n')) + 1;
        }();
        if (rule.offset == 0)
            throw KnowledgeError(fileName, line, tr("unknown WordNet noun sense \"%1\"").arg(rule.synset));
        for (auto it = r.begin(); it != r.end(); ++it) {
            if (it.key() == "synset" || it.key() == "note")
                continue;
            if (!it->is_array())
                throw KnowledgeError(
                    fileName, line,
                    tr("expected \"%1\": an array of type paths").arg(QString::fromStdString(it.key())));
            QStringList paths;
            for (const auto& p : *it)
                paths << QString::fromStdString(p.get<std::string>());
            const QString set = QString::fromStdString(it.key());
            rule.types.insert(set, paths);
            if (!mapping.m_typeSets.contains(set))
                mapping.m_typeSets << set;
        }
        if (mapping.m_byOffset.count(rule.offset))
            throw KnowledgeError(fileName, line, tr("a second rule for \"%1\"").arg(rule.synset));
        mapping.m_byOffset.emplace(rule.offset, int(mapping.m_rules.size()));
        mapping.m_rules.push_back(std::move(rule));
    }
    return mapping;
}

const WordNetTypeMapping::Rule* WordNetTypeMapping::ruleFor(uint32_t offset) const {
    auto it = m_byOffset.find(offset);
    return it == m_byOffset.end() ? nullptr : &m_rules[size_t(it->second)];
}

QStringList WordNetTypeMapping::typesFor(const std::vector<uint32_t>& directClasses,
                                         const QString& typeSet) const {
    QStringList out;
    for (uint32_t start : directClasses) {
        // Breadth-first up the hypernyms; stop at the first level where some class maps into typeSet.
        std::vector<uint32_t> level{start};
        std::unordered_set<uint32_t> seen{start};
        while (!level.empty()) {
            bool found = false;
            for (uint32_t c : level)
                if (const Rule* r = ruleFor(c); r && r->types.contains(typeSet)) {
                    found = true;
                    for (const QString& p : r->types.value(typeSet))
                        if (!out.contains(p))
                            out << p;
                }
            if (found)
                break;
            std::vector<uint32_t> next;
            for (uint32_t c : level)
                if (const WordNetSynset* s = m_wordnet->synset(c))
                    for (const auto* list : {&s->hypernyms, &s->instanceOf})
                        for (uint32_t h : *list)
                            if (seen.insert(h).second)
                                next.push_back(h);
            level = std::move(next);
        }
    }
    return out;
}

} // namespace kcat::annotation
