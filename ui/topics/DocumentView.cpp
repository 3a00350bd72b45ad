#include "ui/topics/DocumentView.h"

#include "ui/LiveText.h"

#include "topics/core/TopicColouring.h"
#include "ui/topics/TopicColours.h"

#include <QLabel>
#include <QPainter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace kcat::ui {

void TopicMixtureBar::setMixture(const Eigen::VectorXd& mixture) {
    m_mixture = mixture;
    if (m_mixture.size() > 0 && m_mixture.sum() > 0)
        m_mixture /= m_mixture.sum();
    update();
}

void TopicMixtureBar::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(area);
    double x = area.left();
    for (Eigen::Index t = 0; t < m_mixture.size(); ++t) {
        const double w = m_mixture[t] * area.width();
        if (w <= 0)
            continue;
        const QRectF segment(x, area.top(), w, area.height());
        p.fillRect(segment, topicColour(int(t)));
        if (w > 22) {
            p.setPen(Qt::black);
            p.drawText(segment, Qt::AlignCenter, QString::number(t));
        }
        x += w;
    }
}

DocumentView::DocumentView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_bar(new TopicMixtureBar(this))
    , m_top(new QLabel(this))
    , m_text(new QTextBrowser(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("documentTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_top->setObjectName(QStringLiteral("documentMixture"));
    m_top->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("documentText"));
    m_bar->setObjectName(QStringLiteral("mixtureBar"));
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_top);
    layout->addWidget(m_text, 1);
    clear();
    // The title and the mixture text are made from the document: show it again in the new language.
    (new LiveText(this))->add([this] { m_showAgain(); }, false);
}

void DocumentView::setModel(const Eigen::MatrixXd& topicWord, const QStringList& features,
                            const Eigen::VectorXd& prevalence, const topics::Lemmatizer* lemmatizer) {
    m_topicWord = topicWord;
    m_prevalence = prevalence;
    m_lemmatizer = lemmatizer;
    m_index.clear();
    for (int f = 0; f < features.size(); ++f)
        m_index.insert(features[f], f);
    clear();
}

void DocumentView::clear() {
    m_showAgain = [this] { clear(); };
    m_title->setText(tr("Choose a document to see its topics."));
    m_bar->setMixture(Eigen::VectorXd());
    m_top->clear();
    m_text->clear();
}

QString DocumentView::html() const {
    return m_text->toHtml();
}

void DocumentView::showDocument(const QString& id, const QString& label, const QString& text,
                                const Eigen::VectorXd& theta) {
    m_showAgain = [this, id, label, text, theta] { showDocument(id, label, text, theta); };
    const bool known = theta.size() == m_topicWord.rows() && theta.size() > 0;
    const QVector<topics::TopicSpan> spans = topics::TopicColouring::colour(
        text, m_index, m_topicWord, known ? theta : m_prevalence, m_lemmatizer);
    Eigen::VectorXd mixture =
        known ? theta : topics::TopicColouring::inferMixture(spans, m_topicWord, m_prevalence);
    // Colour with the inferred mixture too, once it is known.
    const QVector<topics::TopicSpan> coloured =
        known ? spans : topics::TopicColouring::colour(text, m_index, m_topicWord, mixture, m_lemmatizer);
    m_title->setText(label.isEmpty() ? id : tr("%1 — %2").arg(id, label));
    m_bar->setMixture(mixture);
    const Eigen::VectorXd shown = m_bar->mixture();
    QVector<int> order(int(shown.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return shown[a] > shown[b]; });
    QStringList top;
    for (int i = 0; i < std::min<int>(5, int(order.size())); ++i)
        top << tr("topic %1: %2%").arg(order[i]).arg(100.0 * shown[order[i]], 0, 'f', 1);
    m_top->setText(
        (known ? QString() : tr("Not a training document; mixture inferred with the topics fixed. ")) +
        top.join(QStringLiteral(", ")));
    QString html;
    int at = 0;
    for (const topics::TopicSpan& s : coloured) {
        html += text.mid(at, s.start - at).toHtmlEscaped();
        QColor c = topicColour(s.topic);
        c.setAlpha(110);
        html += QStringLiteral("<span style=\"background-color: rgba(%1,%2,%3,0.45)\" title=\"%4\">%5</span>")
                    .arg(c.red())
                    .arg(c.green())
                    .arg(c.blue())
                    .arg(tr("topic %1").arg(s.topic))
                    .arg(text.mid(s.start, s.length).toHtmlEscaped());
        at = s.start + s.length;
    }
    html += text.mid(at).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    m_text->setHtml(html);
}

} // namespace kcat::ui
