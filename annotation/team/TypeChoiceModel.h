#pragma once

// The type picker behind the adjudication's override: a project's types as a tree with check boxes and a
// filter. The chosen set stays closed under ancestors: checking a type checks its ancestors, unchecking
// one unchecks its descendants.

#include "annotation/documents/TypeCatalog.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace kcat::team {

struct ProjectSnapshot;
struct Suggestions;

class TypeChoiceModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Roles { PathRole = Qt::UserRole + 1 };

    explicit TypeChoiceModel(QObject* parent = nullptr);

    // The types to choose from for a project: its type set's taxonomy when it is a built-in set this
    // library reads without WordNet (figer, ontonotes, coarse; *fromTypeSet = true), together with every
    // type the snapshot and the suggestions use (all there is for "wordnet" and user sets).
    static std::shared_ptr<const annotation::TypeCatalog>
    projectCatalog(const ProjectSnapshot& snapshot, const Suggestions* suggestions, bool* fromTypeSet);

    void setCatalog(std::shared_ptr<const annotation::TypeCatalog> catalog);
    // Closed under ancestors on the way in; types outside the catalog are dropped.
    void setChosen(const QStringList& types);
    QStringList chosen() const; // sorted, closed under ancestors
    // Shows the types whose name, path or description matches (and their ancestors); "" = every type.
    void setFilter(const QString& text);
    QString filter() const { return m_filter; }
    QModelIndex indexOfPath(const QString& path) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void chosenChanged();

private:
    void rebuild();
    void check(int node, bool on);
    void notifyAll(const QModelIndex& parent);

    std::shared_ptr<const annotation::TypeCatalog> m_catalog;
    QSet<int> m_chosen; // catalog nodes
    QString m_filter;
    QHash<int, QVector<int>> m_children; // shown children per node, -1 for the root
    QHash<int, int> m_rowOf;             // node -> its row under its parent
};

} // namespace kcat::team
