#include "app/Pages.h"

#include "ui/MainWindow.h"
#include "ui/annotate/AnnotatePage.h"
#include "ui/experiments/ExperimentsPage.h"

namespace kcat::app {

void registerPages() {
    // One line per landed page: ui::MainWindow::setPageFactory(Page, factory).
    ui::MainWindow::setPageFactory(ui::MainWindow::AnnotatePage,
                                   [](QWidget* p) { return new ui::AnnotatePage(p); });
    ui::MainWindow::setPageFactory(ui::MainWindow::ExperimentsPage,
                                   [](QWidget* p) { return new ui::ExperimentsPage(p); });
}

} // namespace kcat::app
