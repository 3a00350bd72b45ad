#include "annotation/knowledge/EntityTypes.h"

#include "annotation/knowledge/WordNet.h"
#include "annotation/knowledge/WordNetTypeMapping.h"

namespace kcat::annotation {

EntityTypes::EntityTypes(const KnowledgeBase& kb, const TypeTaxonomy& taxonomy,
                         const WordNetTypeMapping* mapping)
    : m_taxonomy(&taxonomy) {
    m_types.resize(size_t(kb.size()));
    for (EntityIndex e = 0; e < kb.size(); ++e) {
        const Entity& entity = kb.entity(e);
        std::vector<TypeId> ids;
        if (!entity.classes.empty()) {
            // A taxonomy keyed by synsets (the WordNet hierarchy) holds the classes themselves.
            for (uint32_t c : entity.classes)
                if (const TypeId t = taxonomy.findKey(WordNetDatabase::synsetKey(c)); t >= 0)
                    ids.push_back(t);
            if (ids.empty() && mapping) {
                const std::vector<uint32_t> direct(entity.classes.begin(),
                                                   entity.classes.begin() + entity.directClassCount);
                for (const QString& path : mapping->typesFor(direct, taxonomy.name()))
                    if (const TypeId t = taxonomy.find(path); t >= 0)
                        ids.push_back(t);
            }
        }
        for (const QString& path : entity.typePaths) {
            const TypeId t = taxonomy.find(path);
            if (t >= 0)
                ids.push_back(t);
            else
                m_unresolved.push_back({e, path});
        }
        m_types[size_t(e)] = taxonomy.closeUnderAncestors(ids);
    }
}

TypeConstraint TypeConstraint::forEntity(EntityIndex entity, const EntityTypes& types) {
    TypeConstraint c;
    const int total = types.taxonomy().size();
    if (entity >= 0 && !types.types(entity).empty()) {
        c.candidates = types.types(entity);
    } else {
        c.released = true;
        c.candidates.resize(size_t(total));
        for (int i = 0; i < total; ++i)
            c.candidates[size_t(i)] = i;
    }
    c.ratio = total > 0 ? double(c.candidates.size()) / total : 1.0;
    return c;
}

double meanCandidateRatio(const std::vector<TypeConstraint>& constraints) {
    if (constraints.empty())
        return 0;
    double sum = 0;
    for (const TypeConstraint& c : constraints)
        sum += c.ratio;
    return sum / double(constraints.size());
}

} // namespace kcat::annotation
