#pragma once

// Simulated crowd labels inside a workspace project: simulated annotators (flagged and named as such) are
// added to the team, documents assigned with overlap k and gold documents, and each annotator's types of
// every assigned mention drawn from the mention's KB gold types (the linked entity's types in the project's
// type set) with the annotator's accuracy and error pattern (annotation/crowd's simulator). Optionally
// simulated cost-log rows (view "simulated") for the dashboards, from a stated timing model.

#include "annotation/crowd/CrowdSimulator.h"
#include "annotation/team/Team.h"

#include <functional>
#include <memory>

namespace kcat::core {
class Workspace;
}
namespace kcat::annotation {
class Knowledge;
}

namespace kcat::team {

struct ProjectSimulationOptions {
    std::vector<crowd::SimulatedAnnotator> annotators; // names are made from `prefix` when empty
    QString prefix = QStringLiteral("sim");
    AssignmentSettings assignment; // overlap, blind, gold documents, seed
    bool costs = true;
    // Timing model of simulated costs (Hick–Hyman: seconds = a + b·log2(offered types + 1), times
    // log-normal noise exp(N(0, sigma))); the knowledge constraint is on for a mention with this chance.
    double secondsBase = 1.5, secondsPerBit = 0.6, noiseSigma = 0.35, constrainedShare = 0.5;
};

struct ProjectSimulationResult {
    int annotators = 0, documents = 0, mentions = 0; // mentions with KB gold types (the ones simulated)
    int mentionsWithoutGold = 0;                     // linked nowhere or to an entity without types
    qint64 labels = 0, costs = 0, assignments = 0;
    int goldMentions = 0; // mentions of gold documents (their gold types are stored)
};

class ProjectSimulation {
    Q_DECLARE_TR_FUNCTIONS(kcat::team::ProjectSimulation)

public:
    // Writes everything in one transaction; returns false with *error (nothing written) on bad input.
    static bool run(core::Workspace* workspace, qint64 projectId, const annotation::Knowledge& knowledge,
                    const ProjectSimulationOptions& options, ProjectSimulationResult* result, QString* error);
};

} // namespace kcat::team
