#pragma once

namespace kcat::ui {

// Registers the training-balance tab (runs of kinds starting with "balance.") with the Experiments page
// (called once from app/Pages.cpp).
void registerBalanceViews();

} // namespace kcat::ui
