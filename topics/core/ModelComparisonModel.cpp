#include "topics/core/ModelComparisonModel.h"

#include <QIODevice>

#include <cmath>
#include <limits>

namespace kcat::topics {

ModelComparisonModel::ModelComparisonModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ModelComparisonModel::setModels(const QVector<ModelSummary>& models) {
    beginResetModel();
    m_models = models;
    endResetModel();
}

int ModelComparisonModel::rowOf(qint64 id) const {
    for (int r = 0; r < m_models.size(); ++r)
        if (m_models[r].id == id)
            return r;
    return -1;
}

double ModelComparisonModel::metric(const ModelSummary& model, const char* key) {
    if (!model.metrics.is_object() || !model.metrics.contains(key) || !model.metrics[key].is_number())
        return std::numeric_limits<double>::quiet_NaN();
    return model.metrics[key].get<double>();
}

std::vector<double> ModelComparisonModel::precisionAtRecall(const ModelSummary& model) {
    std::vector<double> out;
    if (model.metrics.is_object() && model.metrics.contains("precision_at_recall") &&
        model.metrics["precision_at_recall"].is_array())
        for (const auto& v : model.metrics["precision_at_recall"])
            out.push_back(v.is_number() ? v.get<double>() : std::numeric_limits<double>::quiet_NaN());
    return out;
}

namespace {

const char* metricKey(int column) {
    switch (column) {
    case ModelComparisonModel::Documents:
        return "docs";
    case ModelComparisonModel::Map:
        return "map";
    case ModelComparisonModel::Npmi:
        return "npmi";
    case ModelComparisonModel::Umass:
        return "umass";
    case ModelComparisonModel::Perplexity:
        return "perplexity";
    case ModelComparisonModel::Seconds:
        return "seconds";
    default:
        return nullptr;
    }
}

int decimals(int column) {
    switch (column) {
    case ModelComparisonModel::Documents:
        return 0;
    case ModelComparisonModel::Perplexity:
    case ModelComparisonModel::Seconds:
        return 1;
    case ModelComparisonModel::Umass:
        return 3;
    default:
        return 4;
    }
}

QString csvField(QString s) {
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

bool ModelComparisonModel::writeCsv(QIODevice& out) const {
    QStringList header = {QStringLiteral("id"),         QStringLiteral("name"),   QStringLiteral("model"),
                          QStringLiteral("features"),   QStringLiteral("topics"), QStringLiteral("docs"),
                          QStringLiteral("map"),        QStringLiteral("npmi"),   QStringLiteral("umass"),
                          QStringLiteral("perplexity"), QStringLiteral("seconds")};
    for (int i = 0; i <= 10; ++i)
        header << QStringLiteral("precision_at_recall_%1").arg(i / 10.0, 0, 'f', 1);
    QString text = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const ModelSummary& m : m_models) {
        QStringList row = {QString::number(m.id), csvField(m.name), m.model, m.features,
                           QString::number(m.topics)};
        for (const char* key : {"docs", "map", "npmi", "umass", "perplexity", "seconds"}) {
            const double v = metric(m, key);
            row << (std::isfinite(v) ? QString::number(v, 'g', 10) : QString());
        }
        const std::vector<double> pr = precisionAtRecall(m);
        for (int i = 0; i <= 10; ++i)
            row << (i < int(pr.size()) && std::isfinite(pr[i]) ? QString::number(pr[i], 'g', 10) : QString());
        text += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    const QByteArray bytes = text.toUtf8();
    return out.write(bytes) == bytes.size();
}

int ModelComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_models.size());
}

int ModelComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelComparisonModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_models.size())
        return {};
    const ModelSummary& m = m_models[index.row()];
    if (role == ModelIdRole)
        return m.id;
    const char* key = metricKey(index.column());
    if (role == Qt::TextAlignmentRole && (key || index.column() == Topics))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (key && (role == ValueRole || role == Qt::DisplayRole)) {
        const double v = metric(m, key);
        if (role == ValueRole)
            return v;
        return std::isfinite(v) ? QString::number(v, 'f', decimals(index.column())) : QStringLiteral("—");
    }
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    switch (index.column()) {
    case Name:
        return m.name;
    case Model:
        return m.model == QLatin1String("rsm") ? tr("Replicated Softmax") : tr("LDA");
    case Features:
        return m.features == QLatin1String("bow")    ? tr("bag of words")
               : m.params.value("with_words", false) ? tr("semantic locality + words")
                                                     : tr("semantic locality");
    case Topics:
        return m.topics;
    default:
        return {};
    }
}

QVariant ModelComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Model:
        return tr("Model");
    case Features:
        return tr("Features");
    case Topics:
        return tr("K");
    case Documents:
        return tr("Documents");
    case Map:
        return tr("mAP");
    case Npmi:
        return tr("NPMI");
    case Umass:
        return tr("UMass");
    case Perplexity:
        return tr("Perplexity");
    case Seconds:
        return tr("Train s");
    default:
        return {};
    }
}

} // namespace kcat::topics
