#pragma once

namespace kcat::annotation {

// Registers the knowledge library's `kcat typesets` and `kcat link` commands (called from app/Modules.cpp).
void registerKnowledgeModule();

} // namespace kcat::annotation
