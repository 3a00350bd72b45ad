// Crowd simulation: seeded, accuracies and error patterns as asked, output marked simulated and loadable.

#include "annotation/crowd/CrowdSimulator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace kcat::crowd;

namespace {

GoldLabels makeGold(int items, const QStringList& classes) {
    GoldLabels g;
    g.labelNames = classes;
    for (int i = 0; i < items; ++i) {
        g.items << QStringLiteral("m%1").arg(i);
        g.labels.push_back({classes[i % classes.size()]});
    }
    return g;
}

const QStringList kTypes = {QStringLiteral("/person/artist"), QStringLiteral("/person/athlete"),
                            QStringLiteral("/person/politician"), QStringLiteral("/location/city"),
                            QStringLiteral("/location/country")};

} // namespace

class TestCrowdSimulator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seededAndDeterministic() {
        const GoldLabels g = makeGold(200, kTypes);
        const std::vector<SimulatedAnnotator> a = {{QStringLiteral("s1"), 0.6, ErrorPattern::Uniform}};
        SimulationOptions o;
        o.seed = 9;
        const auto first = simulateCrowd(g, a, TypeHierarchy(), o),
                   second = simulateCrowd(g, a, TypeHierarchy(), o);
        QCOMPARE(first.size(), second.size());
        for (size_t k = 0; k < first.size(); ++k)
            QCOMPARE(first[k].label, second[k].label);
        o.seed = 10;
        const auto other = simulateCrowd(g, a, TypeHierarchy(), o);
        int differ = 0;
        for (size_t k = 0; k < first.size(); ++k)
            differ += first[k].label != other[k].label;
        QVERIFY(differ > 0);
    }

    void accuraciesAndPatterns() {
        const GoldLabels g = makeGold(6000, kTypes);
        const TypeHierarchy h = TypeHierarchy::fromPathNames(kTypes);
        const std::vector<SimulatedAnnotator> a = {{QStringLiteral("uniform"), 0.8, ErrorPattern::Uniform},
                                                   {QStringLiteral("sibling"), 0.7, ErrorPattern::Sibling},
                                                   {QStringLiteral("spammer"), 0.9, ErrorPattern::Spammer}};
        SimulationOptions o;
        o.seed = 1;
        std::map<QString, int> right, total, outsideFamily;
        for (const SimulatedLabel& l : simulateCrowd(g, a, h, o)) {
            const QString truth = g.labels[size_t(l.item.mid(1).toInt())].first();
            ++total[l.annotator];
            right[l.annotator] += l.label == truth;
            outsideFamily[l.annotator] += h.parent(l.label) != h.parent(truth);
        }
        QCOMPARE(total[QStringLiteral("uniform")], 6000);
        // Binomial standard error at n = 6000 is below 0.006; allow 0.02.
        QVERIFY(std::abs(right[QStringLiteral("uniform")] / 6000.0 - 0.8) < 0.02);
        QVERIFY(std::abs(right[QStringLiteral("sibling")] / 6000.0 - 0.7) < 0.02);
        QVERIFY(std::abs(right[QStringLiteral("spammer")] / 6000.0 - 0.2) < 0.02); // 1 of 5 labels by chance
        QCOMPARE(outsideFamily[QStringLiteral("sibling")], 0); // errors stay among siblings
        QVERIFY(outsideFamily[QStringLiteral("uniform")] > 500);
    }

    void coverageLeavesMissingValues() {
        const GoldLabels g = makeGold(4000, kTypes);
        SimulationOptions o;
        o.coverage = 0.5;
        const auto labels =
            simulateCrowd(g, {{QStringLiteral("s"), 1.0, ErrorPattern::Uniform}}, TypeHierarchy(), o);
        QVERIFY(std::abs(double(labels.size()) / 4000.0 - 0.5) < 0.03);
    }

    void outputIsMarkedSimulatedAndLoads() {
        const GoldLabels g = makeGold(10, kTypes);
        const auto labels = simulateCrowd(g,
                                          {{QStringLiteral("s1"), 0.9, ErrorPattern::Uniform},
                                           {QStringLiteral("s2"), 0.9, ErrorPattern::Uniform}},
                                          TypeHierarchy(), SimulationOptions());
        std::ostringstream out;
        writeSimulatedTsv(out, labels, QStringLiteral("test"));
        const QByteArray text = QByteArray::fromStdString(out.str());
        QVERIFY(text.startsWith("# simulated crowd labels (not real annotations): test\n"));
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("sim.tsv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const LabelTable t = LabelTable::loadTsv(f.fileName());
        QCOMPARE(t.itemCount(), 10);
        QCOMPARE(t.annotatorCount(), 2);
        QCOMPARE(t.cellCount(), qsizetype(20));
    }
};

QTEST_GUILESS_MAIN(TestCrowdSimulator)
#include "tst_crowd_simulator.moc"
