// The coordinator side of balance.measure: starts one worker process per rank and collects their timings.

#include "compute/balance/BalanceError.h"
#include "compute/balance/Measurement.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

namespace kcat::balance {

namespace {

// A TCP port on 127.0.0.1 that was free a moment ago (the kernel picks it).
int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
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

void stopAll(std::vector<std::unique_ptr<QProcess>>& processes) {
    for (auto& p : processes)
        if (p->state() != QProcess::NotRunning)
            p->terminate();
    for (auto& p : processes)
        if (!p->waitForFinished(3000)) {
            p->kill();
            p->waitForFinished(3000);
        }
}

} // namespace

std::vector<std::vector<RankTiming>> runMeasurementProcesses(const MeasurePlan& plan, const QString& program,
                                                             const QString& folder,
                                                             const std::function<bool(int, int)>& progress) {
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        throw BalanceError(MeasureText::tr("cannot create the folder %1").arg(folder));
    const QString planFile = dir.filePath(QStringLiteral("measure-plan.json"));
    {
        QSaveFile file(planFile);
        const QByteArray bytes = QByteArray::fromStdString(plan.toJson().dump());
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            throw BalanceError(MeasureText::tr("cannot write %1: %2").arg(planFile, file.errorString()));
    }
    const int port = freePort();
    if (port <= 0)
        throw BalanceError(MeasureText::tr("no free TCP port on 127.0.0.1 for the Gloo group"));
    const int ranks = plan.options.ranks;
    std::vector<std::unique_ptr<QProcess>> processes;
    QStringList outputs;
    for (int r = 0; r < ranks; ++r) {
        outputs << dir.filePath(QStringLiteral("measure-rank%1.json").arg(r));
        QFile::remove(outputs.back());
        auto p = std::make_unique<QProcess>();
        // Only rank 0's JSON lines are read (progress); errors go to a file per rank, so no pipe fills up.
        if (r > 0)
            p->setStandardOutputFile(QProcess::nullDevice());
        p->setStandardErrorFile(dir.filePath(QStringLiteral("measure-rank%1.err").arg(r)));
        p->start(program,
                 {QStringLiteral("balance"), QStringLiteral("measure-worker"), QStringLiteral("--plan"),
                  planFile, QStringLiteral("--rank"), QString::number(r), QStringLiteral("--world-size"),
                  QString::number(ranks), QStringLiteral("--master"),
                  QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--output"), outputs.back()});
        processes.push_back(std::move(p));
    }
    const int total = int(plan.iterations.size());
    QByteArray pending;
    bool running = true;
    while (running) {
        QProcess& first = *processes.front();
        first.waitForReadyRead(200);
        // Without an event loop a QProcess notices its child's exit only inside its own waitFor... calls.
        for (auto& p : processes)
            if (p->state() != QProcess::NotRunning)
                p->waitForFinished(1);
        pending += first.readAllStandardOutput();
        int done = -1;
        for (int nl; (nl = pending.indexOf('\n')) >= 0;) {
            const QByteArray line = pending.left(nl);
            pending.remove(0, nl + 1);
            const auto j = nlohmann::json::parse(line.toStdString(), nullptr, false);
            if (j.is_object() && j.contains("iteration"))
                done = j.at("iteration").get<int>();
        }
        if (progress && !progress(std::max(0, done), total)) {
            stopAll(processes);
            throw BalanceError(MeasureText::tr("micro-run cancelled"));
        }
        running = false;
        for (int r = 0; r < ranks; ++r) {
            QProcess& p = *processes[size_t(r)];
            if (p.state() != QProcess::NotRunning) {
                running = true;
                continue;
            }
            if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                QFile errFile(dir.filePath(QStringLiteral("measure-rank%1.err").arg(r)));
                const QString err = errFile.open(QIODevice::ReadOnly)
                                        ? QString::fromLocal8Bit(errFile.readAll()).trimmed()
                                        : QString();
                const QString startError = p.error() == QProcess::FailedToStart ? p.errorString() : QString();
                stopAll(processes);
                throw BalanceError(MeasureText::tr("rank %1 of the micro-run failed (%2): %3")
                                       .arg(r)
                                       .arg(program)
                                       .arg(startError.isEmpty() ? err.right(2000) : startError));
            }
        }
    }
    std::vector<std::vector<RankTiming>> timings(size_t(total),
                                                 std::vector<RankTiming>(static_cast<size_t>(ranks)));
    for (int r = 0; r < ranks; ++r) {
        QFile file(outputs[r]);
        if (!file.open(QIODevice::ReadOnly))
            throw BalanceError(MeasureText::tr("rank %1 wrote no timings to %2").arg(r).arg(outputs[r]));
        try {
            const auto j = nlohmann::json::parse(file.readAll().toStdString());
            const auto& its = j.at("iterations");
            if (int(its.size()) != total)
                throw BalanceError(MeasureText::tr("%1: %2 iterations, expected %3")
                                       .arg(outputs[r])
                                       .arg(its.size())
                                       .arg(total));
            for (int i = 0; i < total; ++i)
                timings[size_t(i)][size_t(r)] = rankTimingFromJson(its.at(size_t(i)));
        } catch (const nlohmann::json::exception& e) {
            throw BalanceError(
                MeasureText::tr("%1: unreadable timings: %2").arg(outputs[r], QString::fromUtf8(e.what())));
        }
    }
    if (progress)
        progress(total, total);
    return timings;
}

} // namespace kcat::balance
