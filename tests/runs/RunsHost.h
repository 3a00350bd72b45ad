#pragma once

// Starts the runs test host (`kcat` plus the test.counter kind) for end-to-end tests of `kcat run`.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <nlohmann/json.hpp>

inline QString runsHostPath() {
    return QStringLiteral(KCAT_BINARY_DIR "/tests/runs/runs_testhost");
}

struct HostResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QVector<nlohmann::json> lines() const {
        QVector<nlohmann::json> out_;
        for (const QByteArray& line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                out_.push_back(nlohmann::json::parse(line.toStdString()));
        return out_;
    }
};

inline HostResult runHost(const QStringList& args, int timeoutMs = 60000) {
    QProcess process;
    process.start(runsHostPath(), args);
    HostResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
