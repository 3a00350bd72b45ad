// The long-format TSV loader: label sets, missing values, times, comments, and every kind of bad input.

#include "CrowdTestData.h"
#include "annotation/crowd/LabelTable.h"

#include <QTest>

using kcat::crowd::CrowdInputError;
using kcat::crowd::GoldLabels;
using kcat::crowd::LabelTable;

class TestCrowdLabelTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsSingleLabelsAndSets() {
        QTemporaryDir dir;
        const QString path = writeText(dir, QStringLiteral("l.tsv"),
                                       "# a comment\n"
                                       "d1:m1\tann\t/person\n"
                                       "d1:m1\tann\t/person/artist\n"
                                       "d1:m1\tbob\t/person\n"
                                       "\n"
                                       "d1:m2\tbob\t/location\r\n"
                                       "d1:m1\tann\t/person\n"); // repeated line counts once
        const LabelTable t = LabelTable::loadTsv(path);
        QCOMPARE(t.itemCount(), 2);
        QCOMPARE(t.annotatorCount(), 2);
        QCOMPARE(t.labelCount(), 3);
        QCOMPARE(t.cellCount(), qsizetype(3)); // ann and bob on m1, bob on m2; ann misses m2
        QVERIFY(t.isMultiLabel());
        QVERIFY(!t.hasTimes());
        const int m1 = t.itemId(QStringLiteral("d1:m1"));
        QCOMPARE(t.end(m1) - t.begin(m1), qsizetype(2));
        const auto& annCell = t.cells()[size_t(t.begin(m1))];
        QCOMPARE(t.annotators()[annCell.annotator], QStringLiteral("ann"));
        QCOMPARE(t.set(annCell.set).size(), size_t(2));
        const int m2 = t.itemId(QStringLiteral("d1:m2"));
        QCOMPARE(t.end(m2) - t.begin(m2), qsizetype(1));
    }

    void emptyLabelIsAMissingValue() {
        QTemporaryDir dir;
        const QString path = writeText(dir, QStringLiteral("l.tsv"), "i1\ta\tx\ni1\tb\t\ni2\tb\ty\n");
        const LabelTable t = LabelTable::loadTsv(path);
        QCOMPARE(t.cellCount(), qsizetype(2));
        QVERIFY(!t.isMultiLabel());
    }

    void readsTheTimeColumn() {
        QTemporaryDir dir;
        const QString path =
            writeText(dir, QStringLiteral("l.tsv"), "i1\ta\tx\t5\ni1\tb\tx\t3.5\ni2\ta\ty\t10\n");
        const LabelTable t = LabelTable::loadTsv(path);
        QVERIFY(t.hasTimes());
        QCOMPARE(t.time(t.itemId(QStringLiteral("i1"))), 3.5); // the earliest line of the item
        QCOMPARE(t.time(t.itemId(QStringLiteral("i2"))), 10.0);
    }

    void rejectsBadInput_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two columns") << QByteArray("i1\ta\tx\ni2\ta\n")
                                     << QStringLiteral(":2: expected 3 or 4 tab-separated columns");
        QTest::newRow("five columns")
            << QByteArray("i1\ta\tx\t1\t2\n") << QStringLiteral(":1: expected 3 or 4");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("the file is empty");
        QTest::newRow("only comments") << QByteArray("# nothing\n\n") << QStringLiteral("the file is empty");
        QTest::newRow("mixed columns")
            << QByteArray("i1\ta\tx\t1\ni2\ta\ty\n") << QStringLiteral(":2: expected 4 columns");
        QTest::newRow("bad time") << QByteArray("i1\ta\tx\tnoon\n")
                                  << QStringLiteral(":1: expected a number (the time)");
        QTest::newRow("no labels") << QByteArray("i1\ta\tx\ni1\tb\t\ni2\tb\t\n")
                                   << QStringLiteral("annotator 'b' has no labels");
        QTest::newRow("empty item") << QByteArray("\ta\tx\n")
                                    << QStringLiteral(":1: the item and the annotator must not be empty");
    }
    void rejectsBadInput() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeText(dir, QStringLiteral("bad.tsv"), text);
        try {
            LabelTable::loadTsv(path);
            QFAIL("no error");
        } catch (const CrowdInputError& e) {
            QVERIFY2(e.message().startsWith(path), qPrintable(e.message()));
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    void missingFileIsNamed() {
        try {
            LabelTable::loadTsv(QStringLiteral("/nonexistent/labels.tsv"));
            QFAIL("no error");
        } catch (const CrowdInputError& e) {
            QCOMPARE(e.message(), QStringLiteral("/nonexistent/labels.tsv: file does not exist"));
        }
    }

    void loadsGoldSets() {
        QTemporaryDir dir;
        const QString path = writeText(dir, QStringLiteral("g.tsv"), "i1\tx\ni2\ty\ni1\tz\n");
        const GoldLabels g = GoldLabels::loadTsv(path);
        QCOMPARE(g.items, QStringList({QStringLiteral("i1"), QStringLiteral("i2")}));
        QCOMPARE(g.labels[0], QStringList({QStringLiteral("x"), QStringLiteral("z")}));
        QCOMPARE(g.labelNames, QStringList({QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
        const QString bad = writeText(dir, QStringLiteral("b.tsv"), "i1\tx\ni2\n");
        QVERIFY_THROWS_EXCEPTION(CrowdInputError, GoldLabels::loadTsv(bad));
    }
};

QTEST_GUILESS_MAIN(TestCrowdLabelTable)
#include "tst_crowd_labeltable.moc"
