// Data-parallel training with c10d ProcessGroupGloo: two rank processes on 127.0.0.1 end with the same
// weights (to 1e-5) as one process training the same global batch with the same seed.
#include "DdpCase.h"

#include "compute/engine/Network.h"
#include "compute/engine/Trainer.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmath>

using namespace kcat::engine;

namespace {

// A port nobody listens on right now: bind to port 0, read what the kernel chose, release it.
int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

std::vector<float> readFloats(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    std::vector<float> values(std::size_t(bytes.size()) / sizeof(float));
    std::memcpy(values.data(), bytes.constData(), values.size() * sizeof(float));
    return values;
}

} // namespace

class TestDataParallel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void twoRanksEqualOneProcess() {
        QTemporaryDir dir;
        const int port = freePort();
        QVERIFY(port > 0);
        std::vector<std::unique_ptr<QProcess>> ranks;
        for (int rank = 0; rank < 2; ++rank) {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::ForwardedChannels);
            process->start(QStringLiteral(KCAT_DDP_RANK),
                           {QString::number(rank), QStringLiteral("2"), QString::number(port),
                            dir.filePath(QStringLiteral("rank%1.bin").arg(rank))});
            QVERIFY2(process->waitForStarted(10000), qPrintable(process->errorString()));
            ranks.push_back(std::move(process));
        }

        // Meanwhile the single process: batch 64 where each rank had 32.
        Trainer single(test::ddpCase(), nullptr);
        const TrainingResult result = single.run();
        QCOMPARE(result.steps, 40);
        const std::vector<float> expected = single.network()->flatParameters();
        const std::vector<float> initial =
            Network::create(QStringLiteral("lenet5"), InputShape{}, test::ddpCase().seed).flatParameters();

        for (int rank = 0; rank < 2; ++rank) {
            QVERIFY2(ranks[std::size_t(rank)]->waitForFinished(120000), "rank did not finish");
            QCOMPARE(ranks[std::size_t(rank)]->exitStatus(), QProcess::NormalExit);
            QCOMPARE(ranks[std::size_t(rank)]->exitCode(), 0);
            const std::vector<float> weights =
                readFloats(dir.filePath(QStringLiteral("rank%1.bin").arg(rank)));
            QCOMPARE(weights.size(), expected.size());
            double maxDiff = 0.0;
            double moved = 0.0;
            for (std::size_t i = 0; i < weights.size(); ++i) {
                maxDiff = std::max(maxDiff, double(std::abs(weights[i] - expected[i])));
                moved = std::max(moved, double(std::abs(weights[i] - initial[i])));
            }
            qInfo("rank %d: max |w - w_single| = %.3g, max |w - w_initial| = %.3g", rank, maxDiff, moved);
            QVERIFY2(maxDiff <= 1e-5, qPrintable(QString::number(maxDiff)));
            QVERIFY(moved > 1e-2); // training really changed the weights
        }
    }
};

QTEST_GUILESS_MAIN(TestDataParallel)
#include "tst_dataparallel.moc"
