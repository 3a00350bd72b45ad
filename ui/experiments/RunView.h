#pragma once

#include <QString>
#include <QVector>
#include <QWidget>

#include <functional>
#include <vector>

namespace kcat::runs {
class RunStore;
}

namespace kcat::ui {

// A tab of the Experiments page for runs of particular kinds (compression, SNN, training balance): the
// page creates one of each registered view, shows its tab while at least one selected run is of a kind
// it accepts, and hands it those runs.
class RunView : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The store of the open workspace (null when none is open); called before any showRuns().
    virtual void setStore(runs::RunStore* store) = 0;
    // The selected runs this view accepts, in id order (may be empty: show nothing).
    virtual void showRuns(const QVector<qint64>& ids) = 0;
    // Some of the shown runs received new metrics or finished: re-read them.
    virtual void refresh() { showRuns(m_shown); }

protected:
    QVector<qint64> m_shown; // what the last showRuns() was given, for subclasses that keep it
};

struct RunViewFactory {
    QString objectName;                               // the view's object name (tests find it by this)
    std::function<QString()> title;                   // the tab title, translated when called
    std::function<bool(const QString& kind)> accepts; // e.g. kind.startsWith("compression.")
    std::function<RunView*(QWidget* parent)> create;
};

// Registered once at start-up (app/Pages.cpp), before any ExperimentsPage is created.
void registerRunView(RunViewFactory factory);
const std::vector<RunViewFactory>& runViewFactories();

} // namespace kcat::ui
