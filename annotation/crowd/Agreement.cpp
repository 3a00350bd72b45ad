#include "annotation/crowd/Agreement.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

namespace kcat::crowd {

namespace {

class Messages {
    Q_DECLARE_TR_FUNCTIONS(kcat::crowd::Agreement)
};

// Counts values of one unit in a scratch array; resets only what it touched.
class UnitCounter {
public:
    explicit UnitCounter(int values)
        : m_count(size_t(values), 0) {}
    // Fills distinct values and their counts for entries [b, e) of the view.
    void count(const CodingView& view, qsizetype b, qsizetype e) {
        for (qsizetype k : m_touched)
            m_count[size_t(k)] = 0;
        m_touched.clear();
        for (qsizetype i = b; i < e; ++i) {
            const int v = view.value[size_t(i)];
            if (m_count[size_t(v)]++ == 0)
                m_touched.push_back(v);
        }
    }
    const std::vector<qsizetype>& distinct() const { return m_touched; }
    double count(qsizetype v) const { return double(m_count[size_t(v)]); }

private:
    std::vector<int> m_count;
    std::vector<qsizetype> m_touched;
};

// Coders that appear in some unit with at least one other coder.
int countPairableCoders(const CodingView& view) {
    std::vector<char> seen(size_t(view.coders), 0);
    for (int u = 0; u < view.units(); ++u)
        if (view.offsets[size_t(u) + 1] - view.offsets[size_t(u)] >= 2)
            for (qsizetype i = view.offsets[size_t(u)]; i < view.offsets[size_t(u) + 1]; ++i)
                seen[size_t(view.coder[size_t(i)])] = 1;
    return int(std::count(seen.begin(), seen.end(), 1));
}

AgreementResult undefined(const QString& reason) {
    AgreementResult r;
    r.reason = reason;
    return r;
}

QString noPairsReason() {
    return Messages::tr("no item has labels from two annotators");
}

// Per-pair accumulations shared by percent agreement and Cohen's κ.
struct PairStats {
    int shared = 0;
    double disagreement = 0; // Σ δ over shared units
    std::unordered_map<int, int> marginalA, marginalB;
};

std::vector<PairStats> pairStats(const CodingView& view, const ValueDistance& distance) {
    const int n = view.coders;
    std::vector<PairStats> stats(size_t(n) * size_t(n));
    for (int u = 0; u < view.units(); ++u) {
        const qsizetype b = view.offsets[size_t(u)], e = view.offsets[size_t(u) + 1];
        for (qsizetype i = b; i < e; ++i)
            for (qsizetype j = i + 1; j < e; ++j) {
                int a = view.coder[size_t(i)], c = view.coder[size_t(j)];
                int va = view.value[size_t(i)], vc = view.value[size_t(j)];
                if (a == c)
                    continue;
                if (a > c) {
                    std::swap(a, c);
                    std::swap(va, vc);
                }
                PairStats& s = stats[size_t(a) * size_t(n) + size_t(c)];
                ++s.shared;
                s.disagreement += distance(va, vc);
                ++s.marginalA[va];
                ++s.marginalB[vc];
            }
    }
    return stats;
}

void fillSymmetric(AgreementResult& r, int n, int a, int c, std::optional<double> value, int shared) {
    r.matrix[size_t(a) * size_t(n) + size_t(c)] = value;
    r.matrix[size_t(c) * size_t(n) + size_t(a)] = value;
    r.shared[size_t(a) * size_t(n) + size_t(c)] = shared;
    r.shared[size_t(c) * size_t(n) + size_t(a)] = shared;
}

AgreementResult pairwise(const CodingView& view, const ValueDistance& distance, bool kappa) {
    const int n = view.coders;
    AgreementResult r;
    r.matrix.assign(size_t(n) * size_t(n), std::nullopt);
    r.shared.assign(size_t(n) * size_t(n), 0);
    const std::vector<PairStats> stats = pairStats(view, distance);
    double pooledShared = 0, pooledDisagreement = 0, kappaSum = 0;
    int kappaPairs = 0;
    std::vector<int> ownUnits(size_t(n), 0);
    for (int coder : view.coder)
        ++ownUnits[size_t(coder)];
    for (int a = 0; a < n; ++a) {
        const int own = ownUnits[size_t(a)];
        r.matrix[size_t(a) * size_t(n) + size_t(a)] = own > 0 ? std::optional<double>(1.0) : std::nullopt;
        r.shared[size_t(a) * size_t(n) + size_t(a)] = own;
        for (int c = a + 1; c < n; ++c) {
            const PairStats& s = stats[size_t(a) * size_t(n) + size_t(c)];
            if (s.shared == 0) {
                fillSymmetric(r, n, a, c, std::nullopt, 0);
                continue;
            }
            pooledShared += s.shared;
            pooledDisagreement += s.disagreement;
            if (!kappa) {
                fillSymmetric(r, n, a, c, 1.0 - s.disagreement / s.shared, s.shared);
                continue;
            }
            double expected = 0; // Σ_v Σ_w pA(v) pB(w) δ(v, w)
            for (const auto& [va, na] : s.marginalA)
                for (const auto& [vb, nb] : s.marginalB)
                    expected += double(na) * double(nb) * distance(va, vb);
            expected /= double(s.shared) * double(s.shared);
            const double observed = s.disagreement / s.shared;
            const double k = expected > 0 ? 1.0 - observed / expected : 1.0; // no variation: all agree
            fillSymmetric(r, n, a, c, k, s.shared);
            kappaSum += k;
            ++kappaPairs;
        }
    }
    if (pooledShared == 0)
        return undefined(noPairsReason());
    r.value = kappa ? kappaSum / kappaPairs : 1.0 - pooledDisagreement / pooledShared;
    for (int u = 0; u < view.units(); ++u)
        r.units += view.offsets[size_t(u) + 1] - view.offsets[size_t(u)] >= 2;
    r.coders = countPairableCoders(view);
    return r;
}

} // namespace

AgreementResult percentAgreement(const CodingView& view, const ValueDistance& distance) {
    return pairwise(view, distance, false);
}

AgreementResult cohenKappa(const CodingView& view, const ValueDistance& distance) {
    return pairwise(view, distance, true);
}

AgreementResult fleissKappa(const CodingView& view) {
    UnitCounter counter(view.values);
    std::vector<double> total(size_t(view.values), 0.0);
    double sumP = 0, raters = 0;
    int units = 0;
    for (int u = 0; u < view.units(); ++u) {
        const qsizetype b = view.offsets[size_t(u)], e = view.offsets[size_t(u) + 1];
        const double m = double(e - b);
        if (m < 2)
            continue;
        counter.count(view, b, e);
        double squares = 0;
        for (qsizetype v : counter.distinct()) {
            const double c = counter.count(v);
            squares += c * c;
            total[size_t(v)] += c;
        }
        sumP += (squares - m) / (m * (m - 1));
        raters += m;
        ++units;
    }
    if (units == 0)
        return undefined(noPairsReason());
    double pe = 0;
    for (double t : total)
        pe += (t / raters) * (t / raters);
    const double pbar = sumP / units;
    AgreementResult r;
    r.value = pe < 1.0 ? (pbar - pe) / (1.0 - pe) : 1.0;
    r.units = units;
    r.coders = countPairableCoders(view);
    return r;
}

AgreementResult krippendorffAlpha(const CodingView& view, const ValueDistance& distance) {
    UnitCounter counter(view.values);
    std::vector<double> nv(size_t(view.values), 0.0);
    double observed = 0, n = 0; // observed = Σ_u Σ_{c≠k} n_uc n_uk δ / (m_u - 1)
    int units = 0;
    const bool nominal = distance.kind() == Distance::Nominal;
    for (int u = 0; u < view.units(); ++u) {
        const qsizetype b = view.offsets[size_t(u)], e = view.offsets[size_t(u) + 1];
        const double m = double(e - b);
        if (m < 2)
            continue;
        counter.count(view, b, e);
        const auto& distinct = counter.distinct();
        double pairs = 0;
        if (nominal) {
            double squares = 0;
            for (qsizetype v : distinct)
                squares += counter.count(v) * counter.count(v);
            pairs = m * m - squares;
        } else {
            for (size_t i = 0; i < distinct.size(); ++i)
                for (size_t j = i + 1; j < distinct.size(); ++j)
                    pairs += 2.0 * counter.count(distinct[i]) * counter.count(distinct[j]) *
                             distance(int(distinct[i]), int(distinct[j]));
        }
        for (qsizetype v : distinct)
            nv[size_t(v)] += counter.count(v);
        observed += pairs / (m - 1);
        n += m;
        ++units;
    }
    if (units == 0)
        return undefined(noPairsReason());
    double expected = 0; // Σ_{c≠k} n_c n_k δ
    std::vector<int> used;
    for (int v = 0; v < view.values; ++v)
        if (nv[size_t(v)] > 0)
            used.push_back(v);
    if (nominal) {
        double squares = 0;
        for (int v : used)
            squares += nv[size_t(v)] * nv[size_t(v)];
        expected = n * n - squares;
    } else {
        for (size_t i = 0; i < used.size(); ++i)
            for (size_t j = i + 1; j < used.size(); ++j)
                expected += 2.0 * nv[size_t(used[i])] * nv[size_t(used[j])] * distance(used[i], used[j]);
    }
    AgreementResult r;
    r.value = expected > 0 ? 1.0 - (n - 1) * observed / expected : 1.0;
    r.units = units;
    r.coders = countPairableCoders(view);
    return r;
}

AgreementResult computeAgreement(AgreementMetric metric, const CodingView& view,
                                 const ValueDistance& distance) {
    switch (metric) {
    case AgreementMetric::Percent:
        return percentAgreement(view, distance);
    case AgreementMetric::Cohen:
        return cohenKappa(view, distance);
    case AgreementMetric::Fleiss:
        return fleissKappa(view);
    case AgreementMetric::Krippendorff:
        break;
    }
    return krippendorffAlpha(view, distance);
}

} // namespace kcat::crowd
