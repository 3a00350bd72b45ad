// `kcat topics fit`: import a corpus, extract features, fit LDA or RSM, print the metrics as JSON.

#include "compute/core/AppPaths.h"
#include "compute/core/Cli.h"
#include "compute/core/Json.h"
#include "compute/core/Workspace.h"
#include "topics/core/TopicModelStore.h"

#include <cmath>

namespace kcat::topics {

namespace {

using core::CliError;
using core::doubleValue;
using core::intValue;

class TopicsCommand {
    Q_DECLARE_TR_FUNCTIONS(kcat::topics::TopicsCommand)
};

nlohmann::json number(const std::optional<double>& v) {
    return v && std::isfinite(*v) ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

class TopicsFitCommand : public core::CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("topics"), QStringLiteral("fit")}; }
    QString summary() const override {
        return TopicsCommand::tr("Fit a topic model (LDA or Replicated Softmax) and print its metrics.");
    }
    void declare(QCommandLineParser& parser) const override {
        auto opt = [&](const QString& name, const QString& help, const QString& value, const QString& def) {
            QCommandLineOption o(name, help, value, def);
            parser.addOption(o);
        };
        opt(QStringLiteral("corpus"), TopicsCommand::tr("Corpus file or folder, or 'wordnet' for the demo."),
            QStringLiteral("FILE"), QString());
        opt(QStringLiteral("format"), TopicsCommand::tr("jsonl, csv or folder (default: from the path)."),
            QStringLiteral("FORMAT"), QString());
        opt(QStringLiteral("text-column"), TopicsCommand::tr("CSV column holding the text."),
            QStringLiteral("NAME"), QStringLiteral("text"));
        opt(QStringLiteral("label-column"), TopicsCommand::tr("CSV column holding the label."),
            QStringLiteral("NAME"), QString());
        opt(QStringLiteral("model"), TopicsCommand::tr("lda or rsm."), QStringLiteral("MODEL"),
            QStringLiteral("lda"));
        opt(QStringLiteral("features"), TopicsCommand::tr("bow or semantic-locality."),
            QStringLiteral("FEATURES"), QStringLiteral("bow"));
        opt(QStringLiteral("k"), TopicsCommand::tr("Number of topics (hidden units for rsm)."),
            QStringLiteral("K"), QStringLiteral("20"));
        opt(QStringLiteral("iterations"), TopicsCommand::tr("Gibbs sweeps (lda) or epochs (rsm)."),
            QStringLiteral("N"), QStringLiteral("200"));
        opt(QStringLiteral("seed"), TopicsCommand::tr("Random seed."), QStringLiteral("S"),
            QStringLiteral("1"));
        opt(QStringLiteral("test-fraction"), TopicsCommand::tr("Share of documents held out."),
            QStringLiteral("F"), QStringLiteral("0.1"));
        opt(QStringLiteral("min-df"), TopicsCommand::tr("Minimum document frequency of a word."),
            QStringLiteral("N"), QStringLiteral("2"));
        opt(QStringLiteral("max-df"), TopicsCommand::tr("Maximum document fraction of a word."),
            QStringLiteral("F"), QStringLiteral("0.5"));
        parser.addOption(
            {QStringLiteral("lemmatize"), TopicsCommand::tr("Map words to WordNet base forms.")});
        opt(QStringLiteral("alpha"), TopicsCommand::tr("LDA document-topic prior per topic."),
            QStringLiteral("A"), QStringLiteral("0.1"));
        parser.addOption({QStringLiteral("asymmetric-alpha"),
                          TopicsCommand::tr("Asymmetric prior, alpha_k ~ 1/(k+sqrt(K)).")});
        opt(QStringLiteral("beta"), TopicsCommand::tr("LDA topic-word prior."), QStringLiteral("B"),
            QStringLiteral("0.01"));
        opt(QStringLiteral("learning-rate"), TopicsCommand::tr("RSM learning rate."), QStringLiteral("R"),
            QStringLiteral("0.01"));
        opt(QStringLiteral("batch-size"), TopicsCommand::tr("RSM minibatch size."), QStringLiteral("N"),
            QStringLiteral("64"));
        opt(QStringLiteral("cd-steps"), TopicsCommand::tr("RSM contrastive-divergence steps."),
            QStringLiteral("N"), QStringLiteral("1"));
        opt(QStringLiteral("ais-runs"),
            TopicsCommand::tr(
                "RSM perplexity: annealed importance sampling chains per document length (0: none)."),
            QStringLiteral("N"), QStringLiteral("32"));
        opt(QStringLiteral("ais-steps"),
            TopicsCommand::tr("RSM perplexity: inverse temperatures of each AIS chain."), QStringLiteral("N"),
            QStringLiteral("300"));
        opt(QStringLiteral("window"), TopicsCommand::tr("Word-pair window inside a sentence."),
            QStringLiteral("N"), QStringLiteral("3"));
        opt(QStringLiteral("clusters"), TopicsCommand::tr("K-means clusters of word embeddings."),
            QStringLiteral("N"), QStringLiteral("50"));
        opt(QStringLiteral("word-threshold"), TopicsCommand::tr("Word-level TF-IDF threshold."),
            QStringLiteral("T"), QStringLiteral("0.05"));
        opt(QStringLiteral("pair-threshold"), TopicsCommand::tr("Pair-level TF-IDF threshold."),
            QStringLiteral("T"), QStringLiteral("0.05"));
        opt(QStringLiteral("vectors"), TopicsCommand::tr("word2vec or GloVe vectors instead of PPMI + SVD."),
            QStringLiteral("FILE"), QString());
        parser.addOption({QStringLiteral("with-words"),
                          TopicsCommand::tr("Append the bag of words to the semantic-locality features.")});
        opt(QStringLiteral("max-queries"), TopicsCommand::tr("Held-out documents used as retrieval queries."),
            QStringLiteral("N"), QStringLiteral("2000"));
        opt(QStringLiteral("save"),
            TopicsCommand::tr("Save the fitted model in the workspace under this name."),
            QStringLiteral("NAME"), QString());
        opt(QStringLiteral("workspace"),
            TopicsCommand::tr("Workspace file (default: the default workspace)."), QStringLiteral("W"),
            QString());
    }

    int run(const QCommandLineParser& parser, core::CliContext& ctx) override {
        const QString corpusPath = core::requiredValue(parser, QStringLiteral("corpus"));
        FitOptions options;
        const QString model = parser.value(QStringLiteral("model"));
        if (model == QLatin1String("lda"))
            options.model = TopicModelKind::Lda;
        else if (model == QLatin1String("rsm"))
            options.model = TopicModelKind::Rsm;
        else
            throw CliError(TopicsCommand::tr("--model: expected lda or rsm, got '%1'").arg(model));
        const QString features = parser.value(QStringLiteral("features"));
        if (features == QLatin1String("bow"))
            options.features = FeatureKind::BagOfWords;
        else if (features == QLatin1String("semantic-locality"))
            options.features = FeatureKind::SemanticLocality;
        else
            throw CliError(
                TopicsCommand::tr("--features: expected bow or semantic-locality, got '%1'").arg(features));
        CorpusFormat format = CorpusFormat::Auto;
        const QString f = parser.value(QStringLiteral("format"));
        if (f == QLatin1String("jsonl"))
            format = CorpusFormat::Jsonl;
        else if (f == QLatin1String("csv"))
            format = CorpusFormat::Csv;
        else if (f == QLatin1String("folder"))
            format = CorpusFormat::Folder;
        else if (!f.isEmpty())
            throw CliError(TopicsCommand::tr("--format: expected jsonl, csv or folder, got '%1'").arg(f));
        options.topics = intValue(parser, QStringLiteral("k"), 2, 10000);
        options.iterations = intValue(parser, QStringLiteral("iterations"), 1, 1000000);
        options.seed = quint64(intValue(parser, QStringLiteral("seed"), 0, 2147483647));
        options.testFraction = doubleValue(parser, QStringLiteral("test-fraction"), 0.0, 0.9);
        options.vocabulary.minDocumentFrequency = intValue(parser, QStringLiteral("min-df"), 1, 1000000000);
        options.vocabulary.maxDocumentFraction = doubleValue(parser, QStringLiteral("max-df"), 0.0, 1.0);
        options.lemmatize = parser.isSet(QStringLiteral("lemmatize"));
        options.alpha = doubleValue(parser, QStringLiteral("alpha"), 1e-6, 1e6);
        options.asymmetricAlpha = parser.isSet(QStringLiteral("asymmetric-alpha"));
        options.beta = doubleValue(parser, QStringLiteral("beta"), 1e-6, 1e6);
        options.learningRate = doubleValue(parser, QStringLiteral("learning-rate"), 1e-9, 10);
        options.batchSize = intValue(parser, QStringLiteral("batch-size"), 1, 100000);
        options.cdSteps = intValue(parser, QStringLiteral("cd-steps"), 1, 100);
        options.aisRuns = intValue(parser, QStringLiteral("ais-runs"), 0, 100000);
        options.aisSteps = intValue(parser, QStringLiteral("ais-steps"), 2, 10000000);
        options.locality.window = intValue(parser, QStringLiteral("window"), 1, 1000);
        options.locality.clusters = intValue(parser, QStringLiteral("clusters"), 1, 100000);
        options.locality.wordThreshold = doubleValue(parser, QStringLiteral("word-threshold"), 0, 1e6);
        options.locality.pairThreshold = doubleValue(parser, QStringLiteral("pair-threshold"), 0, 1e6);
        options.locality.vectorsPath = parser.value(QStringLiteral("vectors"));
        options.locality.concatenateWords = parser.isSet(QStringLiteral("with-words"));
        options.maxQueries = intValue(parser, QStringLiteral("max-queries"), 1, 100000000);
        const QString saveName = parser.value(QStringLiteral("save"));

        // Open the workspace first so that a bad path fails before minutes of fitting.
        std::unique_ptr<core::Workspace> workspace;
        if (!saveName.isEmpty()) {
            QString path = parser.value(QStringLiteral("workspace"));
            if (path.isEmpty())
                path = core::AppPaths::defaultWorkspacePath();
            core::WorkspaceError error;
            workspace = core::Workspace::openOrCreate(path, &error);
            if (!workspace)
                throw CliError(error.message);
        }
        try {
            CsvColumns columns;
            columns.text = parser.value(QStringLiteral("text-column"));
            columns.label = parser.value(QStringLiteral("label-column"));
            const Corpus corpus = corpusPath == QLatin1String("wordnet")
                                      ? CorpusImporter::wordnetNounGlosses()
                                      : CorpusImporter::load(corpusPath, format, columns);
            const FitResult r = TopicPipeline::run(corpus, options);
            if (workspace)
                TopicModelStore::save(*workspace, saveName, corpusPath, options, r);
            ctx.print({
                {"docs", r.documents},
                {"vocab", r.vocabulary},
                {"features", r.features},
                {"tokens", r.tokens},
                {"seconds", r.seconds},
                {"tokens_per_second", r.tokensPerSecond},
                {"map", number(r.map)},
                {"npmi", number(r.npmi)},
                {"umass", number(r.umass)},
                {"perplexity", number(r.perplexity)},
            });
        } catch (const CorpusError& e) {
            throw CliError(e.message());
        }
        return core::ExitOk;
    }
};

} // namespace

void registerTopicsModule() {
    registerTopicsSchema();
    core::CliRegistry::instance().add(std::make_unique<TopicsFitCommand>());
}

} // namespace kcat::topics
