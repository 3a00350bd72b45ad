// Every edit as a QUndoCommand: do, undo, redo, and what the store holds after each.

#include "TestWorkspace.h"
#include "annotation/documents/AddMentionCommand.h"
#include "annotation/documents/AdjustSpanCommand.h"
#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/FlagMentionCommand.h"
#include "annotation/documents/RemoveMentionCommand.h"
#include "annotation/documents/SetLinkCommand.h"
#include "annotation/documents/SetTypeCommand.h"

#include <QSqlQuery>
#include <QUndoStack>

using namespace kcat::annotation;

class TestCommands : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<DocumentStore> m_store;
    qint64 m_doc = 0;
    qint64 m_paris = 0;

    QString surfaces() const {
        QStringList out;
        const QString text = m_store->document(m_doc).text;
        for (const Mention& m : m_store->mentions(m_doc))
            out << text.mid(m.start, m.length());
        return out.join(QLatin1Char('|'));
    }

private Q_SLOTS:
    void init() {
        m_ws = std::make_unique<TestWorkspace>();
        m_store = std::make_unique<DocumentStore>(m_ws->workspace.get());
        DocumentData d;
        d.name = QStringLiteral("d");
        d.text = QStringLiteral("Paris lies on the Seine.");
        Mention paris;
        paris.start = 0;
        paris.end = 5;
        paris.candidates = {{QStringLiteral("wn:paris"), 0.9}};
        paris.link = LinkState::Linked;
        paris.entity = QStringLiteral("wn:paris");
        paris.types = {QStringLiteral("/location/city")};
        d.mentions = {paris};
        QString error;
        m_doc = m_store->addDocuments(m_ws->project, {d}, &error).value(0);
        m_paris = m_store->mentions(m_doc).value(0).id;
        QVERIFY(m_paris > 0);
    }

    void cleanup() {
        m_store.reset();
        m_ws.reset();
    }

    void addMention() {
        QUndoStack stack;
        Mention m;
        m.documentId = m_doc;
        m.start = 18;
        m.end = 23;
        auto* cmd = new AddMentionCommand(m_store.get(), m);
        stack.push(cmd);
        QCOMPARE(surfaces(), QStringLiteral("Paris|Seine"));
        const qint64 id = cmd->mentionId();
        stack.undo();
        QCOMPARE(surfaces(), QStringLiteral("Paris"));
        stack.redo();
        QCOMPARE(surfaces(), QStringLiteral("Paris|Seine"));
        QCOMPARE(m_store->mentions(m_doc)[1].id, id);
        // A crossing span is refused and leaves no step behind.
        m.start = 3;
        m.end = 8;
        stack.push(new AddMentionCommand(m_store.get(), m));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(surfaces(), QStringLiteral("Paris|Seine"));
    }

    void removeMentionRestoresEverything() {
        QUndoStack stack;
        const Mention before = m_store->mention(m_paris);
        stack.push(new RemoveMentionCommand(m_store.get(), m_paris));
        QCOMPARE(surfaces(), QString());
        stack.undo();
        const Mention after = m_store->mention(m_paris);
        QCOMPARE(after.id, before.id);
        QCOMPARE(after.types, before.types);
        QCOMPARE(after.entity, before.entity);
        QCOMPARE(after.candidates.size(), 1);
        QCOMPARE(after.candidates[0].entity, QStringLiteral("wn:paris"));
        stack.redo();
        QCOMPARE(m_store->mention(m_paris).id, 0);
    }

    void undoOfRemovalRestoresCostRowsOfEveryAnnotator() {
        // Two confirmations by the local annotator and one by a second annotator with a label of their own.
        QString error;
        QVERIFY(m_store->logCost({m_paris, 1500, 3, 1, QStringLiteral("flatten")}, &error));
        QVERIFY(m_store->logCost({m_paris, 900, 2, 0, QStringLiteral("tree")}, &error));
        QSqlQuery add(m_ws->workspace->database());
        QVERIFY(add.exec(QStringLiteral("INSERT INTO annotation_annotators (name) VALUES ('second')")));
        const qint64 second = add.lastInsertId().toLongLong();
        DocumentStore other(m_ws->workspace.get());
        other.setAnnotator(second);
        QVERIFY(other.setTypes(m_paris, {QStringLiteral("/person")}, &error));
        QVERIFY(other.logCost({m_paris, 4200, 7, 2, QStringLiteral("coarse-fine")}, &error));
        auto costRows = [&] {
            QSqlQuery q(m_ws->workspace->database());
            q.prepare(
                QStringLiteral("SELECT id, annotator_id, focus_to_confirm_ms, keystrokes, clicks, view, "
                               "confirmed FROM annotation_costs WHERE mention_id = ? ORDER BY id"));
            q.addBindValue(m_paris);
            QStringList rows;
            if (q.exec())
                while (q.next()) {
                    QStringList f;
                    for (int i = 0; i < 7; ++i)
                        f << q.value(i).toString();
                    rows << f.join(QLatin1Char(','));
                }
            return rows;
        };
        const QStringList before = costRows();
        QCOMPARE(before.size(), 3);
        QVERIFY(before[2].contains(QStringLiteral(",4200,7,2,coarse-fine,")));

        QUndoStack stack;
        stack.push(new RemoveMentionCommand(m_store.get(), m_paris));
        QCOMPARE(costRows(), QStringList());
        QCOMPARE(m_store->costs(m_paris).size(), 0);
        stack.undo();
        QCOMPARE(costRows(), before); // same ids, annotators, numbers and timestamps
        QCOMPARE(m_store->costs(m_paris).size(), 2);
        QCOMPARE(m_store->costs(m_paris)[0].focusToConfirmMs, 1500);
        QCOMPARE(other.mention(m_paris).types, QStringList({"/person"}));
        QCOMPARE(m_store->mention(m_paris).types, QStringList({"/location", "/location/city"}));
        stack.redo();
        QCOMPARE(costRows(), QStringList());
        stack.undo();
        QCOMPARE(costRows(), before);
    }

    void undoOfAddThenRedoKeepsCostRows() {
        QUndoStack stack;
        Mention m;
        m.documentId = m_doc;
        m.start = 18;
        m.end = 23;
        auto* cmd = new AddMentionCommand(m_store.get(), m);
        stack.push(cmd);
        QString error;
        QVERIFY(m_store->logCost({cmd->mentionId(), 700, 2, 0, QStringLiteral("flatten")}, &error));
        stack.undo();
        QCOMPARE(surfaces(), QStringLiteral("Paris"));
        stack.redo();
        QCOMPARE(surfaces(), QStringLiteral("Paris|Seine"));
        QCOMPARE(m_store->costs(cmd->mentionId()).size(), 1);
        QCOMPARE(m_store->costs(cmd->mentionId())[0].focusToConfirmMs, 700);
    }

    void adjustSpanMerges() {
        QUndoStack stack;
        stack.push(new AdjustSpanCommand(m_store.get(), m_paris, 0, 4));
        stack.push(new AdjustSpanCommand(m_store.get(), m_paris, 0, 3));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(surfaces(), QStringLiteral("Par"));
        stack.undo();
        QCOMPARE(surfaces(), QStringLiteral("Paris"));
        stack.redo();
        QCOMPARE(surfaces(), QStringLiteral("Par"));
    }

    void setAndUnsetTypes() {
        QUndoStack stack;
        stack.push(
            new SetTypeCommand(m_store.get(), m_paris, QStringLiteral("/organization/government"), true));
        QCOMPARE(m_store->mention(m_paris).types,
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city"),
                              QStringLiteral("/organization"), QStringLiteral("/organization/government")}));
        stack.push(new SetTypeCommand(m_store.get(), m_paris, QStringLiteral("/location"), false));
        QCOMPARE(m_store->mention(m_paris).types,
                 (QStringList{QStringLiteral("/organization"), QStringLiteral("/organization/government")}));
        stack.undo();
        QCOMPARE(m_store->mention(m_paris).types.size(), 4);
        stack.undo();
        QCOMPARE(m_store->mention(m_paris).types,
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));
        stack.redo();
        stack.redo();
        QCOMPARE(m_store->mention(m_paris).types.size(), 2);
        QCOMPARE(m_store->mention(m_paris).types[0], QStringLiteral("/organization"));
        stack.push(new SetTypeCommand(m_store.get(), m_paris, QStringLiteral("/organization"), false));
        QCOMPARE(m_store->mention(m_paris).state(), MentionState::Untyped);
        stack.undo();
        QCOMPARE(m_store->mention(m_paris).state(), MentionState::Typed);
    }

    void setLink() {
        QUndoStack stack;
        stack.push(new SetLinkCommand(m_store.get(), m_paris, LinkState::Nil, QString()));
        QCOMPARE(m_store->mention(m_paris).link, LinkState::Nil);
        stack.push(new SetLinkCommand(m_store.get(), m_paris, LinkState::Linked, QStringLiteral("wn:other")));
        QCOMPARE(m_store->mention(m_paris).entity, QStringLiteral("wn:other"));
        stack.undo();
        QCOMPARE(m_store->mention(m_paris).link, LinkState::Nil);
        QCOMPARE(m_store->mention(m_paris).entity, QString());
        stack.undo();
        QCOMPARE(m_store->mention(m_paris).link, LinkState::Linked);
        QCOMPARE(m_store->mention(m_paris).entity, QStringLiteral("wn:paris"));
        stack.redo();
        QCOMPARE(m_store->mention(m_paris).link, LinkState::Nil);
    }

    void flag() {
        QUndoStack stack;
        stack.push(new FlagMentionCommand(m_store.get(), m_paris, true));
        QCOMPARE(m_store->mention(m_paris).state(), MentionState::Flagged);
        stack.undo();
        QCOMPARE(m_store->mention(m_paris).state(), MentionState::Typed);
        stack.redo();
        QVERIFY(m_store->mention(m_paris).flagged);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
