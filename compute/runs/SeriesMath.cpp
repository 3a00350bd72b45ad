#include "compute/runs/SeriesMath.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kcat::runs {

QVector<QPointF> lttb(const QVector<QPointF>& points, int threshold) {
    const int n = points.size();
    if (threshold < 3 || n <= threshold)
        return points;
    QVector<QPointF> out;
    out.reserve(threshold);
    out.push_back(points.front());
    const double every = double(n - 2) / double(threshold - 2);
    int a = 0;
    for (int i = 0; i < threshold - 2; ++i) {
        // The next bucket's average point.
        const int nextStart = int(std::floor((i + 1) * every)) + 1;
        const int nextEnd = std::min(int(std::floor((i + 2) * every)) + 1, n);
        double avgX = 0, avgY = 0;
        for (int j = nextStart; j < nextEnd; ++j) {
            avgX += points[j].x();
            avgY += points[j].y();
        }
        const int count = std::max(1, nextEnd - nextStart);
        avgX /= count;
        avgY /= count;
        // This bucket's point with the largest triangle.
        const int start = int(std::floor(i * every)) + 1;
        const int end = int(std::floor((i + 1) * every)) + 1;
        const QPointF pa = points[a];
        double best = -1.0;
        int chosen = start;
        for (int j = start; j < end; ++j) {
            const double area = std::fabs((pa.x() - avgX) * (points[j].y() - pa.y()) -
                                          (pa.x() - points[j].x()) * (avgY - pa.y())) *
                                0.5;
            if (area > best) {
                best = area;
                chosen = j;
            }
        }
        out.push_back(points[chosen]);
        a = chosen;
    }
    out.push_back(points.back());
    return out;
}

QVector<double> emaSmooth(const QVector<double>& values, double weight) {
    if (weight <= 0.0)
        return values;
    weight = std::min(weight, 0.999999);
    QVector<double> out(values.size());
    double s = 0.0;
    double debias = 1.0;
    for (int i = 0; i < values.size(); ++i) {
        s = weight * s + (1.0 - weight) * values[i];
        debias *= weight;
        out[i] = s / (1.0 - debias);
    }
    return out;
}

QVector<int> paretoFront(const QVector<QPointF>& points, MetricGoal xGoal, MetricGoal yGoal) {
    // Turn both goals into "maximise" and sweep by x descending, keeping points whose y beats all so far.
    const double sx = xGoal == MetricGoal::Maximize ? 1.0 : -1.0;
    const double sy = yGoal == MetricGoal::Maximize ? 1.0 : -1.0;
    QVector<int> order;
    for (int i = 0; i < points.size(); ++i)
        if (!std::isnan(points[i].x()) && !std::isnan(points[i].y()))
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const double xa = sx * points[a].x(), xb = sx * points[b].x();
        if (xa != xb)
            return xa > xb;
        return sy * points[a].y() > sy * points[b].y();
    });
    QVector<int> front;
    double bestY = -std::numeric_limits<double>::infinity();
    for (int i : order) {
        const double y = sy * points[i].y();
        if (y > bestY) {
            front.push_back(i);
            bestY = y;
        }
    }
    std::sort(front.begin(), front.end(), [&](int a, int b) { return points[a].x() < points[b].x(); });
    return front;
}

} // namespace kcat::runs
