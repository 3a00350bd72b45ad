#pragma once

// Reader of the WordNet 3.0 noun database (data.noun, index.noun, cntlist.rev) in /usr/share/wordnet.

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace kcat::annotation {

// One noun synset. Strings are kept as std::string (ASCII in WordNet 3.0) to keep loading fast.
struct WordNetSynset {
    uint32_t offset = 0;              // byte offset in data.noun: the synset's id
    int lexFile = 0;                  // lexicographer file number (03 = noun.Tops, 18 = noun.person...)
    std::vector<std::string> lemmas;  // as written, underscores kept ("New_York")
    std::vector<int> lexIds;          // lex_id of each lemma (for sense keys)
    std::vector<int> senseCounts;     // tag count of each lemma from cntlist.rev (0 when absent)
    std::vector<uint32_t> hypernyms;  // "@" pointers, in file order
    std::vector<uint32_t> instanceOf; // "@i" pointers: set only for named-entity instances
    std::vector<uint32_t> related;    // holonyms/meronyms/topic/region pointers (context neighbours)
    std::string gloss;                // definition and examples, as in the file
};

// The noun database in memory. Synsets are stored in file order; index() maps an offset to its position.
class WordNetDatabase {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::WordNetDatabase)

public:
    // The folder of the Debian package wordnet-base (or $KCAT_WORDNET_DIR when set).
    static QString defaultDirectory();
    // Reads data.noun and, when present, cntlist.rev from `directory`. Throws KnowledgeError naming the
    // file and line of a malformed record, or the missing file.
    static WordNetDatabase load(const QString& directory = defaultDirectory());

    const std::vector<WordNetSynset>& synsets() const { return m_synsets; }
    int size() const { return int(m_synsets.size()); }
    // Position of the synset with this offset, or -1.
    int index(uint32_t offset) const;
    const WordNetSynset* synset(uint32_t offset) const;
    // Synsets of a lemma ("city", case-insensitive, spaces or underscores) in sense order ("city.n.01" is
    // the first). Built from data.noun by sense number when index.noun is absent.
    std::vector<uint32_t> lookup(const QString& lemma) const;
    // "city.n.01" style key -> offset, or 0 when unknown.
    uint32_t resolve(const QString& senseKey) const;
    // The gloss without its example sentences (the text before the first "; \"").
    static std::string definition(const std::string& gloss);
    // Named-entity instances: synsets with at least one "@i" pointer (7,730 in WordNet 3.0).
    std::vector<int> instanceIndices() const;
    // "n08524735"
    static QString synsetKey(uint32_t offset);
    // Display name of a synset: first lemma with spaces ("New York").
    QString displayName(uint32_t offset) const;
    const QString& directory() const { return m_directory; }

private:
    QString m_directory;
    std::vector<WordNetSynset> m_synsets;
    std::unordered_map<uint32_t, int> m_byOffset;
    std::unordered_map<std::string, std::vector<uint32_t>> m_byLemma; // lower-case, underscores
};

} // namespace kcat::annotation
