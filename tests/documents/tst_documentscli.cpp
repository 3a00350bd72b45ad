// `kcat documents import|export` end to end: a good and a bad file, then a lossless export.

#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFile>

class TestDocumentsCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void importsAndExports() {
        const QByteArray good =
            "Paris is in France.\n%%TYPE_ANNOTATIONS%%\n0\t4\twn:1\t/location/city\n12\t17\tNIL\n";
        const QString a = write(QStringLiteral("a.kcat"), good);
        const QString bad = write(QStringLiteral("bad.kcat"), "x\n%%TYPE_ANNOTATIONS%%\n0\t0\tx\t/planet\n");
        const QString ws = m_home.filePath(QStringLiteral("w.kcat"));
        const CliResult imported =
            runKcat({QStringLiteral("documents"), QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                     QStringLiteral("--project"), QStringLiteral("p"), a, bad},
                    m_home.path());
        QCOMPARE(imported.exitCode, 2);
        const QList<QByteArray> lines = imported.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(nlohmann::json::parse(lines[0].toStdString())["documents"].get<int>(), 1);
        QVERIFY(imported.err.contains(bad.toUtf8() + ":3: unknown type \"/planet\""));
        const QString out = m_home.filePath(QStringLiteral("out"));
        const CliResult exported =
            runKcat({QStringLiteral("documents"), QStringLiteral("export"), QStringLiteral("--workspace"), ws,
                     QStringLiteral("--project"), QStringLiteral("p"), QStringLiteral("--format"),
                     QStringLiteral("kcat"), QStringLiteral("--output"), out},
                    m_home.path());
        QCOMPARE(exported.exitCode, 0);
        QFile back(out + QStringLiteral("/a.kcat"));
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), good);
        const CliResult wrong =
            runKcat({QStringLiteral("documents"), QStringLiteral("export"), QStringLiteral("--workspace"), ws,
                     QStringLiteral("--project"), QStringLiteral("p"), QStringLiteral("--format"),
                     QStringLiteral("xml"), QStringLiteral("--output"), out},
                    m_home.path());
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains("expected kcat, jsonl, brat or text"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentsCli)
#include "tst_documentscli.moc"
