#pragma once

#include "topics/core/TopicModelStore.h"

#include <QCoreApplication>

class QIODevice;

namespace kcat::topics {

// Exports of a saved model: its topics (CSV or JSON, terms ranked by relevance at lambda) and its
// document-topic matrix (CSV, one training document a row). Topic ids are the model's own.
class TopicExport {
    Q_DECLARE_TR_FUNCTIONS(kcat::topics::TopicExport)

public:
    static QByteArray topicsCsv(const StoredTopicModel& model, double lambda, int terms);
    static QByteArray topicsJson(const StoredTopicModel& model, double lambda, int terms);
    static QByteArray documentTopicCsv(const StoredTopicModel& model);
    // Writes bytes to path atomically; throws CorpusError naming the file when it cannot.
    static void write(const QString& path, const QByteArray& bytes);
};

} // namespace kcat::topics
