#pragma once

// A type set as a tree of type paths ("/person/artist"), loaded from a text or JSON file or built in code.

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace kcat::annotation {

using TypeId = int; // index into TypeTaxonomy::types(); -1 = none

struct TypeNode {
    TypeId id = -1;
    QString path;       // "/person/artist"
    QString name;       // last segment: "artist"
    TypeId parent = -1; // -1 for a top-level type
    std::vector<TypeId> children;
    int depth = 1;         // number of path segments: "/person" has depth 1
    QString description;   // English, one line; may be empty
    QString descriptionZh; // Simplified Chinese, one line; may be empty
    QString key;           // source key, e.g. the WordNet synset ("n08524735") of a WordNet type; else empty
};

// A forest of types. Parents are implied: adding "/a/b/c" also adds "/a" and "/a/b". Ids are stable for
// the life of the object and follow insertion order (a parent always gets a smaller id than its child,
// unless it was named explicitly later in the file; in any case parents exist). Immutable once built
// and shared read-only across threads.
class TypeTaxonomy {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::TypeTaxonomy)

public:
    TypeTaxonomy() = default;
    explicit TypeTaxonomy(QString name)
        : m_name(std::move(name)) {}

    // One "/a/b" path a line; blank lines and lines starting with '#' are skipped.
    // Throws KnowledgeError naming `fileName` and the line on a malformed path.
    static TypeTaxonomy fromText(const QString& name, const QByteArray& text, const QString& fileName);
    // JSON: {"name": "...", "types": [{"path": "/a/b", "description": "...", "description_zh": "..."}]}
    // or a bare array of such objects (or of path strings). Throws KnowledgeError with file and line.
    static TypeTaxonomy fromJson(const QString& name, const QByteArray& json, const QString& fileName);
    // Reads a file and picks the format by content (JSON if it starts with '{' or '['). Throws.
    static TypeTaxonomy loadFile(const QString& filePath, const QString& name = {});

    // Adds a path (and its implied parents); returns its id. Throws KnowledgeError(file, line) on a
    // malformed path (must start with '/', no empty segment, no whitespace inside a segment).
    TypeId add(const QString& path, const QString& fileName = {}, int line = 0);
    void setDescription(TypeId id, const QString& english, const QString& chinese = {});
    void setKey(TypeId id, const QString& key);

    const QString& name() const { return m_name; }
    int size() const { return int(m_nodes.size()); }
    bool isEmpty() const { return m_nodes.empty(); }
    const std::vector<TypeNode>& types() const { return m_nodes; }
    const TypeNode& type(TypeId id) const { return m_nodes[size_t(id)]; }
    TypeId find(const QString& path) const { return m_byPath.value(path, -1); }
    TypeId findKey(const QString& key) const { return m_byKey.value(key, -1); }
    const std::vector<TypeId>& roots() const { return m_roots; }
    int maxDepth() const { return m_maxDepth; }

    // Parent first up to the root, not including `id` itself.
    std::vector<TypeId> ancestors(TypeId id) const;
    // True if `ancestor` is `id` or one of its ancestors.
    bool isAncestorOrSelf(TypeId ancestor, TypeId id) const;
    // The ids plus all their ancestors, sorted, without duplicates.
    std::vector<TypeId> closeUnderAncestors(const std::vector<TypeId>& ids) const;
    QStringList paths() const;

private:
    QString m_name;
    std::vector<TypeNode> m_nodes;
    std::vector<TypeId> m_roots;
    QHash<QString, TypeId> m_byPath;
    QHash<QString, TypeId> m_byKey;
    int m_maxDepth = 0;
};

} // namespace kcat::annotation
