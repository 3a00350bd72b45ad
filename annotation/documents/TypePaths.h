#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace kcat::annotation {

// Type labels are slash paths ("/person/artist"); a type implies each of its ancestors ("/person").
namespace TypePaths {

// "/a/b/c" -> {"/a", "/a/b"}; "" for a top-level type's parent.
QStringList ancestors(const QString& path);
QString parent(const QString& path);
int depth(const QString& path);        // "/a" -> 1
QString leafName(const QString& path); // "/a/b_c" -> "b_c"
// The set with every member's ancestors added, sorted.
QStringList closeUnderAncestors(const QStringList& types);
// The most specific members: those that are no other member's ancestor, sorted.
QStringList leaves(const QStringList& types);
// types without path and without everything below path.
QStringList removeWithDescendants(const QStringList& types, const QString& path);
bool isValidPath(const QString& path);

} // namespace TypePaths

} // namespace kcat::annotation
