#include "annotation/team/Suggestions.h"

#include "annotation/documents/TypePaths.h"

#include <algorithm>

namespace kcat::team {

QString methodName(crowd::AggregationMethod method) {
    switch (method) {
    case crowd::AggregationMethod::DawidSkene:
        return QStringLiteral("ds");
    case crowd::AggregationMethod::OneCoin:
        return QStringLiteral("onecoin");
    case crowd::AggregationMethod::Glad:
        return QStringLiteral("glad");
    case crowd::AggregationMethod::Mace:
        return QStringLiteral("mace");
    case crowd::AggregationMethod::MajorityVote:
        break;
    }
    return QStringLiteral("mv");
}

bool methodFromName(const QString& name, crowd::AggregationMethod* method) {
    using M = crowd::AggregationMethod;
    for (M m : {M::MajorityVote, M::DawidSkene, M::OneCoin, M::Glad, M::Mace})
        if (methodName(m) == name) {
            *method = m;
            return true;
        }
    return false;
}

namespace {

double jaccard(const QStringList& a, const QStringList& b) {
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    int common = 0;
    for (const QString& x : a)
        common += b.contains(x);
    return double(common) / double(a.size() + b.size() - common);
}

} // namespace

// Majority vote straight on the snapshot's sparse label sets: the same result as binary relevance with
// crowd::majorityVote per type (tie: the class given more often overall wins, then "0"), without building
// one dense two-class problem per type. Per-annotator maps (skill/spammer score per type) are left empty.
Suggestions majorityVoteSuggestions(const ProjectSnapshot& s) {
    Suggestions out;
    out.method = crowd::AggregationMethod::MajorityVote;
    const size_t mentions = s.mentions.size();
    const int annotators = int(s.annotators.size());
    out.types.assign(mentions, {});
    out.confidence.assign(mentions, 1.0);
    out.disagreement.assign(mentions, 0);
    out.quality.assign(size_t(annotators), {});

    // Type ids over the done labels' sets; per set its type ids.
    QHash<QString, int> typeId;
    QStringList typeNames;
    std::vector<std::vector<int>> setTypes(s.typeSets.size());
    std::vector<char> used(s.typeSets.size(), 0);
    qint64 cells = 0;
    for (const auto& l : s.labels)
        if (l.done) {
            used[size_t(l.types)] = 1;
            ++cells;
        }
    for (size_t k = 0; k < s.typeSets.size(); ++k) {
        if (!used[k])
            continue;
        for (const QString& t : s.typeSets[k]) {
            auto it = typeId.constFind(t);
            if (it == typeId.constEnd()) {
                it = typeId.insert(t, int(typeNames.size()));
                typeNames << t;
            }
            setTypes[k].push_back(*it);
        }
    }
    const int types = int(typeNames.size());
    std::vector<qint64> given(size_t(types), 0);
    for (const auto& l : s.labels)
        if (l.done)
            for (int t : setTypes[size_t(l.types)])
                ++given[size_t(t)];

    // Votes per mention; the suggestion; confidence; disagreement.
    std::vector<int> votes(size_t(types), 0);
    std::vector<int> touched;
    std::vector<std::vector<int>> suggested(mentions); // chosen type ids before the closure
    for (size_t m = 0; m < mentions; ++m) {
        int n = 0, first = -1;
        bool differ = false;
        touched.clear();
        for (qsizetype i = s.labelBegin[m]; i < s.labelBegin[m + 1]; ++i) {
            const auto& l = s.labels[size_t(i)];
            if (!l.done)
                continue;
            if (n == 0)
                first = l.types;
            else if (l.types != first)
                differ = true;
            ++n;
            for (int t : setTypes[size_t(l.types)])
                if (votes[size_t(t)]++ == 0)
                    touched.push_back(t);
        }
        out.disagreement[m] = n >= 2 && differ;
        if (n == 0)
            continue;
        QHash<QString, double> posterior;
        QStringList chosen;
        double confidence = 1.0;
        for (int t : touched) {
            const int v = votes[size_t(t)];
            const double p = double(v) / n;
            posterior.insert(typeNames[t], p);
            const bool one = v > n - v || (v == n - v && given[size_t(t)] > cells - given[size_t(t)]);
            if (one)
                chosen << typeNames[t];
            votes[size_t(t)] = 0;
        }
        // Closed under ancestors; an added ancestor is as likely as its likeliest descendant.
        const QStringList direct = chosen;
        for (const QString& t : direct)
            for (const QString& a : annotation::TypePaths::ancestors(t))
                if (!chosen.contains(a)) {
                    chosen << a;
                    posterior[a] = std::max(posterior.value(a), posterior.value(t));
                }
        for (auto it = posterior.cbegin(); it != posterior.cend(); ++it)
            confidence = std::min(confidence, std::max(it.value(), 1.0 - it.value()));
        chosen.sort();
        out.types[m] = chosen;
        out.confidence[m] = confidence;
        // The per-type decisions before the closure are the truth of the two-class problems.
        for (const QString& t : direct)
            suggested[m].push_back(typeId.value(t));
        std::sort(suggested[m].begin(), suggested[m].end());
    }

    // Quality: agreement with the consensus and gold, and the mean spammer score over the per-type
    // two-class problems, from sparse 2 × 2 counts (n11, n10 = truth 1 given 0, n01) per annotator and type.
    std::vector<qint64> counts(size_t(annotators) * size_t(types) * 3, 0), cellsOf(size_t(annotators), 0);
    std::vector<int> mark(size_t(types), 0);
    for (const auto& l : s.labels) {
        if (!l.done)
            continue;
        const size_t m = size_t(l.mention);
        auto& q = out.quality[size_t(l.annotator)];
        const QStringList& set = s.typesOf(l.types);
        ++q.cells;
        ++cellsOf[size_t(l.annotator)];
        q.consensusJaccard += jaccard(set, out.types[m]);
        q.consensusExact += set == out.types[m];
        if (s.gold[m] >= 0) {
            const QStringList& g = s.typesOf(s.gold[m]);
            ++q.goldItems;
            q.goldJaccard = q.goldJaccard.value_or(0.0) + jaccard(set, g);
            q.goldExact = q.goldExact.value_or(0.0) + double(set == g);
        }
        for (int t : setTypes[size_t(l.types)])
            mark[size_t(t)] |= 1; // given
        for (int t : suggested[m])
            mark[size_t(t)] |= 2; // truth
        auto bump = [&](int t) {
            const int k = mark[size_t(t)];
            if (k == 0)
                return;
            qint64* c = &counts[(size_t(l.annotator) * size_t(types) + size_t(t)) * 3];
            ++c[k == 3 ? 0 : k == 2 ? 1 : 2]; // n11, n10, n01
            mark[size_t(t)] = 0;
        };
        for (int t : setTypes[size_t(l.types)])
            bump(t);
        for (int t : suggested[m])
            bump(t);
    }
    for (int j = 0; j < annotators; ++j) {
        auto& q = out.quality[size_t(j)];
        if (q.cells > 0) {
            q.consensusJaccard /= double(q.cells);
            q.consensusExact /= double(q.cells);
        }
        if (q.goldItems > 0) {
            *q.goldJaccard /= double(q.goldItems);
            *q.goldExact /= double(q.goldItems);
        }
        for (int t = 0; t < types && types > 0; ++t) {
            const qint64* c = &counts[(size_t(j) * size_t(types) + size_t(t)) * 3];
            const double n11 = double(c[0]), n10 = double(c[1]), n01 = double(c[2]);
            const double n00 = double(cellsOf[size_t(j)]) - n11 - n10 - n01;
            // Rows of the confusion matrix (truth 0, truth 1); a truth never seen gives a uniform row.
            const double a00 = n00 + n01 > 0 ? n00 / (n00 + n01) : 0.5;
            const double a10 = n10 + n11 > 0 ? n10 / (n10 + n11) : 0.5;
            q.meanSpammerScore += (a00 - a10) * (a00 - a10) / double(types);
        }
    }
    return out;
}

Suggestions computeSuggestions(const ProjectSnapshot& s, crowd::AggregationMethod method,
                               const std::function<bool(int, int)>& progress, bool generic) {
    if (method == crowd::AggregationMethod::MajorityVote && !generic)
        return majorityVoteSuggestions(s);
    Suggestions out;
    out.method = method;
    const size_t mentions = s.mentions.size();
    out.types.assign(mentions, {});
    out.confidence.assign(mentions, 1.0);
    out.disagreement.assign(mentions, 0);
    out.quality.assign(size_t(s.annotators.size()), {});

    // Items are the mentions with at least one done label; annotators keep the snapshot's order.
    crowd::LabelTableBuilder builder;
    for (const Member& m : s.annotators)
        builder.annotator(QString::number(m.id));
    std::vector<int> mentionOfItem;
    std::vector<QStringList> gold;
    for (size_t m = 0; m < mentions; ++m) {
        int done = 0, first = -1;
        bool differ = false;
        for (qsizetype l = s.labelBegin[m]; l < s.labelBegin[m + 1]; ++l) {
            const auto& label = s.labels[size_t(l)];
            if (!label.done)
                continue;
            if (done == 0) {
                first = label.types;
                mentionOfItem.push_back(int(m));
                gold.push_back(s.gold[m] >= 0 ? s.typesOf(s.gold[m]) : QStringList());
            } else if (label.types != first) {
                differ = true;
            }
            ++done;
            const int item = builder.item(QString::number(m));
            const QStringList& types = s.typesOf(label.types);
            if (types.isEmpty())
                builder.touch(item, label.annotator);
            for (const QString& t : types)
                builder.add(item, label.annotator, builder.label(t));
        }
        out.disagreement[m] = done >= 2 && differ;
    }
    if (mentionOfItem.empty())
        return out;
    const crowd::LabelTable table = builder.build();
    QStringList allTypes;
    for (const QStringList& set : s.typeSets)
        allTypes << set;
    allTypes.removeDuplicates();
    const crowd::TypeHierarchy hierarchy = crowd::TypeHierarchy::fromPathNames(allTypes);
    crowd::AggregationOptions options;
    const crowd::MultiLabelResult r =
        crowd::aggregateMultiLabel(table, method, options, hierarchy, gold, progress);
    if (r.cancelled) {
        out.cancelled = true;
        return out;
    }
    for (int item = 0; item < table.itemCount(); ++item) {
        const size_t m = size_t(table.items()[item].toInt());
        out.types[m] = r.labels[size_t(item)];
        double confidence = 1.0;
        for (const auto& [label, p] : r.posteriors[size_t(item)])
            confidence = std::min(confidence, std::max(p, 1.0 - p));
        out.confidence[m] = confidence;
    }
    for (int j = 0; j < table.annotatorCount(); ++j)
        out.quality[size_t(j)] = r.annotators[size_t(j)];
    return out;
}

} // namespace kcat::team
