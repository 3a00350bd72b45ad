#include "ui/snn/SnnViews.h"

#include "ui/snn/SnnRunView.h"

namespace kcat::ui {

void registerSnnViews() {
    registerRunView({QStringLiteral("snnView"), [] { return SnnRunView::tr("Spiking networks"); },
                     [](const QString& kind) { return kind.startsWith(QLatin1String("snn.")); },
                     [](QWidget* parent) { return new SnnRunView(parent); }});
}

} // namespace kcat::ui
