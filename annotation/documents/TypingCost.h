#pragma once

// `kcat typing-cost`: the fewest keystrokes the client needs to give a mention exactly its gold types,
// starting from the mention as the linker left it. The model follows the client's keys (AnnotatePage):
//  - link: keep the link; or L then the gold entity's number in the candidate list (2 keys) when the
//    linker ranked it in its top-k; or N / A (1 key) to release the constraint. Without the constraint
//    every type is offered and the link does not matter.
//  - Flatten: per most specific gold type, its number 1-9 in the list (sorted by path), or "/", the
//    shortest query that ranks it first (the client's TypeCandidateModel ranking), and Enter.
//  - Coarse→Fine: from the top level, per type on the way down its number 1-9 at that level or "/" +
//    query + Enter; Backspace goes up between several gold types (all orders tried up to 6 types).
//  - Tree: the type's number 1-9 in the depth-first list (the search's Enter takes the top row there).
// Queries tried: the substrings of the type's name and path, shortest first (what an annotator types).
// Every count includes the Enter that confirms the mention; the best view is chosen per mention.

#include "annotation/documents/Annotation.h"
#include "annotation/documents/TypeCatalog.h"

#include <QCoreApplication>

#include <map>
#include <memory>
#include <vector>

namespace kcat::annotation {

class Knowledge;
class KnowledgeConstraint;

struct TypingPlan {
    int actions = -1;                  // keystrokes including the confirming Enter; -1 = unreachable
    QString view;                      // "flatten", "coarse-fine" or "tree"
    QString link;                      // "kept", "relinked" or "released"
    double candidateRatio = 1;         // |types offered| / |type set| where the types were chosen
    int viewActions[3] = {-1, -1, -1}; // per view (Flatten, Coarse→Fine, Tree), with the best link step
};

class TypingCostModel {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::TypingCostModel)

public:
    enum View { Flatten = 0, CoarseFine = 1, Tree = 2 };

    // Throws KnowledgeError for an unknown type set.
    TypingCostModel(std::shared_ptr<const Knowledge> knowledge, const QString& typeSet, bool constraint);
    ~TypingCostModel();

    // `gold`: the gold types (closed under ancestors); `goldEntity`: the entity they come from ("" = none).
    TypingPlan plan(const Mention& asLinked, const QStringList& gold, const QString& goldEntity) const;
    // Keystrokes (no Enter) to choose exactly `gold` among `offered` (closed under ancestors) in a view.
    int typesCost(View view, const QStringList& offered, const QStringList& gold) const;
    // "/" + the shortest query that ranks `target` first among `rows` + Enter; -1 when none does.
    int searchCost(const std::vector<int>& rows, int target) const;
    // The client's match score (TypeCandidateModel::matchScore) on lower-cased copies, for speed.
    int score(int entry, const QString& needle) const;

    const TypeCatalog& catalog() const { return *m_catalog; }
    const KnowledgeConstraint& constraint() const { return *m_constraint; }
    bool constrained() const { return m_constrained; }

private:
    std::vector<int> indices(const QStringList& paths) const;
    std::vector<int> levelRows(int level, const std::vector<char>& allowed) const;
    int selectCost(const std::vector<int>& rows, int target) const;
    int coarseFineCost(const std::vector<int>& leaves, const std::vector<char>& allowed) const;

    std::unique_ptr<KnowledgeConstraint> m_constraint;
    std::shared_ptr<const TypeCatalog> m_catalog;
    bool m_constrained;
    std::vector<QString> m_names, m_paths, m_descriptions; // lower case
    std::vector<int> m_pathRank;
    mutable std::map<std::pair<std::vector<int>, int>, int> m_searchMemo;
};

// One run of the experiment over documents whose source synsets are known. A mention's gold entity comes
// from WordNet's pointers (WordNetGold); where they decide nothing, a capitalised name that exactly one
// entity has (an exact alias match) is taken to mean that entity. Gold NIL and undecided mentions are left
// out, as are entities without types in the set.
struct TypingCostReport {
    QString typeSet;
    int typeSetSize = 0;
    bool constraint = true;
    int documents = 0;
    int mentions = 0;      // all mentions of the documents
    int gold = 0;          // mentions whose gold entity has types in the set
    int goldByPointer = 0; // gold from WordNet pointers (WordNetGold)
    int goldByName = 0;    // else: a capitalised name exactly one entity has
    int unreachable = 0;   // gold mentions no key sequence of the model reaches (left out of the means)
    double meanActions = 0, medianActions = 0, meanCandidateRatio = 0, meanLinkedRatio = 0;
    double viewMean[3] = {0, 0, 0}; // mean over the mentions each view reaches
    int viewReached[3] = {0, 0, 0};
    int bestView[3] = {0, 0, 0};
    int relinked = 0, released = 0;
};

TypingCostReport measureTypingCost(const std::shared_ptr<const Knowledge>& knowledge, const QString& typeSet,
                                   bool constraint, const QVector<DocumentData>& documents,
                                   const std::vector<uint32_t>& sourceSynsets);

} // namespace kcat::annotation
