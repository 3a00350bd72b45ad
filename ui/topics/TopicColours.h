#pragma once

#include <QColor>

namespace kcat::ui {

// A topic's colour, the same in the map, the mixture bar and the coloured text (a 20-colour cycle).
inline QColor topicColour(int topic) {
    static const char* const palette[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                                          "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
                                          "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5",
                                          "#c49c94", "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5"};
    return topic < 0 ? QColor(Qt::transparent) : QColor(QLatin1String(palette[topic % 20]));
}

} // namespace kcat::ui
