#include "annotation/documents/TypePaths.h"

#include "annotation/documents/Annotation.h"

#include <algorithm>

namespace kcat::annotation {

QString stateName(MentionState state) {
    switch (state) {
    case MentionState::Untyped:
        return QStringLiteral("untyped");
    case MentionState::Typed:
        return QStringLiteral("typed");
    case MentionState::Flagged:
        return QStringLiteral("flagged");
    }
    return QString();
}

namespace TypePaths {

QStringList ancestors(const QString& path) {
    QStringList out;
    int pos = path.indexOf(QLatin1Char('/'), 1);
    while (pos > 0) {
        out << path.left(pos);
        pos = path.indexOf(QLatin1Char('/'), pos + 1);
    }
    return out;
}

QString parent(const QString& path) {
    const int pos = path.lastIndexOf(QLatin1Char('/'));
    return pos > 0 ? path.left(pos) : QString();
}

int depth(const QString& path) {
    return int(path.count(QLatin1Char('/')));
}

QString leafName(const QString& path) {
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QStringList closeUnderAncestors(const QStringList& types) {
    QSet<QString> set;
    for (const QString& t : types) {
        set.insert(t);
        for (const QString& a : ancestors(t))
            set.insert(a);
    }
    QStringList out(set.begin(), set.end());
    std::sort(out.begin(), out.end());
    return out;
}

QStringList leaves(const QStringList& types) {
    QSet<QString> inner;
    for (const QString& t : types)
        for (const QString& a : ancestors(t))
            inner.insert(a);
    QStringList out;
    for (const QString& t : types)
        if (!inner.contains(t) && !out.contains(t))
            out << t;
    std::sort(out.begin(), out.end());
    return out;
}

QStringList removeWithDescendants(const QStringList& types, const QString& path) {
    QStringList out;
    const QString prefix = path + QLatin1Char('/');
    for (const QString& t : types)
        if (t != path && !t.startsWith(prefix))
            out << t;
    return out;
}

bool isValidPath(const QString& path) {
    if (path.size() < 2 || !path.startsWith(QLatin1Char('/')) || path.endsWith(QLatin1Char('/')))
        return false;
    if (path.contains(QLatin1String("//")))
        return false;
    for (const QChar c : path)
        if (c.isSpace())
            return false;
    return true;
}

} // namespace TypePaths

} // namespace kcat::annotation
