#include "annotation/documents/TypeCandidateModel.h"

#include <algorithm>

namespace kcat::annotation {

namespace {

const QVector<int> NoChildren;

bool isSubsequence(const QString& needle, const QString& hay) {
    int j = 0;
    for (int i = 0; i < hay.size() && j < needle.size(); ++i)
        if (hay.at(i) == needle.at(j))
            ++j;
    return j == needle.size();
}

} // namespace

TypeCandidateModel::TypeCandidateModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void TypeCandidateModel::setCatalog(std::shared_ptr<const TypeCatalog> catalog) {
    m_catalog = std::move(catalog);
    m_level.clear();
    setUnconstrained();
}

void TypeCandidateModel::setCandidates(const QStringList& types) {
    m_allowed.clear();
    m_constrained = true;
    if (m_catalog)
        for (const QString& t : types)
            for (int i = m_catalog->indexOf(t); i >= 0; i = m_catalog->at(i).parent)
                m_allowed.insert(i);
    rebuild();
}

void TypeCandidateModel::setUnconstrained() {
    m_allowed.clear();
    m_constrained = false;
    if (m_catalog)
        for (int i = 0; i < m_catalog->size(); ++i)
            m_allowed.insert(i);
    rebuild();
}

void TypeCandidateModel::setChosen(const QStringList& types) {
    m_chosen = QSet<QString>(types.begin(), types.end());
    if (rowCount() > 0)
        rebuild(); // check states of any depth change; a reset keeps the tester's bookkeeping simple
}

void TypeCandidateModel::setView(View view) {
    if (view == m_view)
        return;
    m_view = view;
    rebuild();
}

void TypeCandidateModel::setFilter(const QString& text) {
    if (text == m_filter)
        return;
    m_filter = text;
    rebuild();
}

void TypeCandidateModel::setLevel(const QString& path) {
    m_level = path;
    rebuild();
}

bool TypeCandidateModel::goUp() {
    if (m_level.isEmpty())
        return false;
    const int i = m_catalog ? m_catalog->indexOf(m_level) : -1;
    m_level =
        i >= 0 && m_catalog->at(i).parent >= 0 ? m_catalog->at(m_catalog->at(i).parent).path : QString();
    rebuild();
    return true;
}

int TypeCandidateModel::matchScore(const TypeCatalog::Entry& e, const QString& needle) {
    if (needle.isEmpty())
        return 1;
    const QString n = needle.toLower();
    const QString name = e.name.toLower();
    if (name == n)
        return 100;
    if (name.startsWith(n))
        return 80;
    if (name.contains(n))
        return 60;
    if (e.path.toLower().contains(n))
        return 50;
    if (e.description.toLower().contains(n))
        return 30;
    if (isSubsequence(n, name))
        return 20;
    if (isSubsequence(n, e.path.toLower()))
        return 10;
    return 0;
}

void TypeCandidateModel::rebuild() {
    beginResetModel();
    m_children.clear();
    m_rowOf.clear();
    if (m_catalog) {
        if (m_view == View::Tree) {
            // Shown: allowed nodes that match the filter, or have a shown descendant.
            QSet<int> shown;
            for (int i : std::as_const(m_allowed))
                if (matchScore(m_catalog->at(i), m_filter) > 0)
                    for (int a = i; a >= 0 && !shown.contains(a); a = m_catalog->at(a).parent)
                        shown.insert(a);
            auto add = [&](int parentNode, const QVector<int>& kids) {
                QVector<int>& out = m_children[parentNode];
                for (int k : kids)
                    if (shown.contains(k))
                        out.push_back(k);
            };
            add(-1, m_catalog->roots());
            for (int i : std::as_const(shown))
                add(i, m_catalog->at(i).children);
        } else {
            QVector<int> rows;
            if (m_view == View::Flatten) {
                rows = QVector<int>(m_allowed.begin(), m_allowed.end());
            } else {
                const int levelNode = m_catalog->indexOf(m_level);
                for (int k : levelNode >= 0 ? m_catalog->at(levelNode).children : m_catalog->roots())
                    if (m_allowed.contains(k))
                        rows.push_back(k);
            }
            QHash<int, int> score;
            for (int i : rows)
                score.insert(i, matchScore(m_catalog->at(i), m_filter));
            rows.erase(std::remove_if(rows.begin(), rows.end(), [&](int i) { return score.value(i) == 0; }),
                       rows.end());
            std::sort(rows.begin(), rows.end(), [&](int a, int b) {
                if (score.value(a) != score.value(b))
                    return score.value(a) > score.value(b);
                return m_catalog->at(a).path < m_catalog->at(b).path;
            });
            m_children.insert(-1, rows);
        }
        for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
            for (int r = 0; r < it.value().size(); ++r)
                m_rowOf.insert(it.value()[r], r);
    }
    endResetModel();
}

const QVector<int>& TypeCandidateModel::childrenOf(int node) const {
    const auto it = m_children.constFind(node);
    return it == m_children.cend() ? NoChildren : it.value();
}

void TypeCandidateModel::collect(int node, QStringList& out) const {
    for (int k : childrenOf(node)) {
        out << m_catalog->at(k).path;
        collect(k, out);
    }
}

QStringList TypeCandidateModel::visiblePaths() const {
    QStringList out;
    if (m_catalog)
        collect(-1, out);
    return out;
}

QString TypeCandidateModel::visiblePath(int n) const {
    return visiblePaths().value(n);
}

QModelIndex TypeCandidateModel::indexOfPath(const QString& path) const {
    const int node = m_catalog ? m_catalog->indexOf(path) : -1;
    if (node < 0 || !m_rowOf.contains(node))
        return {};
    return createIndex(m_rowOf.value(node), 0, quintptr(node));
}

QModelIndex TypeCandidateModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0)
        return {};
    const int p = parent.isValid() ? int(parent.internalId()) : -1;
    const QVector<int>& kids = childrenOf(p);
    if (row >= kids.size())
        return {};
    return createIndex(row, 0, quintptr(kids[row]));
}

QModelIndex TypeCandidateModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || m_view != View::Tree)
        return {};
    const int p = m_catalog->at(int(child.internalId())).parent;
    if (p < 0)
        return {};
    return createIndex(m_rowOf.value(p), 0, quintptr(p));
}

int TypeCandidateModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int TypeCandidateModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant TypeCandidateModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_catalog)
        return {};
    const int node = int(index.internalId());
    const TypeCatalog::Entry& e = m_catalog->at(node);
    switch (role) {
    case Qt::DisplayRole: {
        // The row's 1-9 key in front, as the client's keyboard uses it.
        const QString label = m_view == View::Flatten ? e.path : e.name;
        const QVariant key = data(index, ShortcutRole);
        return key.isValid() ? QStringLiteral("%1  %2").arg(key.toInt()).arg(label) : label;
    }
    case Qt::ToolTipRole:
    case DescriptionRole:
        return e.description;
    case Qt::CheckStateRole:
        return m_chosen.contains(e.path) ? Qt::Checked : Qt::Unchecked;
    case PathRole:
        return e.path;
    case ShortcutRole: {
        const int n = m_view == View::Tree ? int(visiblePaths().indexOf(e.path)) : index.row();
        return n >= 0 && n < 9 ? QVariant(n + 1) : QVariant();
    }
    case HasChildrenRole:
        return std::any_of(e.children.begin(), e.children.end(),
                           [&](int k) { return m_allowed.contains(k); });
    default:
        return {};
    }
}

QHash<int, QByteArray> TypeCandidateModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(DescriptionRole, "description");
    names.insert(ShortcutRole, "shortcut");
    names.insert(HasChildrenRole, "hasChildren");
    return names;
}

} // namespace kcat::annotation
