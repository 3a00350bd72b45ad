#include "ui/topics/IntertopicMapView.h"

#include "topics/core/TopicExplorerModels.h"
#include "ui/topics/TopicColours.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace kcat::ui {

IntertopicMapView::IntertopicMapView(topics::IntertopicMapModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model) {
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_selected = -1;
        m_highlight = Eigen::VectorXd();
        update();
    });
}

void IntertopicMapView::setSelectedTopic(int topic) {
    if (topic == m_selected)
        return;
    m_selected = topic;
    update();
}

void IntertopicMapView::setTermHighlight(const Eigen::VectorXd& share) {
    m_highlight = share;
    update();
}

double IntertopicMapView::maxRadiusPixels() const {
    return std::max(12.0, std::min(width(), height()) / 9.0);
}

IntertopicMapView::Frame IntertopicMapView::frame() const {
    Frame f;
    const double margin = maxRadiusPixels() + 8;
    f.plot = QRectF(rect()).adjusted(margin, margin + 14, -margin, -margin);
    f.centre = f.plot.center();
    const Eigen::MatrixXd& xy = m_model->coordinates();
    double extent = 0;
    for (Eigen::Index t = 0; t < xy.rows(); ++t)
        extent = std::max({extent, std::abs(xy(t, 0)), std::abs(xy(t, 1))});
    f.scale = extent > 0 ? std::min(f.plot.width(), f.plot.height()) / 2.0 / extent : 1.0;
    return f;
}

QPointF IntertopicMapView::topicCentre(int topic) const {
    const Eigen::MatrixXd& xy = m_model->coordinates();
    if (topic < 0 || topic >= xy.rows())
        return {};
    const Frame f = frame();
    return {f.centre.x() + xy(topic, 0) * f.scale, f.centre.y() - xy(topic, 1) * f.scale};
}

int IntertopicMapView::topicAt(const QPointF& pos) const {
    const Frame f = frame();
    if (m_model->rowCount() == 0 || f.scale <= 0)
        return -1;
    // Same geometry as the library's hit test, in map units.
    return m_model->topicAt((pos.x() - f.centre.x()) / f.scale, (f.centre.y() - pos.y()) / f.scale,
                            maxRadiusPixels() / f.scale);
}

void IntertopicMapView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(rect()).adjusted(8, 4, -8, 0), Qt::AlignLeft | Qt::AlignTop,
               tr("Intertopic distance map (classical MDS of Jensen–Shannon distances)"));
    const int k = m_model->rowCount();
    if (k == 0) {
        p.drawText(rect(), Qt::AlignCenter, tr("Fit or choose a model to see its topics."));
        return;
    }
    const Frame f = frame();
    QPen axis(pal.color(QPalette::Mid), 1, Qt::DashLine);
    p.setPen(axis);
    p.drawLine(QPointF(f.plot.left(), f.centre.y()), QPointF(f.plot.right(), f.centre.y()));
    p.drawLine(QPointF(f.centre.x(), f.plot.top()), QPointF(f.centre.x(), f.plot.bottom()));
    p.drawText(QPointF(f.plot.right() - 30, f.centre.y() - 4), QStringLiteral("PC1"));
    p.drawText(QPointF(f.centre.x() + 4, f.plot.top() + 12), QStringLiteral("PC2"));
    const double maxR = maxRadiusPixels();
    // Larger circles first so small ones stay clickable on top.
    QVector<int> order(k);
    for (int t = 0; t < k; ++t)
        order[t] = t;
    auto prevalence = [this](int t) {
        return m_model->data(m_model->index(t, topics::IntertopicMapModel::Prevalence), Qt::UserRole)
            .toDouble();
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return prevalence(a) > prevalence(b); });
    for (int t : order) {
        const QPointF c = topicCentre(t);
        const double r = std::sqrt(std::max(0.0, prevalence(t))) * maxR;
        QColor fill = t == m_selected ? QColor(214, 39, 40) : QColor(31, 119, 180);
        fill.setAlphaF(t == m_hover || t == m_selected ? 0.55 : 0.3);
        p.setBrush(fill);
        p.setPen(QPen(fill.darker(150), t == m_selected ? 2 : 1));
        p.drawEllipse(c, r, r);
        if (m_highlight.size() == k && m_highlight[t] > 0) {
            const double rh = std::sqrt(m_highlight[t]) * maxR;
            p.setBrush(QColor(214, 39, 40, 170));
            p.setPen(Qt::NoPen);
            p.drawEllipse(c, rh, rh);
        }
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(c.x() - 20, c.y() - 10, 40, 20), Qt::AlignCenter, QString::number(t));
    }
}

void IntertopicMapView::mousePressEvent(QMouseEvent* event) {
    const int t = topicAt(event->position());
    if (t >= 0) {
        setSelectedTopic(t);
        Q_EMIT topicClicked(t);
    }
}

void IntertopicMapView::mouseMoveEvent(QMouseEvent* event) {
    const int t = topicAt(event->position());
    if (t != m_hover) {
        m_hover = t;
        update();
    }
    if (t >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), tr("Topic %1").arg(t), this);
}

} // namespace kcat::ui
