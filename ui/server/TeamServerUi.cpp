#include "ui/server/ConnectDialog.h"
#include "ui/server/TeamServerActions.h"
#include "ui/server/TeamServerHook.h"
#include "ui/server/TeamServerSession.h"

#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>

namespace kcat::ui {

namespace {

// The File menu action; keeps its text in the current language.
class TeamServerAction : public QAction {
    Q_OBJECT

public:
    explicit TeamServerAction(MainWindow* window)
        : QAction(window)
        , m_window(window) {
        setObjectName(QStringLiteral("connectTeamServerAction"));
        retranslate();
        window->installEventFilter(this);
        connect(this, &QAction::triggered, this, &TeamServerAction::connectDialog);
        // The manager's Publish / Assign / Pull follow this action in whichever menu the window put it.
        auto* manager = new TeamServerActions(window);
        QTimer::singleShot(0, this, [this, manager] {
            for (QObject* o : associatedObjects())
                if (auto* menu = qobject_cast<QMenu*>(o)) {
                    const QList<QAction*> all = menu->actions();
                    const int at = int(all.indexOf(this));
                    QAction* before = at + 1 < all.size() ? all[at + 1] : nullptr;
                    menu->insertActions(
                        before, {manager->publishAction(), manager->assignAction(), manager->pullAction()});
                    return;
                }
        });
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QAction::eventFilter(watched, event);
    }

private:
    void retranslate() {
        setText(tr("Connect to &Team Server…"));
        setStatusTip(tr("Annotate the documents assigned to you on the team's PostgreSQL server."));
    }

    void connectDialog() {
        ConnectDialog dialog(m_window);
        while (dialog.exec() == QDialog::Accepted) {
            dialog.remember();
            QString error;
            bool offline = false;
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            TeamServerSession* session =
                TeamServerSession::connectWindow(m_window, dialog.settings(), &error, &offline);
            QGuiApplication::restoreOverrideCursor();
            if (session) {
                if (offline)
                    QMessageBox::warning(
                        m_window, tr("Team Server Unreachable"),
                        tr("The team server cannot be reached, so the copy on this computer was "
                           "opened. Your labels are kept here and sent when the server is "
                           "back."));
                return;
            }
            dialog.setError(error);
        }
    }

    MainWindow* m_window;
};

} // namespace

void registerTeamServerUi() {
    teamServerActionFactory() = [](MainWindow* window) -> QAction* { return new TeamServerAction(window); };
}

} // namespace kcat::ui

#include "TeamServerUi.moc"
