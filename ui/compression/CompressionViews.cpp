#include "ui/compression/CompressionViews.h"

#include "ui/compression/CompressionRunView.h"

namespace kcat::ui {

void registerCompressionViews() {
    registerRunView({QStringLiteral("compressionView"), [] { return CompressionRunView::tr("Compression"); },
                     [](const QString& kind) { return kind.startsWith(QLatin1String("compression.")); },
                     [](QWidget* parent) { return new CompressionRunView(parent); }});
}

} // namespace kcat::ui
