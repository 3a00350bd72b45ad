// The counting CPU allocator against a known allocation pattern of LibTorch tensors.

#include "compute/snn/CountingAllocator.h"

#include <QTest>

using namespace kcat::snn;

class TestSnnAllocator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsAKnownPattern() {
        CountingAllocator& counter = CountingAllocator::instance();
        QVERIFY(!counter.isInstalled());
        HeldTensors held;
        {
            CountingAllocatorScope scope;
            QVERIFY(counter.isInstalled());
            const std::int64_t base = counter.currentBytes();
            const std::int64_t calls = counter.allocations();
            counter.resetPeak();
            QCOMPARE(counter.peakBytes(), base);
            const int a = held.allocate(1000); // 4,000 bytes
            QCOMPARE(counter.currentBytes() - base, std::int64_t(4000));
            held.allocate(2500); // 10,000 bytes
            QCOMPARE(counter.currentBytes() - base, std::int64_t(14000));
            held.release(a);
            QCOMPARE(counter.currentBytes() - base, std::int64_t(10000));
            const int c = held.allocate(250); // 1,000 bytes
            QCOMPARE(counter.currentBytes() - base, std::int64_t(11000));
            QCOMPARE(counter.peakBytes() - base, std::int64_t(14000)); // both first tensors at once
            QCOMPARE(counter.allocations() - calls, std::int64_t(3));
            counter.resetPeak();
            QCOMPARE(counter.peakBytes() - base, std::int64_t(11000));
            held.release(c);
            QCOMPARE(counter.currentBytes() - base, std::int64_t(10000));
            QCOMPARE(counter.peakBytes() - base, std::int64_t(11000));
        }
        // Uninstalled: new tensors are not counted, but freeing a counted one still is.
        QVERIFY(!counter.isInstalled());
        const std::int64_t after = counter.currentBytes();
        const std::int64_t calls = counter.allocations();
        held.allocate(5000);
        QCOMPARE(counter.currentBytes(), after);
        QCOMPARE(counter.allocations(), calls);
        held.releaseAll(); // the 10,000-byte tensor from the scope goes back through the counter
        QCOMPARE(counter.currentBytes(), after - 10000);
    }

    void peakRssIsPlausible() {
        const std::int64_t rss = processPeakRssBytes();
        QVERIFY2(rss > 1'000'000 && rss < 64'000'000'000LL, qPrintable(QString::number(rss)));
    }
};

QTEST_APPLESS_MAIN(TestSnnAllocator)
#include "tst_snnallocator.moc"
