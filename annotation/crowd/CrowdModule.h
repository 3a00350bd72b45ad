#pragma once

namespace kcat::crowd {

// Registers `kcat agree`, `kcat aggregate` and `kcat crowd simulate` (called once from app/Modules.cpp).
void registerCrowdModule();

} // namespace kcat::crowd
