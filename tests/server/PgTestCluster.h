#pragma once

// A throw-away PostgreSQL cluster for the team-server tests: initdb into a temporary folder, pg_ctl on a
// free loopback port, password (SCRAM) logins over TCP, superuser "kcat_admin". When the test runs as root,
// the server programs run as the "postgres" system user (runuser), which PostgreSQL requires.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

class PgTestCluster {
public:
    static constexpr const char* AdminUser = "kcat_admin";
    static constexpr const char* AdminPassword = "admin-secret";
    static constexpr const char* Database = "kcat";

    // The folder holding initdb and pg_ctl, or "" when PostgreSQL is not installed.
    static QString binDir() {
        const QString env = qEnvironmentVariable("KCAT_PG_BINDIR");
        if (!env.isEmpty() && QFile::exists(env + QStringLiteral("/initdb")))
            return env;
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        std::sort(versions.begin(), versions.end(),
                  [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
        for (const QString& v : versions)
            if (QFile::exists(root.filePath(v + QStringLiteral("/bin/initdb"))))
                return root.filePath(v + QStringLiteral("/bin"));
        return {};
    }

    ~PgTestCluster() { stop(); }

    // Creates and starts the cluster and the database "kcat"; false with *error on failure.
    bool start(QString* error) {
        m_bin = binDir();
        if (m_bin.isEmpty()) {
            *error = QStringLiteral("PostgreSQL server binaries (initdb, pg_ctl) not found");
            return false;
        }
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/kcat-pg-XXXXXX"));
        if (!m_dir->isValid()) {
            *error = QStringLiteral("cannot create a temporary folder");
            return false;
        }
        const QString pw = m_dir->filePath(QStringLiteral("pw"));
        QFile f(pw);
        if (!f.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write %1").arg(pw);
            return false;
        }
        f.write(AdminPassword);
        f.close();
        if (::geteuid() == 0) {
            const passwd* pg = ::getpwnam("postgres");
            if (!pg) {
                *error = QStringLiteral("running as root, but there is no \"postgres\" system user");
                return false;
            }
            m_asPostgres = true;
            if (::chown(QFile::encodeName(m_dir->path()).constData(), pg->pw_uid, pg->pw_gid) != 0 ||
                ::chown(QFile::encodeName(pw).constData(), pg->pw_uid, pg->pw_gid) != 0) {
                *error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir->path());
                return false;
            }
        }
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QString::fromLatin1(AdminUser),
                  QStringLiteral("--pwfile=") + pw, QStringLiteral("--auth-local=trust"),
                  QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                 error))
            return false;
        m_port = freePort();
        if (!startServer(error))
            return false;
        return run(QStringLiteral("psql"),
                   {QStringLiteral("-h"), m_dir->path(), QStringLiteral("-p"), QString::number(m_port),
                    QStringLiteral("-U"), QString::fromLatin1(AdminUser), QStringLiteral("-d"),
                    QStringLiteral("postgres"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-c"), QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(Database))},
                   error);
    }

    // Starts a stopped cluster again on the same port.
    bool startServer(QString* error) {
        return run(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                    m_dir->filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-t"),
                    QStringLiteral("60"), QStringLiteral("-o"),
                    QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                   "-c full_page_writes=off -c max_connections=40")
                        .arg(m_port)
                        .arg(m_dir->path()),
                    QStringLiteral("start")},
                   error);
    }

    // Stops the server (fast shutdown: open connections are cut, as in a network failure).
    bool stopServer(QString* error = nullptr) {
        QString ignored;
        return run(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                    QStringLiteral("-w"), QStringLiteral("stop")},
                   error ? error : &ignored);
    }

    void stop() {
        if (m_dir && m_port != 0)
            stopServer();
        m_port = 0;
    }

    int port() const { return m_port; }
    QString dsn(const QString& user, const QString& password) const {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 password=%4")
            .arg(m_port)
            .arg(QLatin1String(Database), user, password);
    }
    QString adminDsn() const {
        return dsn(QString::fromLatin1(AdminUser), QString::fromLatin1(AdminPassword));
    }
    QString log() const {
        QFile f(m_dir->filePath(QStringLiteral("log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }

    static int freePort() {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        socklen_t len = sizeof(addr);
        int port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
            port = ntohs(addr.sin_port);
        ::close(fd);
        return port;
    }

    bool run(const QString& program, const QStringList& args, QString* error) const {
        QProcess p;
        QString exe = m_bin + QLatin1Char('/') + program;
        QStringList all = args;
        if (m_asPostgres) {
            all.prepend(exe);
            all.prepend(QStringLiteral("--"));
            all.prepend(QStringLiteral("postgres"));
            all.prepend(QStringLiteral("-u"));
            exe = QStringLiteral("runuser");
        }
        p.setWorkingDirectory(m_dir->path());
        p.start(exe, all);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *error = QStringLiteral("%1 failed: %2 %3")
                         .arg(program, QString::fromLocal8Bit(p.readAllStandardError()),
                              QString::fromLocal8Bit(p.readAllStandardOutput()));
            return false;
        }
        return true;
    }

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_asPostgres = false;
    int m_port = 0;
};
