#include "annotation/documents/TypingCost.h"

#include "annotation/documents/KnowledgeConstraint.h"
#include "annotation/knowledge/Knowledge.h"
#include "annotation/knowledge/WordNetGold.h"

#include <algorithm>
#include <numeric>
#include <set>

namespace kcat::annotation {

namespace {

bool isSubsequence(const QString& needle, const QString& hay) {
    int j = 0;
    for (int i = 0; i < hay.size() && j < needle.size(); ++i)
        if (hay.at(i) == needle.at(j))
            ++j;
    return j == needle.size();
}

int add(int a, int b) {
    return a < 0 || b < 0 ? -1 : a + b;
}

int cheaper(int a, int b) {
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    return std::min(a, b);
}

} // namespace

TypingCostModel::TypingCostModel(std::shared_ptr<const Knowledge> knowledge, const QString& typeSet,
                                 bool constraint)
    : m_constraint(std::make_unique<KnowledgeConstraint>(std::move(knowledge), typeSet))
    , m_catalog(m_constraint->catalog())
    , m_constrained(constraint) {
    const int n = m_catalog->size();
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return m_catalog->at(a).path < m_catalog->at(b).path; });
    m_pathRank.resize(size_t(n));
    for (int r = 0; r < n; ++r)
        m_pathRank[size_t(order[size_t(r)])] = r;
    for (int i = 0; i < n; ++i) {
        m_names.push_back(m_catalog->at(i).name.toLower());
        m_paths.push_back(m_catalog->at(i).path.toLower());
        m_descriptions.push_back(m_catalog->at(i).description.toLower());
    }
}

TypingCostModel::~TypingCostModel() = default;

int TypingCostModel::score(int i, const QString& n) const {
    if (n.isEmpty())
        return 1;
    const QString& name = m_names[size_t(i)];
    if (name == n)
        return 100;
    if (name.startsWith(n))
        return 80;
    if (name.contains(n))
        return 60;
    if (m_paths[size_t(i)].contains(n))
        return 50;
    if (m_descriptions[size_t(i)].contains(n))
        return 30;
    if (isSubsequence(n, name))
        return 20;
    if (isSubsequence(n, m_paths[size_t(i)]))
        return 10;
    return 0;
}

std::vector<int> TypingCostModel::indices(const QStringList& paths) const {
    std::vector<int> out;
    for (const QString& p : paths)
        if (const int i = m_catalog->indexOf(p); i >= 0)
            out.push_back(i);
    std::sort(out.begin(), out.end(),
              [&](int a, int b) { return m_pathRank[size_t(a)] < m_pathRank[size_t(b)]; });
    return out;
}

int TypingCostModel::searchCost(const std::vector<int>& rows, int target) const {
    const auto key = std::make_pair(rows, target);
    if (const auto it = m_searchMemo.find(key); it != m_searchMemo.end())
        return it->second;
    const QString& name = m_names[size_t(target)];
    const QString& path = m_paths[size_t(target)];
    int found = -1;
    for (int len = 1; len <= path.size() && found < 0; ++len) {
        std::set<QString> queries;
        for (const QString* s : {&name, &path})
            for (int i = 0; i + len <= s->size(); ++i)
                queries.insert(s->mid(i, len));
        for (const QString& q : queries) {
            const int mine = score(target, q);
            if (mine == 0)
                continue;
            const bool first = std::none_of(rows.begin(), rows.end(), [&](int r) {
                if (r == target)
                    return false;
                const int s = score(r, q);
                return s > mine || (s == mine && m_pathRank[size_t(r)] < m_pathRank[size_t(target)]);
            });
            if (first) {
                found = 2 + len; // "/", the query, Enter
                break;
            }
        }
    }
    m_searchMemo.emplace(key, found);
    return found;
}

int TypingCostModel::selectCost(const std::vector<int>& rows, int target) const {
    const auto it = std::find(rows.begin(), rows.end(), target);
    if (it == rows.end())
        return -1;
    if (it - rows.begin() < 9)
        return 1;
    return searchCost(rows, target);
}

std::vector<int> TypingCostModel::levelRows(int level, const std::vector<char>& allowed) const {
    std::vector<int> rows;
    for (int k : level >= 0 ? m_catalog->at(level).children : m_catalog->roots())
        if (allowed[size_t(k)])
            rows.push_back(k);
    std::sort(rows.begin(), rows.end(),
              [&](int a, int b) { return m_pathRank[size_t(a)] < m_pathRank[size_t(b)]; });
    return rows;
}

int TypingCostModel::coarseFineCost(const std::vector<int>& leaves, const std::vector<char>& allowed) const {
    auto depth = [&](int node) { return node < 0 ? 0 : m_catalog->at(node).depth; };
    auto hasChildren = [&](int node) {
        const auto& kids = m_catalog->at(node).children;
        return std::any_of(kids.begin(), kids.end(), [&](int k) { return allowed[size_t(k)]; });
    };
    auto walk = [&](const std::vector<int>& order) {
        int level = -1;
        int total = 0;
        for (int leaf : order) {
            std::vector<int> chain; // root first
            for (int a = leaf; a >= 0; a = m_catalog->at(a).parent)
                chain.insert(chain.begin(), a);
            // Go up (Backspace) to the deepest level that is an ancestor of the leaf.
            int up = level;
            while (up >= 0 && std::find(chain.begin(), chain.end() - 1, up) == chain.end() - 1)
                up = m_catalog->at(up).parent;
            total += depth(level) - depth(up);
            size_t next = up < 0 ? 0 : size_t(std::find(chain.begin(), chain.end(), up) - chain.begin()) + 1;
            int at = up;
            for (; next < chain.size(); ++next) {
                const int c = selectCost(levelRows(at, allowed), chain[next]);
                if (c < 0)
                    return -1;
                total += c;
                at = chain[next];
            }
            level = hasChildren(leaf) ? leaf : m_catalog->at(leaf).parent;
        }
        return total;
    };
    std::vector<int> order = leaves;
    if (order.size() > 6)
        return walk(order);
    std::sort(order.begin(), order.end());
    int best = -1;
    do
        best = cheaper(best, walk(order));
    while (std::next_permutation(order.begin(), order.end()));
    return best;
}

int TypingCostModel::typesCost(View view, const QStringList& offered, const QStringList& gold) const {
    std::vector<char> allowed(size_t(m_catalog->size()), 0);
    const std::vector<int> rows = indices(offered);
    for (int i : rows)
        allowed[size_t(i)] = 1;
    const std::vector<int> goldIds = indices(gold);
    if (goldIds.size() != size_t(gold.size()))
        return -1;
    std::vector<int> leaves;
    for (int g : goldIds) {
        if (!allowed[size_t(g)])
            return -1;
        const bool inner = std::any_of(goldIds.begin(), goldIds.end(), [&](int o) {
            return o != g && m_paths[size_t(o)].startsWith(m_paths[size_t(g)] + QLatin1Char('/'));
        });
        if (!inner)
            leaves.push_back(g);
    }
    switch (view) {
    case Flatten: {
        int total = 0;
        for (int leaf : leaves)
            total = add(total, selectCost(rows, leaf));
        return total;
    }
    case CoarseFine:
        return coarseFineCost(leaves, allowed);
    case Tree: {
        std::vector<int> dfs;
        const std::vector<int> roots = levelRows(-1, allowed);
        std::vector<int> stack(roots.rbegin(), roots.rend());
        while (!stack.empty() && dfs.size() < 9) {
            const int n = stack.back();
            stack.pop_back();
            dfs.push_back(n);
            const std::vector<int> kids = levelRows(n, allowed);
            stack.insert(stack.end(), kids.rbegin(), kids.rend());
        }
        int total = 0;
        for (int leaf : leaves)
            total = add(total, std::find(dfs.begin(), dfs.end(), leaf) != dfs.end() ? 1 : -1);
        return total;
    }
    }
    return -1;
}

TypingPlan TypingCostModel::plan(const Mention& asLinked, const QStringList& gold,
                                 const QString& goldEntity) const {
    struct Option {
        QString link;
        int keys;
        QStringList offered;
    };
    std::vector<Option> options;
    const KnowledgeConstraint::Candidates all = m_constraint->candidates(Mention{});
    if (!m_constrained) {
        options.push_back({QStringLiteral("kept"), 0, all.types});
    } else {
        const KnowledgeConstraint::Candidates kept = m_constraint->candidates(asLinked);
        options.push_back({QStringLiteral("kept"), 0, kept.types});
        if (!goldEntity.isEmpty() && !(asLinked.link == LinkState::Linked && asLinked.entity == goldEntity)) {
            const QVector<EntityCandidate> list = m_constraint->compatibleCandidates(asLinked);
            for (int i = 0; i < list.size() && i < 9; ++i)
                if (list[i].entity == goldEntity) {
                    Mention relinked = asLinked;
                    relinked.link = LinkState::Linked;
                    relinked.entity = goldEntity;
                    options.push_back(
                        {QStringLiteral("relinked"), 2, m_constraint->candidates(relinked).types});
                }
        }
        if (!kept.released)
            options.push_back({QStringLiteral("released"), 1, all.types});
    }
    TypingPlan best;
    for (const Option& o : options) {
        for (int v = 0; v < 3; ++v) {
            const int types = typesCost(View(v), o.offered, gold);
            if (types < 0)
                continue;
            const int actions = o.keys + types + 1; // + Enter
            best.viewActions[v] = cheaper(best.viewActions[v], actions);
            if (best.actions < 0 || actions < best.actions) {
                static const char* names[] = {"flatten", "coarse-fine", "tree"};
                best.actions = actions;
                best.view = QLatin1String(names[v]);
                best.link = o.link;
                best.candidateRatio = double(o.offered.size()) / std::max(1, m_catalog->size());
            }
        }
    }
    return best;
}

TypingCostReport measureTypingCost(const std::shared_ptr<const Knowledge>& knowledge, const QString& typeSet,
                                   bool constraint, const QVector<DocumentData>& documents,
                                   const std::vector<uint32_t>& sourceSynsets) {
    const TypingCostModel model(knowledge, typeSet, constraint);
    const WordNetGold gold(*knowledge->wordnet(), *knowledge->knowledgeBase(), knowledge->linker());
    TypingCostReport r;
    r.typeSet = typeSet;
    r.typeSetSize = model.catalog().size();
    r.constraint = constraint;
    r.documents = int(documents.size());
    std::vector<double> actions;
    double ratioSum = 0, linkedRatioSum = 0;
    for (int d = 0; d < documents.size(); ++d) {
        const DocumentData& doc = documents[d];
        for (const Mention& m : doc.mentions) {
            ++r.mentions;
            const QStringView surface = QStringView(doc.text).mid(m.start, m.length());
            const WordNetGold::Link g = gold.gold(sourceSynsets[size_t(d)], surface);
            EntityIndex goldEntity = g.kind == WordNetGold::Kind::Entity ? g.entity : -1;
            bool byName = false;
            if (g.kind == WordNetGold::Kind::Unknown) {
                // No pointer decides: a capitalised name that exactly one entity has (exact match).
                const auto found = knowledge->linker().lookup(surface);
                if (found.size() == 1 && found.front().second == AliasMatch::Exact &&
                    surface.front().isUpper()) {
                    goldEntity = found.front().first;
                    byName = true;
                }
            }
            if (goldEntity < 0)
                continue;
            const QString entity = knowledge->knowledgeBase()->entity(goldEntity).id;
            const QStringList types = model.constraint().entityTypes(entity);
            if (types.isEmpty())
                continue;
            ++r.gold;
            (byName ? r.goldByName : r.goldByPointer) += 1;
            const TypingPlan p = model.plan(m, types, entity);
            if (p.actions < 0) {
                ++r.unreachable;
                continue;
            }
            actions.push_back(p.actions);
            ratioSum += p.candidateRatio;
            linkedRatioSum += constraint ? model.constraint().candidates(m).ratio : 1.0;
            for (int v = 0; v < 3; ++v)
                if (p.viewActions[v] >= 0) {
                    r.viewMean[v] += p.viewActions[v];
                    ++r.viewReached[v];
                }
            ++r.bestView[p.view == QLatin1String("flatten") ? 0 : p.view == QLatin1String("tree") ? 2 : 1];
            r.relinked += p.link == QLatin1String("relinked") ? 1 : 0;
            r.released += p.link == QLatin1String("released") ? 1 : 0;
        }
    }
    if (!actions.empty()) {
        const double n = double(actions.size());
        r.meanActions = std::accumulate(actions.begin(), actions.end(), 0.0) / n;
        std::sort(actions.begin(), actions.end());
        const size_t h = actions.size() / 2;
        r.medianActions = actions.size() % 2 ? actions[h] : (actions[h - 1] + actions[h]) / 2;
        r.meanCandidateRatio = ratioSum / n;
        r.meanLinkedRatio = linkedRatioSum / n;
    }
    for (int v = 0; v < 3; ++v)
        if (r.viewReached[v] > 0)
            r.viewMean[v] /= r.viewReached[v];
    return r;
}

} // namespace kcat::annotation
