#include "topics/core/CorpusStore.h"

#include "compute/core/Workspace.h"
#include "topics/core/Random.h"
#include "topics/core/TopicModelStore.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace kcat::topics {

namespace {

bool exec(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

qint64 CorpusStore::save(core::Workspace& workspace, const QString& name, const Corpus& corpus,
                         const Progress& progress) {
    if (corpus.documents.isEmpty())
        throw CorpusError(tr("%1: the corpus is empty; expected at least one document").arg(corpus.source));
    QSet<QString> labels;
    for (const Document& d : corpus.documents)
        if (!d.label.isEmpty())
            labels.insert(d.label);
    qint64 id = 0;
    bool cancelled = false;
    QString error;
    const bool ok = workspace.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM topic_corpora WHERE name = ?"));
            q.addBindValue(name);
            if (!exec(q, err))
                return false;
            q.prepare(QStringLiteral("INSERT INTO topic_corpora (name, source, created, documents, labels) "
                                     "VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(name);
            q.addBindValue(corpus.source);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            q.addBindValue(int(corpus.documents.size()));
            q.addBindValue(int(labels.size()));
            if (!exec(q, err))
                return false;
            id = q.lastInsertId().toLongLong();
            q.prepare(QStringLiteral("INSERT INTO topic_corpus_documents (corpus_id, position, document, "
                                     "label, text) VALUES (?, ?, ?, ?, ?)"));
            const int n = int(corpus.documents.size());
            for (int i = 0; i < n; ++i) {
                if (i % 1000 == 0) {
                    if (progress.isCancelled()) {
                        cancelled = true;
                        return false;
                    }
                    progress.tick(i, n);
                }
                const Document& d = corpus.documents[i];
                q.addBindValue(id);
                q.addBindValue(i);
                q.addBindValue(d.id);
                q.addBindValue(d.label);
                q.addBindValue(d.text);
                if (!exec(q, err))
                    return false;
            }
            progress.tick(n, n);
            return true;
        },
        &error);
    if (cancelled)
        throw Cancelled{};
    if (!ok)
        throw CorpusError(tr("%1: could not save the corpus '%2': %3").arg(workspace.path(), name, error));
    return id;
}

QVector<CorpusInfo> CorpusStore::list(core::Workspace& workspace) {
    QVector<CorpusInfo> out;
    QSqlQuery q(workspace.database());
    q.prepare(
        QStringLiteral("SELECT id, name, source, created, documents, labels FROM topic_corpora ORDER BY id"));
    if (q.exec())
        while (q.next())
            out << CorpusInfo{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toInt()};
    return out;
}

Corpus CorpusStore::load(core::Workspace& workspace, qint64 id) {
    Corpus corpus;
    QSqlQuery q(workspace.database());
    q.prepare(QStringLiteral("SELECT source FROM topic_corpora WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        throw CorpusError(tr("%1: no corpus with id %2").arg(workspace.path()).arg(id));
    corpus.source = q.value(0).toString();
    q.prepare(QStringLiteral("SELECT document, label, text FROM topic_corpus_documents WHERE corpus_id = ? "
                             "ORDER BY position"));
    q.addBindValue(id);
    if (!q.exec())
        throw CorpusError(
            tr("%1: cannot read corpus %2: %3").arg(workspace.path()).arg(id).arg(q.lastError().text()));
    while (q.next())
        corpus.documents << Document{q.value(0).toString(), q.value(2).toString(), q.value(1).toString()};
    return corpus;
}

void CorpusStore::remove(core::Workspace& workspace, qint64 id) {
    QString error;
    const bool ok = workspace.transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM topic_corpora WHERE id = ?"));
            q.addBindValue(id);
            return exec(q, err);
        },
        &error);
    if (!ok)
        throw CorpusError(tr("%1: could not delete corpus %2: %3").arg(workspace.path()).arg(id).arg(error));
}

Corpus sampleDocuments(const Corpus& corpus, int count, quint64 seed) {
    const int n = int(corpus.documents.size());
    if (count <= 0 || count >= n)
        return corpus;
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    Random rng(seed);
    for (int i = 0; i < count; ++i) // partial Fisher-Yates: the first count entries are the sample
        std::swap(order[i], order[i + rng.below(n - i)]);
    std::sort(order.begin(), order.begin() + count);
    Corpus out;
    out.source = corpus.source;
    for (int i = 0; i < count; ++i)
        out.documents << corpus.documents[order[i]];
    return out;
}

} // namespace kcat::topics
