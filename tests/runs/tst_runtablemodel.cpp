// RunTableModel and RunFilterModel: QAbstractItemModelTester, metric columns, refresh, filters.

#include "CounterRunKind.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"
#include "compute/runs/RunTableModel.h"
#include "compute/runs/Runs.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace kcat::runs;
using nlohmann::json;

class TestRunTableModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<kcat::core::Workspace> m_ws;
    std::unique_ptr<RunStore> m_store;

    qint64 addRun(const QString& name, const json& params, const QVector<double>& loss,
                  const QStringList& tags = {}) {
        QString error;
        const qint64 id =
            m_store->createRun(QStringLiteral("test.counter"), name, params, 1, &error, 0, tags);
        QVector<MetricRow> rows;
        for (int i = 0; i < loss.size(); ++i)
            rows.push_back({QStringLiteral("loss"), {i + 1, 1000 + i, loss[i]}});
        m_store->append(id, rows, {}, {}, {}, &error);
        return id;
    }

    int column(const RunTableModel& m, const QString& header) {
        for (int c = 0; c < m.columnCount(); ++c)
            if (m.headerData(c, Qt::Horizontal).toString() == header)
                return c;
        return -1;
    }

private Q_SLOTS:
    void initTestCase() {
        kcat::core::registerCoreSchema();
        registerRunsModule();
        testing::registerCounterRunKind(); // its "loss" is minimised
        kcat::core::WorkspaceError error;
        m_ws = kcat::core::Workspace::create(m_dir.filePath(QStringLiteral("w.kcat")), &error);
        QVERIFY(m_ws);
        m_store = std::make_unique<RunStore>(*m_ws);
    }

    void columnsAndStats() {
        const qint64 a = addRun(QStringLiteral("a"), {{"lr", 0.1}, {"model", "mlp"}}, {3, 1, 2}, {"x"});
        addRun(QStringLiteral("b"), {{"lr", 0.01}, {"model", "lenet5"}}, {5, 4}, {"y"});
        RunTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.parameterNames(), (QStringList{QStringLiteral("lr"), QStringLiteral("model")}));
        QCOMPARE(model.columnCount(), int(RunTableModel::FixedColumnCount) + 2 + 1);
        const int lossLast = column(model, QStringLiteral("loss (last)"));
        QVERIFY(lossLast > 0);
        QCOMPARE(model.index(0, lossLast).data(RunTableModel::SortRole).toDouble(), 2.0);
        model.setMetricColumns(
            {{QStringLiteral("loss"), MetricStat::Best}, {QStringLiteral("loss"), MetricStat::Max}});
        const int best = column(model, QStringLiteral("loss (best)"));
        const int max = column(model, QStringLiteral("loss (max)"));
        QCOMPARE(model.index(0, best).data(RunTableModel::SortRole).toDouble(), 1.0); // minimised
        QCOMPARE(model.index(0, max).data(RunTableModel::SortRole).toDouble(), 3.0);
        QCOMPARE(model.index(1, best).data(RunTableModel::SortRole).toDouble(), 4.0);
        QCOMPARE(model.index(0, column(model, QStringLiteral("lr"))).data().toString(),
                 QStringLiteral("0.1"));
        QCOMPARE(model.index(0, RunTableModel::IdColumn).data(RunTableModel::RunIdRole).toLongLong(), a);

        // Live: a new point and a new run arrive; refresh keeps rows and appends.
        QString error;
        m_store->append(a, {{QStringLiteral("loss"), {4, 2000, 0.5}}}, {}, {}, {}, &error);
        addRun(QStringLiteral("c"), {{"lr", 0.5}, {"model", "mlp"}}, {9});
        model.refresh();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, best).data(RunTableModel::SortRole).toDouble(), 0.5);
        QCOMPARE(model.index(2, RunTableModel::NameColumn).data().toString(), QStringLiteral("c"));

        // A run with a new parameter adds a column (reset).
        addRun(QStringLiteral("d"), {{"lr", 0.5}, {"model", "mlp"}, {"momentum", 0.9}}, {});
        model.refresh();
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(column(model, QStringLiteral("momentum")) > 0);
        // A deleted run: rows rebuilt.
        m_store->deleteRun(a, &error);
        model.refresh();
        QCOMPARE(model.rowCount(), 3);
    }

    void filtersAndSorting() {
        RunTableModel model;
        model.setStore(m_store.get());
        RunFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 3); // b, c, d
        filter.setTag(QStringLiteral("y"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setTag(QString());
        filter.setParameter(QStringLiteral("model"), QStringLiteral("mlp"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setParameter(QStringLiteral("momentum"), QString());
        QCOMPARE(filter.rowCount(), 1);
        filter.setParameter(QString(), QString());
        filter.setStatus(QStringLiteral("queued"));
        QCOMPARE(filter.rowCount(), 3);
        filter.setStatus(QStringLiteral("succeeded"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setStatus(QString());
        filter.setKind(QStringLiteral("other"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setKind(QString());
        filter.setText(QStringLiteral("C"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QString());
        // Sort by lr descending: numeric, not text.
        filter.sort(column(model, QStringLiteral("lr")), Qt::DescendingOrder);
        QCOMPARE(
            filter.index(0, column(model, QStringLiteral("lr"))).data(RunTableModel::SortRole).toDouble(),
            0.5);
        QCOMPARE(filter.index(2, RunTableModel::NameColumn).data().toString(), QStringLiteral("b"));
    }
};

QTEST_GUILESS_MAIN(TestRunTableModel)
#include "tst_runtablemodel.moc"
