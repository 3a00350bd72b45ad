#pragma once

#include "compute/runs/RunKind.h"

#include <QPointF>
#include <QVector>

namespace kcat::runs {

// Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013): keeps the first and last point and, from
// each of threshold - 2 buckets, the point forming the largest triangle with the previous kept point and
// the next bucket's average, so peaks and dips survive. Input sorted by x; returned unchanged when it has
// no more than threshold points (or threshold < 3).
QVector<QPointF> lttb(const QVector<QPointF>& points, int threshold);

// Exponential moving average with TensorBoard's debiasing: s_t = w s_{t-1} + (1 - w) v_t, shown as
// s_t / (1 - w^t). weight 0 returns the values unchanged; weight in [0, 1).
QVector<double> emaSmooth(const QVector<double>& values, double weight);

// Indices of the points no other point dominates (at least as good in both, better in one) under the
// goals, ordered by x. Points with NaN coordinates are never on the front.
QVector<int> paretoFront(const QVector<QPointF>& points, MetricGoal xGoal, MetricGoal yGoal);

} // namespace kcat::runs
