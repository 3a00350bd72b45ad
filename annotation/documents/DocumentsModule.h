#pragma once

namespace kcat::annotation {

// Registers the documents schema and the `kcat documents import|export` commands (app/Modules.cpp).
void registerDocumentsModule();

} // namespace kcat::annotation
