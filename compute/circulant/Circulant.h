#pragma once

namespace kcat::circulant {

// Registers the `compression.circulant` run kind (called once from app/Modules.cpp).
void registerCirculant();

} // namespace kcat::circulant
