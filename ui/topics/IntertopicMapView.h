#pragma once

#include <Eigen/Dense>

#include <QWidget>

namespace kcat::topics {
class IntertopicMapModel;
}

namespace kcat::ui {

// The intertopic distance map (LDAvis): each topic a circle at its classical-MDS position of
// Jensen-Shannon distances, area proportional to prevalence, labelled with the model's topic id. A click
// selects the topic under the pointer; a searched term shows as inner circles of area p(t | term).
class IntertopicMapView : public QWidget {
    Q_OBJECT

public:
    explicit IntertopicMapView(topics::IntertopicMapModel* model, QWidget* parent = nullptr);

    void setSelectedTopic(int topic);
    int selectedTopic() const { return m_selected; }
    // p(t | term) for every topic, or empty for none.
    void setTermHighlight(const Eigen::VectorXd& share);
    // Where a topic's circle is drawn, in widget pixels (tests click there).
    QPointF topicCentre(int topic) const;
    double maxRadiusPixels() const;
    int topicAt(const QPointF& pos) const;

    QSize sizeHint() const override { return {520, 460}; }
    QSize minimumSizeHint() const override { return {240, 200}; }

Q_SIGNALS:
    void topicClicked(int topic);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    struct Frame {
        QPointF centre;
        double scale = 1; // pixels per map unit
        QRectF plot;
    };
    Frame frame() const;

    topics::IntertopicMapModel* m_model;
    int m_selected = -1;
    int m_hover = -1;
    Eigen::VectorXd m_highlight;
};

} // namespace kcat::ui
