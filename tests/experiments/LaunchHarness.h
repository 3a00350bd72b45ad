#pragma once

// What both Experiments page tests do to start a run as a user would: open the page on a workspace with a
// launcher program, then fill in the generated launch dialog and accept it.

#include "compute/core/JobListModel.h"
#include "compute/runs/RunLauncher.h"
#include "ui/experiments/ExperimentsPage.h"
#include "ui/experiments/LaunchDialog.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace kcat::testing {

// A shown page on the workspace whose launcher starts `program` for each run.
inline std::unique_ptr<ui::ExperimentsPage> openExperimentsPage(core::Workspace& ws, core::JobListModel& jobs,
                                                                const QString& program) {
    auto page = std::make_unique<ui::ExperimentsPage>();
    page->setJobs(&jobs);
    page->setWorkspace(&ws);
    page->resize(1200, 800);
    page->show();
    page->launcher()->setProgram(program);
    return page;
}

// Runs page.newRun(): when the modal dialog is up, `fill` sets it (and may QVERIFY), then it is accepted.
// Returns the new run's id; fails the test when the dialog never appeared.
inline qint64 launchFromDialog(ui::ExperimentsPage& page,
                               const std::function<void(ui::LaunchDialog*)>& fill) {
    bool seen = false;
    QTimer::singleShot(0, &page, [&] {
        auto* dialog = qobject_cast<ui::LaunchDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        fill(dialog);
        dialog->accept();
    });
    const qint64 id = page.newRun();
    if (!seen)
        QTest::qFail("the launch dialog did not appear", __FILE__, __LINE__);
    return seen ? id : 0;
}

} // namespace kcat::testing
