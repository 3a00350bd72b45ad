#include "annotation/team/AssignmentPlanner.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace kcat::team {

bool AssignmentPlanner::plan(const QVector<qint64>& documents, const QVector<qint64>& annotators,
                             const AssignmentSettings& settings, QVector<Assignment>* out, QString* error) {
    out->clear();
    const int n = int(annotators.size());
    if (n == 0) {
        *error = tr("The team has no annotators to assign documents to.");
        return false;
    }
    if (settings.overlap < 1 || settings.overlap > n) {
        *error = tr("Overlap %1: expected 1 to %2 (the number of annotators).").arg(settings.overlap).arg(n);
        return false;
    }
    if (settings.goldDocuments < 0 || settings.goldDocuments > documents.size()) {
        *error = tr("Gold documents %1: expected 0 to %2 (the number of documents).")
                     .arg(settings.goldDocuments)
                     .arg(documents.size());
        return false;
    }
    // Gold documents: a seeded sample, spread over the project.
    std::vector<int> order(static_cast<size_t>(documents.size()));
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(settings.seed);
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<char> gold(size_t(documents.size()), 0);
    for (int i = 0; i < settings.goldDocuments; ++i)
        gold[size_t(order[size_t(i)])] = 1;
    // The annotators' tie order is seeded too, so equal loads do not always favour the first names.
    std::vector<int> tie(static_cast<size_t>(n));
    std::iota(tie.begin(), tie.end(), 0);
    std::shuffle(tie.begin(), tie.end(), rng);
    std::vector<int> load(size_t(n), 0);
    std::vector<int> pick(static_cast<size_t>(n));
    for (int d = 0; d < documents.size(); ++d) {
        if (gold[size_t(d)]) {
            for (int j = 0; j < n; ++j)
                out->append({documents[d], annotators[j], true});
            continue;
        }
        // The k least loaded annotators (ties by the seeded order): loads never differ by more than one.
        std::iota(pick.begin(), pick.end(), 0);
        std::partial_sort(pick.begin(), pick.begin() + settings.overlap, pick.end(), [&](int a, int b) {
            return load[size_t(a)] != load[size_t(b)] ? load[size_t(a)] < load[size_t(b)]
                                                      : tie[size_t(a)] < tie[size_t(b)];
        });
        std::sort(pick.begin(), pick.begin() + settings.overlap);
        for (int s = 0; s < settings.overlap; ++s) {
            ++load[size_t(pick[size_t(s)])];
            out->append({documents[d], annotators[pick[size_t(s)]], false});
        }
        // Rotate the tie order so equal loads are shared round-robin.
        std::rotate(tie.begin(), tie.begin() + 1, tie.end());
    }
    return true;
}

} // namespace kcat::team
