#pragma once

// Links a mention's surface form to knowledge-base entities: alias lookup (exact, case-folded, one edit
// away for long names), ranking by sense-count prior and TF-IDF context similarity, top-k with calibrated
// scores, and NIL. Immutable after construction; link() is thread-safe.

#include "annotation/knowledge/KnowledgeBase.h"

#include <QHash>
#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

namespace kcat::annotation {

enum class AliasMatch { Exact = 0, CaseFolded = 1, NearMiss = 2 };

struct LinkCandidate {
    EntityIndex entity = -1;
    double score = 0;   // calibrated probability; the candidates plus NIL sum to 1
    double prior = 0;   // P(entity | alias) from sense counts (add-one smoothed)
    double context = 0; // TF-IDF cosine of the document against the entity's context
    AliasMatch match = AliasMatch::Exact;
};

struct LinkResult {
    std::vector<LinkCandidate> candidates; // best first, at most topK
    EntityIndex entity = -1;               // the best candidate, or -1 (NIL)
    double nilScore = 1;                   // calibrated probability of NIL
    bool isNil() const { return entity < 0; }
};

// A document's TF-IDF vector, computed once and reused for every mention in it.
struct LinkContext {
    std::vector<std::pair<int, float>> weights; // (term id, weight), sorted by term id, L2-normalised
};

class EntityLinker {
public:
    struct Options {
        // The values before calibration (kept for `kcat link-calibration`'s "before" row).
        static constexpr double UncalibratedContextWeight = 12.0;
        static constexpr double UncalibratedNilLogit = -3.0;
        int topK = 5;
        // Linear score s = priorWeight * log P(e|alias) + contextWeight * cosine - matchPenalty * kind;
        // score = softmax over candidates and NIL (whose s is nilLogit). Defaults: see README "Linker".
        double priorWeight = 1.0;
        double contextWeight = 12.0;
        double nearMissPenalty = 2.0;
        double caseFoldPenalty = 0.5;
        // NIL threshold and temperature fitted by `kcat link-calibration` (README "Calibration") on the
        // fit half of the WordNet-labelled mentions, with priorWeight and contextWeight kept.
        double nilLogit = -6.56;
        // Softmax temperature: probabilities = softmax(s / T) over the candidates and NIL. T does not change
        // the ranking or the NIL decision, only how confident the scores are.
        double temperature = 4.19;
        int nearMissMinLength = 6; // names shorter than this only match exactly or case-folded
    };

    explicit EntityLinker(std::shared_ptr<const KnowledgeBase> kb);
    EntityLinker(std::shared_ptr<const KnowledgeBase> kb, Options options);
    ~EntityLinker();

    LinkContext context(QStringView documentText) const;
    LinkResult link(QStringView surface, const LinkContext& context) const;
    // Entities one alias lookup finds, with how it matched (no ranking).
    std::vector<std::pair<EntityIndex, AliasMatch>> lookup(QStringView surface) const;

    const KnowledgeBase& knowledgeBase() const { return *m_kb; }
    const Options& options() const { return m_options; }

private:
    struct Index;
    std::shared_ptr<const KnowledgeBase> m_kb;
    Options m_options;
    std::unique_ptr<Index> m_index;
};

} // namespace kcat::annotation
