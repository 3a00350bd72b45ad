#pragma once

// Aggregation of label sets: binary relevance (one two-class aggregation per label with the chosen method),
// then the result closed under ancestors of a type hierarchy (`/person/artist` brings `/person`).

#include "annotation/crowd/Aggregation.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <map>
#include <vector>

namespace kcat::crowd {

// Parent links `label → parent`, loaded from a TSV `label<TAB>parent`.
class TypeHierarchy {
public:
    static TypeHierarchy loadTsv(const QString& path);
    // Parents from path-like names: `/a/b/c → /a/b`, `/a/b → /a`.
    static TypeHierarchy fromPathNames(const QStringList& labels);

    void setParent(const QString& label, const QString& parent) { m_parent.insert(label, parent); }
    bool isEmpty() const { return m_parent.isEmpty(); }
    QString parent(const QString& label) const { return m_parent.value(label); }
    // Parent, grandparent, ... (stops at a cycle).
    QStringList ancestors(const QString& label) const;
    // Other labels among `candidates` with the same parent (none when the label has no parent).
    QStringList siblings(const QString& label, const QStringList& candidates) const;

private:
    QHash<QString, QString> m_parent;
};

struct MultiLabelAnnotatorQuality {
    qint64 cells = 0;
    double consensusJaccard = 0; // mean Jaccard similarity of their sets with the aggregated sets
    double consensusExact = 0;   // share of their sets equal to the aggregated set
    qint64 goldItems = 0;
    std::optional<double> goldJaccard, goldExact;
    double meanSpammerScore = 0; // over the labels they were asked about (every label of the table)
    std::map<QString, double> skillPerLabel, spammerScorePerLabel;
};

struct MultiLabelResult {
    std::vector<QStringList> labels; // per item, sorted, closed under ancestors
    std::vector<std::map<QString, double>>
        posteriors; // per item: P(label applies) for every label considered
    std::vector<MultiLabelAnnotatorQuality> annotators;
    const char* skillName = "";
    int iterations = 0; // the largest over the per-label runs
    bool converged = true;
    bool cancelled = false;
};

// Called after each label's aggregation with (labels done, labels); returning false stops the work (the
// result is then incomplete and `cancelled` is set).
using MultiLabelProgress = std::function<bool(int done, int total)>;

// `gold` maps item ids to gold label names (empty list = no gold for that item; the vector may be empty).
// Posteriors below 1e-6 are left out of the per-item maps (a missing label has posterior 0).
MultiLabelResult aggregateMultiLabel(const LabelTable& table, AggregationMethod method,
                                     const AggregationOptions& options, const TypeHierarchy& hierarchy,
                                     const std::vector<QStringList>& gold,
                                     const MultiLabelProgress& progress = {});

} // namespace kcat::crowd
