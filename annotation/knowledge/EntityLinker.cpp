#include "annotation/knowledge/EntityLinker.h"

#include "annotation/knowledge/TextTokens.h"

#include <algorithm>
#include <cmath>

namespace kcat::annotation {

namespace {

using Posting = std::pair<EntityIndex, int>; // entity, alias index within the entity

// Levenshtein distance capped at 2 (only "<= 1" matters here).
int editDistanceAtMostOne(const QString& a, const QString& b) {
    const int la = int(a.size()), lb = int(b.size());
    if (std::abs(la - lb) > 1)
        return 2;
    int i = 0;
    while (i < la && i < lb && a[i] == b[i])
        ++i;
    if (i == la && i == lb)
        return 0;
    if (la == lb)
        return QStringView(a).mid(i + 1) == QStringView(b).mid(i + 1) ? 1 : 2;
    if (la > lb)
        return QStringView(a).mid(i + 1) == QStringView(b).mid(i) ? 1 : 2;
    return QStringView(a).mid(i) == QStringView(b).mid(i + 1) ? 1 : 2;
}

std::vector<std::pair<int, float>> normalise(std::vector<std::pair<int, float>> v) {
    std::sort(v.begin(), v.end());
    double norm = 0;
    for (const auto& p : v)
        norm += double(p.second) * p.second;
    norm = std::sqrt(norm);
    if (norm > 0)
        for (auto& p : v)
            p.second = float(p.second / norm);
    return v;
}

double cosine(const std::vector<std::pair<int, float>>& a, const std::vector<std::pair<int, float>>& b) {
    double dot = 0;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].first < b[j].first)
            ++i;
        else if (a[i].first > b[j].first)
            ++j;
        else
            dot += double(a[i++].second) * b[j++].second;
    }
    return dot;
}

} // namespace

struct EntityLinker::Index {
    QHash<QString, std::vector<Posting>> exact;  // normalized alias
    QHash<QString, std::vector<Posting>> folded; // normalized alias, lower case
    // Near-miss: every one-character deletion of a folded alias (and the alias itself) -> folded aliases.
    QHash<QString, std::vector<int>> deletions;
    std::vector<QString> foldedAliases;
    QHash<QString, int> terms;
    std::vector<float> idf;
    std::vector<std::vector<std::pair<int, float>>> entityVectors;

    std::vector<std::pair<int, float>> vectorOf(QStringView text) const {
        QHash<int, int> counts;
        for (const QString& term : contextTerms(text))
            if (auto it = terms.constFind(term); it != terms.constEnd())
                ++counts[it.value()];
        std::vector<std::pair<int, float>> v;
        v.reserve(size_t(counts.size()));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            v.emplace_back(it.key(), float((1.0 + std::log(double(it.value()))) * idf[size_t(it.key())]));
        return normalise(std::move(v));
    }
};

EntityLinker::EntityLinker(std::shared_ptr<const KnowledgeBase> kb)
    : EntityLinker(std::move(kb), Options()) {}

EntityLinker::EntityLinker(std::shared_ptr<const KnowledgeBase> kb, Options options)
    : m_kb(std::move(kb))
    , m_options(options)
    , m_index(std::make_unique<Index>()) {
    Index& ix = *m_index;
    QHash<QString, int> foldedIds;
    std::vector<std::vector<QString>> entityTerms(size_t(m_kb->size()));
    std::vector<int> documentFrequency;
    for (EntityIndex e = 0; e < m_kb->size(); ++e) {
        const Entity& entity = m_kb->entity(e);
        for (int a = 0; a < entity.aliases.size(); ++a) {
            const QString alias = normalizedAlias(entity.aliases[a]);
            if (alias.isEmpty())
                continue;
            ix.exact[alias].emplace_back(e, a);
            const QString folded = alias.toLower();
            ix.folded[folded].emplace_back(e, a);
            if (folded.size() >= m_options.nearMissMinLength && !foldedIds.contains(folded)) {
                const int id = int(ix.foldedAliases.size());
                foldedIds.insert(folded, id);
                ix.foldedAliases.push_back(folded);
                ix.deletions[folded].push_back(id);
                for (int i = 0; i < folded.size(); ++i) {
                    auto& list = ix.deletions[QString(folded).remove(i, 1)];
                    if (list.empty() || list.back() != id)
                        list.push_back(id);
                }
            }
        }
        std::vector<QString> terms = contextTerms(entity.contextText);
        std::sort(terms.begin(), terms.end());
        QString previous;
        for (const QString& t : terms) {
            if (t == previous)
                continue;
            previous = t;
            auto it = ix.terms.constFind(t);
            int id;
            if (it == ix.terms.constEnd()) {
                id = int(documentFrequency.size());
                ix.terms.insert(t, id);
                documentFrequency.push_back(0);
            } else {
                id = it.value();
            }
            ++documentFrequency[size_t(id)];
        }
        entityTerms[size_t(e)] = std::move(terms);
    }
    const double n = std::max(1, m_kb->size());
    ix.idf.resize(documentFrequency.size());
    for (size_t t = 0; t < documentFrequency.size(); ++t)
        ix.idf[t] = float(std::log((n + 1.0) / (documentFrequency[t] + 1.0)) + 1.0);
    ix.entityVectors.resize(size_t(m_kb->size()));
    for (EntityIndex e = 0; e < m_kb->size(); ++e) {
        std::vector<std::pair<int, float>> v;
        const auto& terms = entityTerms[size_t(e)];
        for (size_t i = 0; i < terms.size();) {
            size_t j = i;
            while (j < terms.size() && terms[j] == terms[i])
                ++j;
            const int id = ix.terms.value(terms[i]);
            v.emplace_back(id, float((1.0 + std::log(double(j - i))) * ix.idf[size_t(id)]));
            i = j;
        }
        ix.entityVectors[size_t(e)] = normalise(std::move(v));
    }
}

EntityLinker::~EntityLinker() = default;

LinkContext EntityLinker::context(QStringView documentText) const {
    return LinkContext{m_index->vectorOf(documentText)};
}

std::vector<std::pair<EntityIndex, AliasMatch>> EntityLinker::lookup(QStringView surface) const {
    std::vector<std::pair<EntityIndex, AliasMatch>> out;
    const QString alias = normalizedAlias(surface);
    if (alias.isEmpty())
        return out;
    auto add = [&](EntityIndex e, AliasMatch kind) {
        for (auto& p : out)
            if (p.first == e) {
                p.second = std::min(p.second, kind);
                return;
            }
        out.emplace_back(e, kind);
    };
    if (auto it = m_index->exact.constFind(alias); it != m_index->exact.constEnd())
        for (const Posting& p : it.value())
            add(p.first, AliasMatch::Exact);
    const QString folded = alias.toLower();
    if (auto it = m_index->folded.constFind(folded); it != m_index->folded.constEnd())
        for (const Posting& p : it.value())
            add(p.first, AliasMatch::CaseFolded);
    if (!out.empty() || folded.size() < m_options.nearMissMinLength - 1)
        return out;
    // One edit away: shared deletion variants, confirmed with the edit distance.
    std::vector<int> seen;
    auto consider = [&](const QString& variant) {
        auto it = m_index->deletions.constFind(variant);
        if (it == m_index->deletions.constEnd())
            return;
        for (int id : it.value()) {
            if (std::find(seen.begin(), seen.end(), id) != seen.end())
                continue;
            seen.push_back(id);
            const QString& candidate = m_index->foldedAliases[size_t(id)];
            if (editDistanceAtMostOne(candidate, folded) == 1)
                for (const Posting& p : m_index->folded.value(candidate))
                    add(p.first, AliasMatch::NearMiss);
        }
    };
    consider(folded);
    for (int i = 0; i < folded.size(); ++i)
        consider(QString(folded).remove(i, 1));
    return out;
}

LinkResult EntityLinker::link(QStringView surface, const LinkContext& context) const {
    LinkResult result;
    const auto found = lookup(surface);
    if (found.empty())
        return result;
    const QString folded = normalizedAlias(surface).toLower();
    // Prior: add-one smoothed share of the sense tag counts of the matched name among the candidates.
    std::vector<double> counts(found.size(), 0);
    double total = 0;
    for (size_t i = 0; i < found.size(); ++i) {
        const Entity& e = m_kb->entity(found[i].first);
        int best = 0;
        for (int a = 0; a < e.aliases.size(); ++a)
            if (e.aliases[a].compare(surface, Qt::CaseInsensitive) == 0 ||
                normalizedAlias(e.aliases[a]).toLower() == folded)
                best = std::max(best, e.aliasCounts[size_t(a)]);
        counts[i] = best;
        total += best;
    }
    std::vector<double> logits(found.size());
    double maxLogit = m_options.nilLogit;
    result.candidates.resize(found.size());
    for (size_t i = 0; i < found.size(); ++i) {
        LinkCandidate& c = result.candidates[i];
        c.entity = found[i].first;
        c.match = found[i].second;
        c.prior = (counts[i] + 1.0) / (total + double(found.size()));
        c.context = cosine(context.weights, m_index->entityVectors[size_t(c.entity)]);
        double s = m_options.priorWeight * std::log(c.prior) + m_options.contextWeight * c.context;
        if (c.match == AliasMatch::CaseFolded)
            s -= m_options.caseFoldPenalty;
        else if (c.match == AliasMatch::NearMiss)
            s -= m_options.nearMissPenalty;
        logits[i] = s;
        maxLogit = std::max(maxLogit, s);
    }
    const double t = m_options.temperature > 0 ? m_options.temperature : 1.0;
    double z = std::exp((m_options.nilLogit - maxLogit) / t);
    for (double l : logits)
        z += std::exp((l - maxLogit) / t);
    for (size_t i = 0; i < found.size(); ++i)
        result.candidates[i].score = std::exp((logits[i] - maxLogit) / t) / z;
    result.nilScore = std::exp((m_options.nilLogit - maxLogit) / t) / z;
    std::sort(result.candidates.begin(), result.candidates.end(),
              [](const LinkCandidate& a, const LinkCandidate& b) {
                  return a.score != b.score ? a.score > b.score : a.entity < b.entity;
              });
    if (int(result.candidates.size()) > m_options.topK)
        result.candidates.resize(size_t(m_options.topK));
    if (!result.candidates.empty() && result.candidates.front().score > result.nilScore)
        result.entity = result.candidates.front().entity;
    return result;
}

} // namespace kcat::annotation
