#pragma once

namespace kcat::snn {

// Registers the `snn.train` run kind with the run platform (called once from app/Modules.cpp).
void registerSnnModule();

} // namespace kcat::snn
