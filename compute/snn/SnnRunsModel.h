#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointF>
#include <QVector>

#include <nlohmann/json.hpp>

namespace kcat::runs {
class RunStore;
}

namespace kcat::snn {

// What the SNN views show of the selected snn.train runs, read from the run store: one row per run with
// its node, backward, T and final metrics (the table of the view), plus each run's per-epoch series,
// spike rates per layer, membrane traces and raster of one test image.
class SnnRunsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Run,
        Node,
        Backward,
        Timesteps,
        Accuracy,
        PeakMemory,
        PeakRss,
        EpochSeconds,
        BackwardSeconds,
        BackwardFlops,
        ColumnCount
    };

    struct Trace {
        QString layer;
        qint64 neuron = 0;
        QVector<double> potential, spikes;
        double threshold = 1.0;
    };
    struct Raster {
        QString layer;
        int neurons = 0, timesteps = 0;
        QVector<QPointF> events; // (t, neuron row)
    };
    struct RunData {
        qint64 id = 0;
        QString name, node, backward, status;
        int timesteps = 0;
        nlohmann::json final = nlohmann::json::object();
        QHash<QString, QVector<QPointF>> series; // key -> (step, value)
        QVector<QPair<QString, double>> spikeRates;
        QVector<Trace> traces;
        QVector<Raster> rasters;

        QString method() const;                   // "lif / autograd"
        double finalValue(const char* key) const; // NaN when absent
    };

    explicit SnnRunsModel(QObject* parent = nullptr);

    void setStore(runs::RunStore* store);
    // Reads the runs (those of other kinds are skipped).
    void setRuns(const QVector<qint64>& ids);
    void reload();

    const QVector<RunData>& runData() const { return m_runs; }
    // The headline chart: per method (node / backward), (T, peak bytes) of the finished runs sorted by T.
    QMap<QString, QVector<QPointF>> memoryAgainstTimesteps() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    runs::RunStore* m_store = nullptr;
    QVector<qint64> m_ids;
    QVector<RunData> m_runs;
};

} // namespace kcat::snn
