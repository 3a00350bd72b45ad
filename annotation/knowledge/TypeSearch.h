#pragma once

// Incremental type search over a taxonomy, for the annotator's "/" search box: substring and fuzzy
// (subsequence) matching over type names, paths and descriptions, ranked.

#include "annotation/knowledge/TypeTaxonomy.h"

#include <QString>

#include <memory>
#include <vector>

namespace kcat::annotation {

struct TypeMatch {
    TypeId type = -1;
    int score = 0; // higher is better
};

// Ranking (higher first): name equals the query > name starts with it > a name word starts with it >
// name contains it > path contains it > description contains it > fuzzy subsequence of the name (the
// tighter, the better). Ties: shallower type, then path order. Queries are case-insensitive; several
// words must all match (each word scored, scores added). Not thread-safe (it caches the last query so
// that typing one more character only re-scores the previous matches).
class TypeSearch {
public:
    explicit TypeSearch(std::shared_ptr<const TypeTaxonomy> taxonomy);

    // Up to `limit` matches, best first; restrict to `allowed` (sorted type ids) when given, e.g. the
    // knowledge constraint's candidates. An empty query lists every (allowed) type, shallow types first.
    std::vector<TypeMatch> search(const QString& query, int limit = 50,
                                  const std::vector<TypeId>* allowed = nullptr);
    const TypeTaxonomy& taxonomy() const { return *m_taxonomy; }

private:
    std::shared_ptr<const TypeTaxonomy> m_taxonomy;
    std::vector<QString> m_names, m_paths, m_descriptions; // lower case
    QString m_lastQuery;
    std::vector<TypeId> m_lastMatches; // every match of m_lastQuery (no restriction, no limit)
};

} // namespace kcat::annotation
