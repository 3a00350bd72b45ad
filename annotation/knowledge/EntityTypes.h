#pragma once

// Each entity's types in one type set, closed under ancestors, and the knowledge constraint they give.

#include "annotation/knowledge/KnowledgeBase.h"
#include "annotation/knowledge/TypeTaxonomy.h"

#include <QCoreApplication>

#include <vector>

namespace kcat::annotation {

class WordNetTypeMapping;

class EntityTypes {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::EntityTypes)

public:
    struct Unresolved {
        EntityIndex entity;
        QString path; // a user KB type path that the type set does not have
    };

    // WordNet KB: in the "wordnet" set (a taxonomy whose keys are synsets) an entity's types are its
    // classes; in other sets, the mapping's types for its direct classes (nearest mapped ancestor).
    // User KB: its type paths looked up in the taxonomy (unknown ones are listed in unresolved()).
    EntityTypes(const KnowledgeBase& kb, const TypeTaxonomy& taxonomy, const WordNetTypeMapping* mapping);

    // Sorted, closed under ancestors; empty when nothing maps.
    const std::vector<TypeId>& types(EntityIndex entity) const { return m_types[size_t(entity)]; }
    const std::vector<Unresolved>& unresolved() const { return m_unresolved; }
    const TypeTaxonomy& taxonomy() const { return *m_taxonomy; }

private:
    const TypeTaxonomy* m_taxonomy;
    std::vector<std::vector<TypeId>> m_types;
    std::vector<Unresolved> m_unresolved;
};

// The candidate types of one mention: its linked entity's types with their ancestors; NIL (or an entity
// with no type in this set) releases the constraint and offers every type.
struct TypeConstraint {
    std::vector<TypeId> candidates; // sorted
    bool released = false;
    double ratio = 1.0; // |candidates| / |type set|

    static TypeConstraint forEntity(EntityIndex entity, const EntityTypes& types);
};

// Mean of the per-mention ratios (0 mentions -> 0).
double meanCandidateRatio(const std::vector<TypeConstraint>& constraints);

} // namespace kcat::annotation
