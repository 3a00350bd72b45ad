#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kcat::annotation {

// The types a project's annotator chooses from, as the client's models see them: paths in a forest, with
// a one-line description each. Built from a list of paths (parents implied) or from a type set.
class TypeCatalog {
public:
    struct Entry {
        QString path;
        QString name; // last segment, underscores as spaces
        QString description;
        int parent = -1;
        QVector<int> children;
        int depth = 1;
    };

    static TypeCatalog fromPaths(const QStringList& paths, const QHash<QString, QString>& descriptions = {});

    int size() const { return int(m_entries.size()); }
    const Entry& at(int i) const { return m_entries[i]; }
    int indexOf(const QString& path) const { return m_index.value(path, -1); }
    const QVector<int>& roots() const { return m_roots; }
    QSet<QString> paths() const;

private:
    int add(const QString& path);

    QVector<Entry> m_entries;
    QHash<QString, int> m_index;
    QVector<int> m_roots;
};

} // namespace kcat::annotation
