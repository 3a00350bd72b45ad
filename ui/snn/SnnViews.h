#pragma once

namespace kcat::ui {

// Registers the SNN tab (SnnRunView) of the Experiments page; called once from app/Pages.cpp.
void registerSnnViews();

} // namespace kcat::ui
