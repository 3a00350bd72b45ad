#include "annotation/crowd/Aggregation.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace kcat::crowd {

namespace {

class Messages {
    Q_DECLARE_TR_FUNCTIONS(kcat::crowd::CrowdLabels)
};

template <typename ClassOf> CrowdLabels build(const LabelTable& table, int classes, ClassOf classOf) {
    CrowdLabels data;
    data.items = table.itemCount();
    data.annotators = table.annotatorCount();
    data.classes = classes;
    data.offsets.resize(size_t(data.items) + 1, 0);
    data.annotator.reserve(size_t(table.cellCount()));
    data.label.reserve(size_t(table.cellCount()));
    const auto& cells = table.cells();
    for (int i = 0; i < data.items; ++i) {
        for (qsizetype c = table.begin(i); c < table.end(i); ++c) {
            data.annotator.push_back(cells[size_t(c)].annotator);
            data.label.push_back(classOf(cells[size_t(c)], i));
        }
        data.offsets[size_t(i) + 1] = qsizetype(data.label.size());
    }
    return data;
}

} // namespace

CrowdLabels CrowdLabels::fromTable(const LabelTable& table) {
    CrowdLabels data = build(table, table.labelCount(), [&table](const LabelCell& cell, int item) {
        const auto& set = table.set(cell.set);
        if (set.size() != 1)
            throw CrowdInputError(Messages::tr("annotator '%1' gave %2 labels to item '%3'; single-label "
                                               "aggregation needs one (use --multilabel for label sets)")
                                      .arg(table.annotators()[cell.annotator])
                                      .arg(set.size())
                                      .arg(table.items()[item]));
        return set.front();
    });
    data.rankTies(table.labels());
    return data;
}

CrowdLabels CrowdLabels::binaryFromTable(const LabelTable& table, int label) {
    CrowdLabels data = build(table, 2, [&table, label](const LabelCell& cell, int) {
        const auto& set = table.set(cell.set);
        return std::binary_search(set.begin(), set.end(), label) ? 1 : 0;
    });
    data.rankTies({QStringLiteral("0"), QStringLiteral("1")});
    return data;
}

void CrowdLabels::rankTies(const QStringList& classNames) {
    std::vector<qint64> frequency(size_t(classes), 0);
    for (int l : label)
        ++frequency[size_t(l)];
    std::vector<int> order(static_cast<size_t>(classes));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (frequency[size_t(a)] != frequency[size_t(b)])
            return frequency[size_t(a)] > frequency[size_t(b)];
        return classNames[a] < classNames[b];
    });
    tieRank.assign(size_t(classes), 0);
    for (int r = 0; r < classes; ++r)
        tieRank[size_t(order[size_t(r)])] = r;
}

} // namespace kcat::crowd
