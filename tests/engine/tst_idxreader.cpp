// The IDX reader and the image data set loader: a small IDX set written here (plain and gzip), the real
// Fashion-MNIST headers, and the messages for missing, corrupt and inconsistent files.
#include "compute/engine/IdxReader.h"
#include "compute/engine/ImageDataset.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace kcat::engine;

namespace {

QByteArray idx(const std::vector<int>& dims, const QByteArray& payload, int type = 0x08) {
    QByteArray bytes;
    bytes.append(char(0)).append(char(0)).append(char(type)).append(char(dims.size()));
    for (int d : dims)
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.append(char((d >> shift) & 0xff));
    return bytes + payload;
}

void writePlain(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void writeGzip(const QString& path, const QByteArray& bytes) {
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb");
    QVERIFY(file);
    QCOMPARE(gzwrite(file, bytes.constData(), unsigned(bytes.size())), int(bytes.size()));
    gzclose(file);
}

QByteArray sequence(int n) {
    QByteArray bytes;
    for (int i = 0; i < n; ++i)
        bytes.append(char(i % 251));
    return bytes;
}

} // namespace

class TestIdxReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsPlainAndGzip_data() {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("plain") << false;
        QTest::newRow("gzip") << true;
    }

    void readsPlainAndGzip() {
        QFETCH(bool, gzip);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("images"));
        const QByteArray bytes = idx({3, 2, 4}, sequence(24));
        gzip ? writeGzip(path, bytes) : writePlain(path, bytes);
        const IdxArray array = IdxReader::read(path, 3);
        QCOMPARE(array.dims, (std::vector<int>{3, 2, 4}));
        QCOMPARE(array.count(), 3);
        QCOMPARE(array.itemSize(), 8);
        QCOMPARE(array.data.size(), std::size_t(24));
        QCOMPARE(int(array.data[0]), 0);
        QCOMPARE(int(array.data[23]), 23);
    }

    void readsAPairAndNormalises() {
        QTemporaryDir dir;
        // Two 1x2 images: pixels {0, 255} and {255, 255} -> values 0, 1, 1, 1: mean 0.75, std sqrt(3)/4.
        writeGzip(dir.filePath(QStringLiteral("train-images-idx3-ubyte.gz")),
                  idx({2, 1, 2}, QByteArray::fromHex("00ffffff")));
        writeGzip(dir.filePath(QStringLiteral("train-labels-idx1-ubyte.gz")),
                  idx({2}, QByteArray::fromHex("0402")));
        ImageDataset set = ImageDatasetLoader::loadSplit(dir.path(), true);
        QCOMPARE(set.count, 2);
        QCOMPARE(set.rows, 1);
        QCOMPARE(set.cols, 2);
        QCOMPARE(set.classes, 5);
        set.computeNormalisation();
        QVERIFY(qAbs(set.mean - 0.75f) < 1e-6f);
        QVERIFY(qAbs(set.stddev - std::sqrt(3.0f) / 4.0f) < 1e-6f);
        set.truncate(1);
        QCOMPARE(set.count, 1);
        QCOMPARE(set.images.size(), std::size_t(2));
    }

    void fashionMnistHeaders() {
        const QString dir = ImageDatasetLoader::fashionMnistDir();
        QCOMPARE(IdxReader::readDims(ImageDatasetLoader::splitFile(dir, true, true)),
                 (std::vector<int>{60000, 28, 28}));
        QCOMPARE(IdxReader::readDims(ImageDatasetLoader::splitFile(dir, true, false)),
                 (std::vector<int>{60000}));
        QCOMPARE(IdxReader::readDims(ImageDatasetLoader::splitFile(dir, false, true)),
                 (std::vector<int>{10000, 28, 28}));
        const ImageDataset test = ImageDatasetLoader::loadSplit(dir, false);
        QCOMPARE(test.count, 10000);
        QCOMPARE(test.classes, 10);
        // Fashion-MNIST's test split has 1,000 images of each class.
        std::vector<int> perClass(10, 0);
        for (std::uint8_t label : test.labels)
            ++perClass[label];
        QCOMPARE(perClass, std::vector<int>(10, 1000));
    }

    void refusesBadFiles_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad magic") << QByteArray::fromHex("00000d03") << false
                                   << QStringLiteral("magic number");
        QTest::newRow("float type") << idx({1, 1, 1}, QByteArray(4, 0), 0x0d) << false
                                    << QStringLiteral("magic number");
        QTest::newRow("wrong rank") << idx({4}, sequence(4)) << false
                                    << QStringLiteral("has 1 dimensions, expected 3");
        QTest::newRow("truncated") << idx({2, 3, 3}, sequence(10)) << false << QStringLiteral("ends early");
        QTest::newRow("truncated gzip")
            << idx({2, 3, 3}, sequence(10)) << true << QStringLiteral("ends early");
        QTest::newRow("too long") << idx({1, 2, 2}, sequence(6)) << false << QStringLiteral("longer than");
        QTest::newRow("zero dimension")
            << idx({0, 2, 2}, QByteArray()) << false << QStringLiteral("dimension 1 is 0");
        QTest::newRow("empty") << QByteArray() << false << QStringLiteral("ends early");
    }

    void refusesBadFiles() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, gzip);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad-idx3-ubyte"));
        gzip ? writeGzip(path, bytes) : writePlain(path, bytes);
        try {
            IdxReader::read(path, 3);
            QFAIL("no error");
        } catch (const DatasetError& e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    void refusesCorruptGzip() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.gz"));
        writeGzip(path, idx({50, 10, 10}, sequence(5000)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        for (int i = 20; i < bytes.size() - 10; ++i)
            bytes[i] = char(bytes[i] ^ 0x5a); // damage the deflate stream, keep the gzip header
        file.seek(0);
        file.write(bytes);
        file.close();
        try {
            IdxReader::read(path, 3);
            QFAIL("no error");
        } catch (const DatasetError& e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
    }

    void namesMissingFiles() {
        QTemporaryDir dir;
        try {
            ImageDatasetLoader::loadSplit(dir.path(), true);
            QFAIL("no error");
        } catch (const DatasetError& e) {
            QVERIFY2(e.message().contains(dir.filePath(QStringLiteral("train-images-idx3-ubyte.gz"))),
                     qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("does not exist")));
        }
        try {
            ImageDatasetLoader::loadSplit(dir.filePath(QStringLiteral("nowhere")), true);
            QFAIL("no error");
        } catch (const DatasetError& e) {
            QVERIFY(e.message().contains(QStringLiteral("nowhere")));
        }
    }

    void refusesMismatchedPair() {
        QTemporaryDir dir;
        writePlain(dir.filePath(QStringLiteral("t10k-images-idx3-ubyte")), idx({3, 2, 2}, sequence(12)));
        writePlain(dir.filePath(QStringLiteral("t10k-labels-idx1-ubyte")), idx({2}, sequence(2)));
        try {
            ImageDatasetLoader::loadSplit(dir.path(), false);
            QFAIL("no error");
        } catch (const DatasetError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("3 images but 2 labels")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestIdxReader)
#include "tst_idxreader.moc"
