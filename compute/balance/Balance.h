#pragma once

namespace kcat::balance {

// Registers the `kcat balance ...` commands and the balance.simulate run kind (called once from
// app/Modules.cpp).
void registerBalanceModule();

} // namespace kcat::balance
