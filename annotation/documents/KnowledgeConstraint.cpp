#include "annotation/documents/KnowledgeConstraint.h"

#include "annotation/documents/TypePaths.h"
#include "annotation/knowledge/Knowledge.h"

#include <QLocale>

namespace kcat::annotation {

KnowledgeConstraint::KnowledgeConstraint(std::shared_ptr<const Knowledge> knowledge, const QString& typeSet)
    : m_knowledge(std::move(knowledge))
    , m_typeSet(typeSet) {
    m_types = &m_knowledge->entityTypes(typeSet);
    const TypeTaxonomy& taxonomy = m_types->taxonomy();
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QHash<QString, QString> descriptions;
    QStringList paths;
    for (const TypeNode& node : taxonomy.types()) {
        paths << node.path;
        descriptions.insert(node.path,
                            chinese && !node.descriptionZh.isEmpty() ? node.descriptionZh : node.description);
    }
    m_catalog = std::make_shared<const TypeCatalog>(TypeCatalog::fromPaths(paths, descriptions));
}

QStringList KnowledgeConstraint::entityTypes(const QString& entityId) const {
    const EntityIndex e = m_knowledge->knowledgeBase()->find(entityId);
    QStringList out;
    if (e < 0)
        return out;
    for (TypeId t : m_types->types(e))
        out << m_types->taxonomy().type(t).path;
    return TypePaths::closeUnderAncestors(out);
}

KnowledgeConstraint::Candidates KnowledgeConstraint::candidates(const Mention& mention) const {
    Candidates c;
    if (mention.link == LinkState::Linked)
        c.types = entityTypes(mention.entity);
    c.released = c.types.isEmpty();
    if (c.released) {
        for (int i = 0; i < m_catalog->size(); ++i)
            c.types << m_catalog->at(i).path;
        std::sort(c.types.begin(), c.types.end());
    }
    c.ratio = m_catalog->size() == 0 ? 1.0 : double(c.types.size()) / m_catalog->size();
    return c;
}

QVector<EntityCandidate> KnowledgeConstraint::compatibleCandidates(const Mention& mention) const {
    QStringList coarse;
    for (const QString& t : mention.types)
        if (TypePaths::depth(t) == 1)
            coarse << t;
    QVector<EntityCandidate> out;
    for (const EntityCandidate& c : mention.candidates) {
        const QStringList types = entityTypes(c.entity);
        if (std::all_of(coarse.begin(), coarse.end(), [&](const QString& t) { return types.contains(t); }))
            out << c;
    }
    return out;
}

QString KnowledgeConstraint::entityName(const QString& entityId) const {
    const EntityIndex e = m_knowledge->knowledgeBase()->find(entityId);
    return e < 0 ? entityId : m_knowledge->knowledgeBase()->entity(e).name;
}

QString KnowledgeConstraint::entityDescription(const QString& entityId) const {
    const EntityIndex e = m_knowledge->knowledgeBase()->find(entityId);
    return e < 0 ? QString() : m_knowledge->knowledgeBase()->entity(e).description;
}

QStringList KnowledgeConstraint::entityClasses(const QString& entityId) const {
    const KnowledgeBase& kb = *m_knowledge->knowledgeBase();
    const EntityIndex e = kb.find(entityId);
    QStringList out;
    if (e < 0)
        return out;
    const Entity& entity = kb.entity(e);
    if (kb.wordnet()) {
        for (uint32_t offset : entity.classes)
            out << kb.wordnet()->displayName(offset);
    } else {
        out = entity.typePaths;
    }
    return out;
}

} // namespace kcat::annotation
