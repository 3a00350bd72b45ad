// LDA recovers planted topics; its sampler is deterministic for a seed; held-out perplexity beats the
// unigram model; Replicated Softmax lowers the training free energy.

#include "topics/core/Evaluation.h"
#include "topics/core/JobProgress.h"
#include "topics/core/Lda.h"
#include "topics/core/ReplicatedSoftmax.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace kcat::topics;

namespace {

// Three planted topics over 30 words (topic t owns words 10t .. 10t+9); each document mixes at most two
// topics. Returns the documents' dominant topic in `dominant`.
FeatureMatrix plantedCorpus(int documents, quint64 seed, QVector<int>* dominant) {
    Random rng(seed);
    QVector<QHash<int, int>> counts(documents);
    for (int d = 0; d < documents; ++d) {
        const int main = rng.below(3), other = rng.below(3);
        dominant->append(main);
        for (int i = 0; i < 40; ++i) {
            const int t = rng.uniform() < 0.8 ? main : other;
            ++counts[d][t * 10 + rng.below(10)];
        }
    }
    QStringList names;
    for (int w = 0; w < 30; ++w)
        names << QStringLiteral("w%1").arg(w);
    return FeatureMatrix::fromCounts(names, counts);
}

} // namespace

class TestTopicsModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ldaRecoversPlantedTopics() {
        QVector<int> dominant;
        const FeatureMatrix data = plantedCorpus(300, 11, &dominant);
        LdaOptions o;
        o.topics = 3;
        o.iterations = 100;
        o.seed = 5;
        Lda lda(o);
        lda.fit(data);
        const QVector<QVector<int>> top = Evaluation::topFeatures(lda.topicWord(), 10);
        // Each fitted topic's ten top words are exactly one planted topic's words, and all three are found.
        QSet<int> found;
        for (const auto& words : top) {
            const int planted = words[0] / 10;
            for (int w : words)
                QCOMPARE(w / 10, planted);
            found.insert(planted);
        }
        QCOMPARE(found.size(), 3);
        // Probability mass of a topic on its own ten words.
        const Eigen::MatrixXd phi = lda.topicWord();
        for (int t = 0; t < 3; ++t)
            QVERIFY(phi.row(t).segment(top[t][0] / 10 * 10, 10).sum() > 0.95);
        // Documents' dominant fitted topic agrees with the planted one for nearly all documents.
        const Eigen::MatrixXd theta = lda.documentTopic();
        int agree = 0;
        for (int d = 0; d < data.documents(); ++d) {
            Eigen::Index best;
            theta.row(d).maxCoeff(&best);
            agree += top[int(best)][0] / 10 == dominant[d];
        }
        QVERIFY2(agree >= 0.95 * data.documents(), qPrintable(QString::number(agree)));
        QCOMPARE(lda.tokenPasses(), qint64(100) * data.total());
    }

    void ldaIsDeterministicForASeed() {
        QVector<int> dominant;
        const FeatureMatrix data = plantedCorpus(60, 3, &dominant);
        LdaOptions o;
        o.topics = 4;
        o.iterations = 20;
        o.seed = 9;
        o.asymmetricAlpha = true;
        Lda a(o), b(o);
        a.fit(data);
        b.fit(data);
        QCOMPARE(a.topicWord(), b.topicWord());
        QVERIFY(std::abs(a.alpha().sum() - 0.4) < 1e-12); // asymmetric prior keeps the total
        QVERIFY(a.alpha()[0] > a.alpha()[3]);
    }

    void ldaHeldOutPerplexityBeatsUnigram() {
        QVector<int> dominant;
        const FeatureMatrix train = plantedCorpus(300, 21, &dominant);
        const FeatureMatrix test = plantedCorpus(50, 22, &dominant);
        LdaOptions o;
        o.topics = 3;
        o.iterations = 60;
        Lda lda(o);
        lda.fit(train);
        const double perplexity = lda.perplexity(test, 30, 1);
        // A unigram model over 30 near-uniform words has perplexity about 30; topics narrow it to about
        // the 10 words of a topic plus the mixture.
        QVERIFY2(perplexity > 9 && perplexity < 20, qPrintable(QString::number(perplexity)));
    }

    void ldaCancels() {
        QVector<int> dominant;
        const FeatureMatrix data = plantedCorpus(20, 1, &dominant);
        Lda lda(LdaOptions{});
        Progress p;
        p.cancelled = [] { return true; };
        QVERIFY_THROWS_EXCEPTION(Cancelled, lda.fit(data, p));
    }

    void jobControlReceivesProgressAndCancels() {
        // A JobControl that asks to stop once three sweeps were reported.
        struct Control : kcat::core::JobControl {
            qint64 last = 0;
            void report(qint64 done, qint64, const QString&) override { last = done; }
            bool isCancelled() const override { return last >= 3; }
        } control;
        QVector<int> dominant;
        const FeatureMatrix data = plantedCorpus(20, 1, &dominant);
        LdaOptions o;
        o.iterations = 10;
        Lda lda(o);
        QVERIFY_THROWS_EXCEPTION(Cancelled, lda.fit(data, progressOf(control)));
        QCOMPARE(control.last, qint64(3));
        QCOMPARE(lda.tokenPasses(), qint64(3) * data.total());
    }

    void rsmFreeEnergyDecreases() {
        QVector<int> dominant;
        const FeatureMatrix data = plantedCorpus(200, 31, &dominant);
        RsmOptions o;
        o.hidden = 6;
        o.epochs = 30;
        o.batchSize = 20;
        o.learningRate = 0.01;
        o.seed = 4;
        ReplicatedSoftmax untrained(o);
        untrained.initialise(data);
        const double before = untrained.meanFreeEnergy(data);
        ReplicatedSoftmax rsm(o);
        int epochs = 0;
        Progress p;
        p.report = [&](qint64 done, qint64) { epochs = int(done); };
        rsm.fit(data, p);
        QCOMPARE(epochs, 30);
        const double after = rsm.meanFreeEnergy(data);
        QVERIFY2(after < before - 5.0, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        // Hidden units separate the planted topics: documents of the same topic are closer than others.
        const Eigen::MatrixXd h = rsm.hiddenProbabilities(data);
        double same = 0, different = 0;
        int ns = 0, nd = 0;
        for (int i = 0; i < 60; ++i)
            for (int j = i + 1; j < 60; ++j) {
                const double c = h.row(i).normalized().dot(h.row(j).normalized());
                (dominant[i] == dominant[j] ? same : different) += c;
                ++(dominant[i] == dominant[j] ? ns : nd);
            }
        QVERIFY2(same / ns > different / nd + 0.05,
                 qPrintable(QStringLiteral("%1 %2").arg(same / ns).arg(different / nd)));
    }

    void rsmPartitionFunctionByAisMatchesEnumeration() {
        // A hand-made RSM: 3 words, 2 hidden units, weights large enough that Z is far from the base model's.
        Eigen::MatrixXd w(2, 3);
        w << 1.5, -1.0, 0.3, -0.7, 1.2, 0.8;
        Eigen::VectorXd a(2), b(3);
        a << 0.2, -0.4;
        b << 0.1, -0.3, 0.5;
        ReplicatedSoftmax rsm({});
        rsm.setParameters(w, a, b);
        const int length = 4;
        // Brute force over all 3^4 ordered documents checks the enumeration by count vectors.
        double brute = 0;
        for (int code = 0; code < 81; ++code) {
            int counts[3] = {0, 0, 0};
            for (int t = 0, c = code; t < length; ++t, c /= 3)
                ++counts[c % 3];
            QVector<QPair<int, int>> row;
            for (int k = 0; k < 3; ++k)
                if (counts[k] > 0)
                    row.append({k, counts[k]});
            brute += std::exp(rsm.logUnnormalised(row));
        }
        const double exact = rsm.logPartitionExact(length);
        QVERIFY(std::abs(exact - std::log(brute)) < 1e-10);
        // The base model alone (beta = 0) is far off, so agreement below is AIS's doing.
        const double base = length * std::log(b.array().exp().sum()) + 2 * std::log(2.0);
        QVERIFY(std::abs(exact - base) > 1.0);
        const double ais = rsm.logPartitionAis(length, 200, 1000, 7);
        QVERIFY2(std::abs(ais - exact) < 0.02,
                 qPrintable(QStringLiteral("AIS %1 exact %2").arg(ais).arg(exact)));

        // Perplexity of two documents of length 4 with that Z, against the exact number.
        FeatureMatrix docs;
        docs.featureNames = {"w0", "w1", "w2"};
        docs.rows = {{{0, 3}, {2, 1}}, {{1, 2}, {2, 2}}};
        const double expected = std::exp(
            -(rsm.logUnnormalised(docs.rows[0]) + rsm.logUnnormalised(docs.rows[1]) - 2 * exact) / 8.0);
        const double estimated = rsm.perplexity(docs, 200, 1000, 7);
        QVERIFY(std::abs(estimated / expected - 1) < 0.01);
    }
};

QTEST_GUILESS_MAIN(TestTopicsModels)
#include "tst_topics_models.moc"
