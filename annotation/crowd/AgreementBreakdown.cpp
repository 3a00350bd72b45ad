#include "annotation/crowd/AgreementBreakdown.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace kcat::crowd {

QString documentOfItem(const QString& item) {
    const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
    return colon > 0 ? item.left(colon) : QString();
}

std::vector<GroupAgreement> agreementByLabel(const LabelTable& table, AgreementMetric metric) {
    std::vector<GroupAgreement> out;
    const ValueDistance nominal(2);
    for (int label = 0; label < table.labelCount(); ++label) {
        GroupAgreement g;
        g.name = table.labels()[label];
        g.items = table.itemCount();
        g.result = computeAgreement(metric, CodingView::ofLabel(table, label), nominal);
        out.push_back(std::move(g));
    }
    return out;
}

std::vector<GroupAgreement> agreementByDocument(const LabelTable& table, AgreementMetric metric,
                                                Distance distance) {
    std::map<QString, std::vector<int>> documents;
    for (int i = 0; i < table.itemCount(); ++i) {
        const QString doc = documentOfItem(table.items()[i]);
        if (!doc.isEmpty())
            documents[doc].push_back(i);
    }
    std::vector<GroupAgreement> out;
    const ValueDistance d(table, distance);
    for (const auto& [doc, items] : documents) {
        GroupAgreement g;
        g.name = doc;
        g.items = int(items.size());
        g.result = computeAgreement(metric, CodingView::ofSets(table, &items), d);
        out.push_back(std::move(g));
    }
    return out;
}

std::vector<GroupAgreement> agreementOverTime(const LabelTable& table, AgreementMetric metric,
                                              Distance distance, int windows) {
    std::vector<int> order(size_t(table.itemCount()));
    std::iota(order.begin(), order.end(), 0); // item ids follow first appearance in the input
    if (table.hasTimes())
        std::stable_sort(order.begin(), order.end(),
                         [&table](int a, int b) { return table.time(a) < table.time(b); });
    const int n = int(order.size());
    windows = std::clamp(windows, 1, std::max(1, n));
    std::vector<GroupAgreement> out;
    const ValueDistance d(table, distance);
    for (int w = 0; w < windows; ++w) {
        const int b = int(qint64(n) * w / windows), e = int(qint64(n) * (w + 1) / windows);
        if (b == e)
            continue;
        const std::vector<int> items(order.begin() + b, order.begin() + e);
        GroupAgreement g;
        g.name = QString::number(w + 1);
        g.items = e - b;
        g.from = table.hasTimes() ? table.time(items.front()) : double(b);
        g.to = table.hasTimes() ? table.time(items.back()) : double(e - 1);
        g.result = computeAgreement(metric, CodingView::ofSets(table, &items), d);
        out.push_back(std::move(g));
    }
    return out;
}

} // namespace kcat::crowd
