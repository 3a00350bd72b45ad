#include "annotation/crowd/CodingView.h"

#include <algorithm>

namespace kcat::crowd {

namespace {

template <typename ValueOf>
CodingView build(const LabelTable& table, const std::vector<int>* items, int values, ValueOf valueOf) {
    CodingView view;
    view.coders = table.annotatorCount();
    view.values = values;
    const int n = items ? int(items->size()) : table.itemCount();
    view.offsets.reserve(size_t(n) + 1);
    const auto& cells = table.cells();
    for (int k = 0; k < n; ++k) {
        const int item = items ? (*items)[size_t(k)] : k;
        for (qsizetype c = table.begin(item); c < table.end(item); ++c) {
            view.coder.push_back(cells[size_t(c)].annotator);
            view.value.push_back(valueOf(cells[size_t(c)].set));
        }
        view.offsets.push_back(qsizetype(view.coder.size()));
    }
    return view;
}

} // namespace

CodingView CodingView::ofSets(const LabelTable& table, const std::vector<int>* items) {
    return build(table, items, table.setCount(), [](int set) { return set; });
}

CodingView CodingView::ofLabel(const LabelTable& table, int label, const std::vector<int>* items) {
    std::vector<int> has(size_t(table.setCount()), 0);
    for (int s = 0; s < table.setCount(); ++s) {
        const auto& labels = table.set(s);
        has[size_t(s)] = std::binary_search(labels.begin(), labels.end(), label) ? 1 : 0;
    }
    return build(table, items, 2, [&has](int set) { return has[size_t(set)]; });
}

ValueDistance::ValueDistance(const LabelTable& table, Distance distance)
    : m_kind(distance) {
    if (distance == Distance::Nominal)
        return;
    if (table.labelCount() <= 64) {
        m_masks.resize(size_t(table.setCount()), 0);
        for (int s = 0; s < table.setCount(); ++s)
            for (int label : table.set(s))
                m_masks[size_t(s)] |= std::uint64_t(1) << label;
    } else {
        for (int s = 0; s < table.setCount(); ++s)
            m_sets.push_back(table.set(s));
    }
}

ValueDistance::ValueDistance(int)
    : m_kind(Distance::Nominal) {}

double ValueDistance::setDistance(int a, int b) const {
    int sizeA, sizeB, inter, uni;
    if (!m_masks.empty()) {
        const std::uint64_t x = m_masks[size_t(a)], y = m_masks[size_t(b)];
        sizeA = __builtin_popcountll(x);
        sizeB = __builtin_popcountll(y);
        inter = __builtin_popcountll(x & y);
        uni = __builtin_popcountll(x | y);
    } else {
        const auto& x = m_sets[size_t(a)];
        const auto& y = m_sets[size_t(b)];
        sizeA = int(x.size());
        sizeB = int(y.size());
        inter = 0;
        for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
            if (x[i] == y[j]) {
                ++inter;
                ++i;
                ++j;
            } else if (x[i] < y[j]) {
                ++i;
            } else {
                ++j;
            }
        }
        uni = sizeA + sizeB - inter;
    }
    if (uni == 0)
        return 0.0;
    const double jaccard = double(inter) / double(uni);
    if (m_kind == Distance::Jaccard)
        return 1.0 - jaccard;
    // MASI monotonicity, with the weights of NLTK's masi_distance so that results compare to 1e-9.
    double m;
    if (sizeA == sizeB && sizeA == inter)
        m = 1.0;
    else if (inter == std::min(sizeA, sizeB))
        m = 0.67;
    else if (inter > 0)
        m = 0.33;
    else
        m = 0.0;
    return 1.0 - jaccard * m;
}

} // namespace kcat::crowd
