#include "annotation/knowledge/TypeSetRegistry.h"

#include "annotation/knowledge/KnowledgeError.h"
#include "annotation/knowledge/WordNet.h"

#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <unordered_set>

namespace kcat::annotation {

namespace {

QByteArray resource(const QString& name) {
    QFile file(QStringLiteral(":/knowledge/") + name);
    if (!file.open(QIODevice::ReadOnly))
        throw KnowledgeError(file.fileName(), 0,
                             TypeSetRegistry::tr("the built-in file is missing from the resources"));
    return file.readAll();
}

// data/type_descriptions.json: {"figer": {"/person": ["English", "中文"], ...}, ...}
void describe(TypeTaxonomy& taxonomy) {
    static const nlohmann::json all =
        nlohmann::json::parse(resource(QStringLiteral("type_descriptions.json")).toStdString());
    auto set = all.find(taxonomy.name().toStdString());
    if (set == all.end())
        return;
    for (auto it = set->begin(); it != set->end(); ++it) {
        const TypeId id = taxonomy.find(QString::fromStdString(it.key()));
        if (id >= 0 && it->is_array() && it->size() == 2)
            taxonomy.setDescription(id, QString::fromStdString((*it)[0].get<std::string>()),
                                    QString::fromStdString((*it)[1].get<std::string>()));
    }
}

TypeTaxonomy fromResource(const QString& name) {
    TypeTaxonomy t =
        TypeTaxonomy::fromText(name, resource(name + QStringLiteral(".txt")), name + QStringLiteral(".txt"));
    describe(t);
    return t;
}

} // namespace

namespace builtin {

TypeTaxonomy figer() {
    return fromResource(QStringLiteral("figer"));
}

TypeTaxonomy ontonotes() {
    return fromResource(QStringLiteral("ontonotes"));
}

TypeTaxonomy coarse() {
    TypeTaxonomy t(QStringLiteral("coarse"));
    for (const char* path : {"/person", "/location", "/organization", "/event", "/other"})
        t.add(QString::fromLatin1(path));
    describe(t);
    return t;
}

TypeTaxonomy wordnetHierarchy(const WordNetDatabase& wordnet) {
    // Every hypernym ancestor of every instance's "@i" classes.
    std::unordered_set<uint32_t> classes;
    std::vector<uint32_t> stack;
    for (const WordNetSynset& s : wordnet.synsets())
        for (uint32_t c : s.instanceOf)
            if (classes.insert(c).second)
                stack.push_back(c);
    while (!stack.empty()) {
        const WordNetSynset* s = wordnet.synset(stack.back());
        stack.pop_back();
        if (s)
            for (const auto* list : {&s->hypernyms, &s->instanceOf}) // a few classes are instances too
                for (uint32_t h : *list)
                    if (classes.insert(h).second)
                        stack.push_back(h);
    }
    // Tree: each class under its first listed hypernym.
    std::map<uint32_t, std::vector<uint32_t>> children; // parent -> children, ordered by offset below
    std::vector<uint32_t> roots;
    for (uint32_t c : classes) {
        const WordNetSynset* s = wordnet.synset(c);
        const std::vector<uint32_t>* up = s && !s->hypernyms.empty() ? &s->hypernyms
                                          : s                        ? &s->instanceOf
                                                                     : nullptr;
        if (up && !up->empty() && classes.count(up->front()))
            children[up->front()].push_back(c);
        else
            roots.push_back(c);
    }
    std::sort(roots.begin(), roots.end());
    TypeTaxonomy t(QStringLiteral("wordnet"));
    // Breadth-first so that ids grow with depth and every parent precedes its children.
    std::vector<std::pair<uint32_t, QString>> level;
    auto place = [&](const std::vector<uint32_t>& offsets, const QString& parentPath) {
        std::map<QString, int> used;
        std::vector<uint32_t> sorted = offsets;
        std::sort(sorted.begin(), sorted.end());
        for (uint32_t c : sorted) {
            const WordNetSynset* s = wordnet.synset(c);
            QString segment = QString::fromStdString(s->lemmas.front());
            const int n = ++used[segment];
            if (n > 1)
                segment += QStringLiteral("_%1").arg(n);
            const QString path = parentPath + QLatin1Char('/') + segment;
            const TypeId id = t.add(path);
            t.setKey(id, WordNetDatabase::synsetKey(c));
            t.setDescription(id, QString::fromStdString(WordNetDatabase::definition(s->gloss)));
            level.emplace_back(c, path);
        }
    };
    place(roots, QString());
    for (size_t i = 0; i < level.size(); ++i) {
        auto it = children.find(level[i].first);
        const QString parentPath = level[i].second; // a copy: place() grows `level`
        if (it != children.end())
            place(it->second, parentPath);
    }
    return t;
}

} // namespace builtin

TypeSetRegistry::TypeSetRegistry(std::shared_ptr<const WordNetDatabase> wordnet)
    : m_wordnet(std::move(wordnet)) {}

QStringList TypeSetRegistry::builtinNames() {
    return {QStringLiteral("figer"), QStringLiteral("ontonotes"), QStringLiteral("coarse"),
            QStringLiteral("wordnet")};
}

QStringList TypeSetRegistry::names() const {
    std::lock_guard lock(m_mutex);
    return builtinNames() + m_userNames;
}

bool TypeSetRegistry::contains(const QString& name) const {
    std::lock_guard lock(m_mutex);
    return builtinNames().contains(name) || m_userNames.contains(name);
}

std::shared_ptr<const TypeTaxonomy> TypeSetRegistry::get(const QString& name) const {
    std::lock_guard lock(m_mutex);
    if (auto it = m_sets.find(name); it != m_sets.end())
        return it->second;
    std::shared_ptr<const TypeTaxonomy> made;
    if (name == QLatin1String("figer"))
        made = std::make_shared<const TypeTaxonomy>(builtin::figer());
    else if (name == QLatin1String("ontonotes"))
        made = std::make_shared<const TypeTaxonomy>(builtin::ontonotes());
    else if (name == QLatin1String("coarse"))
        made = std::make_shared<const TypeTaxonomy>(builtin::coarse());
    else if (name == QLatin1String("wordnet")) {
        if (!m_wordnet)
            throw KnowledgeError(QString(), 0, tr("the \"wordnet\" type set needs the WordNet database"));
        made = std::make_shared<const TypeTaxonomy>(builtin::wordnetHierarchy(*m_wordnet));
    } else {
        QStringList known = builtinNames() + m_userNames;
        throw KnowledgeError(
            QString(), 0,
            tr("unknown type set \"%1\"; expected one of: %2").arg(name, known.join(QStringLiteral(", "))));
    }
    m_sets.emplace(name, made);
    return made;
}

std::shared_ptr<const TypeTaxonomy> TypeSetRegistry::loadFile(const QString& filePath, const QString& name) {
    const QString setName = name.isEmpty() ? QFileInfo(filePath).completeBaseName() : name;
    if (builtinNames().contains(setName))
        throw KnowledgeError(filePath, 0,
                             tr("\"%1\" is the name of a built-in type set; choose another").arg(setName));
    auto taxonomy = std::make_shared<const TypeTaxonomy>(TypeTaxonomy::loadFile(filePath, setName));
    add(taxonomy);
    return taxonomy;
}

void TypeSetRegistry::add(std::shared_ptr<const TypeTaxonomy> taxonomy) {
    std::lock_guard lock(m_mutex);
    const QString name = taxonomy->name();
    m_sets[name] = std::move(taxonomy);
    if (!m_userNames.contains(name) && !builtinNames().contains(name))
        m_userNames << name;
}

} // namespace kcat::annotation
