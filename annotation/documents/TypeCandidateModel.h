#pragma once

#include "annotation/documents/TypeCatalog.h"

#include <QAbstractItemModel>

#include <memory>

namespace kcat::annotation {

// The candidate types of one mention in the client's three typing views:
//  - Flatten: every candidate in one list, filtered and ranked by the search text;
//  - CoarseFine: the candidates below the current level (top level first), drilled into one step at a time;
//  - Tree: the candidates as a tree.
// Candidates are the linked entity's types with their ancestors (the knowledge constraint) or the whole
// catalog when unconstrained. Chosen types show as checked. Rows carry their 1-9 shortcut number.
class TypeCandidateModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum class View { Flatten, CoarseFine, Tree };
    Q_ENUM(View)
    enum Role { PathRole = Qt::UserRole + 1, DescriptionRole, ShortcutRole, HasChildrenRole };

    explicit TypeCandidateModel(QObject* parent = nullptr);

    void setCatalog(std::shared_ptr<const TypeCatalog> catalog);
    const TypeCatalog* catalog() const { return m_catalog.get(); }
    // Restricts to these types and their ancestors; unconstrained shows the whole catalog.
    void setCandidates(const QStringList& types);
    void setUnconstrained();
    bool isConstrained() const { return m_constrained; }
    int candidateCount() const { return int(m_allowed.size()); }
    void setChosen(const QStringList& types);
    void setView(View view);
    View view() const { return m_view; }
    // Substring and fuzzy (in-order letters) match over names, paths and descriptions.
    void setFilter(const QString& text);
    QString filter() const { return m_filter; }
    // Coarse→Fine: the type whose children are shown ("" = top level).
    void setLevel(const QString& path);
    QString level() const { return m_level; }
    bool goUp(); // false at the top level
    // The types in the order the view lists them (Tree: depth first); n-th (0-based) for keys 1-9.
    QStringList visiblePaths() const;
    QString visiblePath(int n) const;
    QModelIndex indexOfPath(const QString& path) const;

    // Match quality of text against a type (0 = no match; higher is better). Public for TypeSearch tests.
    static int matchScore(const TypeCatalog::Entry& entry, const QString& needle);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuild();
    const QVector<int>& childrenOf(int node) const; // node -1 = root
    void collect(int node, QStringList& out) const;

    std::shared_ptr<const TypeCatalog> m_catalog;
    QSet<int> m_allowed;
    bool m_constrained = false;
    QSet<QString> m_chosen;
    View m_view = View::Flatten;
    QString m_filter;
    QString m_level;
    QHash<int, QVector<int>> m_children; // shown children per node, -1 for the root
    QHash<int, int> m_rowOf;             // node -> its row under its shown parent
};

} // namespace kcat::annotation
