#include "annotation/knowledge/Knowledge.h"

#include "annotation/knowledge/KnowledgeError.h"

namespace kcat::annotation {

std::shared_ptr<Knowledge> Knowledge::loadBuiltin(const QString& wordnetDir) {
    auto k = std::make_shared<Knowledge>();
    k->m_wordnet = std::make_shared<const WordNetDatabase>(WordNetDatabase::load(wordnetDir));
    k->m_kb = std::make_shared<const KnowledgeBase>(KnowledgeBase::fromWordNet(k->m_wordnet));
    k->m_typeSets = std::make_shared<TypeSetRegistry>(k->m_wordnet);
    k->m_mapping = std::make_shared<const WordNetTypeMapping>(WordNetTypeMapping::builtin(*k->m_wordnet));
    k->m_linker = std::make_unique<EntityLinker>(k->m_kb);
    k->m_detector = std::make_unique<MentionDetector>(*k->m_kb);
    return k;
}

std::shared_ptr<Knowledge> Knowledge::withUserKb(const std::shared_ptr<const Knowledge>& base,
                                                 const QString& jsonlPath) {
    auto k = std::make_shared<Knowledge>();
    k->m_wordnet = base->m_wordnet;
    k->m_kb = std::make_shared<const KnowledgeBase>(KnowledgeBase::loadJsonl(jsonlPath));
    k->m_typeSets = base->m_typeSets;
    k->m_mapping = base->m_mapping;
    k->m_linker = std::make_unique<EntityLinker>(k->m_kb);
    k->m_detector = std::make_unique<MentionDetector>(*k->m_kb);
    return k;
}

const EntityTypes& Knowledge::entityTypes(const QString& typeSet) const {
    auto taxonomy = m_typeSets->get(typeSet); // throws for an unknown name
    std::lock_guard lock(m_mutex);
    auto& slot = m_entityTypes[typeSet];
    if (!slot.second || slot.first != taxonomy)
        slot = {taxonomy, std::make_unique<EntityTypes>(*m_kb, *taxonomy, m_mapping.get())};
    return *slot.second;
}

std::vector<LinkedMention> Knowledge::annotate(QStringView text, const QString& typeSet) const {
    const EntityTypes& types = entityTypes(typeSet);
    const LinkContext context = m_linker->context(text);
    std::vector<LinkedMention> out;
    for (DetectedMention& m : m_detector->detect(text)) {
        LinkedMention linked;
        linked.link = m_linker->link(m.surface, context);
        linked.constraint = TypeConstraint::forEntity(linked.link.entity, types);
        linked.mention = std::move(m);
        out.push_back(std::move(linked));
    }
    return out;
}

} // namespace kcat::annotation
