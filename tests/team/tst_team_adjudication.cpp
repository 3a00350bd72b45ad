// Adjudication on the hand-made project: the curation model's columns and filters, accept / override /
// clear with undo and redo, and the final layer exported in every document format and read back.

#include "TeamTestData.h"
#include "annotation/documents/DocumentImporter.h"
#include "annotation/documents/TypePaths.h"
#include "annotation/team/AdjudicateCommand.h"
#include "annotation/team/CurationModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QUndoStack>

using namespace kcat::team;
using kcat::annotation::DocumentImporter;

static QStringList closed(const QStringList& types) {
    return kcat::annotation::TypePaths::closeUnderAncestors(types);
}

class TestTeamAdjudication : public QObject {
    Q_OBJECT

    struct Fixture {
        TeamTestData t;
        std::shared_ptr<ProjectSnapshot> snapshot;
        std::shared_ptr<Suggestions> suggestions;
        CurationModel model;
        std::unique_ptr<FinalLayer> layer;

        Fixture() {
            QString error;
            snapshot = std::make_shared<ProjectSnapshot>(
                ProjectSnapshot::load(t.workspace.get(), t.project, &error));
            suggestions = std::make_shared<Suggestions>(
                computeSuggestions(*snapshot, kcat::crowd::AggregationMethod::MajorityVote));
            model.setData(snapshot, suggestions);
            layer = std::make_unique<FinalLayer>(t.workspace.get());
            QObject::connect(layer.get(), &FinalLayer::decisionsChanged, &model,
                             &CurationModel::applyDecisions);
        }
        QStringList finalTypes(int mention) const { return layer->decisions({t.mentions[mention]})[0].types; }
        QString decision(int mention) const { return layer->decisions({t.mentions[mention]})[0].decision; }
    };

private Q_SLOTS:
    void columnsSideBySide() {
        Fixture f;
        QAbstractItemModelTester tester(&f.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.model.rowCount(), 4);
        QCOMPARE(f.model.columnCount(), 3 + 5);
        QCOMPARE(f.model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("x"));
        QCOMPARE(f.model.headerData(f.model.suggestionColumn(), Qt::Horizontal).toString(),
                 QStringLiteral("Suggestion (mv)"));
        QCOMPARE(f.model.index(1, 1).data().toString(), QStringLiteral("Paris"));
        QCOMPARE(f.model.index(1, 2).data().toString(), QStringLiteral("/location/city"));
        QCOMPARE(f.model.index(1, 3).data().toString(), QStringLiteral("/organization"));
        QCOMPARE(f.model.index(1, f.model.suggestionColumn()).data().toString(),
                 QStringLiteral("/location/city"));
        QCOMPARE(f.model.index(1, f.model.confidenceColumn()).data().toString(), QStringLiteral("0.67"));
        QCOMPARE(f.model.index(3, 3).data().toString(), QStringLiteral("…")); // y saw m3, no types yet
        QVERIFY(f.model.index(3, 4).data().isNull());                         // z never labelled m3
    }

    void filters() {
        Fixture f;
        QAbstractItemModelTester tester(&f.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.model.setOnlyDisagreements(true);
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(f.model.mentionAt(0), 1);
        f.model.setOnlyDisagreements(false);
        f.model.setMaxConfidence(0.9);
        QCOMPARE(f.model.rowCount(), 1);
        f.model.setMaxConfidence(1.0);
        f.model.setTypeFilter(QStringLiteral("/person"));
        QCOMPARE(f.model.rowCount(), 2); // m0, m2
        f.model.setTypeFilter(QString());
        f.model.setAnnotatorFilter(2); // z labelled m0, m1, m2
        QCOMPARE(f.model.rowCount(), 3);
        f.model.setAnnotatorFilter(-1);
        QCOMPARE(f.model.rowCount(), 4);
    }

    void acceptOverrideClearWithUndo() {
        Fixture f;
        QUndoStack undo;
        // Accept every suggestion in one command (one transaction).
        undo.push(new AdjudicateCommand(f.layer.get(), f.model.acceptDecisions({0, 1, 2, 3})));
        QCOMPARE(f.decision(1), QStringLiteral("accepted"));
        QCOMPARE(f.finalTypes(1),
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));
        QCOMPARE(f.model.index(1, f.model.finalColumn()).data().toString(),
                 QStringLiteral("/location/city ✓"));
        // Override m1: /organization is the manager's call; ancestors are closed.
        undo.push(new AdjudicateCommand(
            f.layer.get(), {f.model.overrideDecision(1, {QStringLiteral("/organization/company")})}));
        QCOMPARE(f.decision(1), QStringLiteral("overridden"));
        QCOMPARE(f.finalTypes(1),
                 (QStringList{QStringLiteral("/organization"), QStringLiteral("/organization/company")}));
        QCOMPARE(f.model.finalTypes(1), f.finalTypes(1));
        undo.undo();
        QCOMPARE(f.decision(1), QStringLiteral("accepted"));
        QCOMPARE(f.finalTypes(1),
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));
        QCOMPARE(f.model.decision(1), QStringLiteral("accepted"));
        undo.redo();
        QCOMPARE(f.decision(1), QStringLiteral("overridden"));
        // Clearing a decision removes the final label; undo brings the override back.
        undo.push(new AdjudicateCommand(f.layer.get(), {Decision{f.t.mentions[1], {}, {}, {}, -1}}));
        QCOMPARE(f.decision(1), QString());
        QVERIFY(f.finalTypes(1).isEmpty());
        undo.undo();
        QCOMPARE(f.decision(1), QStringLiteral("overridden"));
        // Undo of the bulk accept empties the final layer again.
        undo.undo();
        undo.undo();
        for (int m = 0; m < 4; ++m)
            QCOMPARE(f.decision(m), QString());
        // The decisions are in the snapshot when the project is read again.
        undo.redo();
        QString error;
        const ProjectSnapshot again = ProjectSnapshot::load(f.t.workspace.get(), f.t.project, &error);
        QCOMPARE(again.decision[2], QStringLiteral("accepted"));
        QCOMPARE(again.typesOf(again.final[2]),
                 (QStringList{QStringLiteral("/person"), QStringLiteral("/person/artist")}));
        QCOMPARE(again.annotators.size(), 3); // the final layer is not an annotator
    }

    void finalLayerExportsInEveryFormat_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("kcat") << int(DocumentImporter::Format::Kcat) << "a.kcat";
        QTest::newRow("jsonl") << int(DocumentImporter::Format::FigerJsonl) << "documents.jsonl";
        QTest::newRow("brat") << int(DocumentImporter::Format::Brat) << "a.ann";
        QTest::newRow("text") << int(DocumentImporter::Format::PlainText) << "a.txt";
    }
    void finalLayerExportsInEveryFormat() {
        QFETCH(int, format);
        QFETCH(QString, file);
        Fixture f;
        QUndoStack undo;
        undo.push(new AdjudicateCommand(f.layer.get(), f.model.acceptDecisions({0, 1})));
        undo.push(new AdjudicateCommand(f.layer.get(),
                                        {f.model.overrideDecision(2, {QStringLiteral("/person/musician")})}));
        QTemporaryDir out;
        QString error;
        const QStringList files =
            f.layer->exportProject(f.t.project, DocumentImporter::Format(format), out.path(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!files.isEmpty());
        QVERIFY2(QFile::exists(out.filePath(file)), qPrintable(QDir(out.path()).entryList().join(',')));
        if (DocumentImporter::Format(format) == DocumentImporter::Format::PlainText)
            return; // text only: nothing to read back but the text
        // Read the export back: the final layer's types, untyped where nothing was decided.
        kcat::annotation::DocumentStore store(f.t.workspace.get());
        DocumentImporter importer(&store, {});
        QVector<kcat::annotation::DocumentData> docs;
        kcat::annotation::ImportError importError;
        QVERIFY(importer.parse(out.filePath(file), &docs, &importError));
        const auto find = [&docs](const QString& name) {
            for (const auto& d : docs)
                if (d.name == name || d.name.startsWith(name + QLatin1Char('.')))
                    return d;
            return kcat::annotation::DocumentData{};
        };
        const auto a = find(QStringLiteral("a"));
        QCOMPARE(a.mentions.size(), 2);
        QCOMPARE(closed(a.mentions[0].types), QStringList{QStringLiteral("/person")});
        QCOMPARE(closed(a.mentions[1].types),
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));
        if (DocumentImporter::Format(format) == DocumentImporter::Format::FigerJsonl) {
            QCOMPARE(docs.size(), 3);
            QCOMPARE(closed(find(QStringLiteral("b")).mentions[0].types),
                     (QStringList{QStringLiteral("/person"), QStringLiteral("/person/musician")}));
            QVERIFY(find(QStringLiteral("c")).mentions[0].types.isEmpty()); // not adjudicated
        }
    }
};

QTEST_GUILESS_MAIN(TestTeamAdjudication)
#include "tst_team_adjudication.moc"
