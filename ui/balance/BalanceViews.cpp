#include "ui/balance/BalanceViews.h"

#include "ui/balance/BalanceRunView.h"

namespace kcat::ui {

void registerBalanceViews() {
    registerRunView({QStringLiteral("balanceView"), [] { return BalanceRunView::tr("Training balance"); },
                     [](const QString& kind) { return kind.startsWith(QLatin1String("balance.")); },
                     [](QWidget* parent) { return new BalanceRunView(parent); }});
}

} // namespace kcat::ui
