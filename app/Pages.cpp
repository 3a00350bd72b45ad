#include "app/Pages.h"

#include "ui/MainWindow.h"

namespace kcat::app {

void registerPages() {
    // One line per landed page: ui::MainWindow::setPageFactory(Page, factory).
}

} // namespace kcat::app
