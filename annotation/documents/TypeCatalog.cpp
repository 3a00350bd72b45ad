#include "annotation/documents/TypeCatalog.h"

#include "annotation/documents/TypePaths.h"

#include <algorithm>

namespace kcat::annotation {

int TypeCatalog::add(const QString& path) {
    if (const int found = indexOf(path); found >= 0)
        return found;
    const QString parentPath = TypePaths::parent(path);
    const int parent = parentPath.isEmpty() ? -1 : add(parentPath);
    Entry e;
    e.path = path;
    e.name = TypePaths::leafName(path).replace(QLatin1Char('_'), QLatin1Char(' '));
    e.parent = parent;
    e.depth = TypePaths::depth(path);
    const int id = int(m_entries.size());
    m_entries.push_back(e);
    m_index.insert(path, id);
    if (parent >= 0)
        m_entries[parent].children.push_back(id);
    else
        m_roots.push_back(id);
    return id;
}

TypeCatalog TypeCatalog::fromPaths(const QStringList& paths, const QHash<QString, QString>& descriptions) {
    TypeCatalog c;
    QStringList sorted = paths;
    std::sort(sorted.begin(), sorted.end());
    for (const QString& p : sorted)
        if (TypePaths::isValidPath(p))
            c.add(p);
    for (auto it = descriptions.cbegin(); it != descriptions.cend(); ++it)
        if (const int i = c.indexOf(it.key()); i >= 0)
            c.m_entries[i].description = it.value();
    return c;
}

QSet<QString> TypeCatalog::paths() const {
    QSet<QString> out;
    for (const Entry& e : m_entries)
        out.insert(e.path);
    return out;
}

} // namespace kcat::annotation
