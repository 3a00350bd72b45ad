#include "ui/manage/DashboardView.h"

#include "ui/LiveText.h"
#include "ui/manage/ChartPanel.h"
#include "ui/manage/ManageCharts.h"

#include <QChart>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace kcat::ui {

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    outer->addWidget(m_summary);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto* inner = new QWidget;
    m_inner = inner;
    auto* grid = new QGridLayout(inner);
    m_agreement = new ChartPanel(QString());
    m_accuracy = new ChartPanel(QString());
    m_confusion = new ChartPanel(QString());
    m_progress = new ChartPanel(QString());
    m_histogram = new ChartPanel(QString());
    m_typeSetSize = new ChartPanel(QString());
    m_pairs = new ChartPanel(QString());
    auto* live = new LiveText(this);
    live->add([this] {
        m_agreement->setTitle(tr("Agreement between annotators (same type set)"));
        m_accuracy->setTitle(tr("Accuracy per annotator"));
        m_confusion->setTitle(tr("Confusion of top-level types"));
        m_progress->setTitle(tr("Progress per annotator"));
        m_histogram->setTitle(tr("Seconds per mention"));
        m_typeSetSize->setTitle(tr("Type-set-size experiment"));
        m_pairs->setTitle(tr("Type confusion pairs"));
    });
    // Axis titles, legends and notes are made with the charts: rebuild them in the new language.
    live->add(
        [this] {
            if (m_dashboard)
                setDashboard(m_dashboard);
        },
        false);
    m_confusionAnnotator = new QComboBox;
    m_confusionAnnotator->setObjectName(QStringLiteral("confusionAnnotator"));
    m_confusion->addHeaderWidget(m_confusionAnnotator);
    connect(m_confusionAnnotator, &QComboBox::currentIndexChanged, this, &DashboardView::showConfusion);
    m_panels = {m_agreement, m_accuracy, m_confusion, m_progress, m_histogram, m_typeSetSize, m_pairs};
    // Two charts a row; the confusion heat map (a row per top-level type) gets a row of its own and more
    // height, so that its type names are readable in full.
    int row = 0, column = 0;
    for (ChartPanel* panel : m_panels) {
        const bool wide = panel == m_confusion;
        panel->setMinimumHeight(wide ? 460 : 320);
        if (wide && column == 1) {
            ++row;
            column = 0;
        }
        grid->addWidget(panel, row, column, 1, wide ? 2 : 1);
        column += wide ? 2 : 1;
        if (column >= 2) {
            ++row;
            column = 0;
        }
    }
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);
}

ChartPanel* DashboardView::panel(const QString& name) const {
    for (ChartPanel* p : m_panels)
        if (p->table().name == name)
            return p;
    return nullptr;
}

void DashboardView::setDashboard(std::shared_ptr<const team::Dashboard> dashboard) {
    m_dashboard = std::move(dashboard);
    const int generation = ++m_generation;
    const team::Dashboard& d = *m_dashboard;
    const QString current = m_confusionAnnotator->currentText();
    m_confusionAnnotator->blockSignals(true);
    m_confusionAnnotator->clear();
    for (const QVariantList& row : d.accuracy.rows)
        m_confusionAnnotator->addItem(row[0].toString());
    m_confusionAnnotator->setCurrentIndex(std::max(0, m_confusionAnnotator->findText(current)));
    m_confusionAnnotator->blockSignals(false);
    m_summary->setText(
        tr("%n annotator(s); seconds per mention from %1 cost row(s).", nullptr, int(d.accuracy.rows.size()))
            .arg(d.seconds.size()));
    // One chart per turn of the event loop: building a chart takes a few milliseconds, seven in a row
    // would freeze the window for the time of all of them.
    m_pending.clear();
    for (ChartPanel* panel : m_panels)
        m_pending << panel;
    m_inner->setUpdatesEnabled(false); // painted once, when every chart is there
    buildNext(generation);
}

void DashboardView::buildNext(int generation) {
    if (generation != m_generation || !m_dashboard)
        return;
    if (m_pending.isEmpty()) {
        m_inner->setUpdatesEnabled(true);
        Q_EMIT filled();
        return;
    }
    buildChart(m_pending.takeFirst());
    QTimer::singleShot(0, this, [this, generation] { buildNext(generation); });
}

void DashboardView::buildChart(ChartPanel* panel) {
    const team::Dashboard& d = *m_dashboard;
    if (panel == m_agreement) {
        m_agreement->setChart(ManageCharts::heatMap(d.agreement, tr("annotator"), tr("annotator")),
                              d.agreementTable);
        m_agreement->setNote(tr("Share of shared mentions on which two annotators chose the same type set "
                                "(white 0 → dark blue 1; empty = no shared mention)."));
    } else if (panel == m_accuracy) {
        m_accuracy->setChart(ManageCharts::accuracy(d.accuracy), d.accuracy);
        int goldMentions = 0;
        for (const QVariantList& row : d.accuracy.rows)
            goldMentions = std::max(goldMentions, row[2].toInt());
        m_accuracy->setNote(goldMentions == 0 ? tr("No gold mentions: gold accuracy is not available.")
                                              : QString());
    } else if (panel == m_confusion) {
        showConfusion(m_confusionAnnotator->currentIndex());
    } else if (panel == m_progress) {
        m_progress->setChart(ManageCharts::progress(d.progress), d.progress);
    } else if (panel == m_histogram) {
        m_histogram->setChart(ManageCharts::histogram(d.histogram), d.histogram);
        m_histogram->setNote(d.seconds.empty() ? tr("The cost log of this project is empty.") : QString());
    } else if (panel == m_typeSetSize) {
        m_typeSetSize->setChart(ManageCharts::typeSetSize(d.typeSetSize), d.typeSetSizeTable);
        m_typeSetSize->setNote(d.costsWithoutContext > 0
                                   ? tr("%n cost row(s) have no recorded type-set size and are left out.",
                                        nullptr, d.costsWithoutContext)
                                   : QString());
    } else if (panel == m_pairs) {
        m_pairs->setChart(ManageCharts::confusionPairs(d.confusionPairs), d.confusionPairs);
    }
}

void DashboardView::showConfusion(int annotator) {
    if (!m_dashboard)
        return;
    team::ChartTable table = m_dashboard->confusionTable;
    if (annotator < 0 || annotator >= int(m_dashboard->confusion.size())) {
        m_confusion->setChart(new QChart, table);
        return;
    }
    const QString name = m_confusionAnnotator->itemText(annotator);
    table.rows.erase(std::remove_if(table.rows.begin(), table.rows.end(),
                                    [&](const QVariantList& row) { return row[0].toString() != name; }),
                     table.rows.end());
    m_confusion->setChart(ManageCharts::heatMap(m_dashboard->confusion[size_t(annotator)],
                                                tr("given by the annotator"), tr("reference")),
                          table);
    m_confusion->setNote(tr("Rows: the reference top-level type (gold where there is gold, else the "
                            "suggestion); columns: the type the annotator gave; each row sums to 1."));
}

} // namespace kcat::ui
