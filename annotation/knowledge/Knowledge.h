#pragma once

// Everything the annotator needs from the knowledge library in one immutable, shareable bundle: WordNet,
// the knowledge base, the type sets, the mapping, the linker and the mention detector. The GUI builds it
// once in a background job (Knowledge::loadBuiltin) and shares it read-only across threads.

#include "annotation/knowledge/EntityLinker.h"
#include "annotation/knowledge/EntityTypes.h"
#include "annotation/knowledge/KnowledgeBase.h"
#include "annotation/knowledge/MentionDetector.h"
#include "annotation/knowledge/TypeSetRegistry.h"
#include "annotation/knowledge/WordNet.h"
#include "annotation/knowledge/WordNetTypeMapping.h"

#include <QCoreApplication>

#include <map>
#include <memory>
#include <mutex>

namespace kcat::annotation {

// One linked mention as `kcat link` prints it and the annotator shows it.
struct LinkedMention {
    DetectedMention mention;
    LinkResult link;
    TypeConstraint constraint;
};

class Knowledge {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::Knowledge)

public:
    // WordNet from `wordnetDir`, the WordNet KB, the built-in type sets and mapping. Throws KnowledgeError.
    static std::shared_ptr<Knowledge>
    loadBuiltin(const QString& wordnetDir = WordNetDatabase::defaultDirectory());
    // The same type sets (WordNet still needed for the "wordnet" set) with a user KB from a JSONL file.
    static std::shared_ptr<Knowledge> withUserKb(const std::shared_ptr<const Knowledge>& base,
                                                 const QString& jsonlPath);

    const std::shared_ptr<const WordNetDatabase>& wordnet() const { return m_wordnet; }
    const std::shared_ptr<const KnowledgeBase>& knowledgeBase() const { return m_kb; }
    TypeSetRegistry& typeSets() const { return *m_typeSets; }
    const WordNetTypeMapping* mapping() const { return m_mapping.get(); }
    const EntityLinker& linker() const { return *m_linker; }
    const MentionDetector& detector() const { return *m_detector; }
    // The KB's entity types in a type set, built on first use (thread-safe). Throws for an unknown set.
    const EntityTypes& entityTypes(const QString& typeSet) const;

    // Detects mentions in `text`, links each and applies the constraint of `typeSet`.
    std::vector<LinkedMention> annotate(QStringView text, const QString& typeSet) const;

private:
    std::shared_ptr<const WordNetDatabase> m_wordnet;
    std::shared_ptr<const KnowledgeBase> m_kb;
    std::shared_ptr<TypeSetRegistry> m_typeSets;
    std::shared_ptr<const WordNetTypeMapping> m_mapping;
    std::unique_ptr<EntityLinker> m_linker;
    std::unique_ptr<MentionDetector> m_detector;
    mutable std::mutex m_mutex;
    // Keyed by set name; holds the taxonomy too, so a user set replaced under the same name is recomputed.
    mutable std::map<QString, std::pair<std::shared_ptr<const TypeTaxonomy>, std::unique_ptr<EntityTypes>>>
        m_entityTypes;
};

} // namespace kcat::annotation
