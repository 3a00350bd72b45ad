#pragma once

// The documented mapping from WordNet classes to the types of the built-in type sets (FIGER, OntoNotes,
// coarse): data/wordnet_mapping.json, explained in annotation/knowledge/README.md.

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace kcat::annotation {

class WordNetDatabase;

class WordNetTypeMapping {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::WordNetTypeMapping)

public:
    struct Rule {
        QString synset; // "city.n.01"
        uint32_t offset = 0;
        QHash<QString, QStringList> types; // type set name -> type paths
    };

    // The built-in mapping (resource :/knowledge/wordnet_mapping.json) resolved against `wordnet`.
    // Throws KnowledgeError when a rule names an unknown synset.
    static WordNetTypeMapping builtin(const WordNetDatabase& wordnet);
    static WordNetTypeMapping fromJson(const QByteArray& json, const QString& fileName,
                                       const WordNetDatabase& wordnet);

    const std::vector<Rule>& rules() const { return m_rules; }
    // The types of `typeSet` for an entity whose direct classes are `directClasses`: for each direct
    // class, the rules of the nearest mapped classes found walking up the hypernyms breadth-first (all
    // rules at the nearest distance), united over the direct classes. Paths as written in the mapping.
    QStringList typesFor(const std::vector<uint32_t>& directClasses, const QString& typeSet) const;
    // The rule that applies to this class itself, or nullptr.
    const Rule* ruleFor(uint32_t offset) const;
    // The type set names this mapping covers ("figer", "ontonotes", "coarse").
    QStringList typeSets() const { return m_typeSets; }

private:
    const WordNetDatabase* m_wordnet = nullptr;
    std::vector<Rule> m_rules;
    std::unordered_map<uint32_t, int> m_byOffset;
    QStringList m_typeSets;
};

} // namespace kcat::annotation
