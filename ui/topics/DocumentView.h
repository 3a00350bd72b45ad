#pragma once

#include <functional>

#include <Eigen/Dense>

#include <QHash>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace kcat::topics {
class Lemmatizer;
}

namespace kcat::ui {

// Paints a topic mixture as one stacked bar, each topic in its colour, the largest labelled.
class TopicMixtureBar : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;
    void setMixture(const Eigen::VectorXd& mixture);
    const Eigen::VectorXd& mixture() const { return m_mixture; }
    QSize sizeHint() const override { return {300, 28}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Eigen::VectorXd m_mixture; // normalised
};

// One document: its topic mixture and its text with each model feature word coloured by the topic it most
// likely came from. Documents the model was not trained on get a mixture inferred with the topics fixed.
class DocumentView : public QWidget {
    Q_OBJECT

public:
    explicit DocumentView(QWidget* parent = nullptr);

    void setModel(const Eigen::MatrixXd& topicWord, const QStringList& features,
                  const Eigen::VectorXd& prevalence, const topics::Lemmatizer* lemmatizer);
    // theta empty: the document was held out (or filtered away) and its mixture is inferred.
    void showDocument(const QString& id, const QString& label, const QString& text,
                      const Eigen::VectorXd& theta);
    void clear();
    const Eigen::VectorXd& mixture() const { return m_bar->mixture(); }
    QString html() const;

private:
    Eigen::MatrixXd m_topicWord;
    Eigen::VectorXd m_prevalence;
    QHash<QString, int> m_index;
    const topics::Lemmatizer* m_lemmatizer = nullptr;
    std::function<void()> m_showAgain;
    QLabel* m_title;
    TopicMixtureBar* m_bar;
    QLabel* m_top;
    QTextBrowser* m_text;
};

} // namespace kcat::ui
