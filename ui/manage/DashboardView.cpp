#include "ui/manage/DashboardView.h"

#include "ui/manage/ChartPanel.h"
#include "ui/manage/ManageCharts.h"

#include <QChart>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
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
    auto* grid = new QGridLayout(inner);
    m_agreement = new ChartPanel(tr("Agreement between annotators (same type set)"));
    m_accuracy = new ChartPanel(tr("Accuracy per annotator"));
    m_confusion = new ChartPanel(tr("Confusion of top-level types"));
    m_progress = new ChartPanel(tr("Progress per annotator"));
    m_histogram = new ChartPanel(tr("Seconds per mention"));
    m_typeSetSize = new ChartPanel(tr("Type-set-size experiment"));
    m_pairs = new ChartPanel(tr("Type confusion pairs"));
    m_confusionAnnotator = new QComboBox;
    m_confusionAnnotator->setObjectName(QStringLiteral("confusionAnnotator"));
    m_confusion->addHeaderWidget(m_confusionAnnotator);
    connect(m_confusionAnnotator, &QComboBox::currentIndexChanged, this, &DashboardView::showConfusion);
    m_panels = {m_agreement, m_accuracy, m_confusion, m_progress, m_histogram, m_typeSetSize, m_pairs};
    for (int i = 0; i < m_panels.size(); ++i) {
        m_panels[i]->setMinimumHeight(320);
        grid->addWidget(m_panels[i], i / 2, i % 2);
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
    const team::Dashboard& d = *m_dashboard;
    m_agreement->setChart(ManageCharts::heatMap(d.agreement, tr("annotator"), tr("annotator")),
                          d.agreementTable);
    m_agreement->setNote(tr("Share of shared mentions on which two annotators chose the same type set "
                            "(white 0 → dark blue 1; empty = no shared mention)."));
    m_accuracy->setChart(ManageCharts::accuracy(d.accuracy), d.accuracy);
    int goldMentions = 0;
    for (const QVariantList& row : d.accuracy.rows)
        goldMentions = std::max(goldMentions, row[2].toInt());
    m_accuracy->setNote(goldMentions == 0 ? tr("No gold mentions: gold accuracy is not available.")
                                          : QString());
    m_progress->setChart(ManageCharts::progress(d.progress), d.progress);
    m_histogram->setChart(ManageCharts::histogram(d.histogram), d.histogram);
    m_histogram->setNote(d.seconds.empty() ? tr("The cost log of this project is empty.") : QString());
    m_typeSetSize->setChart(ManageCharts::typeSetSize(d.typeSetSize), d.typeSetSizeTable);
    m_typeSetSize->setNote(d.costsWithoutContext > 0
                               ? tr("%n cost row(s) have no recorded type-set size and are left out.",
                                    nullptr, d.costsWithoutContext)
                               : QString());
    m_pairs->setChart(ManageCharts::confusionPairs(d.confusionPairs), d.confusionPairs);
    const QString current = m_confusionAnnotator->currentText();
    m_confusionAnnotator->blockSignals(true);
    m_confusionAnnotator->clear();
    for (const QVariantList& row : d.accuracy.rows)
        m_confusionAnnotator->addItem(row[0].toString());
    m_confusionAnnotator->setCurrentIndex(std::max(0, m_confusionAnnotator->findText(current)));
    m_confusionAnnotator->blockSignals(false);
    showConfusion(m_confusionAnnotator->currentIndex());
    m_summary->setText(
        tr("%n annotator(s); seconds per mention from %1 cost row(s).", nullptr, int(d.accuracy.rows.size()))
            .arg(d.seconds.size()));
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
    m_confusion->setChart(ManageCharts::heatMap(m_dashboard->confusion[size_t(annotator)], tr("given"),
                                                tr("reference (gold, else the suggestion)")),
                          table);
}

} // namespace kcat::ui
