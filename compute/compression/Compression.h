#pragma once

namespace kcat::compression {

// The run kinds compression.admm, compression.magnitude, compression.quantize, compression.prm and
// compression.unify (called once from app/Modules.cpp).
void registerCompression();

} // namespace kcat::compression
