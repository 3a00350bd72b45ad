#include "annotation/knowledge/LinkerCalibration.h"

#include "annotation/knowledge/Knowledge.h"
#include "annotation/knowledge/WordNetGold.h"

#include <algorithm>
#include <cmath>

namespace kcat::annotation {

std::vector<CalibrationExample> LinkerCalibration::collect(const Knowledge& knowledge) {
    const WordNetDatabase& wn = *knowledge.wordnet();
    EntityLinker::Options every = knowledge.linker().options();
    every.topK = 1000;
    const EntityLinker linker(knowledge.knowledgeBase(), every);
    const WordNetGold gold(wn, *knowledge.knowledgeBase(), linker);
    std::vector<CalibrationExample> out;
    for (const WordNetSynset& x : wn.synsets()) {
        const QString gloss = QString::fromStdString(x.gloss);
        const std::vector<DetectedMention> mentions = knowledge.detector().detect(gloss);
        if (mentions.empty())
            continue;
        const LinkContext context = linker.context(gloss);
        for (const DetectedMention& m : mentions) {
            const WordNetGold::Link g = gold.gold(x.offset, m.surface);
            if (g.kind == WordNetGold::Kind::Unknown || g.leaksContext)
                continue;
            const LinkResult r = linker.link(m.surface, context);
            if (g.kind == WordNetGold::Kind::Entity && r.candidates.size() < 2)
                continue; // no choice to calibrate
            CalibrationExample ex;
            ex.synset = x.offset;
            for (size_t i = 0; i < r.candidates.size(); ++i) {
                const LinkCandidate& c = r.candidates[i];
                ex.logPrior.push_back(std::log(c.prior));
                ex.similarity.push_back(c.context);
                ex.penalty.push_back(c.match == AliasMatch::CaseFolded ? every.caseFoldPenalty
                                     : c.match == AliasMatch::NearMiss ? every.nearMissPenalty
                                                                       : 0.0);
                if (g.kind == WordNetGold::Kind::Entity && c.entity == g.entity)
                    ex.gold = int(i);
            }
            if (g.kind == WordNetGold::Kind::Entity && ex.gold < 0)
                continue;
            out.push_back(std::move(ex));
        }
    }
    return out;
}

std::vector<CalibrationExample> LinkerCalibration::split(const std::vector<CalibrationExample>& all,
                                                         bool heldOut) {
    std::vector<CalibrationExample> out;
    for (const CalibrationExample& ex : all)
        if (ex.heldOut() == heldOut)
            out.push_back(ex);
    return out;
}

std::vector<double> LinkerCalibration::probabilities(const CalibrationExample& ex,
                                                     const EntityLinker::Options& o, double* nil) {
    const double t = o.temperature > 0 ? o.temperature : 1.0;
    std::vector<double> s(ex.logPrior.size());
    double max = o.nilLogit / t;
    for (size_t i = 0; i < s.size(); ++i) {
        s[i] = (o.priorWeight * ex.logPrior[i] + o.contextWeight * ex.similarity[i] - ex.penalty[i]) / t;
        max = std::max(max, s[i]);
    }
    double z = std::exp(o.nilLogit / t - max);
    for (double v : s)
        z += std::exp(v - max);
    for (double& v : s)
        v = std::exp(v - max) / z;
    *nil = std::exp(o.nilLogit / t - max) / z;
    return s;
}

CalibrationMetrics LinkerCalibration::evaluate(const std::vector<CalibrationExample>& examples,
                                               const EntityLinker::Options& options) {
    CalibrationMetrics m;
    m.bins.resize(10);
    for (int b = 0; b < 10; ++b) {
        m.bins[size_t(b)].low = b / 10.0;
        m.bins[size_t(b)].high = (b + 1) / 10.0;
    }
    int nilPredicted = 0, nilCorrect = 0;
    for (const CalibrationExample& ex : examples) {
        double nil = 0;
        const std::vector<double> p = probabilities(ex, options, &nil);
        const double goldP = ex.gold < 0 ? nil : p[size_t(ex.gold)];
        m.nll -= std::log(std::max(goldP, 1e-300));
        int top = -1;
        double topP = nil;
        for (size_t i = 0; i < p.size(); ++i)
            if (p[i] > topP) {
                topP = p[i];
                top = int(i);
            }
        const bool correct = top == ex.gold;
        m.accuracy += correct ? 1 : 0;
        m.nilExamples += ex.gold < 0 ? 1 : 0;
        nilPredicted += top < 0 ? 1 : 0;
        nilCorrect += top < 0 && correct ? 1 : 0;
        ReliabilityBin& bin = m.bins[size_t(std::min(9, int(topP * 10)))];
        ++bin.count;
        bin.confidence += topP;
        bin.accuracy += correct ? 1 : 0;
    }
    m.examples = int(examples.size());
    if (m.examples == 0)
        return m;
    for (ReliabilityBin& bin : m.bins) {
        m.ece += std::abs(bin.confidence - bin.accuracy);
        if (bin.count > 0) {
            bin.confidence /= bin.count;
            bin.accuracy /= bin.count;
        }
    }
    m.ece /= m.examples;
    m.nll /= m.examples;
    m.accuracy /= m.examples;
    m.nilPrecision = nilPredicted > 0 ? double(nilCorrect) / nilPredicted : 0;
    m.nilRecall = m.nilExamples > 0 ? double(nilCorrect) / m.nilExamples : 0;
    return m;
}

EntityLinker::Options LinkerCalibration::fit(const std::vector<CalibrationExample>& examples,
                                             EntityLinker::Options o, bool fitContextWeight) {
    struct Parameter {
        double EntityLinker::Options::*field;
        double low, high;
    };
    const Parameter parameters[] = {{&EntityLinker::Options::contextWeight, 0.0, 40.0},
                                    {&EntityLinker::Options::temperature, 0.2, 8.0},
                                    {&EntityLinker::Options::nilLogit, -12.0, 4.0}};
    double best = evaluate(examples, o).nll;
    for (int round = 0; round < 4; ++round) {
        for (const Parameter& p : parameters) {
            if (!fitContextWeight && p.field == &EntityLinker::Options::contextWeight)
                continue;
            // A grid over the range, then narrower grids around the best value.
            double low = p.low, high = p.high;
            for (int refine = 0; refine < 3; ++refine) {
                const double step = (high - low) / 20;
                double bestValue = o.*p.field;
                for (int i = 0; i <= 20; ++i) {
                    EntityLinker::Options trial = o;
                    trial.*p.field = low + i * step;
                    const double nll = evaluate(examples, trial).nll;
                    if (nll < best - 1e-12) {
                        best = nll;
                        bestValue = trial.*p.field;
                    }
                }
                o.*p.field = bestValue;
                low = std::max(p.low, bestValue - step);
                high = std::min(p.high, bestValue + step);
            }
        }
    }
    return o;
}

} // namespace kcat::annotation
