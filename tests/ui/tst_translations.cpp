// Translations: switching the language changes what the window shows, and every string is translated.

#include "app/Modules.h"
#include "app/Pages.h"
#include "compute/core/Translations.h"
#include "compute/core/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/Theme.h"
#include "ui/WorkspacePage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPalette>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using kcat::core::Translations;
using kcat::ui::MainWindow;

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        kcat::app::registerModules();
        kcat::app::registerPages();
    }
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void switchingLanguageRetranslatesTheWindow() {
        MainWindow window;
        window.show();
        auto* annotate = window.findChild<QAction*>(QStringLiteral("annotateAction"));
        QVERIFY(annotate);
        QCOMPARE(annotate->text(), QStringLiteral("Annotate"));
        auto* manage = window.findChild<QAction*>(QStringLiteral("manageAction"));
        QVERIFY(manage);
        QCOMPARE(manage->text(), QStringLiteral("Manage"));

        QCOMPARE(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        QCOMPARE(annotate->text(), QStringLiteral("标注"));
        QCOMPARE(manage->text(), QStringLiteral("管理"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));

        Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(annotate->text(), QStringLiteral("Annotate"));
    }

    // The pages follow a switch too, without a restart: buttons, tabs, filters, column headers and the
    // texts made from data.
    void pagesFollowALanguageSwitch() {
        MainWindow window;
        window.show();
        QWidget* experiments = window.page(MainWindow::ExperimentsPage);
        QWidget* topics = window.page(MainWindow::TopicsPage);
        QVERIFY(experiments && topics);
        auto* newRun = experiments->findChild<QPushButton*>(QStringLiteral("newRun"));
        auto* fit = topics->findChild<QPushButton*>(QStringLiteral("fitModel"));
        auto* tabs = experiments->findChild<QTabWidget*>();
        auto* table = experiments->findChild<QTableView*>(QStringLiteral("runsTable"));
        QVERIFY(newRun && fit && tabs && table);
        QCOMPARE(newRun->text(), QStringLiteral("New Run…"));
        QCOMPARE(fit->text(), QStringLiteral("Fit Model…"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Compare"));
        const QString nameHeader = table->model()->headerData(1, Qt::Horizontal).toString();
        QCOMPARE(nameHeader, QStringLiteral("Name"));

        Translations::install(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        auto zh = [](const char* context, const char* text) {
            const QString t = QCoreApplication::translate(context, text);
            return t == QLatin1String(text) ? QString() : t; // a missing translation fails the comparison
        };
        QCOMPARE(newRun->text(), zh("kcat::ui::ExperimentsPage", "New Run…"));
        QCOMPARE(fit->text(), zh("kcat::ui::TopicsPage", "Fit Model…"));
        QCOMPARE(tabs->tabText(0), zh("kcat::ui::ExperimentsPage", "Compare"));
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(),
                 zh("kcat::runs::RunTableModel", "Name"));
        auto* status = topics->findChild<QLabel*>(QStringLiteral("topicsStatus"));
        QVERIFY(status);
        QCOMPARE(status->text(), zh("kcat::ui::TopicsPage", "No workspace open."));

        Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(newRun->text(), QStringLiteral("New Run…"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Compare"));
    }

    void settingsDialogSavesAndAppliesLanguageAndTheme() {
        MainWindow window;
        auto* annotate = window.findChild<QAction*>(QStringLiteral("annotateAction"));
        kcat::ui::SettingsDialog dialog(&window);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("zh_CN")));
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
        dialog.apply();
        QCoreApplication::processEvents();
        QCOMPARE(Translations::savedSetting(), QStringLiteral("zh_CN"));
        QCOMPARE(kcat::ui::Theme::savedSetting(), QStringLiteral("dark"));
        QCOMPARE(annotate->text(), QStringLiteral("标注"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("设置"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);

        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("system")));
        dialog.apply();
        QCoreApplication::processEvents();
        QCOMPARE(annotate->text(), QStringLiteral("Annotate"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    }

    void libraryMessagesAreTranslatedToo() {
        Translations::install(QStringLiteral("zh_CN"));
        kcat::core::WorkspaceError error;
        QVERIFY(!kcat::core::Workspace::open(QStringLiteral("/nonexistent/w.kcat"), &error));
        QCOMPARE(error.message, QStringLiteral("/nonexistent/w.kcat：文件不存在"));
    }

    void englishPluralsAreProper() {
        Translations::install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("kcat::ui::MainWindow", "%1 has %n problem(s):", nullptr, 1),
                 QStringLiteral("%1 has 1 problem:"));
        QCOMPARE(QCoreApplication::translate("kcat::ui::MainWindow", "%1 has %n problem(s):", nullptr, 3),
                 QStringLiteral("%1 has 3 problems:"));
    }

    void everyChineseStringIsTranslated() {
        const QDir dir(QStringLiteral(KCAT_SOURCE_DIR "/translations"));
        const QStringList files = dir.entryList({QStringLiteral("*_zh_CN.ts")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        QStringList missing;
        for (const QString& name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QDomDocument doc;
            QVERIFY2(doc.setContent(&file), qPrintable(name));
            const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
            for (int i = 0; i < messages.size(); ++i) {
                const QDomElement message = messages.at(i).toElement();
                const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
                if (translation.attribute(QStringLiteral("type")) == QLatin1String("unfinished") ||
                    translation.text().trimmed().isEmpty())
                    missing << name + QStringLiteral(": ") +
                                   message.firstChildElement(QStringLiteral("source")).text();
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void translationFilesAreUpToDateWithTheSources() {
        QProcess update;
        update.setWorkingDirectory(QStringLiteral(KCAT_SOURCE_DIR));
        update.start(QStringLiteral("bash"),
                     {QStringLiteral("scripts/update-translations"), QStringLiteral("--check")});
        QVERIFY(update.waitForFinished(120000));
        QVERIFY2(update.exitCode() == 0, update.readAllStandardOutput().constData());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
