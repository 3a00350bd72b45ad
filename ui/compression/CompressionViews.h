#pragma once

namespace kcat::ui {

// Registers the compression tab of the Experiments page (called once from app/Pages.cpp).
void registerCompressionViews();

} // namespace kcat::ui
