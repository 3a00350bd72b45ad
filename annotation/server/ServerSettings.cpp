#include "annotation/server/ServerSettings.h"

#include <QFile>
#include <QUrl>
#include <QUrlQuery>

namespace kcat::server {

namespace {

bool setPort(const QString& text, ServerSettings* s, QString* error) {
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        *error = ServerSettings::tr("bad port \"%1\" in the DSN (expected 1–65535)").arg(text);
        return false;
    }
    s->port = port;
    return true;
}

bool parseUri(const QString& dsn, ServerSettings* s, QString* error) {
    const QUrl url(dsn, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = ServerSettings::tr("malformed DSN URI \"%1\"").arg(dsn);
        return false;
    }
    if (!url.host().isEmpty())
        s->host = url.host();
    if (url.port() != -1 && !setPort(QString::number(url.port()), s, error))
        return false;
    const QString db = url.path().mid(1);
    if (!db.isEmpty())
        s->database = db;
    if (!url.userName().isEmpty())
        s->user = url.userName();
    if (!url.password().isEmpty())
        s->password = url.password();
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("user")))
        s->user = query.queryItemValue(QStringLiteral("user"));
    if (query.hasQueryItem(QStringLiteral("password")))
        s->password = query.queryItemValue(QStringLiteral("password"));
    return true;
}

} // namespace

bool ServerSettings::parse(const QString& dsn, ServerSettings* s, QString* error) {
    const QString text = dsn.trimmed();
    if (text.isEmpty()) {
        *error = tr("empty DSN (expected e.g. \"host=HOST port=5432 dbname=kcat user=NAME\")");
        return false;
    }
    if (text.startsWith(QStringLiteral("postgresql://")) || text.startsWith(QStringLiteral("postgres://")))
        return parseUri(text, s, error);
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = tr("bad DSN part \"%1\" (expected key=value)").arg(part);
            return false;
        }
        const QString key = part.left(eq);
        const QString value = part.mid(eq + 1);
        if (key == QStringLiteral("host") || key == QStringLiteral("hostaddr"))
            s->host = value;
        else if (key == QStringLiteral("port")) {
            if (!setPort(value, s, error))
                return false;
        } else if (key == QStringLiteral("dbname"))
            s->database = value;
        else if (key == QStringLiteral("user"))
            s->user = value;
        else if (key == QStringLiteral("password"))
            s->password = value;
        else {
            *error = tr("unknown DSN key \"%1\" (expected host, port, dbname, user or password)").arg(key);
            return false;
        }
    }
    return true;
}

QString ServerSettings::displayDsn() const {
    QString dsn = QStringLiteral("host=%1 port=%2 dbname=%3").arg(host).arg(port).arg(database);
    if (!user.isEmpty())
        dsn += QStringLiteral(" user=") + user;
    return dsn;
}

bool ServerSettings::readPasswordFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the password file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QString line = QString::fromUtf8(file.readLine()).trimmed();
    if (line.isEmpty()) {
        *error = tr("%1:1: empty password file (expected the password on the first line)").arg(path);
        return false;
    }
    password = line;
    return true;
}

} // namespace kcat::server
