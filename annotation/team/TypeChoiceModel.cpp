#include "annotation/team/TypeChoiceModel.h"

#include "annotation/documents/TypeCandidateModel.h"
#include "annotation/documents/TypePaths.h"
#include "annotation/knowledge/KnowledgeError.h"
#include "annotation/knowledge/TypeSetRegistry.h"
#include "annotation/team/Suggestions.h"

#include <QLocale>

namespace kcat::team {

TypeChoiceModel::TypeChoiceModel(QObject* parent)
    : QAbstractItemModel(parent) {}

std::shared_ptr<const annotation::TypeCatalog>
TypeChoiceModel::projectCatalog(const ProjectSnapshot& snapshot, const Suggestions* suggestions,
                                bool* fromTypeSet) {
    QStringList paths;
    QHash<QString, QString> descriptions;
    *fromTypeSet = false;
    if (snapshot.typeSet != QLatin1String("wordnet")) {
        try {
            const annotation::TypeSetRegistry registry;
            if (registry.contains(snapshot.typeSet)) {
                const bool chinese = QLocale().language() == QLocale::Chinese;
                for (const annotation::TypeNode& node : registry.get(snapshot.typeSet)->types()) {
                    paths << node.path;
                    descriptions.insert(node.path, chinese && !node.descriptionZh.isEmpty()
                                                       ? node.descriptionZh
                                                       : node.description);
                }
                *fromTypeSet = true;
            }
        } catch (const annotation::KnowledgeError&) {
            *fromTypeSet = false; // a built-in set that cannot be read: the project's own types below
        }
    }
    for (const QStringList& set : snapshot.typeSets)
        paths << set;
    if (suggestions)
        for (const QStringList& set : suggestions->types)
            paths << set;
    paths.removeDuplicates();
    return std::make_shared<const annotation::TypeCatalog>(
        annotation::TypeCatalog::fromPaths(paths, descriptions));
}

void TypeChoiceModel::setCatalog(std::shared_ptr<const annotation::TypeCatalog> catalog) {
    m_catalog = std::move(catalog);
    m_chosen.clear();
    rebuild();
    Q_EMIT chosenChanged();
}

void TypeChoiceModel::setChosen(const QStringList& types) {
    m_chosen.clear();
    if (m_catalog)
        for (const QString& t : annotation::TypePaths::closeUnderAncestors(types)) {
            const int node = m_catalog->indexOf(t);
            if (node >= 0)
                m_chosen.insert(node);
        }
    notifyAll({});
    Q_EMIT chosenChanged();
}

QStringList TypeChoiceModel::chosen() const {
    QStringList out;
    for (int node : m_chosen)
        out << m_catalog->at(node).path;
    out.sort();
    return out;
}

void TypeChoiceModel::setFilter(const QString& text) {
    if (text == m_filter)
        return;
    m_filter = text;
    rebuild();
}

void TypeChoiceModel::rebuild() {
    beginResetModel();
    m_children.clear();
    m_rowOf.clear();
    if (m_catalog) {
        // Substring matches in names, paths or descriptions; the fuzzy (in-order letters) ones only when
        // there is no substring match.
        QSet<int> shown;
        const QString needle = m_filter.trimmed();
        for (const int least : {30, 1}) {
            for (int i = 0; i < m_catalog->size(); ++i)
                if (annotation::TypeCandidateModel::matchScore(m_catalog->at(i), needle) >= least)
                    for (int a = i; a >= 0 && !shown.contains(a); a = m_catalog->at(a).parent)
                        shown.insert(a);
            if (!shown.isEmpty())
                break;
        }
        auto add = [&](int parentNode, const QVector<int>& kids) {
            QVector<int>& out = m_children[parentNode];
            for (int k : kids)
                if (shown.contains(k)) {
                    m_rowOf.insert(k, int(out.size()));
                    out.push_back(k);
                }
        };
        add(-1, m_catalog->roots());
        for (int i = 0; i < m_catalog->size(); ++i)
            if (shown.contains(i))
                add(i, m_catalog->at(i).children);
    }
    endResetModel();
}

void TypeChoiceModel::check(int node, bool on) {
    if (on) {
        for (int a = node; a >= 0; a = m_catalog->at(a).parent)
            m_chosen.insert(a);
        return;
    }
    QVector<int> stack{node};
    while (!stack.isEmpty()) {
        const int n = stack.takeLast();
        m_chosen.remove(n);
        stack << m_catalog->at(n).children;
    }
}

void TypeChoiceModel::notifyAll(const QModelIndex& parent) {
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent), {Qt::CheckStateRole});
    for (int r = 0; r < rows; ++r)
        notifyAll(index(r, 0, parent));
}

QModelIndex TypeChoiceModel::indexOfPath(const QString& path) const {
    const int node = m_catalog ? m_catalog->indexOf(path) : -1;
    if (node < 0 || !m_rowOf.contains(node))
        return {};
    return createIndex(m_rowOf.value(node), 0, quintptr(node));
}

QModelIndex TypeChoiceModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const QVector<int> kids = m_children.value(parent.isValid() ? int(parent.internalId()) : -1);
    return row < kids.size() ? createIndex(row, 0, quintptr(kids[row])) : QModelIndex();
}

QModelIndex TypeChoiceModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const int p = m_catalog->at(int(child.internalId())).parent;
    return p < 0 ? QModelIndex() : createIndex(m_rowOf.value(p), 0, quintptr(p));
}

int TypeChoiceModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_children.value(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int TypeChoiceModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant TypeChoiceModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_catalog)
        return {};
    const int node = int(index.internalId());
    const annotation::TypeCatalog::Entry& e = m_catalog->at(node);
    switch (role) {
    case Qt::DisplayRole:
        return e.name;
    case Qt::ToolTipRole:
        return e.description.isEmpty() ? e.path : QStringLiteral("%1 — %2").arg(e.path, e.description);
    case Qt::CheckStateRole:
        return m_chosen.contains(node) ? Qt::Checked : Qt::Unchecked;
    case PathRole:
        return e.path;
    default:
        return {};
    }
}

bool TypeChoiceModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::CheckStateRole)
        return false;
    check(int(index.internalId()), value.toInt() == Qt::Checked);
    notifyAll({}); // ancestors and descendants elsewhere in the tree change too
    Q_EMIT chosenChanged();
    return true;
}

Qt::ItemFlags TypeChoiceModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace kcat::team
