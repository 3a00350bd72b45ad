// LDA speed: builds the bag of words of a corpus (default: the WordNet noun glosses), writes it as a
// MatrixMarket file for scikit-learn, fits K-topic LDA for N sweeps on one thread, prints one JSON line.
//   bench_topics_lda [--corpus wordnet|FILE] [--k 50] [--iterations 100] [--export counts.mtx]

#include "topics/core/Corpus.h"
#include "topics/core/Lda.h"
#include "topics/core/TokenizedCorpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <nlohmann/json.hpp>

#include <ctime>
#include <iostream>

using namespace kcat::topics;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QString corpusPath = QStringLiteral("wordnet"), exportPath;
    int k = 50, iterations = 100;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--corpus"))
            corpusPath = args[i + 1];
        else if (args[i] == QLatin1String("--k"))
            k = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--iterations"))
            iterations = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--export"))
            exportPath = args[i + 1];
    }
    try {
        const Corpus corpus = corpusPath == QLatin1String("wordnet")
                                  ? CorpusImporter::wordnetNounGlosses()
                                  : CorpusImporter::load(corpusPath, CorpusFormat::Auto);
        const TokenizedCorpus tokens = TokenizedCorpus::build(corpus, Tokenizer(), VocabularyOptions{});
        const FeatureMatrix bow = FeatureMatrix::bagOfWords(tokens);
        if (!exportPath.isEmpty()) {
            QFile f(exportPath);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                std::cerr << "cannot write " << exportPath.toStdString() << '\n';
                return 1;
            }
            qint64 entries = 0;
            for (const auto& row : bow.rows)
                entries += row.size();
            f.write("%%MatrixMarket matrix coordinate integer general\n");
            f.write(
                QStringLiteral("%1 %2 %3\n").arg(bow.documents()).arg(bow.features()).arg(entries).toUtf8());
            for (int d = 0; d < bow.documents(); ++d)
                for (const auto& [w, c] : bow.rows[d])
                    f.write(QStringLiteral("%1 %2 %3\n").arg(d + 1).arg(w + 1).arg(c).toUtf8());
        }
        LdaOptions o;
        o.topics = k;
        o.iterations = iterations;
        o.alpha = 1.0 / k; // scikit-learn's default doc_topic_prior and topic_word_prior are 1/K
        o.beta = 1.0 / k;
        Lda lda(o);
        // CPU time as well as wall time: the machine may be shared, and both sides run on one thread.
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        lda.fit(bow);
        const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        const double seconds = timer.nsecsElapsed() / 1e9;
        const nlohmann::json out = {
            {"implementation", "kcat SparseLDA Gibbs"},
            {"docs", bow.documents()},
            {"vocab", bow.features()},
            {"tokens", bow.total()},
            {"k", k},
            {"iterations", iterations},
            {"seconds", seconds},
            {"cpu_seconds", cpuSeconds},
            {"token_passes_per_second", double(lda.tokenPasses()) / seconds},
            {"token_passes_per_cpu_second", double(lda.tokenPasses()) / cpuSeconds},
        };
        std::cout << out.dump() << std::endl;
    } catch (const CorpusError& e) {
        std::cerr << e.message().toStdString() << '\n';
        return 2;
    }
    return 0;
}
