#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace kcat::ui {

// Saves what a widget shows (a chart, the distance map) as PNG or SVG, chosen by the file's suffix.
class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(kcat::ui::ChartExport)

public:
    static bool save(QWidget* widget, const QString& path, const QString& title, QString* error);
};

} // namespace kcat::ui
