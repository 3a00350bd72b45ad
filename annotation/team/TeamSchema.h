#pragma once

namespace kcat::team {

// Registers the workspace module "team" (tables team_*; see annotation/team/README.md). Idempotent.
void registerTeamSchema();

} // namespace kcat::team
