#include "annotation/team/Dashboard.h"

#include "annotation/documents/TypePaths.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace kcat::team {

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

QByteArray csvField(const QVariant& v) {
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::Double)
        return QByteArray::number(v.toDouble(), 'g', 10);
    if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Bool)
        return QByteArray::number(v.toLongLong());
    QByteArray text = v.toString().toUtf8();
    if (text.contains(',') || text.contains('"') || text.contains('\n')) {
        text.replace("\"", "\"\"");
        text = '"' + text + '"';
    }
    return text;
}

QVariant number(double value) {
    return std::isfinite(value) ? QVariant(value) : QVariant();
}

QStringList topLevel(const QStringList& types) {
    QStringList out;
    for (const QString& t : types)
        if (annotation::TypePaths::depth(t) == 1)
            out << t;
    return out;
}

double quantile(std::vector<double> sorted, double q) {
    if (sorted.empty())
        return 0;
    const double pos = q * double(sorted.size() - 1);
    const size_t lo = size_t(std::floor(pos)), hi = std::min(sorted.size() - 1, lo + 1);
    return sorted[lo] + (pos - double(lo)) * (sorted[hi] - sorted[lo]);
}

} // namespace

QByteArray ChartTable::csv() const {
    QByteArray out;
    QStringList header = columns;
    for (int c = 0; c < header.size(); ++c)
        out += (c ? "," : "") + csvField(header[c]);
    out += '\n';
    for (const QVariantList& row : rows) {
        for (int c = 0; c < row.size(); ++c)
            out += (c ? "," : "") + csvField(row[c]);
        out += '\n';
    }
    return out;
}

Dashboard computeDashboard(const ProjectSnapshot& s, const Suggestions& sug) {
    Dashboard d;
    const int n = int(s.annotators.size());
    const size_t mentions = s.mentions.size();
    QStringList names;
    for (const Member& m : s.annotators)
        names << m.name;
    std::vector<QStringList> leaves(s.typeSets.size());
    for (size_t i = 0; i < s.typeSets.size(); ++i)
        leaves[i] = annotation::TypePaths::leaves(s.typeSets[i]);

    // Agreement matrix and confusion pairs over every mention's done labels.
    std::vector<int> shared(size_t(n) * size_t(n), 0), equal(size_t(n) * size_t(n), 0);
    std::map<std::pair<QString, QString>, int> pairs;
    std::vector<const ProjectSnapshot::Label*> done;
    for (size_t m = 0; m < mentions; ++m) {
        done.clear();
        for (qsizetype l = s.labelBegin[m]; l < s.labelBegin[m + 1]; ++l)
            if (s.labels[size_t(l)].done)
                done.push_back(&s.labels[size_t(l)]);
        for (size_t a = 0; a < done.size(); ++a)
            for (size_t b = a + 1; b < done.size(); ++b) {
                const int x = done[a]->annotator, y = done[b]->annotator;
                const bool same = done[a]->types == done[b]->types;
                for (auto [i, j] : {std::pair{x, y}, std::pair{y, x}}) {
                    ++shared[size_t(i) * size_t(n) + size_t(j)];
                    equal[size_t(i) * size_t(n) + size_t(j)] += same;
                }
                if (same)
                    continue;
                const QStringList& setA = s.typesOf(done[a]->types);
                const QStringList& setB = s.typesOf(done[b]->types);
                for (const QString& ta : leaves[size_t(done[a]->types)]) {
                    if (setB.contains(ta))
                        continue;
                    for (const QString& tb : leaves[size_t(done[b]->types)])
                        if (!setA.contains(tb))
                            ++pairs[ta < tb ? std::pair{ta, tb} : std::pair{tb, ta}];
                }
            }
    }
    d.agreement.rows = d.agreement.columns = names;
    d.agreement.values.assign(size_t(n) * size_t(n), kNaN);
    d.agreementTable.name = QStringLiteral("agreement");
    d.agreementTable.columns = {QStringLiteral("annotator_a"), QStringLiteral("annotator_b"),
                                QStringLiteral("agreement"), QStringLiteral("shared_mentions")};
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const size_t k = size_t(i) * size_t(n) + size_t(j);
            if (i == j)
                d.agreement.values[k] = 1.0;
            else if (shared[k] > 0)
                d.agreement.values[k] = double(equal[k]) / double(shared[k]);
            if (i < j)
                d.agreementTable.rows
                    << QVariantList{names[i], names[j], number(d.agreement.values[k]), shared[k]};
        }
    d.confusionPairs.name = QStringLiteral("confusion-pairs");
    d.confusionPairs.columns = {QStringLiteral("type_a"), QStringLiteral("type_b"), QStringLiteral("count")};
    std::vector<std::pair<std::pair<QString, QString>, int>> sortedPairs(pairs.begin(), pairs.end());
    std::stable_sort(sortedPairs.begin(), sortedPairs.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    for (size_t i = 0; i < sortedPairs.size() && i < 20; ++i)
        d.confusionPairs.rows << QVariantList{sortedPairs[i].first.first, sortedPairs[i].first.second,
                                              sortedPairs[i].second};

    // Accuracy (from the aggregation's per-annotator quality).
    d.accuracy.name = QStringLiteral("accuracy");
    d.accuracy.columns = {QStringLiteral("annotator"),         QStringLiteral("labels"),
                          QStringLiteral("gold_mentions"),     QStringLiteral("gold_exact"),
                          QStringLiteral("gold_jaccard"),      QStringLiteral("consensus_exact"),
                          QStringLiteral("consensus_jaccard"), QStringLiteral("spammer_score")};
    for (int j = 0; j < n; ++j) {
        const auto& q = sug.quality[size_t(j)];
        d.accuracy.rows << QVariantList{names[j],
                                        q.cells,
                                        q.goldItems,
                                        q.goldExact ? QVariant(*q.goldExact) : QVariant(),
                                        q.goldJaccard ? QVariant(*q.goldJaccard) : QVariant(),
                                        q.cells ? QVariant(q.consensusExact) : QVariant(),
                                        q.cells ? QVariant(q.consensusJaccard) : QVariant(),
                                        q.cells ? QVariant(q.meanSpammerScore) : QVariant()};
    }

    // Confusion of top-level types per annotator against gold (else the suggestion).
    QStringList tops;
    for (const QStringList& set : s.typeSets)
        tops << topLevel(set);
    tops.removeDuplicates();
    tops.sort();
    const QString none = QStringLiteral("(none)");
    tops << none;
    const int t = int(tops.size());
    std::vector<std::vector<double>> counts(size_t(n), std::vector<double>(size_t(t) * size_t(t), 0.0));
    // Top-level type indices (into tops; `(none)` when there is none) per type set and per mention's
    // reference, computed once instead of per label.
    auto topIndices = [&](const QStringList& set) {
        std::vector<int> out;
        for (const QString& top : topLevel(set))
            out.push_back(int(tops.indexOf(top)));
        if (out.empty())
            out.push_back(t - 1);
        return out;
    };
    std::vector<std::vector<int>> topsOfSet(s.typeSets.size());
    for (size_t k = 0; k < s.typeSets.size(); ++k)
        topsOfSet[k] = topIndices(s.typeSets[k]);
    std::vector<int> referenceDone(mentions, 0); // 0 = not computed, 1 = computed, -1 = no reference
    std::vector<std::vector<int>> referenceTops(mentions);
    for (const ProjectSnapshot::Label& label : s.labels) {
        if (!label.done)
            continue;
        const size_t m = size_t(label.mention);
        if (referenceDone[m] == 0) {
            const QStringList& reference = s.gold[m] >= 0 ? s.typesOf(s.gold[m]) : sug.types[m];
            referenceDone[m] = reference.isEmpty() ? -1 : 1;
            if (!reference.isEmpty())
                referenceTops[m] = topIndices(reference);
        }
        if (referenceDone[m] < 0)
            continue;
        const std::vector<int>& g = topsOfSet[size_t(label.types)];
        for (int rt : referenceTops[m])
            for (int gt : g)
                counts[size_t(label.annotator)][size_t(rt) * size_t(t) + size_t(gt)] +=
                    1.0 / double(g.size());
    }
    d.confusionTable.name = QStringLiteral("confusion");
    d.confusionTable.columns = {QStringLiteral("annotator"), QStringLiteral("reference"),
                                QStringLiteral("given"), QStringLiteral("share"), QStringLiteral("weight")};
    for (int j = 0; j < n; ++j) {
        HeatMap h;
        h.rows = h.columns = tops;
        h.values.assign(size_t(t) * size_t(t), kNaN);
        for (int r = 0; r < t; ++r) {
            double total = 0;
            for (int c = 0; c < t; ++c)
                total += counts[size_t(j)][size_t(r) * size_t(t) + size_t(c)];
            if (total <= 0)
                continue;
            for (int c = 0; c < t; ++c) {
                const double w = counts[size_t(j)][size_t(r) * size_t(t) + size_t(c)];
                h.values[size_t(r) * size_t(t) + size_t(c)] = w / total;
                if (w > 0)
                    d.confusionTable.rows << QVariantList{names[j], tops[r], tops[c], w / total, w};
            }
        }
        d.confusion.push_back(std::move(h));
    }

    // Progress per annotator and per document.
    std::vector<int> mentionsPerDoc(s.documents.size(), 0);
    for (const auto& m : s.mentions)
        ++mentionsPerDoc[size_t(m.document)];
    std::vector<int> assignedDocs(size_t(n), 0), goldDocs(size_t(n), 0), assignedMentions(size_t(n), 0);
    std::vector<int> doneMentions(size_t(n), 0), docAnnotators(s.documents.size(), 0),
        docDone(s.documents.size(), 0);
    std::vector<std::vector<char>> assigned(size_t(n), std::vector<char>(s.documents.size(), 0));
    std::vector<char> hasAssignments(size_t(n), 0);
    for (const auto& a : s.assignments) {
        ++assignedDocs[size_t(a.annotator)];
        goldDocs[size_t(a.annotator)] += a.gold;
        assignedMentions[size_t(a.annotator)] += mentionsPerDoc[size_t(a.document)];
        ++docAnnotators[size_t(a.document)];
        assigned[size_t(a.annotator)][size_t(a.document)] = 1;
        hasAssignments[size_t(a.annotator)] = 1;
    }
    for (const ProjectSnapshot::Label& label : s.labels) {
        if (!label.done)
            continue;
        const size_t doc = size_t(s.mentions[size_t(label.mention)].document);
        ++docDone[doc];
        if (!hasAssignments[size_t(label.annotator)] || assigned[size_t(label.annotator)][doc])
            ++doneMentions[size_t(label.annotator)];
    }
    // Time per mention from the cost log, per annotator and per document.
    std::vector<double> secondsBy(size_t(n), 0.0), secondsOfDoc(s.documents.size(), 0.0);
    std::vector<int> costsBy(size_t(n), 0), costsOfDoc(s.documents.size(), 0);
    for (const auto& c : s.costs) {
        secondsBy[size_t(c.annotator)] += c.seconds;
        ++costsBy[size_t(c.annotator)];
        const size_t doc = size_t(s.mentions[size_t(c.mention)].document);
        secondsOfDoc[doc] += c.seconds;
        ++costsOfDoc[doc];
    }
    const auto mean = [](double sum, int count) { return count > 0 ? QVariant(sum / count) : QVariant(); };
    d.progress.name = QStringLiteral("progress");
    d.progress.columns = {QStringLiteral("annotator"),          QStringLiteral("assigned_documents"),
                          QStringLiteral("gold_documents"),     QStringLiteral("assigned_mentions"),
                          QStringLiteral("done_mentions"),      QStringLiteral("done_share"),
                          QStringLiteral("seconds_per_mention")};
    for (int j = 0; j < n; ++j) {
        const int total = hasAssignments[size_t(j)] ? assignedMentions[size_t(j)] : int(mentions);
        d.progress.rows << QVariantList{names[j],
                                        assignedDocs[size_t(j)],
                                        goldDocs[size_t(j)],
                                        assignedMentions[size_t(j)],
                                        doneMentions[size_t(j)],
                                        total > 0 ? QVariant(double(doneMentions[size_t(j)]) / total)
                                                  : QVariant(),
                                        mean(secondsBy[size_t(j)], costsBy[size_t(j)])};
    }
    d.documentProgress.name = QStringLiteral("document-progress");
    d.documentProgress.columns = {QStringLiteral("document"),
                                  QStringLiteral("mentions"),
                                  QStringLiteral("annotators_assigned"),
                                  QStringLiteral("labels_done"),
                                  QStringLiteral("labels_expected"),
                                  QStringLiteral("adjudicated"),
                                  QStringLiteral("seconds_per_mention")};
    std::vector<int> adjudicated(s.documents.size(), 0);
    for (size_t m = 0; m < mentions; ++m)
        adjudicated[size_t(s.mentions[m].document)] += s.final[m] >= 0;
    for (size_t doc = 0; doc < s.documents.size(); ++doc)
        d.documentProgress.rows << QVariantList{s.documents[doc].name,
                                                mentionsPerDoc[doc],
                                                docAnnotators[doc],
                                                docDone[doc],
                                                mentionsPerDoc[doc] * docAnnotators[doc],
                                                adjudicated[doc],
                                                mean(secondsOfDoc[doc], costsOfDoc[doc])};

    // Seconds per mention: histogram with Freedman–Diaconis bins up to the 99th percentile.
    for (const auto& c : s.costs)
        d.seconds.push_back(c.seconds);
    std::vector<double> sorted = d.seconds;
    std::sort(sorted.begin(), sorted.end());
    d.histogram.name = QStringLiteral("seconds-per-mention");
    d.histogram.columns = {QStringLiteral("from_seconds"), QStringLiteral("to_seconds"),
                           QStringLiteral("count")};
    if (!sorted.empty()) {
        const double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
        const double top = std::max(quantile(sorted, 0.99), sorted.front() + 0.1);
        double width = std::max(0.1, 2.0 * iqr / std::cbrt(double(sorted.size())));
        width = std::max(width, top / 60.0); // at most about 60 bins
        const int bins = std::max(1, int(std::ceil(top / width)));
        std::vector<int> hist(size_t(bins), 0);
        for (double v : sorted)
            ++hist[size_t(std::clamp(int(v / width), 0, bins - 1))]; // the last bin takes the tail
        for (int b = 0; b < bins; ++b)
            d.histogram.rows << QVariantList{
                b * width, b + 1 == bins ? QVariant() : QVariant((b + 1) * width), hist[size_t(b)]};
    }

    // The type-set-size experiment: cost rows with their context, grouped by (size, constrained).
    std::map<std::pair<int, bool>, TypeSetSizePoint> groups;
    for (const auto& c : s.costs) {
        if (c.typeSetSize < 0) {
            ++d.costsWithoutContext;
            continue;
        }
        TypeSetSizePoint& p = groups[{c.typeSetSize, c.constrained}];
        p.typeSetSize = c.typeSetSize;
        p.constrained = c.constrained;
        ++p.mentions;
        p.meanSeconds += c.seconds;
        p.meanActions += c.actions;
    }
    d.typeSetSizeTable.name = QStringLiteral("type-set-size");
    d.typeSetSizeTable.columns = {QStringLiteral("type_set_size"), QStringLiteral("constrained"),
                                  QStringLiteral("mentions"), QStringLiteral("mean_seconds"),
                                  QStringLiteral("mean_actions")};
    for (auto& [key, p] : groups) {
        p.meanSeconds /= p.mentions;
        p.meanActions /= p.mentions;
        d.typeSetSize.push_back(p);
        d.typeSetSizeTable.rows << QVariantList{p.typeSetSize, p.constrained ? 1 : 0, p.mentions,
                                                p.meanSeconds, p.meanActions};
    }
    return d;
}

} // namespace kcat::team
