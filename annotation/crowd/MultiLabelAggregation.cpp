#include "annotation/crowd/MultiLabelAggregation.h"

#include "annotation/crowd/AnnotatorQuality.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace kcat::crowd {

namespace {

class Messages {
    Q_DECLARE_TR_FUNCTIONS(kcat::crowd::TypeHierarchy)
};

double jaccard(const QStringList& a, const QStringList& b) {
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    const QSet<QString> x(a.begin(), a.end()), y(b.begin(), b.end());
    const double inter = double(QSet<QString>(x).intersect(y).size());
    return inter / double(x.size() + y.size() - inter);
}

QStringList namesOf(const LabelTable& table, int set) {
    QStringList names;
    for (int l : table.set(set))
        names << table.labels()[l];
    names.sort();
    return names;
}

} // namespace

TypeHierarchy TypeHierarchy::loadTsv(const QString& path) {
    TypeHierarchy h;
    readTsvPairs(path, Messages::tr("label, parent"),
                 [&h](const QString& label, const QString& parent, int) { h.setParent(label, parent); });
    return h;
}

TypeHierarchy TypeHierarchy::fromPathNames(const QStringList& labels) {
    TypeHierarchy h;
    for (const QString& label : labels) {
        const qsizetype slash = label.lastIndexOf(QLatin1Char('/'));
        if (slash > 0)
            h.setParent(label, label.left(slash));
    }
    return h;
}

QStringList TypeHierarchy::ancestors(const QString& label) const {
    QStringList out;
    QString current = parent(label);
    while (!current.isEmpty() && current != label && !out.contains(current)) {
        out << current;
        current = parent(current);
    }
    return out;
}

QStringList TypeHierarchy::siblings(const QString& label, const QStringList& candidates) const {
    const QString p = parent(label);
    QStringList out;
    if (p.isEmpty())
        return out;
    for (const QString& c : candidates)
        if (c != label && parent(c) == p)
            out << c;
    return out;
}

MultiLabelResult aggregateMultiLabel(const LabelTable& table, AggregationMethod method,
                                     const AggregationOptions& options, const TypeHierarchy& hierarchy,
                                     const std::vector<QStringList>& gold,
                                     const MultiLabelProgress& progress) {
    MultiLabelResult out;
    const int items = table.itemCount();
    out.labels.resize(size_t(items));
    out.posteriors.resize(size_t(items));
    out.annotators.resize(size_t(table.annotatorCount()));
    std::vector<char> labelled(size_t(items), 0);
    for (int i = 0; i < items; ++i)
        labelled[size_t(i)] = table.end(i) > table.begin(i);
    for (int label = 0; label < table.labelCount(); ++label) {
        const QString name = table.labels()[label];
        const CrowdLabels data = CrowdLabels::binaryFromTable(table, label);
        const AggregationResult r = aggregate(method, data, options);
        out.skillName = r.skillName;
        out.iterations = std::max(out.iterations, r.iterations);
        out.converged = out.converged && r.converged;
        for (int i = 0; i < items; ++i) {
            if (!labelled[size_t(i)])
                continue;
            if (r.posterior(i, 1) >= 1e-6)
                out.posteriors[size_t(i)][name] = r.posterior(i, 1);
            if (r.labels[size_t(i)] == 1)
                out.labels[size_t(i)] << name;
        }
        const std::vector<AnnotatorQuality> q = annotatorQuality(data, r, {});
        for (size_t j = 0; j < q.size(); ++j) {
            out.annotators[j].skillPerLabel[name] = q[j].skill;
            out.annotators[j].spammerScorePerLabel[name] = q[j].spammerScore;
            out.annotators[j].meanSpammerScore += q[j].spammerScore / double(table.labelCount());
        }
        if (progress && !progress(label + 1, table.labelCount())) {
            out.cancelled = true;
            return out;
        }
    }
    // Close every item's set under ancestors; an added ancestor is as likely as its likeliest descendant.
    for (int i = 0; i < items; ++i) {
        QStringList& set = out.labels[size_t(i)];
        auto& post = out.posteriors[size_t(i)];
        const QStringList direct = set;
        for (const QString& label : direct)
            for (const QString& a : hierarchy.ancestors(label)) {
                if (!set.contains(a))
                    set << a;
                post[a] = std::max(post.count(a) ? post[a] : 0.0, post[label]);
            }
        set.sort();
    }
    // Set-level quality against the consensus and the gold.
    const auto& cells = table.cells();
    for (int i = 0; i < items; ++i) {
        const bool hasGold = !gold.empty() && !gold[size_t(i)].isEmpty();
        for (qsizetype c = table.begin(i); c < table.end(i); ++c) {
            MultiLabelAnnotatorQuality& q = out.annotators[size_t(cells[size_t(c)].annotator)];
            const QStringList given = namesOf(table, cells[size_t(c)].set);
            ++q.cells;
            q.consensusJaccard += jaccard(given, out.labels[size_t(i)]);
            q.consensusExact += given == out.labels[size_t(i)];
            if (hasGold) {
                QStringList g = gold[size_t(i)];
                g.sort();
                ++q.goldItems;
                q.goldJaccard = q.goldJaccard.value_or(0.0) + jaccard(given, g);
                q.goldExact = q.goldExact.value_or(0.0) + double(given == g);
            }
        }
    }
    for (auto& q : out.annotators) {
        if (q.cells > 0) {
            q.consensusJaccard /= double(q.cells);
            q.consensusExact /= double(q.cells);
        }
        if (q.goldItems > 0) {
            *q.goldJaccard /= double(q.goldItems);
            *q.goldExact /= double(q.goldItems);
        }
    }
    return out;
}

} // namespace kcat::crowd
