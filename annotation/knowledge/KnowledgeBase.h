#pragma once

// The entities a mention can be linked to: WordNet's named-entity instances or a user's JSONL import.

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace kcat::annotation {

class WordNetDatabase;

using EntityIndex = int; // index into KnowledgeBase::entities(); -1 = NIL

struct Entity {
    QString id;                   // "wn:08524735" (WordNet offset) or the user's id
    QString name;                 // display name: the first alias
    QStringList aliases;          // every name the entity goes by, spaces not underscores
    std::vector<int> aliasCounts; // WordNet sense tag count of each alias (cntlist.rev); 0 when unknown
    QString description;          // the gloss's definition (WordNet) or the user's description
    // WordNet KB: the instance-hypernym classes ("@i") and all their hypernym ancestors, as offsets;
    // direct classes first. Empty for a user KB.
    std::vector<uint32_t> classes;
    int directClassCount = 0; // how many of `classes` are the direct "@i" classes
    // User KB: type paths as given in the file (resolved against a type set by EntityTypes).
    QStringList typePaths;
    // Context words: the entity's gloss plus its neighbours' glosses (classes, holonyms, regions...),
    // used by the linker's TF-IDF similarity. Lower-case, one entry per occurrence.
    QString contextText;
    int line = 0; // JSONL line of a user entity (for messages)
};

class KnowledgeBase {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::KnowledgeBase)

public:
    enum class Source { WordNet, User };

    // The 7,730 named-entity instances of WordNet (synsets with "@i" pointers).
    static KnowledgeBase fromWordNet(const std::shared_ptr<const WordNetDatabase>& wordnet);
    // JSONL, one entity a line: {"id": "...", "names": ["..."], "description": "...", "types": ["/a/b"]}.
    // Blank lines are skipped. Throws KnowledgeError naming the file and line (bad JSON, missing or wrong
    // field, empty names, duplicate id).
    static KnowledgeBase fromJsonl(const QByteArray& text, const QString& fileName);
    static KnowledgeBase loadJsonl(const QString& filePath);

    Source source() const { return m_source; }
    int size() const { return int(m_entities.size()); }
    const std::vector<Entity>& entities() const { return m_entities; }
    const Entity& entity(EntityIndex i) const { return m_entities[size_t(i)]; }
    EntityIndex find(const QString& id) const;
    // The WordNet database behind a WordNet KB (null for a user KB).
    const std::shared_ptr<const WordNetDatabase>& wordnet() const { return m_wordnet; }

private:
    Source m_source = Source::User;
    void index();

    std::vector<Entity> m_entities;
    QHash<QString, EntityIndex> m_byId;
    std::shared_ptr<const WordNetDatabase> m_wordnet;
};

} // namespace kcat::annotation
