#pragma once

namespace kcat::server {

// Registers the workspace module "server" and the `kcat server …` commands (app/Modules.cpp).
void registerServerModule();

} // namespace kcat::server
