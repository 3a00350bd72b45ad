#pragma once

// Fitting and measuring the calibration of the entity linker's scores on mentions whose meaning WordNet
// itself records (WordNetGold): every detected mention in every noun gloss with a gold entity (one that
// several entities share the name of, so there is a choice) or a gold NIL. The fit split and the held-out
// split are fixed by the gloss's synset offset (odd offsets held out), so a gloss is never in both.

#include "annotation/knowledge/EntityLinker.h"

#include <cstdint>
#include <vector>

namespace kcat::annotation {

class Knowledge;

struct CalibrationExample {
    uint32_t synset = 0;            // the gloss the mention is in
    std::vector<double> logPrior;   // per candidate (every candidate the lookup finds)
    std::vector<double> similarity; // TF-IDF cosine per candidate
    std::vector<double> penalty;    // case-fold / near-miss penalty per candidate
    int gold = -1;                  // index of the gold candidate, -1 = NIL
    bool heldOut() const { return synset % 2 == 1; }
};

struct ReliabilityBin {
    double low = 0, high = 0;
    int count = 0;
    double confidence = 0; // mean top probability in the bin
    double accuracy = 0;   // share of correct top predictions in the bin
};

struct CalibrationMetrics {
    int examples = 0;
    int nilExamples = 0;
    double nll = 0;      // mean negative log-likelihood of the gold answer
    double accuracy = 0; // top prediction (a candidate or NIL) equals the gold answer
    double ece = 0;      // expected calibration error of the top probability, 10 equal bins
    double nilPrecision = 0, nilRecall = 0;
    std::vector<ReliabilityBin> bins;
};

class LinkerCalibration {
public:
    // Labelled mentions from every noun gloss (needs the WordNet knowledge base). Mentions whose gloss is
    // part of the gold entity's own context text are left out (the context feature would see the answer).
    static std::vector<CalibrationExample> collect(const Knowledge& knowledge);
    static std::vector<CalibrationExample> split(const std::vector<CalibrationExample>& all, bool heldOut);

    // The linker's probabilities (EntityLinker::link's formula) for one example under `options`.
    static std::vector<double> probabilities(const CalibrationExample& ex,
                                             const EntityLinker::Options& options, double* nil);
    static CalibrationMetrics evaluate(const std::vector<CalibrationExample>& examples,
                                       const EntityLinker::Options& options);
    // Minimises the mean negative log-likelihood over temperature, nilLogit and (when fitContextWeight)
    // contextWeight by coordinate search (grids, refined three times), starting from `start`; priorWeight
    // and the penalties are kept.
    static EntityLinker::Options fit(const std::vector<CalibrationExample>& examples,
                                     EntityLinker::Options start, bool fitContextWeight = true);
};

} // namespace kcat::annotation
