#include "topics/core/TopicModelStore.h"

#include "compute/core/Json.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "topics/core/Evaluation.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace kcat::topics {

void registerTopicsSchema() {
    auto& schema = core::WorkspaceSchema::instance();
    if (schema.hasModule(QStringLiteral("topics")))
        return;
    core::Migration m;
    m.module = QStringLiteral("topics");
    m.version = 1;
    m.description = QStringLiteral("topic models, their top terms and document-topic vectors");
    m.statements = {
        QStringLiteral(
            "CREATE TABLE topic_models (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
            "created TEXT NOT NULL, corpus TEXT NOT NULL, model TEXT NOT NULL, features TEXT NOT NULL, "
            "topics INTEGER NOT NULL, params TEXT NOT NULL, metrics TEXT NOT NULL, "
            "prevalence TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE topic_terms (model_id INTEGER NOT NULL REFERENCES topic_models(id) "
            "ON DELETE CASCADE, topic INTEGER NOT NULL, rank INTEGER NOT NULL, term TEXT NOT NULL, "
            "weight REAL NOT NULL, PRIMARY KEY (model_id, topic, rank))"),
        QStringLiteral("CREATE TABLE topic_documents (model_id INTEGER NOT NULL REFERENCES topic_models(id) "
                       "ON DELETE CASCADE, document TEXT NOT NULL, weights BLOB NOT NULL, "
                       "PRIMARY KEY (model_id, document))"),
    };
    schema.add(m);
}

namespace {

nlohmann::json optionalNumber(const std::optional<double>& v) {
    return v && std::isfinite(*v) ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

bool exec(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

qint64 TopicModelStore::save(core::Workspace& workspace, const QString& name, const QString& corpus,
                             const FitOptions& options, const FitResult& result, int termsPerTopic) {
    const nlohmann::json params = {
        {"k", options.topics},
        {"iterations", options.iterations},
        {"seed", options.seed},
        {"test_fraction", options.testFraction},
        {"alpha", options.alpha},
        {"beta", options.beta},
        {"asymmetric_alpha", options.asymmetricAlpha},
        {"lemmatize", options.lemmatize},
        {"min_df", options.vocabulary.minDocumentFrequency},
        {"max_df", options.vocabulary.maxDocumentFraction},
        {"window", options.locality.window},
        {"clusters", options.locality.clusters},
    };
    const nlohmann::json metrics = {
        {"docs", result.documents},
        {"vocab", result.vocabulary},
        {"tokens", result.tokens},
        {"seconds", result.seconds},
        {"map", optionalNumber(result.map)},
        {"npmi", optionalNumber(result.npmi)},
        {"umass", optionalNumber(result.umass)},
        {"perplexity", optionalNumber(result.perplexity)},
        {"precision_at_recall", result.precisionAtRecall},
    };
    nlohmann::json prevalence = nlohmann::json::array();
    for (int t = 0; t < result.topicPrevalence.size(); ++t)
        prevalence.push_back(result.topicPrevalence[t]);
    const QVector<QVector<int>> terms = Evaluation::topFeatures(result.topicFeature, termsPerTopic);
    qint64 id = -1;
    QString error;
    const bool ok = workspace.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM topic_models WHERE name = ?"));
            q.addBindValue(name);
            if (!exec(q, err))
                return false;
            q.prepare(
                QStringLiteral("INSERT INTO topic_models (name, created, corpus, model, features, topics, "
                               "params, metrics, prevalence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(name);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            q.addBindValue(corpus);
            q.addBindValue(options.model == TopicModelKind::Lda ? QStringLiteral("lda")
                                                                : QStringLiteral("rsm"));
            q.addBindValue(options.features == FeatureKind::BagOfWords ? QStringLiteral("bow")
                                                                       : QStringLiteral("semantic-locality"));
            q.addBindValue(options.topics);
            q.addBindValue(QString::fromStdString(params.dump()));
            q.addBindValue(QString::fromStdString(metrics.dump()));
            q.addBindValue(QString::fromStdString(prevalence.dump()));
            if (!exec(q, err))
                return false;
            id = q.lastInsertId().toLongLong();
            q.prepare(QStringLiteral("INSERT INTO topic_terms (model_id, topic, rank, term, weight) "
                                     "VALUES (?, ?, ?, ?, ?)"));
            for (int t = 0; t < terms.size(); ++t)
                for (int r = 0; r < terms[t].size(); ++r) {
                    q.addBindValue(id);
                    q.addBindValue(t);
                    q.addBindValue(r);
                    q.addBindValue(result.featureNames.value(terms[t][r]));
                    q.addBindValue(result.topicFeature(t, terms[t][r]));
                    if (!exec(q, err))
                        return false;
                }
            q.prepare(
                QStringLiteral("INSERT INTO topic_documents (model_id, document, weights) VALUES (?, ?, ?)"));
            for (int d = 0; d < result.documentTopic.rows(); ++d) {
                QByteArray blob(int(result.documentTopic.cols() * sizeof(float)), Qt::Uninitialized);
                float* out = reinterpret_cast<float*>(blob.data());
                for (int t = 0; t < result.documentTopic.cols(); ++t)
                    out[t] = float(result.documentTopic(d, t));
                q.addBindValue(id);
                q.addBindValue(result.documentIds.value(d));
                q.addBindValue(blob);
                if (!exec(q, err))
                    return false;
            }
            return true;
        },
        &error);
    if (!ok)
        throw CorpusError(tr("%1: could not save topic model '%2': %3").arg(workspace.path(), name, error));
    return id;
}

QStringList TopicModelStore::names(core::Workspace& workspace) {
    QStringList out;
    QSqlQuery q(workspace.database());
    q.prepare(QStringLiteral("SELECT name FROM topic_models ORDER BY id"));
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

} // namespace kcat::topics
