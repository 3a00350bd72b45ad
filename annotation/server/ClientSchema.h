#pragma once

namespace kcat::server {

// Workspace module "server": the id map between workspace rows and team-server rows (server_ids), the
// connection a cache workspace belongs to (server_client) and the outbox of label edits not yet on the
// server (server_outbox), filled by triggers on the annotation tables while server_client.recording = 1,
// i.e. only in an annotator's cache workspace. Registers the documents schema first.
void registerServerSchema();

} // namespace kcat::server
