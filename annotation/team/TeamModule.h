#pragma once

namespace kcat::team {

// Registers the "team" schema, `kcat crowd simulate --project …` and `kcat team export-final` (called once
// from app/Modules.cpp).
void registerTeamModule();

} // namespace kcat::team
