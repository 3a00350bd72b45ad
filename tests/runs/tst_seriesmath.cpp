// LTTB, EMA and the Pareto front against hand-computed answers.

#include "compute/runs/SeriesMath.h"

#include <QTest>

#include <cmath>

using namespace kcat::runs;

class TestSeriesMath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lttbKeepsThePeak() {
        // n = 7, threshold 4: bucket size 2.5. Bucket 1 = {1, 2}, next average (4, 2): triangle areas 1 and 2
        // -> (2, 0). Bucket 2 = {3, 4, 5}, next = last point (6, 0), previous (2, 0): areas 10, 0, 2 -> (3,
        // 5).
        const QVector<QPointF> in{{0, 0}, {1, 1}, {2, 0}, {3, 5}, {4, 0}, {5, 1}, {6, 0}};
        const QVector<QPointF> expected{{0, 0}, {2, 0}, {3, 5}, {6, 0}};
        QCOMPARE(lttb(in, 4), expected);
    }

    void lttbSmallInputUnchanged() {
        const QVector<QPointF> in{{0, 1}, {1, 2}, {2, 3}};
        QCOMPARE(lttb(in, 3), in);
        QCOMPARE(lttb(in, 2), in);
        QCOMPARE(lttb(in, 100), in);
    }

    void lttbLargeKeepsExtremes() {
        // 10,000 points of a sine with one spike: 500 points keep the spike and the first/last points.
        QVector<QPointF> in;
        for (int i = 0; i < 10000; ++i)
            in.push_back({double(i), std::sin(i / 100.0) + (i == 6543 ? 10.0 : 0.0)});
        const auto out = lttb(in, 500);
        QCOMPARE(out.size(), 500);
        QCOMPARE(out.front(), in.front());
        QCOMPARE(out.back(), in.back());
        QVERIFY(std::any_of(out.cbegin(), out.cend(), [](const QPointF& p) { return p.x() == 6543.0; }));
        for (int i = 1; i < out.size(); ++i)
            QVERIFY(out[i].x() > out[i - 1].x());
    }

    void ema() {
        // weight 0.5 on 1, 2, 3: s = 0.5, 1.25, 2.125; debiased by 1 - 0.5^t: 1, 1.6667, 2.428571.
        const auto out = emaSmooth({1, 2, 3}, 0.5);
        QCOMPARE(out.size(), 3);
        QVERIFY(std::fabs(out[0] - 1.0) < 1e-12);
        QVERIFY(std::fabs(out[1] - 5.0 / 3.0) < 1e-12);
        QVERIFY(std::fabs(out[2] - 2.125 / 0.875) < 1e-12);
        QCOMPARE(emaSmooth({4, 5}, 0.0), (QVector<double>{4, 5}));
        // A constant series stays constant at any weight (the debiasing at work).
        for (double v : emaSmooth({2, 2, 2, 2}, 0.9))
            QVERIFY(std::fabs(v - 2.0) < 1e-12);
    }

    void pareto() {
        const QVector<QPointF> pts{{1, 5}, {2, 4}, {3, 3}, {2, 2}, {4, 1}, {3, 4}};
        QCOMPARE(paretoFront(pts, MetricGoal::Maximize, MetricGoal::Maximize), (QVector<int>{0, 5, 4}));
        QCOMPARE(paretoFront(pts, MetricGoal::Minimize, MetricGoal::Maximize), (QVector<int>{0}));
        // Minimise both: (1,5) (2,2) (4,1) are not dominated.
        QCOMPARE(paretoFront(pts, MetricGoal::Minimize, MetricGoal::Minimize), (QVector<int>{0, 3, 4}));
        const QVector<QPointF> withNan{{1, 1}, {qQNaN(), 9}, {0, 2}};
        QCOMPARE(paretoFront(withNan, MetricGoal::Maximize, MetricGoal::Maximize), (QVector<int>{2, 0}));
        QVERIFY(paretoFront({}, MetricGoal::Maximize, MetricGoal::Maximize).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSeriesMath)
#include "tst_seriesmath.moc"
