#pragma once

// The type sets by name: the built-ins (figer, ontonotes, coarse, wordnet) and the files a user loads.

#include "annotation/knowledge/TypeTaxonomy.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>
#include <memory>
#include <mutex>

namespace kcat::annotation {

class WordNetDatabase;

// Built-in type sets, each a standalone function so tests and tools can build one without a registry.
namespace builtin {
// FIGER's 113 types (data/figer.txt) with English and Chinese descriptions (data/type_descriptions.json).
TypeTaxonomy figer();
// OntoNotes' 89 types (data/ontonotes.txt) with descriptions.
TypeTaxonomy ontonotes();
// Five coarse types: /person, /location, /organization, /event, /other.
TypeTaxonomy coarse();
// Every WordNet noun class that is a hypernym ancestor of at least one named-entity instance, as a tree:
// each class hangs under its FIRST listed hypernym ("@" pointer order in data.noun, which WordNet's
// lexicographers list main-sense first), or its first instance hypernym for the few classes that are
// themselves instances. Segments are the class's first lemma; a sibling with the same
// lemma gets "_2", "_3"... in offset order. Descriptions are the glosses' definitions; keys "n<offset>".
TypeTaxonomy wordnetHierarchy(const WordNetDatabase& wordnet);
} // namespace builtin

class TypeSetRegistry {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::TypeSetRegistry)

public:
    // `wordnet` is needed only for the "wordnet" set; without it asking for that set throws.
    explicit TypeSetRegistry(std::shared_ptr<const WordNetDatabase> wordnet = {});

    // "figer", "ontonotes", "coarse", "wordnet"
    static QStringList builtinNames();
    // Built-ins and loaded sets, built-ins first.
    QStringList names() const;
    bool contains(const QString& name) const;
    // The set by name, built on first use (thread-safe). Throws KnowledgeError for an unknown name.
    std::shared_ptr<const TypeTaxonomy> get(const QString& name) const;
    // Loads a user file (text or JSON, see TypeTaxonomy::loadFile) under `name` (default: the file's base
    // name), replacing a loaded set of that name; a built-in name is refused. Throws KnowledgeError.
    std::shared_ptr<const TypeTaxonomy> loadFile(const QString& filePath, const QString& name = {});
    void add(std::shared_ptr<const TypeTaxonomy> taxonomy);

private:
    std::shared_ptr<const WordNetDatabase> m_wordnet;
    mutable std::mutex m_mutex;
    mutable std::map<QString, std::shared_ptr<const TypeTaxonomy>> m_sets;
    QStringList m_userNames;
};

} // namespace kcat::annotation
