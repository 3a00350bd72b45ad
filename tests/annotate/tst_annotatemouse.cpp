// The annotator client's mouse, offscreen, on the page alone (no main window): drag a mention's edges, select
// a word to add a mention, Delete it, undo each step through the page's undo stack.

#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/DocumentsSchema.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "ui/annotate/AnnotatePage.h"
#include "ui/annotate/MentionTextView.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QUndoStack>

#include <algorithm>

using namespace kcat::annotation;
using kcat::ui::AnnotatePage;

class TestAnnotateMouse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dragSelectDelete() {
        kcat::core::registerCoreSchema();
        registerDocumentsSchema();
        QTemporaryDir dir;
        kcat::core::WorkspaceError error;
        auto ws = kcat::core::Workspace::create(dir.filePath(QStringLiteral("w.kcat")), &error);
        QVERIFY2(ws, qPrintable(error.message));
        AnnotatePage page;
        page.resize(1300, 850);
        page.setWorkspace(ws.get()); // builds the demo project in the background
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 90000);
        QTRY_VERIFY(page.currentMention() != 0);
        auto* text = page.findChild<QPlainTextEdit*>(QStringLiteral("annotateText"));
        QVERIFY(text);
        text->setFocus();
        dragEdgesSelectAndDelete(&page, text);
        if (qEnvironmentVariableIsSet("KCAT_ANNOTATE_SHOT"))
            page.grab().save(qEnvironmentVariable("KCAT_ANNOTATE_SHOT"));
    }

private:
    // The mouse on the next document: drag a mention's end edge one character left and its start edge one
    // character right (each undoable), select a word to add a mention, Delete removes it, undo restores it.
    void dragEdgesSelectAndDelete(AnnotatePage* page, QPlainTextEdit* text) {
        auto* view = qobject_cast<kcat::ui::MentionTextView*>(text);
        QVERIFY(view);
        DocumentStore* store = page->store();
        const qint64 doc = page->currentDocument();
        const QString body = store->document(doc).text;
        QVector<Mention> ms = store->mentions(doc);
        auto longest = std::max_element(
            ms.begin(), ms.end(), [](const Mention& a, const Mention& b) { return a.length() < b.length(); });
        const Mention m = *longest;
        QVERIFY2(m.length() >= 3, qPrintable(body.mid(m.start, m.length())));
        // The window point of a character boundary (the left side of character `offset`).
        auto boundary = [&](int offset) {
            QTextCursor c(text->document());
            c.setPosition(offset);
            const QRect r = text->cursorRect(c);
            return QPoint(r.left(), r.center().y());
        };
        QWidget* vp = text->viewport();
        auto drag = [&](QPoint from, QPoint to) {
            QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, from);
            QTest::mouseMove(vp, (from + to) / 2);
            QTest::mouseMove(vp, to);
            QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, to);
        };
        QUndoStack* undo = page->undoStack();
        const int steps = undo->count();
        // End edge: one character to the left.
        drag(view->edgePosition(m.id, true), boundary(m.end - 1));
        QCOMPARE(store->mention(m.id).start, m.start);
        QCOMPARE(store->mention(m.id).end, m.end - 1);
        QCOMPARE(page->currentMention(), m.id);
        undo->undo();
        QCOMPARE(store->mention(m.id).end, m.end);
        undo->redo();
        QCOMPARE(store->mention(m.id).end, m.end - 1);
        undo->undo();
        QCOMPARE(store->mention(m.id).end, m.end);
        // Start edge: one character to the right.
        drag(view->edgePosition(m.id, false), boundary(m.start + 1));
        QCOMPARE(store->mention(m.id).start, m.start + 1);
        QCOMPARE(store->mention(m.id).end, m.end);
        undo->undo();
        QCOMPARE(store->mention(m.id).start, m.start);
        // Each drag was one step; the second replaced the undone first one on the stack.
        QCOMPARE(undo->count(), steps + 1);
        // Selecting a word no mention touches (two characters of room on each side) adds a mention.
        ms = store->mentions(doc);
        int ws = -1, we = -1;
        for (int i = 0; i < body.size() && ws < 0; ++i) {
            if (!body.at(i).isLetter() || (i > 0 && body.at(i - 1).isLetter()))
                continue;
            int j = i;
            while (j < body.size() && body.at(j).isLetter())
                ++j;
            const bool free = j - i >= 3 && std::none_of(ms.begin(), ms.end(), [&](const Mention& o) {
                                  return o.start < j + 2 && o.end > i - 2;
                              });
            if (free) {
                ws = i;
                we = j;
            }
        }
        QVERIFY2(ws >= 0, "no free word in the document");
        drag(boundary(ws) + QPoint(1, 0), boundary(we) - QPoint(1, 0));
        ms = store->mentions(doc);
        auto added = std::find_if(ms.begin(), ms.end(), [&](const Mention& o) { return o.start == ws; });
        QVERIFY2(added != ms.end(), qPrintable(body.mid(ws, we - ws)));
        QCOMPARE(added->end, we);
        const qint64 addedId = added->id;
        QCOMPARE(page->currentMention(), addedId);
        QTest::keyClick(text, Qt::Key_Delete);
        QCOMPARE(store->mention(addedId).id, 0);
        undo->undo();
        QCOMPARE(store->mention(addedId).start, ws);
        QCOMPARE(store->mention(addedId).end, we);
    }
};

QTEST_MAIN(TestAnnotateMouse)
#include "tst_annotatemouse.moc"
