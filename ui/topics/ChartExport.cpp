#include "ui/topics/ChartExport.h"

#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QWidget>

namespace kcat::ui {

bool ChartExport::save(QWidget* widget, const QString& path, const QString& title, QString* error) {
    const QSize size = widget->size().isEmpty() ? QSize(900, 600) : widget->size();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("%1: cannot write the SVG file").arg(path);
            return false;
        }
        widget->render(&painter);
        painter.end();
        if (!QFileInfo::exists(path)) {
            *error = tr("%1: cannot write the SVG file").arg(path);
            return false;
        }
        return true;
    }
    if (suffix != QLatin1String("png")) {
        *error = tr("%1: unknown image type; expected a .png or .svg file name").arg(path);
        return false;
    }
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        *error = tr("%1: cannot write the PNG file").arg(path);
        return false;
    }
    return true;
}

} // namespace kcat::ui
