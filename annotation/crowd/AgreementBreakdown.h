#pragma once

// Agreement broken down per label (one-vs-rest: "did the annotator give this label?"), per document (items
// named `doc:mention`, the document being the text before the last ':') and over time (consecutive windows
// of items ordered by the optional time column, else by their first appearance in the input).

#include "annotation/crowd/Agreement.h"

#include <QString>

#include <vector>

namespace kcat::crowd {

struct GroupAgreement {
    QString name;
    int items = 0;
    double from = 0, to = 0; // time windows: first and last time (or item position) in the window
    AgreementResult result;
};

QString documentOfItem(const QString& item);

std::vector<GroupAgreement> agreementByLabel(const LabelTable& table, AgreementMetric metric);
// Empty when no item name has the `doc:mention` form.
std::vector<GroupAgreement> agreementByDocument(const LabelTable& table, AgreementMetric metric,
                                                Distance distance);
std::vector<GroupAgreement> agreementOverTime(const LabelTable& table, AgreementMetric metric,
                                              Distance distance, int windows);

} // namespace kcat::crowd
