#pragma once

namespace kcat::annotation {

// Registers the "annotation" module's tables (projects, documents, mentions, per-annotator labels, the
// cost log) with the workspace schema. Safe to call more than once.
void registerDocumentsSchema();

} // namespace kcat::annotation
