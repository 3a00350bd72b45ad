#include "topics/core/TopicPipeline.h"

#include "topics/core/Evaluation.h"
#include "topics/core/Lemmatizer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>
#include <numeric>

namespace kcat::topics {

std::vector<bool> TopicPipeline::testSplit(int documents, double fraction, quint64 seed) {
    std::vector<int> order(documents);
    std::iota(order.begin(), order.end(), 0);
    Random rng(seed ^ 0x5eed5eedULL);
    for (int i = documents - 1; i > 0; --i)
        std::swap(order[i], order[rng.below(i + 1)]);
    std::vector<bool> test(documents, false);
    const int count = int(std::lround(fraction * documents));
    for (int i = 0; i < count; ++i)
        test[order[i]] = true;
    return test;
}

namespace {

FeatureMatrix subset(const FeatureMatrix& m, const std::vector<int>& rows) {
    FeatureMatrix out;
    out.featureNames = m.featureNames;
    for (int r : rows)
        out.rows << m.rows[r];
    return out;
}

} // namespace

FitResult TopicPipeline::run(const Corpus& corpus, const FitOptions& options, const Progress& progress) {
    std::unique_ptr<Lemmatizer> lemmatizer;
    if (options.lemmatize)
        lemmatizer = std::make_unique<Lemmatizer>();
    const Tokenizer tokenizer({}, lemmatizer.get());
    const TokenizedCorpus tokens = TokenizedCorpus::build(corpus, tokenizer, options.vocabulary, progress);
    if (tokens.vocabulary.isEmpty())
        throw CorpusError(tr("%1: no word is left after stop words and document-frequency filtering "
                             "(min %2 documents, max %3 of them); expected a larger corpus or looser limits")
                              .arg(corpus.source)
                              .arg(options.vocabulary.minDocumentFrequency)
                              .arg(options.vocabulary.maxDocumentFraction));
    FeatureMatrix features;
    if (options.features == FeatureKind::BagOfWords) {
        features = FeatureMatrix::bagOfWords(tokens);
    } else {
        SemanticLocalityOptions locality = options.locality;
        locality.seed = options.seed;
        features = SemanticLocality(locality).features(tokens, progress);
    }
    const std::vector<bool> test = testSplit(tokens.size(), options.testFraction, options.seed);
    std::vector<int> trainRows, testRows;
    for (int d = 0; d < tokens.size(); ++d)
        (test[d] ? testRows : trainRows).push_back(d);
    // Documents left empty by filtering carry no evidence; they are neither trained on nor queried.
    auto nonEmpty = [&](std::vector<int>& rows) {
        rows.erase(
            std::remove_if(rows.begin(), rows.end(), [&](int d) { return features.rows[d].isEmpty(); }),
            rows.end());
    };
    nonEmpty(trainRows);
    nonEmpty(testRows);
    if (trainRows.empty())
        throw CorpusError(
            tr("%1: every training document is empty after feature extraction").arg(corpus.source));
    const FeatureMatrix train = subset(features, trainRows);
    FeatureMatrix heldOut = subset(features, testRows);
    QStringList trainLabels, testLabels;
    for (int d : trainRows)
        trainLabels << tokens.labels[d];
    for (int d : testRows)
        testLabels << tokens.labels[d];

    FitResult result;
    result.documents = tokens.size();
    result.vocabulary = tokens.vocabulary.size();
    result.features = features.features();
    result.tokens = train.total();
    result.featureNames = features.featureNames;
    for (int d : trainRows)
        result.documentIds << tokens.ids[d];

    Eigen::MatrixXd trainTopics, testTopics;
    QElapsedTimer timer;
    if (options.model == TopicModelKind::Lda) {
        LdaOptions lo;
        lo.topics = options.topics;
        lo.iterations = options.iterations;
        lo.alpha = options.alpha;
        lo.beta = options.beta;
        lo.asymmetricAlpha = options.asymmetricAlpha;
        lo.seed = options.seed;
        Lda lda(lo);
        timer.start();
        lda.fit(train, progress);
        result.seconds = timer.nsecsElapsed() / 1e9;
        result.tokensPerSecond = lda.tokenPasses() / std::max(1e-9, result.seconds);
        result.topicFeature = lda.topicWord();
        result.topicDistribution = result.topicFeature;
        trainTopics = lda.documentTopic();
        if (heldOut.documents() > 0)
            result.perplexity = lda.perplexity(heldOut, options.foldInIterations, options.seed + 7);
        // Retrieval queries: a seeded sample of the held-out documents.
        if (heldOut.documents() > options.maxQueries) {
            const std::vector<bool> pick = testSplit(
                heldOut.documents(), double(options.maxQueries) / heldOut.documents(), options.seed + 11);
            FeatureMatrix sample;
            QStringList sampleLabels;
            for (int d = 0; d < heldOut.documents(); ++d)
                if (pick[d]) {
                    sample.rows << heldOut.rows[d];
                    sampleLabels << testLabels[d];
                }
            sample.featureNames = heldOut.featureNames;
            heldOut = sample;
            testLabels = sampleLabels;
        }
        if (heldOut.documents() > 0)
            testTopics = lda.foldIn(heldOut, options.foldInIterations, options.seed + 13);
    } else {
        RsmOptions ro;
        ro.hidden = options.topics;
        ro.epochs = options.iterations;
        ro.batchSize = options.batchSize;
        ro.learningRate = options.learningRate;
        ro.cdSteps = options.cdSteps;
        ro.seed = options.seed;
        ReplicatedSoftmax rsm(ro);
        timer.start();
        rsm.fit(train, progress);
        result.seconds = timer.nsecsElapsed() / 1e9;
        result.tokensPerSecond = rsm.tokenPasses() / std::max(1e-9, result.seconds);
        result.topicFeature = rsm.weights();
        result.topicDistribution = (rsm.weights().rowwise() + rsm.visibleBias().transpose());
        for (int j = 0; j < result.topicDistribution.rows(); ++j) {
            auto row = result.topicDistribution.row(j);
            row = (row.array() - row.maxCoeff()).exp().matrix();
            row /= row.sum();
        }
        trainTopics = rsm.hiddenProbabilities(train);
        if (heldOut.documents() > 0)
            testTopics = rsm.hiddenProbabilities(heldOut);
        // Perplexity with the partition function of each document length estimated by AIS.
        if (heldOut.documents() > 0 && options.aisRuns > 0)
            result.perplexity =
                rsm.perplexity(heldOut, options.aisRuns, options.aisSteps, options.seed + 17, progress);
    }
    result.documentTopic = trainTopics;
    result.featureFrequency = Eigen::VectorXd::Zero(features.features());
    for (const auto& row : train.rows)
        for (const auto& [f, c] : row)
            result.featureFrequency[f] += c;
    result.topicPrevalence = trainTopics.colwise().sum().transpose();
    if (result.topicPrevalence.sum() > 0)
        result.topicPrevalence /= result.topicPrevalence.sum();
    result.topFeatures = Evaluation::topFeatures(result.topicFeature, options.topWords);
    result.npmi = Evaluation::npmi(result.topFeatures, train);
    result.umass = Evaluation::umass(result.topFeatures, train);
    const bool labelled =
        std::any_of(trainLabels.cbegin(), trainLabels.cend(), [](const QString& l) { return !l.isEmpty(); });
    if (labelled && testTopics.rows() > 0) {
        const RetrievalResult r = Evaluation::retrieval(testTopics, testLabels, trainTopics, trainLabels);
        if (r.queries > 0) {
            result.map = r.meanAveragePrecision;
            result.precisionAtRecall = r.precisionAtRecall;
        }
    }
    return result;
}

} // namespace kcat::topics
