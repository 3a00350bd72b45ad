// kcat-studio: the KCAT Studio desktop application. Parses its options and wires the window.

#include "app/Modules.h"
#include "app/Pages.h"
#include "compute/core/AppPaths.h"
#include "compute/core/JobListModel.h"
#include "compute/core/RecentWorkspaces.h"
#include "compute/core/Translations.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <iostream>

using kcat::ui::MainWindow;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    kcat::core::AppPaths::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("KCAT Studio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kcat-studio.svg")));
    kcat::app::registerModules();
    kcat::app::registerPages();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("KCAT Studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), QCoreApplication::translate("main", "Open the workspace file PATH."),
        QStringLiteral("PATH"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window, save it as the PNG FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Show PAGE first: annotate, manage, topics or experiments."),
        QStringLiteral("PAGE"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Use the interface language LANG (en or zh_CN) for this run."),
        QStringLiteral("LANG"));
    parser.addOptions({workspaceOption, screenshotOption, pageOption, languageOption});
    parser.process(app);

    kcat::core::Translations::install(parser.isSet(languageOption)
                                          ? parser.value(languageOption)
                                          : kcat::core::Translations::savedSetting());
    kcat::ui::Theme::apply(kcat::ui::Theme::savedSetting());

    const bool screenshot = parser.isSet(screenshotOption);
    auto fail = [&](const QString& message) {
        std::cerr << "kcat-studio: " << message.toStdString() << std::endl;
        return 2;
    };

    MainWindow window;
    if (parser.isSet(pageOption)) {
        MainWindow::Page page;
        if (!MainWindow::pageFromName(parser.value(pageOption), &page))
            return fail(QCoreApplication::translate("main", "unknown page '%1' (expected annotate, manage, "
                                                            "topics or experiments)")
                            .arg(parser.value(pageOption)));
        window.setCurrentPage(page);
    }

    // The workspace: the one asked for, else the last one used, else the default one (created on first
    // start).
    QString error;
    bool opened = false;
    if (parser.isSet(workspaceOption)) {
        const QString path = parser.value(workspaceOption);
        opened = QFileInfo::exists(path) ? window.openWorkspace(path, &error)
                                         : window.createWorkspace(path, &error);
        if (!opened)
            return fail(error);
    } else {
        const QStringList recent = kcat::core::RecentWorkspaces::list();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
            opened = window.openWorkspace(recent.first(), &error);
        if (!opened) {
            const QString path = kcat::core::AppPaths::defaultWorkspacePath();
            opened = QFileInfo::exists(path) ? window.openWorkspace(path, &error)
                                             : window.createWorkspace(path, &error);
        }
        if (!opened && screenshot)
            return fail(error);
        if (!opened)
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Cannot Open Workspace"),
                                 error);
    }

    window.show();
    if (screenshot) {
        const QString file = parser.value(screenshotOption);
        // Shoot once the pages' start-up jobs (loading the knowledge base, a demo project) have finished,
        // so the picture shows what a user sees; give up waiting after a minute.
        auto* poll = new QTimer(&window);
        QElapsedTimer waited;
        waited.start();
        QObject::connect(poll, &QTimer::timeout, &window, [&window, file, poll, waited] {
            if (!window.jobs()->runningJobs().isEmpty() && waited.elapsed() < 60000)
                return;
            poll->stop();
            if (!window.saveScreenshot(file)) {
                std::cerr << "kcat-studio: cannot write the screenshot " << file.toStdString() << std::endl;
                QCoreApplication::exit(1);
                return;
            }
            std::cout << QFileInfo(file).absoluteFilePath().toStdString() << std::endl;
            QCoreApplication::exit(0);
        });
        poll->start(300);
    }
    return app.exec();
}
