#pragma once

namespace kcat::balance {

// Registers `balance.simulate` with the run platform (called by registerBalanceModule()).
void registerBalanceRunKinds();

} // namespace kcat::balance
