// The annotator client offscreen, keyboard only: types a whole demo document and checks what was stored.

#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/KnowledgeConstraint.h"
#include "annotation/documents/ProjectStore.h"
#include "annotation/documents/TypePaths.h"
#include "app/Modules.h"
#include "app/Pages.h"
#include "compute/core/RecentWorkspaces.h"
#include "compute/core/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/annotate/AnnotatePage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kcat::annotation;
using kcat::ui::AnnotatePage;
using kcat::ui::MainWindow;

class TestAnnotatePage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void key(QWidget* target, int k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : target, Qt::Key(k), mods);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        kcat::core::RecentWorkspaces::clear();
        kcat::app::registerModules();
        kcat::app::registerPages();
    }

    void typesADemoDocumentWithTheKeyboardAlone() {
        MainWindow window;
        window.resize(1400, 900);
        QVERIFY(window.createWorkspace(m_dir.filePath(QStringLiteral("demo.kcat"))));
        auto* page = qobject_cast<AnnotatePage*>(window.page(MainWindow::AnnotatePage));
        QVERIFY(page);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        // The knowledge base loads and the demo project is built in the background.
        QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), 90000);
        QTRY_VERIFY(page->currentMention() != 0);
        DocumentStore* store = page->store();
        const QVector<Project> projects = ProjectStore(window.workspace()).projects();
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects[0].typeSet, QStringLiteral("figer"));
        QCOMPARE(store->documents(projects[0].id).size(), 200);

        auto* text = page->findChild<QPlainTextEdit*>(QStringLiteral("annotateText"));
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("annotateSearch"));
        text->setFocus();
        QTRY_VERIFY(text->hasFocus());
        const qint64 doc = page->currentDocument();
        const QVector<Mention> before = store->mentions(doc);
        QVERIFY(before.size() >= 2);
        for (const Mention& m : before)
            QVERIFY(m.types.isEmpty());

        // Tab / Shift+Tab walk the mentions.
        key(text, Qt::Key_Tab);
        QCOMPARE(page->currentMention(), before[1].id);
        key(text, Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(page->currentMention(), before[0].id);

        QHash<qint64, QStringList> expected;
        TypeCandidateModel* types = page->typeModel();
        // Mention 1, Flatten view: "/" search for the deepest candidate by name, Enter takes it.
        {
            QStringList candidates = types->visiblePaths();
            std::sort(candidates.begin(), candidates.end(), [](const QString& a, const QString& b) {
                return TypePaths::depth(a) > TypePaths::depth(b);
            });
            const QString target = candidates.first();
            key(text, Qt::Key_Slash);
            QVERIFY(search->hasFocus());
            QTest::keyClicks(search, TypePaths::leafName(target));
            QCOMPARE(types->visiblePath(0), target);
            key(search, Qt::Key_Return);
            QVERIFY(text->hasFocus());
            expected.insert(before[0].id, TypePaths::closeUnderAncestors({target}));
            QCOMPARE(store->mention(before[0].id).types, expected.value(before[0].id));
            key(text, Qt::Key_Return); // confirm, move on
        }
        QCOMPARE(page->currentMention(), before[1].id);
        // Mention 2: N sets NIL, which releases the constraint to the whole type set.
        key(text, Qt::Key_N);
        QCOMPARE(store->mention(before[1].id).link, LinkState::Nil);
        QCOMPARE(types->candidateCount(), page->constraint()->catalog()->size());
        // Every remaining mention, Coarse→Fine: 1 drills down until a leaf is chosen, Enter confirms.
        key(text, Qt::Key_V);
        QCOMPARE(types->view(), TypeCandidateModel::View::CoarseFine);
        for (int i = 1; i < before.size(); ++i) {
            QCOMPARE(page->currentMention(), before[i].id);
            QString chosen;
            for (int depth = 0; depth < 10; ++depth) {
                const QString path = types->visiblePath(0);
                QVERIFY2(!path.isEmpty(), "no visible type");
                const bool more = types->indexOfPath(path).data(TypeCandidateModel::HasChildrenRole).toBool();
                key(text, Qt::Key_1);
                chosen = path;
                if (!more)
                    break;
            }
            expected.insert(before[i].id, TypePaths::closeUnderAncestors({chosen}));
            QCOMPARE(store->mention(before[i].id).types, expected.value(before[i].id));
            if (i == 1) {
                // Backspace goes up a level; Ctrl+Z undoes the last choice, Ctrl+Shift+Z redoes it.
                const QString level = types->level();
                key(text, Qt::Key_Backspace);
                QCOMPARE(types->level(), TypePaths::parent(level));
                key(text, Qt::Key_Z, Qt::ControlModifier);
                QCOMPARE(store->mention(before[i].id).types,
                         TypePaths::closeUnderAncestors(TypePaths::parent(chosen).isEmpty()
                                                            ? QStringList()
                                                            : QStringList{TypePaths::parent(chosen)}));
                key(text, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
                QCOMPARE(store->mention(before[i].id).types, expected.value(before[i].id));
            }
            key(text, Qt::Key_Return);
        }

        // What was stored: every mention typed as chosen, one cost entry each, the document complete.
        const QVector<Mention> after = store->mentions(doc);
        QCOMPARE(after.size(), before.size());
        for (const Mention& m : after) {
            QCOMPARE(m.types, expected.value(m.id));
            QCOMPARE(m.state(), MentionState::Typed);
            const QVector<CostEntry> costs = store->costs(m.id);
            QCOMPARE(costs.size(), 1);
            QVERIFY(costs[0].keystrokes >= 2);
            QCOMPARE(costs[0].clicks, 0);
            QVERIFY(costs[0].focusToConfirmMs >= 0);
        }
        QCOMPARE(costs(store, after.first().id), QStringLiteral("flatten"));
        QCOMPARE(costs(store, after.last().id), QStringLiteral("coarse-fine"));
        const DocumentSummary summary = store->summary(doc);
        QCOMPARE(summary.typed, summary.mentions);
        // Confirming the last mention moved on to the next document.
        QVERIFY(page->currentDocument() != doc);

        // F1 shows the help overlay, Escape hides it.
        key(text, Qt::Key_F1);
        auto* help = page->findChild<QLabel*>(QStringLiteral("annotateHelp"));
        QVERIFY(help->isVisible());
        QVERIFY(help->text().contains(QStringLiteral("Tab")));
        key(text, Qt::Key_Escape);
        QVERIFY(!help->isVisible());
        if (qEnvironmentVariableIsSet("KCAT_ANNOTATE_SHOT"))
            window.grab().save(qEnvironmentVariable("KCAT_ANNOTATE_SHOT"));
    }

private:
    static QString costs(DocumentStore* store, qint64 mention) { return store->costs(mention).value(0).view; }
};

QTEST_MAIN(TestAnnotatePage)
#include "tst_annotatepage.moc"
