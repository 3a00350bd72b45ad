#include "annotation/knowledge/TypeSearch.h"

#include <algorithm>

namespace kcat::annotation {

namespace {

// Score of one query word against one type; 0 = no match.
int scoreWord(QStringView word, const QString& name, const QString& path, const QString& description) {
    if (name == word)
        return 1000;
    if (name.startsWith(word))
        return 800;
    const qsizetype at = name.indexOf(word);
    if (at > 0) {
        const QChar before = name[at - 1];
        return (before == QLatin1Char('_') || before == QLatin1Char('-') || before == QLatin1Char(' ')) ? 700
                                                                                                        : 600;
    }
    if (path.contains(word))
        return 400;
    if (description.contains(word))
        return 300;
    // Fuzzy: the word's characters in order in the name; tighter spans score higher.
    qsizetype pos = 0, first = -1, last = -1;
    for (const QChar c : word) {
        pos = name.indexOf(c, pos);
        if (pos < 0)
            return 0;
        if (first < 0)
            first = pos;
        last = pos++;
    }
    const qsizetype spread = last - first + 1 - word.size();
    return std::max<int>(1, 200 - int(spread) * 10);
}

} // namespace

TypeSearch::TypeSearch(std::shared_ptr<const TypeTaxonomy> taxonomy)
    : m_taxonomy(std::move(taxonomy)) {
    for (const TypeNode& node : m_taxonomy->types()) {
        m_names.push_back(node.name.toLower());
        m_paths.push_back(node.path.toLower());
        m_descriptions.push_back((node.description + QLatin1Char(' ') + node.descriptionZh).toLower());
    }
}

std::vector<TypeMatch> TypeSearch::search(const QString& rawQuery, int limit,
                                          const std::vector<TypeId>* allowed) {
    const QString query = rawQuery.simplified().toLower();
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Every word of a longer query that extends the last one matches a subset of the last matches.
    std::vector<TypeId> pool;
    const bool narrowing = !m_lastQuery.isEmpty() && query.startsWith(m_lastQuery) &&
                           query.count(QLatin1Char(' ')) == m_lastQuery.count(QLatin1Char(' '));
    if (narrowing) {
        pool = m_lastMatches;
    } else {
        pool.resize(size_t(m_taxonomy->size()));
        for (int i = 0; i < m_taxonomy->size(); ++i)
            pool[size_t(i)] = i;
    }
    std::vector<TypeMatch> matches;
    std::vector<TypeId> all;
    for (TypeId id : pool) {
        int total = 0;
        for (const QString& word : words) {
            const int s =
                scoreWord(word, m_names[size_t(id)], m_paths[size_t(id)], m_descriptions[size_t(id)]);
            if (s == 0) {
                total = 0;
                break;
            }
            total += s;
        }
        if (words.isEmpty())
            total = 1;
        if (total == 0)
            continue;
        all.push_back(id);
        if (allowed && !std::binary_search(allowed->begin(), allowed->end(), id))
            continue;
        matches.push_back({id, total});
    }
    m_lastQuery = query;
    m_lastMatches = std::move(all);
    const auto& types = m_taxonomy->types();
    auto better = [&](const TypeMatch& a, const TypeMatch& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (types[size_t(a.type)].depth != types[size_t(b.type)].depth)
            return types[size_t(a.type)].depth < types[size_t(b.type)].depth;
        return a.type < b.type;
    };
    if (limit > 0 && int(matches.size()) > limit) {
        std::partial_sort(matches.begin(), matches.begin() + limit, matches.end(), better);
        matches.resize(size_t(limit));
    } else {
        std::sort(matches.begin(), matches.end(), better);
    }
    return matches;
}

} // namespace kcat::annotation
