#pragma once

// Checks that the sparse majority-vote path of computeSuggestions equals the generic binary-relevance one.

#include "annotation/team/Suggestions.h"

#include <QTest>

inline void compareMajorityVotePaths(const kcat::team::ProjectSnapshot& s) {
    using namespace kcat::team;
    const Suggestions fast = computeSuggestions(s, kcat::crowd::AggregationMethod::MajorityVote);
    const Suggestions generic = computeSuggestions(s, kcat::crowd::AggregationMethod::MajorityVote, {}, true);
    QCOMPARE(fast.types, generic.types);
    QCOMPARE(fast.disagreement, generic.disagreement);
    for (size_t m = 0; m < fast.confidence.size(); ++m)
        QVERIFY2(qAbs(fast.confidence[m] - generic.confidence[m]) < 1e-12, qPrintable(QString::number(m)));
    QCOMPARE(fast.quality.size(), generic.quality.size());
    for (size_t j = 0; j < fast.quality.size(); ++j) {
        const auto &a = fast.quality[j], &b = generic.quality[j];
        QCOMPARE(a.cells, b.cells);
        QCOMPARE(a.goldItems, b.goldItems);
        QVERIFY(qAbs(a.consensusExact - b.consensusExact) < 1e-12);
        QVERIFY(qAbs(a.consensusJaccard - b.consensusJaccard) < 1e-12);
        QCOMPARE(a.goldExact.has_value(), b.goldExact.has_value());
        if (a.goldExact) {
            QVERIFY(qAbs(*a.goldExact - *b.goldExact) < 1e-12);
            QVERIFY(qAbs(*a.goldJaccard - *b.goldJaccard) < 1e-12);
        }
        QVERIFY2(qAbs(a.meanSpammerScore - b.meanSpammerScore) < 1e-12,
                 qPrintable(QStringLiteral("%1 vs %2").arg(a.meanSpammerScore).arg(b.meanSpammerScore)));
    }
}
