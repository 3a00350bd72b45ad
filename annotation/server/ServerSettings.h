#pragma once

#include <QCoreApplication>
#include <QString>

namespace kcat::server {

// Where a team server is and who logs in: parsed from a DSN, either libpq keywords
// ("host=db.lab port=5432 dbname=kcat user=alice password=…") or a URI
// ("postgresql://alice@db.lab:5432/kcat"). A missing password is left to libpq (PGPASSWORD, ~/.pgpass).
struct ServerSettings {
    Q_DECLARE_TR_FUNCTIONS(kcat::server::ServerSettings)

public:
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("kcat");
    QString user;
    QString password;

    // Parses dsn; on bad input returns false with *error naming the bad part.
    static bool parse(const QString& dsn, ServerSettings* settings, QString* error);
    QString endpoint() const { return QStringLiteral("%1:%2").arg(host).arg(port); }
    // The DSN without the password (for messages and the remembered connection).
    QString displayDsn() const;
    // Reads the first line of a password file into password; false with *error when unreadable or empty.
    bool readPasswordFile(const QString& path, QString* error);
};

} // namespace kcat::server
