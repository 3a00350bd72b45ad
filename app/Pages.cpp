#include "app/Pages.h"

#include "ui/MainWindow.h"
#include "ui/annotate/AnnotatePage.h"
#include "ui/balance/BalanceViews.h"
#include "ui/compression/CompressionViews.h"
#include "ui/experiments/ExperimentsPage.h"
#include "ui/manage/ManagePage.h"
#include "ui/server/TeamServerSession.h"
#include "ui/snn/SnnViews.h"
#include "ui/topics/TopicsPage.h"

namespace kcat::app {

void registerPages() {
    // One line per landed page: ui::MainWindow::setPageFactory(Page, factory).
    ui::MainWindow::setPageFactory(ui::MainWindow::AnnotatePage,
                                   [](QWidget* p) { return new ui::AnnotatePage(p); });
    ui::MainWindow::setPageFactory(ui::MainWindow::ManagePage,
                                   [](QWidget* p) { return new ui::ManagePage(p); });
    ui::MainWindow::setPageFactory(ui::MainWindow::TopicsPage,
                                   [](QWidget* p) { return new ui::TopicsPage(p); });
    ui::MainWindow::setPageFactory(ui::MainWindow::ExperimentsPage,
                                   [](QWidget* p) { return new ui::ExperimentsPage(p); });
    ui::registerBalanceViews();
    ui::registerCompressionViews();
    ui::registerSnnViews();
    ui::registerTeamServerUi();
}

} // namespace kcat::app
