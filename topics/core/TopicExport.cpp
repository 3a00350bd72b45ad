#include "topics/core/TopicExport.h"

#include "topics/core/TopicExplorerModels.h"
#include "topics/core/TopicListModel.h"

#include <QSaveFile>

namespace kcat::topics {

namespace {

QString csvField(QString s) {
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

QByteArray TopicExport::topicsCsv(const StoredTopicModel& model, double lambda, int terms) {
    const Eigen::VectorXd marginal = model.marginal();
    QString out = QStringLiteral("topic,prevalence,rank,term,probability,relevance\n");
    for (int t = 0; t < model.topicWord.rows(); ++t) {
        const QVector<int> ranked =
            TopicListModel::rankByRelevance(model.topicWord, marginal, t, lambda, terms);
        for (int r = 0; r < ranked.size(); ++r) {
            const int w = ranked[r];
            out += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                       .arg(t)
                       .arg(model.prevalence[t], 0, 'g', 8)
                       .arg(r + 1)
                       .arg(csvField(model.featureNames.value(w)))
                       .arg(model.topicWord(t, w), 0, 'g', 8)
                       .arg(TopicTermModel::relevance(model.topicWord(t, w), marginal[w], lambda), 0, 'g', 8);
        }
    }
    return out.toUtf8();
}

QByteArray TopicExport::topicsJson(const StoredTopicModel& model, double lambda, int terms) {
    const Eigen::VectorXd marginal = model.marginal();
    nlohmann::json topics = nlohmann::json::array();
    for (int t = 0; t < model.topicWord.rows(); ++t) {
        nlohmann::json list = nlohmann::json::array();
        for (int w : TopicListModel::rankByRelevance(model.topicWord, marginal, t, lambda, terms))
            list.push_back(
                {{"term", model.featureNames.value(w).toStdString()},
                 {"probability", model.topicWord(t, w)},
                 {"relevance", TopicTermModel::relevance(model.topicWord(t, w), marginal[w], lambda)}});
        topics.push_back({{"topic", t}, {"prevalence", model.prevalence[t]}, {"terms", list}});
    }
    const nlohmann::json j = {{"name", model.summary.name.toStdString()},
                              {"model", model.summary.model.toStdString()},
                              {"features", model.summary.features.toStdString()},
                              {"lambda", lambda},
                              {"metrics", model.summary.metrics},
                              {"topics", topics}};
    return QByteArray::fromStdString(j.dump(2));
}

QByteArray TopicExport::documentTopicCsv(const StoredTopicModel& model) {
    QString out = QStringLiteral("document");
    for (int t = 0; t < model.documentTopic.cols(); ++t)
        out += QStringLiteral(",topic_%1").arg(t);
    out += QLatin1Char('\n');
    for (int d = 0; d < model.documentTopic.rows(); ++d) {
        out += csvField(model.documentIds.value(d));
        for (int t = 0; t < model.documentTopic.cols(); ++t)
            out += QLatin1Char(',') + QString::number(model.documentTopic(d, t), 'g', 7);
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

void TopicExport::write(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw CorpusError(tr("%1: cannot write: %2").arg(path, file.errorString()));
}

} // namespace kcat::topics
