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

    core::Migration v2;
    v2.module = QStringLiteral("topics");
    v2.version = 2;
    v2.description = QStringLiteral("imported corpora and full topic matrices for the explorer");
    v2.statements = {
        QStringLiteral("CREATE TABLE topic_corpora (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                       "source TEXT NOT NULL, created TEXT NOT NULL, documents INTEGER NOT NULL, "
                       "labels INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE topic_corpus_documents (corpus_id INTEGER NOT NULL "
                       "REFERENCES topic_corpora(id) ON DELETE CASCADE, position INTEGER NOT NULL, "
                       "document TEXT NOT NULL, label TEXT NOT NULL, text TEXT NOT NULL, "
                       "PRIMARY KEY (corpus_id, position))"),
        QStringLiteral("CREATE TABLE topic_model_matrices (model_id INTEGER PRIMARY KEY "
                       "REFERENCES topic_models(id) ON DELETE CASCADE, corpus_id INTEGER, "
                       "features TEXT NOT NULL, distribution BLOB NOT NULL, frequency BLOB NOT NULL)"),
    };
    schema.add(v2);
}

namespace {

QByteArray floats(const Eigen::MatrixXd& m) {
    QByteArray blob(int(m.size() * sizeof(float)), Qt::Uninitialized);
    float* out = reinterpret_cast<float*>(blob.data());
    for (Eigen::Index r = 0; r < m.rows(); ++r)
        for (Eigen::Index c = 0; c < m.cols(); ++c)
            *out++ = float(m(r, c));
    return blob;
}

Eigen::MatrixXd fromFloats(const QByteArray& blob, Eigen::Index rows, Eigen::Index cols) {
    Eigen::MatrixXd m(rows, cols);
    if (blob.size() != qsizetype(rows * cols * sizeof(float)))
        return Eigen::MatrixXd();
    const float* in = reinterpret_cast<const float*>(blob.constData());
    for (Eigen::Index r = 0; r < rows; ++r)
        for (Eigen::Index c = 0; c < cols; ++c)
            m(r, c) = *in++;
    return m;
}

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
                             const FitOptions& options, const FitResult& result, int termsPerTopic,
                             qint64 corpusId) {
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
        {"word_threshold", options.locality.wordThreshold},
        {"pair_threshold", options.locality.pairThreshold},
        {"with_words", options.locality.concatenateWords},
        {"batch_size", options.batchSize},
        {"learning_rate", options.learningRate},
        {"cd_steps", options.cdSteps},
        {"ais_runs", options.aisRuns},
        {"ais_steps", options.aisSteps},
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
        {"features", result.features},
        {"tokens_per_second", result.tokensPerSecond},
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
                q.addBindValue(id);
                q.addBindValue(result.documentIds.value(d));
                q.addBindValue(floats(result.documentTopic.row(d)));
                if (!exec(q, err))
                    return false;
            }
            const Eigen::MatrixXd& distribution =
                result.topicDistribution.size() > 0 ? result.topicDistribution : result.topicFeature;
            q.prepare(QStringLiteral("INSERT INTO topic_model_matrices (model_id, corpus_id, features, "
                                     "distribution, frequency) VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(corpusId > 0 ? QVariant(corpusId) : QVariant(QMetaType(QMetaType::LongLong)));
            q.addBindValue(QString::fromStdString(nlohmann::json(result.featureNames).dump()));
            q.addBindValue(floats(distribution));
            q.addBindValue(result.featureFrequency.size() == result.features
                               ? floats(result.featureFrequency.transpose())
                               : floats(Eigen::RowVectorXd::Zero(result.features)));
            return exec(q, err);
        },
        &error);
    if (!ok)
        throw CorpusError(tr("%1: could not save topic model '%2': %3").arg(workspace.path(), name, error));
    return id;
}

QVector<ModelSummary> TopicModelStore::list(core::Workspace& workspace) {
    QVector<ModelSummary> out;
    QSqlQuery q(workspace.database());
    q.prepare(QStringLiteral("SELECT m.id, m.name, m.created, m.corpus, m.model, m.features, m.topics, "
                             "m.params, m.metrics, x.corpus_id, x.model_id FROM topic_models m "
                             "LEFT JOIN topic_model_matrices x ON x.model_id = m.id ORDER BY m.id"));
    if (!q.exec())
        return out;
    while (q.next()) {
        ModelSummary s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.created = q.value(2).toString();
        s.corpus = q.value(3).toString();
        s.model = q.value(4).toString();
        s.features = q.value(5).toString();
        s.topics = q.value(6).toInt();
        s.params = nlohmann::json::parse(q.value(7).toString().toStdString(), nullptr, false);
        s.metrics = nlohmann::json::parse(q.value(8).toString().toStdString(), nullptr, false);
        s.corpusId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
        s.explorable = !q.isNull(10);
        out << s;
    }
    return out;
}

StoredTopicModel TopicModelStore::load(core::Workspace& workspace, qint64 id) {
    StoredTopicModel m;
    for (const ModelSummary& s : list(workspace))
        if (s.id == id)
            m.summary = s;
    if (m.summary.id != id)
        throw CorpusError(tr("%1: no topic model with id %2").arg(workspace.path()).arg(id));
    QSqlQuery q(workspace.database());
    q.prepare(QStringLiteral("SELECT prevalence FROM topic_models WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        const auto p = nlohmann::json::parse(q.value(0).toString().toStdString(), nullptr, false);
        if (p.is_array()) {
            m.prevalence.resize(Eigen::Index(p.size()));
            for (size_t t = 0; t < p.size(); ++t)
                m.prevalence[Eigen::Index(t)] = p[t].get<double>();
        }
    }
    const Eigen::Index k = m.summary.topics;
    q.prepare(QStringLiteral("SELECT features, distribution, frequency FROM topic_model_matrices "
                             "WHERE model_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        throw CorpusError(tr("%1: topic model '%2' was saved without its topic matrix (by an older "
                             "version); fit it again to explore it")
                              .arg(workspace.path(), m.summary.name));
    const auto names = nlohmann::json::parse(q.value(0).toString().toStdString(), nullptr, false);
    if (names.is_array())
        for (const auto& n : names)
            m.featureNames << QString::fromStdString(n.get<std::string>());
    const Eigen::Index v = m.featureNames.size();
    m.topicWord = fromFloats(q.value(1).toByteArray(), k, v);
    const Eigen::MatrixXd freq = fromFloats(q.value(2).toByteArray(), 1, v);
    if (m.topicWord.size() == 0 || freq.size() == 0 || m.prevalence.size() != k)
        throw CorpusError(tr("%1: the matrices of topic model '%2' are damaged (expected %3 x %4)")
                              .arg(workspace.path(), m.summary.name)
                              .arg(k)
                              .arg(v));
    m.frequency = freq.row(0).transpose();
    q.prepare(QStringLiteral("SELECT document, weights FROM topic_documents WHERE model_id = ? "
                             "ORDER BY rowid"));
    q.addBindValue(id);
    QVector<Eigen::MatrixXd> rows;
    if (q.exec())
        while (q.next()) {
            m.documentIds << q.value(0).toString();
            rows << fromFloats(q.value(1).toByteArray(), 1, k);
        }
    m.documentTopic.resize(Eigen::Index(rows.size()), k);
    for (int d = 0; d < rows.size(); ++d)
        m.documentTopic.row(d) =
            rows[d].size() == k ? Eigen::RowVectorXd(rows[d].row(0)) : Eigen::RowVectorXd::Zero(k);
    return m;
}

void TopicModelStore::remove(core::Workspace& workspace, qint64 id) {
    QString error;
    const bool ok = workspace.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM topic_models WHERE id = ?"));
            q.addBindValue(id);
            return exec(q, err);
        },
        &error);
    if (!ok)
        throw CorpusError(
            tr("%1: could not delete topic model %2: %3").arg(workspace.path()).arg(id).arg(error));
}

Eigen::VectorXd StoredTopicModel::marginal() const {
    // The model's own marginal p(w) = sum_t p(t) p(w | t): never zero, unlike training counts (a word kept by
    // the document-frequency filter may occur only in held-out documents, and its lift would be infinite).
    if (topicWord.rows() == 0 || prevalence.size() != topicWord.rows())
        return Eigen::VectorXd();
    Eigen::VectorXd p = topicWord.transpose() * prevalence;
    return p / p.sum();
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
