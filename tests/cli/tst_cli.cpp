// `kcat` end to end: the real executable, its JSON on stdout, its messages and exit codes.

#include "CliRunner.h"

#include <QFile>

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void helpListsSubcommands() {
        const CliResult r = runKcat({QStringLiteral("--help")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        for (const char* command : {"version", "workspace init", "workspace info", "workspace check"})
            QVERIFY2(r.out.contains(command), command);
    }

    void versionIsJson() {
        const CliResult r = runKcat({QStringLiteral("version")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        const auto j = r.json();
        QCOMPARE(QString::fromStdString(j.at("version").get<std::string>()),
                 QStringLiteral(KCAT_VERSION_STRING));
        QVERIFY(j.at("qt").get<std::string>().rfind("6.", 0) == 0);
        QVERIFY(!j.at("libtorch").get<std::string>().empty());
        QVERIFY(!j.at("sqlite").get<std::string>().empty());
        QVERIFY(j.at("schema_version").get<int>() >= 1);
    }

    void workspaceInitInfoCheck() {
        const QString path = m_home.filePath(QStringLiteral("ws/project.kcat"));
        CliResult r = runKcat({QStringLiteral("workspace"), QStringLiteral("init"), path}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(path));
        const std::string id = r.json().at("id").get<std::string>();
        QVERIFY(!id.empty());
        QCOMPARE(r.json().at("journal_mode").get<std::string>(), std::string("wal"));

        r = runKcat({QStringLiteral("workspace"), QStringLiteral("info"), path}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().at("id").get<std::string>(), id);
        QCOMPARE(r.json().at("modules").at("core").get<int>(), 1);

        r = runKcat({QStringLiteral("workspace"), QStringLiteral("check"), path, QStringLiteral("--full")},
                    m_home.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().at("ok").get<bool>(), true);

        // A second init must not overwrite the workspace.
        r = runKcat({QStringLiteral("workspace"), QStringLiteral("init"), path}, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("already exists"));
        QVERIFY(r.out.isEmpty());
    }

    void initWithoutPathMakesTheDefaultWorkspace() {
        const CliResult r = runKcat({QStringLiteral("workspace"), QStringLiteral("init")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        const QString path = QString::fromStdString(r.json().at("path").get<std::string>());
        QVERIFY2(path.startsWith(m_home.path() + QStringLiteral("/data/")), qPrintable(path));
        QVERIFY(path.endsWith(QStringLiteral("default.kcat")));
    }

    void errorsGoToStderrWithExitCodes_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command";
        QTest::newRow("group without subcommand")
            << QStringList{QStringLiteral("workspace")} << 2 << "needs a subcommand";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--bogus")}
            << 2 << "bogus";
        QTest::newRow("missing file") << QStringList{QStringLiteral("workspace"), QStringLiteral("info"),
                                                     QStringLiteral("/nonexistent/x.kcat")}
                                      << 2 << "no such file";
        QTest::newRow("no command") << QStringList{} << 2 << "";
    }

    void errorsGoToStderrWithExitCodes() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const CliResult r = runKcat(args, m_home.path());
        QCOMPARE(r.exitCode, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void notAWorkspaceIsRefusedUntouched() {
        const QString path = m_home.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes\n");
        f.close();
        CliResult r = runKcat({QStringLiteral("workspace"), QStringLiteral("info"), path}, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not an SQLite database"));
        r = runKcat({QStringLiteral("workspace"), QStringLiteral("check"), path}, m_home.path());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().at("ok").get<bool>(), false);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("just some notes\n"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
