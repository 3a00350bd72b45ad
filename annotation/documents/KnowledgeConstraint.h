#pragma once

#include "annotation/documents/Annotation.h"
#include "annotation/documents/TypeCatalog.h"

#include <QCoreApplication>

#include <memory>

namespace kcat::annotation {

class Knowledge;
class EntityTypes;

// The knowledge constraint as the client applies it to a stored mention: the candidate types are the
// linked entity's types in the project's type set, with their ancestors; NIL, an undecided link or an entity
// without types in the set releases it (every type). Also answers what the entity card shows.
class KnowledgeConstraint {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::KnowledgeConstraint)

public:
    // Throws KnowledgeError when typeSet is unknown.
    KnowledgeConstraint(std::shared_ptr<const Knowledge> knowledge, const QString& typeSet);

    struct Candidates {
        QStringList types; // sorted, closed under ancestors; every type when released
        bool released = true;
        double ratio = 1.0; // |candidates| / |type set|
    };
    Candidates candidates(const Mention& mention) const;
    // The types of an entity id in the type set (closed under ancestors); empty when unknown.
    QStringList entityTypes(const QString& entityId) const;
    // The mention's linker candidates whose types include every chosen top-level type (all when none).
    QVector<EntityCandidate> compatibleCandidates(const Mention& mention) const;

    QString entityName(const QString& entityId) const;
    QString entityDescription(const QString& entityId) const;
    QStringList entityClasses(const QString& entityId) const; // direct classes first
    std::shared_ptr<const TypeCatalog> catalog() const { return m_catalog; }
    const QString& typeSet() const { return m_typeSet; }
    const std::shared_ptr<const Knowledge>& knowledge() const { return m_knowledge; }

private:
    std::shared_ptr<const Knowledge> m_knowledge;
    QString m_typeSet;
    const EntityTypes* m_types = nullptr;
    std::shared_ptr<const TypeCatalog> m_catalog;
};

} // namespace kcat::annotation
