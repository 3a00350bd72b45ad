#pragma once

// A flat, metric-ready view of labels: units (items) holding (coder, value) pairs, values being interned
// label sets or, for per-label agreement, 0/1 ("has this label"). Distances between values are precomputed as
// bitmasks so the agreement loops never touch strings or maps.

#include "annotation/crowd/LabelTable.h"

#include <cstdint>
#include <vector>

namespace kcat::crowd {

enum class Distance { Nominal, Masi, Jaccard };

struct CodingView {
    int coders = 0;
    int values = 0;
    std::vector<qsizetype> offsets{0}; // unit u holds entries offsets[u] .. offsets[u+1]
    std::vector<int> coder;
    std::vector<int> value;

    int units() const { return int(offsets.size()) - 1; }

    // Every cell of the given items (all items when `items` is null); values are the table's set ids.
    static CodingView ofSets(const LabelTable& table, const std::vector<int>* items = nullptr);
    // 1 when the cell's set holds `label`, else 0; for per-label agreement.
    static CodingView ofLabel(const LabelTable& table, int label, const std::vector<int>* items = nullptr);
};

// Distance between two values of a CodingView: nominal (0 when equal), MASI (Passonneau 2006, with NLTK's
// monotonicity weights 1, 0.67, 0.33, 0) or Jaccard (1 - |A∩B|/|A∪B|) between label sets.
class ValueDistance {
public:
    // For CodingView::ofSets views of `table`.
    ValueDistance(const LabelTable& table, Distance distance);
    // Nominal distance over `values` plain categories (e.g. the 0/1 per-label views).
    explicit ValueDistance(int values);

    Distance kind() const { return m_kind; }
    double operator()(int a, int b) const {
        if (a == b)
            return 0.0;
        if (m_kind == Distance::Nominal)
            return 1.0;
        return setDistance(a, b);
    }

private:
    double setDistance(int a, int b) const;
    Distance m_kind;
    std::vector<std::uint64_t> m_masks;   // when every label id < 64
    std::vector<std::vector<int>> m_sets; // otherwise
};

} // namespace kcat::crowd
