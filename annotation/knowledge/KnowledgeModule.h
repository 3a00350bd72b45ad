#pragma once

namespace kcat::annotation {

// Registers the knowledge library's `kcat typesets`, `kcat link` and `kcat link-calibration`
// commands (called from app/Modules.cpp).
void registerKnowledgeModule();
// `kcat link-calibration` (called by registerKnowledgeModule).
void registerCalibrationCommand();

} // namespace kcat::annotation
