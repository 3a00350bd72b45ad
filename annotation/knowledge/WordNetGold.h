#pragma once

// Gold links taken from WordNet itself, for measurements that need to know what a mention means: the
// linker's calibration and the `kcat typing-cost` experiment. A name in the gloss of synset X means the
// entity that X and that entity connect by a WordNet pointer ("Montmartre" is part of "Paris", so "Paris"
// in Montmartre's gloss is the French capital), or, when X points to a synset that is not a KB entity but
// has the name as a lemma ("French" in a gloss whose domain is the French language), nothing in the KB:
// NIL.

#include "annotation/knowledge/KnowledgeBase.h"

#include <QStringView>

#include <cstdint>
#include <unordered_map>

namespace kcat::annotation {

class EntityLinker;
class WordNetDatabase;

class WordNetGold {
public:
    enum class Kind { Unknown, Entity, Nil };
    struct Link {
        Kind kind = Kind::Unknown;
        EntityIndex entity = -1; // Kind::Entity
        // True when X's gloss is part of the entity's own context text (X is one of its neighbours), so a
        // context-similarity feature would see its own answer; calibration leaves such mentions out.
        bool leaksContext = false;
    };

    // `kb` must be the WordNet knowledge base of `wordnet`.
    WordNetGold(const WordNetDatabase& wordnet, const KnowledgeBase& kb, const EntityLinker& linker);

    // What a mention of `surface` in the gloss of the synset at `glossOffset` means. Entity: exactly one of
    // the entities the alias lookup finds is connected to X (X's hypernym, instance, holonym or domain
    // pointers, or the entity's own pointers back to X). Nil: none is, and a synset X points to that is not
    // an entity has `surface` as a lemma (case-insensitive). Unknown otherwise.
    Link gold(uint32_t glossOffset, QStringView surface) const;
    EntityIndex entityOf(uint32_t offset) const;

private:
    const WordNetDatabase& m_wordnet;
    const KnowledgeBase& m_kb;
    const EntityLinker& m_linker;
    std::unordered_map<uint32_t, EntityIndex> m_byOffset;
};

} // namespace kcat::annotation
