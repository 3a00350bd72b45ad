#pragma once

namespace kcat::annotation {

// Registers the documents schema and the `kcat documents import|export` and `kcat typing-cost` commands
// (app/Modules.cpp).
void registerDocumentsModule();
// `kcat typing-cost` (called by registerDocumentsModule).
void registerTypingCostCommand();

} // namespace kcat::annotation
