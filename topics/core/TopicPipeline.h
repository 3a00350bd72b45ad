#pragma once

#include "topics/core/Corpus.h"
#include "topics/core/Lda.h"
#include "topics/core/ReplicatedSoftmax.h"
#include "topics/core/SemanticLocality.h"

#include <QCoreApplication>

#include <optional>

namespace kcat::topics {

enum class TopicModelKind { Lda, Rsm };
enum class FeatureKind { BagOfWords, SemanticLocality };

struct FitOptions {
    TopicModelKind model = TopicModelKind::Lda;
    FeatureKind features = FeatureKind::BagOfWords;
    int topics = 20;
    int iterations = 200; // Gibbs sweeps for LDA, epochs for RSM
    quint64 seed = 1;
    double testFraction = 0.1;
    bool lemmatize = false;
    VocabularyOptions vocabulary;
    SemanticLocalityOptions locality;
    double alpha = 0.1;
    double beta = 0.01;
    bool asymmetricAlpha = false;
    int batchSize = 64;
    double learningRate = 0.01;
    int cdSteps = 1;
    int aisRuns = 32;          // RSM perplexity: AIS chains per document length (0: no perplexity)
    int aisSteps = 300;        // inverse temperatures per chain
    int maxQueries = 2000;     // held-out documents used as retrieval queries (a seeded sample)
    int topWords = 10;         // per topic, for coherence and display
    int foldInIterations = 50; // Gibbs sweeps when inferring held-out documents
};

// Everything one fit produced: sizes, timing, metrics (empty where they do not apply) and the model.
struct FitResult {
    int documents = 0;
    int vocabulary = 0;
    int features = 0;
    qint64 tokens = 0;          // feature tokens in the training documents
    double seconds = 0;         // training time
    double tokensPerSecond = 0; // token passes (tokens x sweeps or epochs) per second of training
    std::optional<double> map, npmi, umass, perplexity;
    std::vector<double> precisionAtRecall;
    QStringList featureNames;
    Eigen::MatrixXd topicFeature; // K x features: probabilities (LDA) or weights (RSM)
    // K x features, rows summing to one: LDA's topic-word distributions; for RSM the visible softmax with
    // only hidden unit j on (softmax(b + W_j)), what the explorer ranks and maps.
    Eigen::MatrixXd topicDistribution;
    Eigen::VectorXd featureFrequency; // feature counts over the training documents
    Eigen::VectorXd topicPrevalence;  // share of the training documents' topic mass
    Eigen::MatrixXd documentTopic;    // training documents x K
    QStringList documentIds;
    QVector<QVector<int>> topFeatures;
};

// Splits, extracts features, fits, evaluates: the work behind `kcat topics fit` and the explorer's fit job.
class TopicPipeline {
    Q_DECLARE_TR_FUNCTIONS(kcat::topics::TopicPipeline)

public:
    static FitResult run(const Corpus& corpus, const FitOptions& options, const Progress& progress = {});
    // Seeded split: true marks a held-out document.
    static std::vector<bool> testSplit(int documents, double fraction, quint64 seed);
};

} // namespace kcat::topics
