#pragma once

#include "topics/core/TopicModelStore.h"

#include <QAbstractTableModel>

class QIODevice;

namespace kcat::topics {

// The fitted models of a workspace side by side: retrieval mAP, NPMI and UMass coherence, held-out
// perplexity, training time. Missing metrics (RSM perplexity without AIS, unlabelled corpora) show "—".
class ModelComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Model,
        Features,
        Topics,
        Documents,
        Map,
        Npmi,
        Umass,
        Perplexity,
        Seconds,
        ColumnCount
    };
    enum Role { ModelIdRole = Qt::UserRole + 1, ValueRole };

    explicit ModelComparisonModel(QObject* parent = nullptr);

    void setModels(const QVector<ModelSummary>& models);
    const ModelSummary& summary(int row) const { return m_models.at(row); }
    int rowOf(qint64 id) const;
    // A metric as a number (NaN when absent): "map", "npmi", "umass", "perplexity", "seconds", "docs".
    static double metric(const ModelSummary& model, const char* key);
    static std::vector<double> precisionAtRecall(const ModelSummary& model);
    // The table as CSV (header row, one row per model, empty cells for missing metrics, plus the 11
    // precision-at-recall points).
    bool writeCsv(QIODevice& out) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ModelSummary> m_models;
};

} // namespace kcat::topics
