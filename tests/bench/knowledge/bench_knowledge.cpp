// Benchmarks of the knowledge library, each printed beside its target (issue 3):
//   load      WordNet + KB + type sets + mapping + linker + detector, wall time (the GUI's start-up job)
//   memory    resident set size growth for all of that (target <= 150 MB)
//   linker    mentions linked per second on one core over every mention detected in every noun gloss
//             (target >= 50,000/s)
//   search    p99 time per keystroke of incremental type search on the WordNet hierarchy (target <= 2 ms)

#include "annotation/knowledge/Knowledge.h"
#include "annotation/knowledge/TypeSearch.h"

#include "annotation/knowledge/TextTokens.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <random>
#include <unordered_set>

using namespace kcat::annotation;

namespace {

double rssMb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// CPU time of this thread: the machine is shared, so wall time alone overstates the cost.
double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Calibration of the linker's score (README "Calibration"): labelled mentions taken from WordNet itself. When
// synset X points to entity e by a holonym or domain pointer ("Montmartre" is part of "Paris") and X's gloss
// contains one of e's names that several entities share, that mention means e. X's gloss is not part of e's
// context unless X is e's own neighbour; those are skipped. Grid search over (w_p, w_c) minimising the
// negative log-likelihood of the softmax (NIL logit fixed at the linker's default); reports accuracy and the
// expected calibration error of the top probability (10 bins).
void calibrate(const Knowledge& knowledge) {
    const WordNetDatabase& wn = *knowledge.wordnet();
    const KnowledgeBase& kb = *knowledge.knowledgeBase();
    EntityLinker::Options all;
    all.topK = 1000;
    const EntityLinker linker(knowledge.knowledgeBase(), all);
    struct Example {
        std::vector<double> logPrior, cosine;
        size_t gold;
    };
    std::vector<Example> examples;
    std::unordered_map<uint32_t, EntityIndex> byOffset;
    for (EntityIndex e = 0; e < kb.size(); ++e)
        byOffset[kb.entity(e).id.mid(3).toUInt()] = e;
    for (const WordNetSynset& x : wn.synsets()) {
        for (uint32_t target : x.related) {
            auto it = byOffset.find(target);
            if (it == byOffset.end())
                continue;
            const EntityIndex e = it->second;
            const WordNetSynset* es = wn.synset(target);
            if (std::find(es->related.begin(), es->related.end(), x.offset) != es->related.end())
                continue; // X's gloss is in e's context
            const QString gloss = QString::fromStdString(x.gloss);
            const LinkContext context = linker.context(gloss);
            for (const DetectedMention& m : knowledge.detector().detect(gloss)) {
                if (!kb.entity(e).aliases.contains(m.surface))
                    continue;
                const LinkResult r = linker.link(m.surface, context);
                if (r.candidates.size() < 2)
                    continue;
                Example ex;
                ex.gold = r.candidates.size();
                for (size_t i = 0; i < r.candidates.size(); ++i) {
                    ex.logPrior.push_back(std::log(r.candidates[i].prior));
                    ex.cosine.push_back(r.candidates[i].context);
                    if (r.candidates[i].entity == e)
                        ex.gold = i;
                }
                if (ex.gold < r.candidates.size())
                    examples.push_back(std::move(ex));
                break;
            }
        }
    }
    const double nil = all.nilLogit;
    struct Fit {
        double wp = 0, wc = 0, nll = 1e300, accuracy = 0, ece = 0;
    };
    auto evaluate = [&](double wp, double wc) {
        Fit f{wp, wc, 0, 0, 0};
        std::vector<double> binConfidence(10, 0), binCorrect(10, 0), binCount(10, 0);
        for (const Example& ex : examples) {
            std::vector<double> s(ex.cosine.size());
            double max = nil;
            for (size_t i = 0; i < s.size(); ++i)
                max = std::max(max, s[i] = wp * ex.logPrior[i] + wc * ex.cosine[i]);
            double z = std::exp(nil - max);
            for (double v : s)
                z += std::exp(v - max);
            f.nll -= s[ex.gold] - max - std::log(z);
            const size_t best = size_t(std::max_element(s.begin(), s.end()) - s.begin());
            const double p = std::exp(s[best] - max) / z;
            f.accuracy += best == ex.gold ? 1 : 0;
            const int bin = std::min(9, int(p * 10));
            binConfidence[size_t(bin)] += p;
            binCorrect[size_t(bin)] += best == ex.gold ? 1 : 0;
            binCount[size_t(bin)] += 1;
        }
        for (int b = 0; b < 10; ++b)
            f.ece += std::abs(binConfidence[size_t(b)] - binCorrect[size_t(b)]);
        f.ece /= double(examples.size());
        f.nll /= double(examples.size());
        f.accuracy /= double(examples.size());
        return f;
    };
    Fit best;
    for (double wp : {0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0})
        for (double wc = 0; wc <= 40; wc += 2) {
            const Fit f = evaluate(wp, wc);
            if (f.nll < best.nll)
                best = f;
        }
    const Fit current = evaluate(EntityLinker::Options().priorWeight, EntityLinker::Options().contextWeight);
    const Fit priorOnly = evaluate(1, 0);
    std::printf(
        "calibration: %zu labelled ambiguous mentions from WordNet pointers; fitted w_p %.2f w_c %.1f: "
        "NLL %.3f, accuracy %.3f, ECE %.3f; linker defaults (w_p %.2f, w_c %.1f): NLL %.3f, accuracy "
        "%.3f, ECE %.3f; prior alone: accuracy %.3f\n",
        examples.size(), best.wp, best.wc, best.nll, best.accuracy, best.ece,
        EntityLinker::Options().priorWeight, EntityLinker::Options().contextWeight, current.nll,
        current.accuracy, current.ece, priorOnly.accuracy);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const double rss0 = rssMb();
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    const auto knowledge = Knowledge::loadBuiltin();
    const double bundleMs = timer.nsecsElapsed() / 1e6, bundleCpu = cpuMs() - cpu;
    timer.restart();
    cpu = cpuMs();
    for (const QString& name : TypeSetRegistry::builtinNames())
        knowledge->entityTypes(name);
    const double typesMs = timer.nsecsElapsed() / 1e6, typesCpu = cpuMs() - cpu;
    const double rss1 = rssMb();
    timer.restart();
    cpu = cpuMs();
    { const WordNetDatabase again = WordNetDatabase::load(); }
    const double wordnetMs = timer.nsecsElapsed() / 1e6, wordnetCpu = cpuMs() - cpu;
    malloc_trim(0);
    std::printf(
        "load: WordNet alone (data.noun, index.noun, cntlist.rev) %.0f ms wall / %.0f ms CPU; full bundle "
        "(WordNet, KB of %d entities, mapping, linker, detector) %.0f ms wall / %.0f ms CPU; 4 type sets "
        "+ entity types %.0f ms wall / %.0f ms CPU\n",
        wordnetMs, wordnetCpu, knowledge->knowledgeBase()->size(), bundleMs, bundleCpu, typesMs, typesCpu);
    std::printf("memory: RSS %.1f MB before, %.1f MB with the bundle, 4 type sets and entity types; target "
                "<= 150 MB: "
                "%s\n",
                rss0, rss1, rss1 <= 150 ? "met" : "MISSED");

    // Linker: every mention the detector finds in every noun gloss.
    struct Doc {
        QString text;
        std::vector<DetectedMention> mentions;
    };
    std::vector<Doc> docs;
    timer.restart();
    size_t mentionCount = 0;
    for (const WordNetSynset& s : knowledge->wordnet()->synsets()) {
        Doc d{QString::fromStdString(s.gloss), {}};
        d.mentions = knowledge->detector().detect(d.text);
        if (d.mentions.empty())
            continue;
        mentionCount += d.mentions.size();
        docs.push_back(std::move(d));
    }
    const double detectMs = timer.nsecsElapsed() / 1e6;
    const EntityTypes& figer = knowledge->entityTypes(QStringLiteral("figer"));
    timer.restart();
    cpu = cpuMs();
    size_t linked = 0, nil = 0;
    double ratioSum = 0;
    for (const Doc& d : docs) {
        const LinkContext context = knowledge->linker().context(d.text);
        for (const DetectedMention& m : d.mentions) {
            const LinkResult r = knowledge->linker().link(m.surface, context);
            const TypeConstraint c = TypeConstraint::forEntity(r.entity, figer);
            ratioSum += c.ratio;
            ++linked;
            nil += r.isNil() ? 1 : 0;
        }
    }
    const double linkSec = timer.nsecsElapsed() / 1e9, linkCpuSec = (cpuMs() - cpu) / 1e3;
    const double perSec = double(linked) / linkCpuSec;
    std::printf("linker: %zu mentions in %zu glosses (detection %.0f ms); linked in %.3f s wall / %.3f s CPU "
                "= %.0f mentions/s per CPU-second "
                "(context vector + link + FIGER constraint, one core); target >= 50000/s: %s; NIL %zu; "
                "mean FIGER candidate ratio %.4f\n",
                mentionCount, docs.size(), detectMs, linkSec, linkCpuSec, perSec,
                perSec >= 50000 ? "met" : "MISSED", nil, ratioSum / std::max<size_t>(1, linked));

    // Type search: type 500 WordNet type names (seed 7) one character at a time, incremental.
    const auto taxonomy = knowledge->typeSets().get(QStringLiteral("wordnet"));
    TypeSearch search(taxonomy);
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> pick(0, taxonomy->size() - 1);
    std::vector<double> times;
    for (int n = 0; n < 500; ++n) {
        const QString name = taxonomy->type(pick(rng)).name;
        for (int len = 1; len <= name.size(); ++len) {
            const double before = cpuMs();
            const auto result = search.search(name.left(len), 50);
            times.push_back(cpuMs() - before);
            if (result.empty())
                std::printf("search: no result for \"%s\"\n", qPrintable(name.left(len)));
        }
        search.search(QString(), 50); // the box is cleared between searches
    }
    std::sort(times.begin(), times.end());
    const double p50 = times[times.size() / 2], p99 = times[size_t(double(times.size()) * 0.99)];
    std::printf("search: %zu keystrokes over %d WordNet types (CPU time); p50 %.3f ms, p99 %.3f ms, max %.3f "
                "ms; target p99 "
                "<= 2 ms: %s\n",
                times.size(), taxonomy->size(), p50, p99, times.back(), p99 <= 2 ? "met" : "MISSED");
    calibrate(*knowledge);
    return 0;
}
